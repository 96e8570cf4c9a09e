using System.Globalization;
using System.Runtime.InteropServices;

namespace ReportGen.Benchmarks;

/// <summary>
/// The province benchmark of the issue "Build experience and speed": runs the parts asked for, then prints
/// one table of results against the targets. Progress goes to standard error, results to standard output.
/// </summary>
public static class ProvinceBenchmark
{
    public static readonly IReadOnlySet<string> AllParts = new HashSet<string> { "batch", "steps", "cold", "memory", "rebuild", "ladder", "typst" };

    private const int Repeats = 3;
    private const int ColdRepeats = 5;

    public static void AddLadder(ConsoleTable table, IReadOnlyList<SizeLadderBenchmark.Row> rows)
    {
        foreach (var row in rows)
        {
            table.Add($"size ladder {row.Kind.ToString().ToLowerInvariant()}, {row.Pages}-page booklet ({row.PdfBytes / 1024} KiB)",
                (row.Streamed
                    ? $"layout and PDF at once {row.LayoutMsPerPage:0.00} ms/page (GC {row.GcPauseMsPerPage:0.00}, {row.LayoutKiBPerPage:0} KiB); CPU {row.BookletCpuMsPerPage:0.00}"
                    : $"layout {row.LayoutMsPerPage:0.00} (GC {row.GcPauseMsPerPage:0.00}, {row.LayoutKiBPerPage:0} KiB) + PDF {row.PdfMsPerPage:0.00} = {row.BookletMsPerPage:0.00} ms/page; " +
                      $"CPU {row.LayoutCpuMsPerPage:0.00} + {row.PdfCpuMsPerPage:0.00} = {row.BookletCpuMsPerPage:0.00}") +
                (row.BuildMsPerPage is { } build ? $"; whole build {build:0.00} ms/page" : ""), "flat");
        }
        var (first, last) = (rows[0], rows[^1]);
        table.Add($"size ladder {first.Kind.ToString().ToLowerInvariant()}, ms/page at {last.Pages} ÷ at {first.Pages} pages",
            $"layout {last.LayoutMsPerPage / first.LayoutMsPerPage:0.00}×, PDF {last.PdfMsPerPage / first.PdfMsPerPage:0.00}×, " +
            $"booklet {last.BookletMsPerPage / first.BookletMsPerPage:0.00}×; CPU: layout {last.LayoutCpuMsPerPage / first.LayoutCpuMsPerPage:0.00}×, " +
            $"booklet {last.BookletCpuMsPerPage / first.BookletCpuMsPerPage:0.00}×" +
            (last.BuildMsPerPage is { } b && first.BuildMsPerPage is { } a ? $", whole build {b / a:0.00}×" : ""), "≈ 1×");
        if (rows.Count >= 3 && rows[1].Pages > first.Pages && last.Pages > rows[1].Pages)
        {
            // The thinnest booklet is the base meeting for every kind (cover, contents, a page of each document), so the
            // ratio above also compares a page of mixed content with a page of a table or a list. A page of the kind's
            // own content: what the pages added to the base cost, beyond the base's cost, per page added.
            var second = rows[1];
            double Added(SizeLadderBenchmark.Row row) =>
                (row.BookletCpuMsPerPage * row.Pages - first.BookletCpuMsPerPage * first.Pages) / (row.Pages - first.Pages);
            table.Add($"size ladder {first.Kind.ToString().ToLowerInvariant()}, CPU per page added to the base: +{second.Pages - first.Pages} against +{last.Pages - first.Pages} pages",
                $"{Added(second):0.00} → {Added(last):0.00} ms/page: {Added(last) / Added(second):0.00}×", "≈ 1×");
        }
    }

    public static void Run(int meetings, IReadOnlySet<string> parts)
    {
        var unknown = parts.Except(AllParts).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown part(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AllParts)}");
        }
        var table = new ConsoleTable("measure", "result: median (min–max)", "target");
        var data = ProvinceGenerator.Write(meetings);
        Console.Error.WriteLine($"province of {meetings} meetings written to {data} and checked");
        try
        {
            BatchBenchmark.Result? batch = null;
            if (parts.Contains("batch"))
            {
                batch = BatchBenchmark.Run(data, meetings, Repeats);
                table.Add($"batch in-process, {batch.Meetings} meetings, {batch.Pages} A4 pages, all outputs (A4 + A5 print copy + web + articles)",
                    $"{batch.PagesPerSecond:0} pages/s; {Stats.MedianAndRange(batch.Seconds, "0.00")} s", "≥ 300 pages/s");
                table.Add("batch in-process, --format pdf (A4 + A5 print copy)",
                    $"{batch.PdfOnlyPagesPerSecond:0} pages/s; {Stats.MedianAndRange(batch.PdfOnlySeconds, "0.00")} s", "");
            }
            if (parts.Contains("steps"))
            {
                var steps = StepsBenchmark.Run(data, Repeats);
                var counted = steps.Where(s => !s.Name.StartsWith("  ", StringComparison.Ordinal)).ToList();
                var (ms, kib, cpu) = (counted.Sum(s => s.MsPerMeeting), counted.Sum(s => s.KiBPerMeeting), counted.Sum(s => s.CpuMsPerMeeting));
                foreach (var step in steps)
                {
                    table.Add($"per meeting, {step.Name}",
                        $"{step.MsPerMeeting:0.0} ms ({step.MsPerMeeting / ms:0%}), CPU {step.CpuMsPerMeeting:0.0} ms; {step.KiBPerMeeting:0} KiB allocated ({step.KiBPerMeeting / kib:0%})", "");
                }
                table.Add("per meeting, all steps above", $"{ms:0.0} ms, CPU {cpu:0.0} ms; {kib:0} KiB allocated", "");
            }
            if (parts.Contains("cold"))
            {
                var cold = ColdStartBenchmark.Run(ColdRepeats);
                var compiled = Repo.CliDll == Repo.PublishedCliDll ? "published ReadyToRun" : "Release build, JIT";
                table.Add($"cold start, one meeting, 'dotnet reportgen.dll build' to exit ({compiled}), {ColdRepeats} runs", $"{Stats.MedianAndRange(cold)} ms", "≤ 1000 ms");
            }
            if (parts.Contains("memory"))
            {
                foreach (var row in MemoryBenchmark.Run([meetings / 4, meetings / 2, meetings], Repeats))
                {
                    table.Add($"peak RSS, build of {row.Meetings} meetings (child process; {Stats.Median(row.Seconds):0.0} s)",
                        $"{Stats.MedianAndRange(row.PeakMiB)} MiB", "< 300 MB, flat in N");
                }
            }
            if (parts.Contains("rebuild"))
            {
                var rebuild = RebuildBenchmark.Run(data, meetings, Repeats);
                table.Add($"unchanged rebuild, {rebuild.Meetings} meetings (first build {rebuild.FirstSeconds:0.0} s)",
                    $"{Stats.MedianAndRange(rebuild.RebuildSeconds, "0.00")} s; {rebuild.FilesTouched} of {rebuild.Files} files rewritten", "≤ 1 s");
            }
            if (parts.Contains("typst") && TypstPeerBenchmark.Run(data, Repeats) is { } typst)
            {
                table.Add($"peer: Typst 0.7 for Node, the same {typst.Documents} booklets as Typst documents, {typst.Pages} A4 pages, PDF/A-2b, one process",
                    $"first pass {typst.FirstPassPagesPerSecond:0} pages/s; repeats (memoised) {typst.PagesPerSecond:0} pages/s; {Stats.MedianAndRange(typst.Seconds, "0.00")} s", "");
                if (batch is not null)
                {
                    // Our batch compiles every meeting anew each run; Typst's repeats reuse its memoised layout of the same sources.
                    table.Add("ours ÷ Typst, A4 pages/s, all outputs (PDF only): against Typst's first pass; against its repeats",
                        $"{batch.PagesPerSecond / typst.FirstPassPagesPerSecond:0.00}× ({batch.PdfOnlyPagesPerSecond / typst.FirstPassPagesPerSecond:0.00}×); " +
                        $"{batch.PagesPerSecond / typst.PagesPerSecond:0.00}× ({batch.PdfOnlyPagesPerSecond / typst.PagesPerSecond:0.00}×)", "≥ 3×");
                }
            }
            if (parts.Contains("ladder"))
            {
                foreach (var kind in Enum.GetValues<SizeLadder.Kind>())
                {
                    AddLadder(table, SizeLadderBenchmark.Run([kind]));
                }
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"Province benchmark, {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, " +
                          $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
        table.Print(Console.Out);
    }
}
