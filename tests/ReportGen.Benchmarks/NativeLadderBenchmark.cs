using System.Diagnostics;
using System.Globalization;
using ReportGen.Core.Loading;

namespace ReportGen.Benchmarks;

/// <summary>
/// The size ladder measured with the installed command, as an office runs it: each ladder meeting written as a data
/// folder and built by the package's own executable (on Linux native code, no JIT) with every output, in a process of
/// its own. The in-process ladder measures the JIT's code and charges the collector's threads as they happen to run;
/// this one measures what the user waits for.
/// </summary>
/// <remarks>
/// One number per size: the <b>minimum</b> processor time (user + system of the build and anything it started, from bash's <c>times</c>) over the runs.
/// On a shared machine a neighbour can only add time to a run, never take it away, so the minimum is the run the
/// least disturbed; the sizes are run by turns (every size once, then every size again), so a quiet or a busy minute
/// falls on all of them. The cost of a page of the kind's own content is the CPU <i>added</i> to the smallest booklet
/// divided by the pages added: the process's start, the cover, contents and base documents cancel out, and the added
/// cost at the second size against the last is the thin-against-thick ratio issue 19 asks to keep within ±20 %.
/// </remarks>
public static class NativeLadderBenchmark
{
    public sealed record Size(SizeLadder.Kind Kind, int Scale, string Data);

    /// <param name="CpuMs">In the order built: <see cref="PerRound"/> builds in each round.</param>
    /// <param name="UserMs">The user part of each build's <paramref name="CpuMs"/>, in the same order.</param>
    public sealed record Result(Size Size, int Pages, IReadOnlyList<double> CpuMs, IReadOnlyList<double> WallMs, long PeakKiB, int PerRound,
        IReadOnlyList<double> UserMs)
    {
        public double MinCpuMs => CpuMs.Min();

        /// <summary>The least CPU of each round's builds: a round's sizes ran within a minute of each other.</summary>
        public IReadOnlyList<double> RoundMinima => [.. CpuMs.Chunk(PerRound).Select(round => round.Min())];

        /// <summary>Round by round, the CPU added to <paramref name="smallest"/>'s per page added (the same round's least builds).</summary>
        public List<double> AddedPerPageByRound(Result smallest) =>
            [.. RoundMinima.Zip(smallest.RoundMinima, (size, small) => (size - small) / (Pages - smallest.Pages))];
    }

    /// <summary>How many times a booklet under 100 pages is built per round unless the command line says (<c>thin=N</c>).</summary>
    public const int DefaultThinRepeats = 4;

    /// <param name="package">the unpacked package folder (its <c>reportgen</c> executable, fonts and templates).</param>
    /// <param name="targetPages">about how many A4 pages each size should have (calibrated in process, checked in the PDF).</param>
    /// <param name="pdfOnly">build with <c>--format pdf</c> (layout and both PDF copies) instead of every output.</param>
    /// <param name="thinRepeats">how many times a booklet under 100 pages is built in each round.</param>
    public static void Run(string package, IReadOnlyList<SizeLadder.Kind> kinds, IReadOnlyList<int> targetPages, int runs, bool pdfOnly,
        int thinRepeats = DefaultThinRepeats)
    {
        var executable = Path.Combine(Path.GetFullPath(package), OperatingSystem.IsWindows() ? "reportgen.exe" : "reportgen");
        if (!File.Exists(executable)) throw new InvalidOperationException($"{executable} is missing: name an unpacked package folder.");
        if (!RaisedPriority.Available) throw new InvalidOperationException("/usr/bin/time is missing: it measures the child's processor time.");
        // On a RAM disk when there is one: the outputs' writing must not wait on a disk shared with other work.
        var work = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"reportgen-ladder-native-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            var sizes = Prepare(kinds, targetPages, work);
            var output = Path.Combine(work, "out");
            var pages = sizes.ToDictionary(s => s, s =>
            {
                // One build before any is timed: the executable and the fonts are read from disk into the cache,
                // and the PDF's pages are counted (the in-process count is the composer's; this is the file's).
                Build(executable, s.Data, output, pdfOnly);
                return RaisedPriority.PdfPages(Directory.GetFiles(output, "booklet.pdf", SearchOption.AllDirectories).Single());
            });
            var cpu = sizes.ToDictionary(s => s, _ => new List<double>());
            var user = sizes.ToDictionary(s => s, _ => new List<double>());
            var wall = sizes.ToDictionary(s => s, _ => new List<double>());
            var peak = sizes.ToDictionary(s => s, _ => 0L);
            // A thin booklet is built more often: 16 added pages are 50–130 ms of processor time, and the
            // minimum of five runs of a 0,3-second build still moved by ±10 ms between two series (±20 % of their
            // cost per page); the thick ones cost seconds and move by less than their added pages' share.
            var order = sizes.SelectMany(s => Enumerable.Repeat(s, pages[s] < 100 ? thinRepeats : 1)).ToList();
            for (var run = 0; run < runs; run++)
            {
                // By turns, and each round starting one build later, so no size always follows the same one.
                for (var i = 0; i < order.Count; i++)
                {
                    var size = order[(i + run) % order.Count];
                    var (wallMs, cpuMs, peakKiB, userMs) = Build(executable, size.Data, output, pdfOnly);
                    cpu[size].Add(cpuMs);
                    user[size].Add(userMs);
                    wall[size].Add(wallMs);
                    peak[size] = Math.Max(peak[size], peakKiB);
                }
                Console.Error.WriteLine($"  native ladder: round {run + 1} of {runs}, load {RaisedPriority.Load()}");
            }
            var results = sizes.Select(s => new Result(s, pages[s], cpu[s], wall[s], peak[s], pages[s] < 100 ? thinRepeats : 1, user[s])).ToList();
            Print(results, pdfOnly, runs, thinRepeats);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The data folders, one per kind and size, with the scale that gives about the pages asked for.</summary>
    internal static List<Size> Prepare(IReadOnlyList<SizeLadder.Kind> kinds, IReadOnlyList<int> targetPages, string work)
    {
        using var booklets = new Booklets();
        var sizes = new List<Size>();
        foreach (var kind in kinds)
        {
            foreach (var target in targetPages)
            {
                var scale = SizeLadderBenchmark.Calibrate(booklets, kind, target).Scale;
                var data = Path.Combine(work, $"{kind.ToString().ToLowerInvariant()}-{target}");
                var bytes = SizeLadder.WriteDataFolder(kind, scale, data);
                // The command refuses a data file over 2 MB (RG004): the largest meeting of the kind it accepts instead.
                while (bytes > DataLoader.MaxFileBytes)
                {
                    scale = (int)(scale * 0.98 * DataLoader.MaxFileBytes / bytes);
                    Directory.Delete(data, recursive: true);
                    bytes = SizeLadder.WriteDataFolder(kind, scale, data);
                    Console.Error.WriteLine($"  native ladder: {kind} for {target} pages is over {DataLoader.MaxFileBytes / 1024 / 1024} MB of YAML; scale {scale} instead");
                }
                if (sizes.Any(s => s.Kind == kind && s.Scale == scale))
                {
                    Directory.Delete(data, recursive: true);
                    continue;
                }
                sizes.Add(new Size(kind, scale, data));
            }
        }
        return sizes;
    }

    /// <summary>
    /// One build timed at raised priority (<see cref="RaisedPriority"/>), the output folder emptied first so every run
    /// writes every file. Returns wall and processor milliseconds, the peak resident KiB and the user part of the processor time.
    /// </summary>
    private static (double WallMs, double CpuMs, long PeakKiB, double UserMs) Build(string executable, string data, string output, bool pdfOnly)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        string[] build = [executable, "build", "--data", data, "--out", output, "--force", .. pdfOnly ? new[] { "--format", "pdf" } : []];
        var timing = RaisedPriority.Run(build);
        return (timing.WallMs, timing.CpuMs, timing.PeakKiB, timing.UserMs);
    }

    private static void Print(IReadOnlyList<Result> results, bool pdfOnly, int runs, int thinRepeats)
    {
        Console.WriteLine($"native ladder, {(pdfOnly ? "--format pdf (layout, A4 and A5 print copy)" : "every output")}, {runs} rounds by turns " +
            $"(booklets under 100 pages {thinRepeats} builds a round); CPU = user + system of the build process; load now {RaisedPriority.Load()}");
        // Besides the minima over all runs, the added cost round by round: each round's least build of the size less
        // the same round's least build of the smallest one, the median over the rounds. A slow minute then moves both
        // builds of a difference, not one of them (the +16 step, ~40 ms of CPU, moved 60 % between two runs of the
        // same package measured as a difference of overall minima: docs/benchmarks.md, "Large arrays").
        var table = new ConsoleTable("kind", "scale", "A4 pages", "runs", "min CPU ms", "median CPU ms", "min wall ms", "peak MB",
            "min CPU ms/page", "added pages", "CPU ms per added page", "÷ first added", "by rounds: ms per added page (min–max)", "÷ first");
        foreach (var kind in results.GroupBy(r => r.Size.Kind))
        {
            var rows = kind.OrderBy(r => r.Pages).ToList();
            var smallest = rows[0];
            double? firstAdded = null, firstByRounds = null;
            foreach (var row in rows)
            {
                var addedPages = row.Pages - smallest.Pages;
                double? added = addedPages > 0 ? (row.MinCpuMs - smallest.MinCpuMs) / addedPages : null;
                firstAdded ??= added;
                var byRounds = addedPages > 0 ? row.AddedPerPageByRound(smallest) : null;
                double? medianByRounds = byRounds is null ? null : Stats.Median(byRounds);
                firstByRounds ??= medianByRounds;
                table.Add(kind.Key.ToString().ToLowerInvariant(), row.Size.Scale.ToString(CultureInfo.InvariantCulture), row.Pages.ToString(CultureInfo.InvariantCulture),
                    row.CpuMs.Count.ToString(CultureInfo.InvariantCulture), row.MinCpuMs.ToString("0", CultureInfo.InvariantCulture), Stats.Median(row.CpuMs.ToList()).ToString("0", CultureInfo.InvariantCulture),
                    row.WallMs.Min().ToString("0", CultureInfo.InvariantCulture), (row.PeakKiB / 1024.0).ToString("0", CultureInfo.InvariantCulture),
                    (row.MinCpuMs / row.Pages).ToString("0.00", CultureInfo.InvariantCulture), addedPages > 0 ? $"+{addedPages}" : "",
                    added?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", added is { } a && firstAdded is { } f ? (a / f).ToString("0.00", CultureInfo.InvariantCulture) : "",
                    byRounds is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{medianByRounds:0.00} ({byRounds.Min():0.00}–{byRounds.Max():0.00})"),
                    medianByRounds is { } m && firstByRounds is { } fm ? (m / fm).ToString("0.00", CultureInfo.InvariantCulture) : "");
            }
        }
        table.Print(Console.Out);
        PrintThinSlopes(results, "CPU");
        // The same readings from the user time alone: the system part is what a busy host moves most (RaisedPriority.Timing).
        PrintThinSlopes([.. results.Select(r => r with { CpuMs = r.UserMs })], "user CPU");
    }

    /// <summary>
    /// With three sizes or more under 100 pages: a thin booklet's cost per page as the slope of a line through all of them,
    /// round by round (the round's least build of each size), against the added cost per page of the thickest size. The
    /// difference of two thin sizes takes one round's noise twice over 16 pages, and moved by a fifth between two runs of
    /// the same executable (docs/benchmarks.md, "How far the +16 figure moves on its own"); a line through several sizes
    /// leans on every one of them.
    /// </summary>
    /// <param name="measure">what the results' <see cref="Result.CpuMs"/> hold, for the line printed.</param>
    private static void PrintThinSlopes(IReadOnlyList<Result> results, string measure)
    {
        foreach (var kind in results.GroupBy(r => r.Size.Kind))
        {
            var rows = kind.OrderBy(r => r.Pages).ToList();
            var thin = rows.Where(r => r.Pages < 100).ToList();
            if (thin.Select(r => r.Pages).Distinct().Count() < 3 || rows[^1].Pages < 100)
            {
                continue;
            }
            double[] pages = [.. thin.Select(r => (double)r.Pages)];
            var minima = thin.Select(r => r.RoundMinima).ToList();
            var slopes = Enumerable.Range(0, minima[0].Count)
                .Select(round => Stats.Slope(pages, [.. minima.Select(m => m[round])]))
                .ToList();
            var thickest = rows[^1];
            var thickAdded = thickest.AddedPerPageByRound(rows[0]);
            // Also the line through each size's least build of all rounds: with many builds of a thin size its minimum
            // hardly moves, where one round's minimum of a few builds can be any of its slower ones.
            var overallSlope = Stats.Slope(pages, [.. thin.Select(r => r.MinCpuMs)]);
            var overallAdded = (thickest.MinCpuMs - rows[0].MinCpuMs) / (thickest.Pages - rows[0].Pages);
            // And the line through each size's median build. A minimum leans on how many builds it is taken from: a thin
            // size's of runs × thin builds is lower, in a spread of noise, than the thick size's of runs builds, which makes
            // the thick page look dearer than it is. Medians of many builds of each size are taken alike.
            var medianSlope = Stats.Slope(pages, [.. thin.Select(r => Stats.Median(r.CpuMs))]);
            var medianAdded = (Stats.Median(thickest.CpuMs) - Stats.Median(rows[0].CpuMs)) / (thickest.Pages - rows[0].Pages);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind.Key.ToString().ToLowerInvariant()}: thin end {thin[0].Pages}–{thin[^1].Pages} pages ({thin.Count} sizes), {measure} ms per page by a line through them, by rounds " +
                $"{Stats.MedianAndRange(slopes, "0.00")}; +{thickest.Pages - rows[0].Pages} ÷ that line {Stats.Median(thickAdded) / Stats.Median(slopes):0.00}; " +
                $"through the least builds of all rounds {overallSlope:0.00}, +{thickest.Pages - rows[0].Pages} at {overallAdded:0.00} ÷ that line {overallAdded / overallSlope:0.00}; " +
                $"through the medians {medianSlope:0.00}, +{thickest.Pages - rows[0].Pages} at {medianAdded:0.00} ÷ that line {medianAdded / medianSlope:0.00}"));
        }
    }
}
