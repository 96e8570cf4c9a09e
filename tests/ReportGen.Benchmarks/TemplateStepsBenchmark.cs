using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// The template and web steps of a meeting (documents, article, search part, web page), warm on one thread, with the
/// thread's processor time of each pass kept apart: the fastest pass and the median are reported, because on a machine
/// shared with other builds the slowest passes measure the neighbours (the fastest is the one least disturbed).
/// The web page's charts are made once before the passes and handed over as made, so the page's row is the page alone.
/// </summary>
public static class TemplateStepsBenchmark
{
    public static void Run(string dataFolder, int passes)
    {
        var data = DataLoader.LoadDirectory(dataFolder);
        using var tools = new BookletTools();
        var templates = tools.Templates;
        var charts = new Dictionary<(string, string), string?>();
        string? ChartOf(ReportGen.Core.Model.Meeting meeting, string name)
        {
            if (!charts.TryGetValue((meeting.Id, name), out var svg))
            {
                svg = ChartFactory.Create(meeting, name) is { } chart ? ChartSvg.ForWebPage(chart, tools.Composer.ChartLayout, "rg-chart-1") : null;
                charts[(meeting.Id, name)] = svg;
            }
            return svg;
        }

        string[] steps = ["templates: the booklet's documents", "Markdown: texts parsed once", "templates: article", "search part", "web page (charts made before)"];
        var cpu = steps.Select(_ => new List<double>()).ToArray();
        var bytes = new long[steps.Length];
        for (var pass = 0; pass <= passes; pass++)
        {
            var passCpu = new double[steps.Length];
            foreach (var meeting in data.Meetings)
            {
                T Time<T>(int step, Func<T> work)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadClock.ThreadMs();
                    var result = work();
                    passCpu[step] += ThreadClock.ThreadMs() - start;
                    if (pass > 0)
                    {
                        bytes[step] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                    }
                    return result;
                }
                var documents = Time(0, () => templates.Documents(meeting));
                Time(1, () => documents.Sum(d => d.MarkdownTree().Count + d.AnnexTree().Count + d.AppendixTree().Count));
                Time(2, () => templates.MeetingArticle(meeting, documents));
                Time(3, () => templates.SearchPageOf(meeting, documents));
                Time(4, () => templates.MeetingPage(meeting, documents,
                    (markdown, tree, anchors) => MarkdownRenderer.ToHtml(markdown, tree, name => ChartOf(meeting, name), headingShift: 1, anchors: anchors)));
            }
            // The first pass warms the JIT and the caches and is not counted.
            for (var step = 0; pass > 0 && step < steps.Length; step++)
            {
                cpu[step].Add(passCpu[step] / data.Meetings.Count);
            }
        }

        Console.WriteLine($"{data.Meetings.Count} meetings, {passes} passes; thread CPU ms per meeting: fastest pass, median pass; KiB per meeting");
        for (var step = 0; step < steps.Length; step++)
        {
            Console.WriteLine($"{steps[step],-40} {cpu[step].Min(),7:F2} {Stats.Median(cpu[step]),7:F2} {bytes[step] / 1024.0 / passes / data.Meetings.Count,8:F0}");
        }
        var sums = Enumerable.Range(0, passes).Select(p => cpu.Sum(c => c[p])).ToList();
        Console.WriteLine($"{"all",-40} {sums.Min(),7:F2} {Stats.Median(sums),7:F2} {bytes.Sum() / 1024.0 / passes / data.Meetings.Count,8:F0}");
    }
}
