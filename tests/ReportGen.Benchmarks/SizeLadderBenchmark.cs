using System.Diagnostics;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Benchmarks;

/// <summary>
/// Time per page of booklets of about 10, 30, 100, 300 and 1 000 pages. A step that grows faster than the pages
/// (a table measured row against row, the contents laid out again per heading) shows as a ratio above 1
/// between the thickest and the thinnest booklet.
/// </summary>
public static class SizeLadderBenchmark
{
    public static readonly IReadOnlyList<int> TargetPages = [10, 30, 100, 300, 1000];

    /// <summary>Each size is timed at least this long in total (and at least three times), to even out the shared machine's noise.</summary>
    private static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(2);

    /// <param name="Streamed">Laid out and written at once, as the build does (the layout columns hold both; PDF is 0).</param>
    public sealed record Row(SizeLadder.Kind Kind, int Pages, int Scale, double LayoutMsPerPage, double PdfMsPerPage, double? BuildMsPerPage, long PdfBytes, double GcPauseMsPerPage, double LayoutKiBPerPage,
        double LayoutCpuMsPerPage, double PdfCpuMsPerPage, bool Streamed = false)
    {
        public double BookletMsPerPage => LayoutMsPerPage + PdfMsPerPage;

        /// <summary>Processor time (all threads, the collector's too): steadier than the clock on a shared, loaded machine.</summary>
        public double BookletCpuMsPerPage => LayoutCpuMsPerPage + PdfCpuMsPerPage;
    }

    /// <param name="targetPages">the sizes to build; all of <see cref="TargetPages"/> when null.</param>
    /// <param name="wholeBuild">also time the whole build of the mixed meetings (slow: three builds per size).</param>
    /// <param name="collected">
    /// Lay out every page, then write them (the two steps timed apart), instead of writing each page as soon as it is
    /// laid out as the build does: the way the booklet was made before 2026-12-05 (branch stream-pages).
    /// </param>
    public static IReadOnlyList<Row> Run(IEnumerable<SizeLadder.Kind> kinds, IReadOnlyList<int>? targetPages = null, bool wholeBuild = true, bool collected = false)
    {
        using var booklets = new Booklets();
        // JIT and caches first, so the thinnest booklet is not charged for them.
        var warm = booklets.Render(Load(SizeLadder.Meeting(SizeLadder.Kind.Mixed, 5)));
        // Long enough for the tiered JIT to finish with the hot code: with 5 runs the first kind measured at the
        // thinnest size paid for compilation on background threads (twice the processor time of the others).
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < 20 || warming.Elapsed < TimeSpan.FromSeconds(3); i++) { Booklets.Write(booklets.Compose(warm)); booklets.Stream(warm); }

        var rows = new List<Row>();
        foreach (var kind in kinds)
        {
            var sizes = (targetPages ?? TargetPages).Select(target => Calibrate(booklets, kind, target)).ToList();
            // Each size laid out and written once before any is timed: the kind's own code paths (a table's, a
            // list's) are compiled at their final tier by then. Warming on mixed content alone left the first kind's
            // thinnest booklet paying for that compilation (2.50 ms/page of processor time against 1.02 for the
            // same booklet measured second).
            foreach (var (_, input) in sizes)
            {
                Booklets.Write(booklets.Compose(input));
                booklets.Stream(input);
            }
            foreach (var (scale, input) in sizes)
            {
                var layout = new List<double>();
                var pdf = new List<double>();
                // Garbage collector pauses during the layout: a cost per page that grows with the live pages would show here.
                var gcPauses = new List<double>();
                var allocated = new List<double>();
                var layoutCpu = new List<double>();
                var pdfCpu = new List<double>();
                var pages = 0;
                long bytes = 0;
                var total = Stopwatch.StartNew();
                while (layout.Count < 3 || total.Elapsed < MinimumTime)
                {
                    // Each run glues its texts as one build does: repeated, the thin booklet's texts all stayed in the
                    // glue memo, the 1 000-page one's (more than the memo keeps) did not (list 0,31 against 0,46 ms/page).
                    ReportGen.Booklet.VietnameseBreaks.ForgetGlued();
                    var pausedBefore = GC.GetTotalPauseDuration();
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var cpuBefore = ThreadClock.ProcessMs();
                    var clock = Stopwatch.StartNew();
                    IReadOnlyList<ReportGen.Layout.Output.Page> laid;
                    if (!collected)
                    {
                        (laid, bytes) = booklets.Stream(input);
                    }
                    else
                    {
                        laid = booklets.Compose(input);
                    }
                    layout.Add(clock.Elapsed.TotalMilliseconds);
                    var cpuBetween = ThreadClock.ProcessMs();
                    layoutCpu.Add(cpuBetween - cpuBefore);
                    allocated.Add(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
                    gcPauses.Add((GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds);
                    clock.Restart();
                    if (collected)
                    {
                        bytes = Booklets.Write(laid);
                    }
                    pdf.Add(clock.Elapsed.TotalMilliseconds);
                    pdfCpu.Add(ThreadClock.ProcessMs() - cpuBetween);
                    pages = laid.Count;
                }
                // The whole build for the mixed meetings only: it takes long and the kinds are for tracing the composer.
                double? build = wholeBuild && kind == SizeLadder.Kind.Mixed ? WholeBuildMs(SizeLadder.Meeting(kind, scale)) / pages : null;
                rows.Add(new Row(kind, pages, scale, Stats.Median(layout) / pages, Stats.Median(pdf) / pages, build, bytes, Stats.Median(gcPauses) / pages, Stats.Median(allocated) / pages / 1024,
                    // Means, not medians: the whole process's time, the collector's background threads too.
                    layoutCpu.Sum() / layoutCpu.Count / pages, pdfCpu.Sum() / pdfCpu.Count / pages, Streamed: !collected));
                Console.Error.WriteLine($"  size ladder: {kind}, {pages} pages (scale {scale}), {layout.Count} runs");
            }
        }
        return rows;
    }

    /// <summary>The scale that gives about <paramref name="target"/> A4 pages, by the secant method: pages grow nearly linearly with it.</summary>
    internal static (int Scale, Booklets.Input Input) Calibrate(Booklets booklets, SizeLadder.Kind kind, int target)
    {
        Booklets.Input InputAt(int scale) => booklets.Render(Load(SizeLadder.Meeting(kind, scale)));
        int PagesAt(int scale) => booklets.Compose(InputAt(scale)).Count;
        (int Scale, int Pages) low = (0, PagesAt(0)), high = (10, PagesAt(10));
        for (var i = 0; i < 3 && high.Pages != target; i++)
        {
            var perStep = (high.Pages - low.Pages) / (double)(high.Scale - low.Scale);
            if (perStep <= 0)
            {
                break; // pages did not grow between the two scales: no slope to follow
            }
            // A step at most ten times the scale reached: a flat stretch (a table filling the space a page
            // break left) must not send the next guess to a meeting too large to hold in memory.
            var next = Math.Clamp((int)Math.Round(high.Scale + (target - high.Pages) / perStep), 0, 10 * Math.Max(high.Scale, 10));
            if (next == high.Scale) break;
            (low, high) = (high, (next, PagesAt(next)));
        }
        return (high.Scale, InputAt(high.Scale));
    }

    /// <summary>
    /// The whole build of that one meeting (templates, A4 and A5 print copy, web page, files written), median of
    /// three runs: the steps outside the composer must stay flat too. Without the article:
    /// templates/_meeting-body.md.sbn grows an array with 'array.add' once per field, copying it each time, and
    /// Scriban counts those copies against its loop limit of 10 000, so past about 140 fields the article fails.
    /// </summary>
    private static double WholeBuildMs(string yaml)
    {
        var data = Directory.CreateTempSubdirectory("reportgen-size-").FullName;
        var output = Directory.CreateTempSubdirectory("reportgen-size-out-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(data, "meeting.yaml"), yaml);
            ProvinceGenerator.CopyBoundFiles(data);
            var options = new BuildOptions(data, Repo.Templates, output, Formats: OutputFormats.Pdf | OutputFormats.Html) { Force = true };
            var times = Enumerable.Range(0, 3).Select(_ => SiteBuilder.Run(options).Elapsed.TotalMilliseconds).ToList();
            return Stats.Median(times);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    // Placed, in name, beside the seeds: the contribution it binds is found there.
    private static Meeting Load(string yaml) => (Meeting)DataLoader.Parse(yaml, Path.Combine(Repo.Seeds, "size-ladder.yaml"));
}
