using System.Globalization;
using System.Runtime.InteropServices;
using ReportGen.Cli;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The collector's heap in 2 MB pages (HeapHugePages): which addresses are prepared, read from a process's mappings,
/// and, on this machine's kernel, that the heap's mapping is then marked for huge pages and gets them.
/// </summary>
public sealed class HeapHugePagesTests
{
    private const long MB = 1L << 20;
    private const long Reserve = 48L * 1024 * MB;

    // A collector's reserve as /proc/self/maps shows it: the collector's later reservation adjoins it below with the
    // same flags (one line holds both), then its regions, the rest inaccessible; a thread's stack and a library around.
    private const long ReserveStart = 0x7f0000d8e000;
    private static readonly string[] Maps =
    [
        "55b4d4617000-55b4d4715000 rw-p 00000000 00:00 0                          [heap]",
        "7eff00000000-7eff00001000 ---p 00000000 00:00 0 ",
        "7eff00001000-7eff00801000 rw-p 00000000 00:00 0 ",
        $"7eff00801000-{ReserveStart + 36 * MB:x} ---p 00000000 00:00 0 ",
        $"{ReserveStart + 36 * MB:x}-{ReserveStart + 36 * MB + 0x11000:x} rw-p 00000000 00:00 0 ",
        $"{ReserveStart + 36 * MB + 0x11000:x}-{ReserveStart + 44 * MB:x} ---p 00000000 00:00 0 ",
        $"{ReserveStart + 44 * MB:x}-{ReserveStart + 44 * MB + 0x400000:x} rw-p 00000000 00:00 0 ",
        $"{ReserveStart + 44 * MB + 0x400000:x}-{ReserveStart + Reserve:x} ---p 00000000 00:00 0 ",
        $"{ReserveStart + Reserve:x}-{ReserveStart + Reserve + 0x21000:x} rw-p 00000000 00:00 0 ",
        $"{ReserveStart + Reserve + 0x21000:x}-{ReserveStart + Reserve + 0x2d000:x} r--p 00000000 fe:00 332096                     /usr/lib/x86_64-linux-gnu/libc.so.6",
    ];

    private const long InRegion = ReserveStart + 44 * MB + 0x1234;

    [Fact]
    public void HeapRange_IsTheReservesFirstGigabyte_From2MbBoundaryAfterItsStart_ThoughItsStartIsInsideAMapping()
    {
        var range = HeapHugePages.HeapRange(InRegion, Reserve, Maps);

        Assert.NotNull(range);
        var (start, length) = range.Value;
        // 0x7f0000d8e000 rounded up to 2 MB.
        Assert.Equal(0x7f0000e00000, start);
        Assert.Equal(HeapHugePages.Addresses, length);
        Assert.True(start >= ReserveStart && start + length <= ReserveStart + Reserve);
    }

    [Fact]
    public void HeapRange_EndsWithTheReserve_WhenTheReserveIsSmallerThanAGigabyte()
    {
        const long small = 512 * MB;
        var maps = new[]
        {
            "7eff00000000-7eff00001000 ---p 00000000 00:00 0 ",
            $"{ReserveStart:x}-{ReserveStart + 4 * MB:x} rw-p 00000000 00:00 0 ",
            $"{ReserveStart + 4 * MB:x}-{ReserveStart + small:x} ---p 00000000 00:00 0 ",
        };

        var (start, length) = HeapHugePages.HeapRange(ReserveStart + 0x100, small, maps)!.Value;

        Assert.Equal(0x7f0000e00000, start);
        // The reserve's end, rounded down to 2 MB.
        Assert.Equal((ReserveStart + small) & ~(2 * MB - 1), start + length);
    }

    [Fact]
    public void HeapRange_IsNothing_WhenNoRunOfAnonymousMappingsHoldsTheReservesSize()
    {
        // 8 GB more than the run of mappings holds (it begins 4 GB below the reserve).
        Assert.Null(HeapHugePages.HeapRange(InRegion, Reserve + 0x200000000, Maps));
        // A file's mapping between the address and the end: the run stops there.
        var withFile = Maps.ToArray();
        withFile[5] = withFile[5].Replace("00:00 0 ", "fe:00 4711 /tmp/mapped-file", StringComparison.Ordinal);
        Assert.Null(HeapHugePages.HeapRange(InRegion, Reserve, withFile));
        // A gap between two mappings.
        var withGap = Maps.ToArray();
        withGap[6] = withGap[6].Replace($"{ReserveStart + 44 * MB:x}-", $"{ReserveStart + 44 * MB + 0x1000:x}-", StringComparison.Ordinal);
        Assert.Null(HeapHugePages.HeapRange(ReserveStart + 44 * MB + 0x2000, Reserve, withGap));
    }

    [Fact]
    public void HeapRange_IsNothing_ForAnAddressOutsideAnonymousMemory_OrMapsItCannotRead()
    {
        // The address in the library, in the process's [heap], in no mapping.
        Assert.Null(HeapHugePages.HeapRange(ReserveStart + Reserve + 0x22000, Reserve, Maps));
        Assert.Null(HeapHugePages.HeapRange(0x55b4d4617100, Reserve, Maps));
        Assert.Null(HeapHugePages.HeapRange(0x1000, Reserve, Maps));
        // A line that is no mapping.
        Assert.Null(HeapHugePages.HeapRange(InRegion, Reserve, [.. Maps, "not a mapping"]));
    }

    /// <summary>
    /// In this process, with the kernel's own answer: where the kernel gives huge pages, the start of the collector's
    /// reserve is then accessible and marked for them (VmFlags "hg"), the collector's own later pieces included;
    /// elsewhere nothing is asked.
    /// </summary>
    [Fact]
    public void Request_OnThisKernel_MarksTheStartOfTheCollectorsReserveForHugePages()
    {
        var setting = File.Exists("/sys/kernel/mm/transparent_hugepage/enabled") ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled") : "";
        var kernelGivesThem = OperatingSystem.IsLinux() && (setting.Contains("[always]", StringComparison.Ordinal) || setting.Contains("[madvise]", StringComparison.Ordinal))
            && Environment.GetEnvironmentVariable("REPORTGEN_SMALL_PAGES") != "1";

        var requested = HeapHugePages.Request();

        Assert.Equal(kernelGivesThem, requested);
        if (!requested)
        {
            return;
        }
        // 16 MB of new objects: the collector takes more pieces of its reserve meanwhile.
        var kept = Enumerable.Range(0, 16 * 1024).Select(i => new byte[1000]).ToList();
        var reserve = (long)GC.GetConfigurationVariables()["GCRegionRange"];
        var (start, length) = HeapHugePages.HeapRange(AddressOf(kept[^1]), reserve, File.ReadAllLines("/proc/self/maps"))!.Value;
        // The collector may have handed a few regions back meanwhile (other tests build in this process): those are
        // inaccessible mappings again, without the mark. The rest of the gigabyte is one accessible, marked mapping.
        var spanned = Smaps().Where(m => m.End > start && m.Start < start + length).ToList();
        var marked = spanned.Where(m => m.Flags.Contains("hg") && m.Flags.Contains("wr"))
            .Sum(m => Math.Min(m.End, start + length) - Math.Max(m.Start, start));
        Assert.True(marked >= length * 3 / 4, $"{marked / MB} MB of {length / MB} accessible and marked for huge pages");
        GC.KeepAlive(kept);
    }

    /// <summary>
    /// The collector hands pieces of its heap back as it collects (mapping them anew, inaccessible and unmarked); after
    /// each collection the range is prepared again (<c>HeapHugePages.AfterEachCollection</c>), so a piece taken again
    /// comes in 2 MB pages. Here: memory made and dropped until the collector has handed some back, then one more
    /// collection and its finalizers: the whole range is accessible and marked again.
    /// </summary>
    [Fact]
    public void AfterEachCollection_TheRangeIsPreparedAgain_WhateverTheCollectorHandedBack()
    {
        if (!HeapHugePages.Request())
        {
            return; // no huge pages on this kernel (the test above checks that nothing is asked then)
        }
        // The range of the process's first request (another test's, maybe): the one prepared after each collection.
        var (start, length) = HeapHugePages.Prepared!.Value;
        List<SmapsEntry> InRange() => [.. Smaps().Where(m => m.End > start && m.Start < start + length)];
        static bool IsPrepared(SmapsEntry m) => m.Flags.Contains("hg") && m.Flags.Contains("wr");

        // Grown by 200 MB of live arrays, then dropped and collected until the collector hands memory back, seen between
        // a collection and its finalizers (it hands back tens of megabytes within a collection or two).
        var handedBack = false;
        for (var round = 0; round < 8 && !handedBack; round++)
        {
            var grown = Enumerable.Range(0, 200 * 1024).Select(_ => new byte[1000]).ToList();
            GC.KeepAlive(grown);
            grown = null;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            handedBack = InRange().Any(m => !IsPrepared(m));
            GC.WaitForPendingFinalizers();
        }
        // Read after a collection and its finalizers; reading the mappings makes objects too, so a collection may come
        // between: then once more (without the preparing, 28 MB stayed unprepared through every attempt).
        long left = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            left = InRange().Where(m => !IsPrepared(m)).Sum(m => Math.Min(m.End, start + length) - Math.Max(m.Start, start));
            if (left == 0)
            {
                break;
            }
        }
        Assert.True(left == 0, $"{left / 1024} KB of the range not accessible and marked after a collection");
    }

    private static long AddressOf(byte[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            return handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    private sealed record SmapsEntry(long Start, long End, string[] Flags);

    private static List<SmapsEntry> Smaps()
    {
        var entries = new List<SmapsEntry>();
        long start = 0, end = 0;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                var range = fields[0].Split('-');
                start = long.Parse(range[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                end = long.Parse(range[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            }
            else if (fields[0] == "VmFlags:")
            {
                entries.Add(new SmapsEntry(start, end, fields[1..]));
            }
        }
        return entries;
    }
}
