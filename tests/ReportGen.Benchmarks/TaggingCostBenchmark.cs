using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Layout;
using ReportGen.Layout.Output;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// What tagging costs the PDF writer (issue 18's goal: under 10 % in time and size): the seed booklets laid out
/// once — the A4 reading copy and the A5 print copy — then written again and again as laid out (tagged), and with
/// every item's structure taken off (untagged), in turns. Time (wall clock and processor) and allocated bytes per
/// laid-out page, bytes of the files.
/// </summary>
public static class TaggingCostBenchmark
{
    private static readonly PdfMetadata Metadata = BookletTools.Metadata;

    public static void Run(double seconds)
    {
        var data = DataLoader.LoadDirectory(Path.Combine(Repo.Root, "seeds"));
        using var tools = new BookletTools();
        var (templates, theme, composer, print) = (tools.Templates, tools.Theme, tools.Composer, tools.PrintCopy);
        var readingCopies = data.Meetings.Select(m => composer.Compose(m, templates.Documents(m))).ToList();
        var printCopies = data.Meetings.Select(m => print.Compose(m, templates.Documents(m))).ToList();
        var shift = Units.Mm(print.Theme.MarginsMm.Left - print.Theme.MarginsMm.Right);

        var copies = new (string Name, IReadOnlyList<IReadOnlyList<Page>> Booklets, Action<IReadOnlyList<Page>, Stream> Write)[]
        {
            ("A4 reading copy", readingCopies, (pages, pdf) => PdfWriter.Write(pages, pdf, Metadata)),
            ("A5 print copy", printCopies, (pages, pdf) => PrintSheetWriter.Write(pages, pdf, Metadata, shift)),
        };
        foreach (var (name, booklets, write) in copies)
        {
            var structures = booklets.SelectMany(pages => pages).SelectMany(page => page.Items).Select(item => (item, item.Structure)).ToList();
            void Tag(bool on)
            {
                foreach (var (item, structure) in structures)
                {
                    item.Structure = on ? structure : null;
                }
            }
            // Both ways warmed up first (the JIT's tiers), then measured in turns; the best of the turns is kept:
            // on a shared machine the other processes only ever add time.
            Tag(false);
            Measure(booklets, write, 0);
            Tag(true);
            Measure(booklets, write, 0);
            var tagged = (MsPerPage: double.MaxValue, CpuMsPerPage: double.MaxValue, AllocatedPerPage: 0.0, Bytes: 0L);
            var untagged = tagged;
            for (var turn = 0; turn < Turns; turn++)
            {
                Tag(true);
                tagged = Best(tagged, Measure(booklets, write, seconds / Turns));
                Tag(false);
                untagged = Best(untagged, Measure(booklets, write, seconds / Turns));
            }
            Tag(true); // as laid out, for the next run in the same process
            Console.WriteLine($"{name} ({booklets.Sum(b => b.Count)} pages), PDF writing per laid-out page: " +
                              $"tagged {tagged.MsPerPage:0.000} ms, untagged {untagged.MsPerPage:0.000} ms ({tagged.MsPerPage / untagged.MsPerPage - 1:+0.0%;-0.0%}); " +
                              $"processor: tagged {tagged.CpuMsPerPage:0.000} ms, untagged {untagged.CpuMsPerPage:0.000} ms ({tagged.CpuMsPerPage / untagged.CpuMsPerPage - 1:+0.0%;-0.0%}); " +
                              $"allocated: tagged {tagged.AllocatedPerPage / 1024.0:0.0} KB, untagged {untagged.AllocatedPerPage / 1024.0:0.0} KB; " +
                              $"bytes: tagged {tagged.Bytes}, untagged {untagged.Bytes} ({tagged.Bytes / (double)untagged.Bytes - 1:+0.0%;-0.0%})");
        }
    }

    private const int Turns = 3;

    private static (double MsPerPage, double CpuMsPerPage, double AllocatedPerPage, long Bytes) Best(
        (double MsPerPage, double CpuMsPerPage, double AllocatedPerPage, long Bytes) a, (double MsPerPage, double CpuMsPerPage, double AllocatedPerPage, long Bytes) b) =>
        (Math.Min(a.MsPerPage, b.MsPerPage), Math.Min(a.CpuMsPerPage, b.CpuMsPerPage), b.AllocatedPerPage, b.Bytes);

    /// <returns>
    /// Milliseconds per page (wall clock), processor milliseconds per page (the process's user and system time: on a
    /// shared machine less noisy than the clock), allocated bytes per page, all after a warm-up, and the bytes of one
    /// writing of all booklets.
    /// </returns>
    private static (double MsPerPage, double CpuMsPerPage, double AllocatedPerPage, long Bytes) Measure(IReadOnlyList<IReadOnlyList<Page>> booklets, Action<IReadOnlyList<Page>, Stream> write, double seconds)
    {
        // One output stream for every writing, so that its growth is not counted as the writer's allocations.
        using var pdf = new MemoryStream(1024 * 1024);
        long Write()
        {
            long bytes = 0;
            foreach (var pages in booklets)
            {
                pdf.SetLength(0);
                write(pages, pdf);
                bytes += pdf.Length;
            }
            return bytes;
        }
        var size = Write();
        for (var i = 0; i < 20; i++) Write();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var pagesWritten = 0;
        while (clock.Elapsed.TotalSeconds < seconds || pagesWritten == 0)
        {
            Write();
            pagesWritten += booklets.Sum(b => b.Count);
        }
        var processorMs = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
        return (clock.Elapsed.TotalMilliseconds / pagesWritten, processorMs / pagesWritten, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)pagesWritten, size);
    }
}
