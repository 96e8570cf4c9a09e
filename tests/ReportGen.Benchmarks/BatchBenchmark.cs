using System.Diagnostics;
using ReportGen.Build;

namespace ReportGen.Benchmarks;

/// <summary>
/// The province built in this process with the public API, as 'reportgen build' does: every meeting's A4
/// booklet, A5 print copy (laid out again and imposed), web page and article, the index and the print plan.
/// Pages per second counts A4 booklet pages only, though the time includes all of the above.
/// </summary>
public static class BatchBenchmark
{
    public sealed record Result(int Meetings, int Pages, IReadOnlyList<double> Seconds, IReadOnlyList<double> PdfOnlySeconds)
    {
        public double PagesPerSecond => Pages / Stats.Median(Seconds);
        public double PdfOnlyPagesPerSecond => Pages / Stats.Median(PdfOnlySeconds);
    }

    public static Result Run(string dataFolder, int meetings, int repeats)
    {
        var output = Directory.CreateTempSubdirectory("reportgen-batch-out-").FullName;
        try
        {
            // A small build first: JIT, font scanning and caches, which the cold-start number covers.
            SiteBuilder.Run(new BuildOptions(Path.Combine(Repo.Root, "seeds"), Repo.Templates, output));
            // Force: every run builds every meeting (an incremental build would skip them all after the first).
            var all = new BuildOptions(dataFolder, Repo.Templates, output) { Force = true };
            var pdfOnly = all with { Formats = OutputFormats.Pdf };
            var seconds = new List<double>();
            var pdfSeconds = new List<double>();
            var pages = 0;
            for (var r = 0; r < repeats; r++)
            {
                // GC pauses and full collections per run: the first big build is the slow one, and this says whether the collector is why.
                var (pausedBefore, gen2Before) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
                var clock = Stopwatch.StartNew();
                var report = SiteBuilder.Run(all);
                seconds.Add(clock.Elapsed.TotalSeconds);
                var gc = $"GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:0.00} s, {GC.CollectionCount(2) - gen2Before} full collections";
                pages = report.Meetings.Sum(m => m.BookletPages);
                clock.Restart();
                SiteBuilder.Run(pdfOnly);
                pdfSeconds.Add(clock.Elapsed.TotalSeconds);
                Console.Error.WriteLine($"  batch run {r + 1}/{repeats}: {seconds[^1]:0.00} s all formats, {pdfSeconds[^1]:0.00} s PDF only; all formats: {gc}");
            }
            return new Result(meetings, pages, seconds, pdfSeconds);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
