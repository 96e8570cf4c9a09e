using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Benchmarks;

/// <summary>
/// The size ladder of <see cref="NativeLadderBenchmark"/> counted in instructions instead of timed: each size built by
/// the package's executable under Valgrind's instruction counter (<c>cachegrind --cache-sim=no</c>, "I refs"), and the
/// instructions per added page of the thickest size against a line through the thin ones.
/// </summary>
/// <remarks>
/// On a shared host the clock moves by a fifth from one run to the next, and even a build's own processor time: the
/// two processors of the machine issue 19 was measured on run one thread at up to twice the speed while the other
/// idles (docs/benchmarks.md, "Issue 19, session 29"). The instructions a build executes do not depend on the
/// neighbours; two builds of one booklet differ by about one per cent (the collector and the workers' waiting). They do
/// not say what an instruction costs: session 25's code executed as many instructions per page thick as thin while its
/// thick page took a fifth more time. The simulated caches' misses (<c>caches</c>) say part of that; fresh memory and the
/// collector's pauses only the profile and the timed ladder see. Valgrind runs the build's threads one at a time, some
/// fifty times slower: a 1 000-page booklet takes a minute or two, three with the caches.
/// </remarks>
public static class InstructionLadderBenchmark
{
    /// <param name="package">the unpacked package folder (its <c>reportgen</c> executable, fonts and templates).</param>
    /// <param name="repeats">builds of each size; the median count is taken.</param>
    /// <param name="caches">also simulate the caches (<c>--cache-sim=yes</c>, about twice as slow) and count the misses of the
    /// first-level data cache and of the last level: what a page's instructions cost in memory.</param>
    public static void Run(string package, IReadOnlyList<SizeLadder.Kind> kinds, IReadOnlyList<int> targetPages, int repeats, bool caches = false)
    {
        var executable = Path.Combine(Path.GetFullPath(package), "reportgen");
        if (!File.Exists(executable)) throw new InvalidOperationException($"{executable} is missing: name an unpacked Linux package folder.");
        if (!File.Exists("/usr/bin/valgrind")) throw new InvalidOperationException("valgrind is missing: apt-get install -y valgrind.");
        var work = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"reportgen-ladder-instructions-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            var sizes = NativeLadderBenchmark.Prepare(kinds, targetPages, work);
            var output = Path.Combine(work, "out");
            var counts = sizes.ToDictionary(s => s, _ => new List<Counts>());
            var pages = new Dictionary<NativeLadderBenchmark.Size, int>();
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                foreach (var size in sizes)
                {
                    counts[size].Add(Count(executable, size.Data, output, work, caches));
                    pages[size] = RaisedPriority.PdfPages(Directory.GetFiles(output, "booklet.pdf", SearchOption.AllDirectories).Single());
                }
                Console.Error.WriteLine($"  instruction ladder: {repeat + 1} of {repeats} builds of each size");
            }
            var results = sizes.Select(s => (Size: s, Pages: pages[s], Counts: counts[s])).ToList();
            Print("instructions", "M", 1e6, [.. results.Select(r => (r.Size, r.Pages, r.Counts.Select(c => c.Instructions).ToList()))], repeats);
            if (caches)
            {
                Print("first-level data cache misses", "K", 1e3, [.. results.Select(r => (r.Size, r.Pages, r.Counts.Select(c => c.D1Misses).ToList()))], repeats);
                Print("last-level cache misses", "K", 1e3, [.. results.Select(r => (r.Size, r.Pages, r.Counts.Select(c => c.LastLevelMisses).ToList()))], repeats);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>What one build executed: instructions, and with the caches simulated their misses (else zero).</summary>
    private sealed record Counts(double Instructions, double D1Misses, double LastLevelMisses);

    /// <summary>One build of every output under Valgrind, and what it counted.</summary>
    private static Counts Count(string executable, string data, string output, string work, bool caches)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var log = Path.Combine(work, "valgrind.log");
        var info = new ProcessStartInfo("valgrind",
            ["--tool=cachegrind", caches ? "--cache-sim=yes" : "--cache-sim=no", $"--cachegrind-out-file={Path.Combine(work, "cachegrind.out")}", $"--log-file={log}",
             executable, "build", "--data", data, "--out", output, "--force"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var text = File.ReadAllText(log);
        if (process.ExitCode != 0 || !text.Contains("I   refs:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the build under valgrind failed ({process.ExitCode}): {stderr} {stdout.Result} {text}");
        }
        // "==123== I   refs:      540,859,002", "D1  misses: 1,977,307 ( … )", "LL misses: 741,776 ( … )".
        double Counted(string name) => Regex.Match(text, name + @":\s+([\d,]+)") is { Success: true } found
            ? double.Parse(found.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : 0;
        return new Counts(Counted(@"I\s+refs"), Counted(@"D1\s+misses"), Counted(@"LL misses"));
    }

    /// <param name="what">what is counted ("instructions").</param>
    /// <param name="unit">its unit in the table ("M"), <paramref name="scale"/> counts each.</param>
    private static void Print(string what, string unit, double scale, IReadOnlyList<(NativeLadderBenchmark.Size Size, int Pages, List<double> Counts)> results, int repeats)
    {
        Console.WriteLine($"instruction ladder, {what}: every output, each size built {repeats} times under valgrind (cachegrind), medians");
        var lines = new List<string>();
        var table = new ConsoleTable("kind", "scale", "A4 pages", $"{what} ({unit})", "spread of the builds", $"{unit} per page", "added pages", $"{unit} per added page", "÷ first added");
        foreach (var kind in results.GroupBy(r => r.Size.Kind))
        {
            var rows = kind.OrderBy(r => r.Pages).ToList();
            var smallest = Stats.Median(rows[0].Counts);
            double? firstAdded = null;
            foreach (var row in rows)
            {
                var count = Stats.Median(row.Counts);
                var addedPages = row.Pages - rows[0].Pages;
                double? added = addedPages > 0 ? (count - smallest) / addedPages / scale : null;
                firstAdded ??= added;
                table.Add(kind.Key.ToString().ToLowerInvariant(), row.Size.Scale.ToString(CultureInfo.InvariantCulture), row.Pages.ToString(CultureInfo.InvariantCulture),
                    (count / scale).ToString("0", CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{(row.Counts.Max() - row.Counts.Min()) / count * 100:0.0} %"),
                    (count / scale / row.Pages).ToString("0.00", CultureInfo.InvariantCulture), addedPages > 0 ? $"+{addedPages}" : "",
                    added?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                    added is { } a && firstAdded is { } f ? (a / f).ToString("0.00", CultureInfo.InvariantCulture) : "");
            }
            // The thin end's cost per page as a line through every size under 100 pages, against the thickest's added pages.
            var thin = rows.Where(r => r.Pages < 100).ToList();
            if (thin.Count >= 2 && rows[^1].Pages >= 100)
            {
                var slope = Stats.Slope([.. thin.Select(r => (double)r.Pages)], [.. thin.Select(r => Stats.Median(r.Counts) / scale)]);
                var thick = (Stats.Median(rows[^1].Counts) - smallest) / scale / (rows[^1].Pages - rows[0].Pages);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{kind.Key.ToString().ToLowerInvariant()}, {what}: thin end {thin[0].Pages}–{thin[^1].Pages} pages ({thin.Count} sizes), {slope:0.00} {unit} a page by a line through them; " +
                    $"+{rows[^1].Pages - rows[0].Pages} at {thick:0.00} {unit} a page ÷ that line {thick / slope:0.00}"));
            }
        }
        table.Print(Console.Out);
        lines.ForEach(Console.WriteLine);
    }
}
