using System.Globalization;
using System.Runtime.InteropServices;

namespace ReportGen.Cli;

/// <summary>
/// On Linux, asks the kernel to back the collector's heap with 2 MB pages (transparent huge pages) instead of 4 KB ones.
/// </summary>
/// <remarks>
/// <para>
/// Every 4 KB page a process touches for the first time is a page fault; on a virtual machine each costs ~10 µs (a C
/// probe: 100 MB touched in ~280 ms, or ~10 ms in 2 MB pages). A cold meeting touches ~20 MB of fresh heap, and the
/// faults were a quarter of its processor time (docs/benchmarks.md, "The collector's heap in 2 MB pages").
/// </para>
/// <para>
/// The collector reserves its heap as one large inaccessible mapping (its GCRegionRange setting, ~2× the memory) and
/// makes it accessible piece by piece (64 KB at a time), marking each piece dumpable as it goes. The kernel gives a
/// 2 MB page only where one mapping with the same flags covers the whole aligned 2 MB, so the collector's own pieces
/// always get 4 KB pages, even in a mapping marked for huge pages. So the first <see cref="Addresses"/> of the reserve,
/// where the collector places its regions, are made accessible, dumpable and marked for huge pages here, once, at
/// start; the collector's later calls for those addresses then change nothing. No memory is used until it is touched.
/// The collector's other calls keep working: handing memory back unmaps it or makes it inaccessible again, and memory
/// is zero when taken again, as before. Handing back maps a piece anew, without the mark, so the range is prepared
/// again after each collection (<see cref="AfterEachCollection"/>).
/// </para>
/// <para>
/// Nothing is done where the kernel gives no huge pages (<c>never</c>), on other systems, or when
/// <c>REPORTGEN_SMALL_PAGES=1</c> is set (to measure the difference). Any step the kernel refuses leaves the heap as
/// the collector made it.
/// </para>
/// </remarks>
public static class HeapHugePages
{
    /// <summary>How much of the reserve is prepared: more than a 1 000-page booklet's peak (~700 MB).</summary>
    public const long Addresses = 1L << 30;

    private const long HugePage = 2L << 20;

    /// <summary>Prepares the start of the collector's reserve for huge pages; true when every step was done.</summary>
    public static bool Request()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("REPORTGEN_SMALL_PAGES") == "1" || !KernelGivesHugePages())
        {
            return false;
        }
        try
        {
            if (TryPrepare(FreshHeapAddress(), File.ReadAllLines("/proc/self/maps")) is not var (start, length))
            {
                return false;
            }
            if (Interlocked.Exchange(ref _afterCollections, 1) == 0)
            {
                Prepared = (start, length);
                _ = new AfterEachCollection(start, length);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The kernel's setting: "always" or "madvise" give huge pages to a mapping marked for them.</summary>
    private static bool KernelGivesHugePages()
    {
        try
        {
            var setting = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
            return setting.Contains("[always]", StringComparison.Ordinal) || setting.Contains("[madvise]", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The address of a new object: inside the collector's reserve.</summary>
    private static nint FreshHeapAddress()
    {
        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        try
        {
            return handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The range prepared (<see cref="Prepare"/>), or null when it could not be found or the kernel refused a step.</summary>
    private static (long Start, long Length)? TryPrepare(nint heapAddress, string[] maps)
    {
        // The size of the collector's reserve (its setting GCRegionRange, the same bytes it reserved).
        var reserveSize = GC.GetConfigurationVariables().GetValueOrDefault("GCRegionRange") switch
        {
            long size => size,
            ulong size when size <= long.MaxValue => (long)size,
            _ => 0,
        };
        if (reserveSize <= 0 || HeapRange(heapAddress, reserveSize, maps) is not var (start, length))
        {
            return null;
        }
        return Prepare(start, length) ? (start, length) : null;
    }

    /// <summary>The range marked for huge pages, dumpable and accessible: one mapping, as far as the kernel is concerned.</summary>
    private static bool Prepare(long start, long length) =>
        // Marked first, then dumpable (the collector marks its reserve not to be dumped and each piece it takes
        // dumpable: the same flag everywhere keeps one mapping), then accessible.
        madvise((nint)start, (nuint)length, MadviseHugePage) == 0
            && madvise((nint)start, (nuint)length, MadviseDoDump) == 0
            && mprotect((nint)start, (nuint)length, ProtectRead | ProtectWrite) == 0;

    /// <summary>The range prepared again after each collection (<see cref="AfterEachCollection"/>): the first one prepared; null before.</summary>
    public static (long Start, long Length)? Prepared { get; private set; }

    /// <summary>Set once the range is prepared again after each collection (<see cref="AfterEachCollection"/>): one chain a process.</summary>
    private static int _afterCollections;

    /// <summary>
    /// Prepares the range again after each collection. The collector hands pieces of its heap back to the kernel as it
    /// collects, by mapping them anew, inaccessible; the new mapping has no mark, so a piece it takes again comes in 4 KB
    /// pages: a 1 000-page list's build handed back 52 MB in 36 pieces, and 10 600 of its 18 500 page faults were in them
    /// (docs/benchmarks.md, "Issue 19, session 25"). An object's finalizer runs after the first collection that finds it
    /// unreachable; each makes the next one, so the range is prepared once after every collection. Making a piece
    /// handed back accessible again uses no memory (it is zero and unbacked until touched), and the collector's own
    /// later calls for it change nothing, as for the rest of the range.
    /// </summary>
    private sealed class AfterEachCollection(long start, long length)
    {
        ~AfterEachCollection()
        {
            if (Prepare(start, length))
            {
                _ = new AfterEachCollection(start, length);
            }
        }
    }

    /// <summary>
    /// The first <see cref="Addresses"/> of the collector's reserve, where it places its regions from the start on: in
    /// the run of anonymous mappings around <paramref name="heapAddress"/>, one adjoining the next, the
    /// <paramref name="reserveSize"/> bytes that end where one of them ends and hold the address. Null when the run
    /// holds no such span (then nothing is changed: no address outside the collector's reserve is ever touched).
    /// </summary>
    public static (long Start, long Length)? HeapRange(long heapAddress, long reserveSize, IReadOnlyList<string> maps)
    {
        var mappings = new List<Mapping>(maps.Count);
        foreach (var line in maps)
        {
            if (Mapping.Parse(line) is not { } mapping)
            {
                return null;
            }
            mappings.Add(mapping);
        }
        var at = mappings.FindIndex(m => m.Start <= heapAddress && heapAddress < m.End);
        if (at < 0 || !mappings[at].Anonymous)
        {
            return null;
        }
        var low = at;
        while (low > 0 && mappings[low - 1].Anonymous && mappings[low - 1].End == mappings[low].Start)
        {
            low--;
        }
        var high = at;
        while (high + 1 < mappings.Count && mappings[high + 1].Anonymous && mappings[high + 1].Start == mappings[high].End)
        {
            high++;
        }
        // The reserve ends where one of these mappings ends; its start may lie inside a mapping (the collector's other
        // reservations, made after it, can adjoin it with the same flags and so show as one mapping with its start).
        for (var last = high; last >= at; last--)
        {
            var reserveStart = mappings[last].End - reserveSize;
            if (reserveStart >= mappings[low].Start && reserveStart <= heapAddress)
            {
                var start = (reserveStart + HugePage - 1) & ~(HugePage - 1);
                var end = Math.Min(mappings[last].End, start + Addresses) & ~(HugePage - 1);
                return end > start ? (start, end - start) : null;
            }
        }
        return null;
    }

    /// <summary>One line of /proc/self/maps: "start-end perms offset device inode [path]".</summary>
    private readonly record struct Mapping(long Start, long End, bool Anonymous)
    {
        public static Mapping? Parse(string line)
        {
            var fields = line.TrimEnd().Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var range = fields.Length >= 5 ? fields[0].Split('-') : [];
            if (range.Length != 2
                || !long.TryParse(range[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !long.TryParse(range[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
            {
                return null;
            }
            // Anonymous and private: no file (inode 0), no name such as [stack] or [heap], not shared.
            var anonymous = fields[4] == "0" && fields.Length == 5 && fields[1].EndsWith('p');
            return new Mapping(start, end, anonymous);
        }
    }

    private const int MadviseHugePage = 14;
    private const int MadviseDoDump = 17;
    private const int ProtectRead = 1;
    private const int ProtectWrite = 2;

    [DllImport("libc")]
    private static extern int madvise(nint address, nuint length, int advice);

    [DllImport("libc")]
    private static extern int mprotect(nint address, nuint length, int protection);
}
