using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Templating;
using ReportGen.Templating.Search;

namespace ReportGen.Benchmarks;

/// <summary>
/// The text steps of a build, warm and on one thread, by CPU time and bytes allocated: loading and checking the
/// data folder (DataLoader.CheckDirectory), reading the theme, and rendering what the templates make of each meeting
/// (the booklet's documents, the search parts, the article, the web page with its Markdown as HTML), the roundups
/// and the index. Allocations are this thread's own (the loader's checks run in parallel, so its figure is the
/// whole process's).
/// </summary>
public static class TextStepsBenchmark
{
    public static void Run(string dataFolder, int passes)
    {
        var themePath = Path.Combine(Repo.Templates, "theme.yaml");
        var templates = TemplateRenderer.Load(Repo.Templates);
        var data = DataLoader.LoadDirectory(dataFolder);
        // The search parts the meetings' step makes, which the build hands to the search index as this does.
        var searchPages = new Dictionary<string, IndexedSearchPage>(StringComparer.Ordinal);
        Console.WriteLine($"{data.Meetings.Count} meetings from {dataFolder}, {passes} passes after one to warm up");

        var steps = new (string Name, Action Work, bool Parallel)[]
        {
            ("data: CheckDirectory (whole folder)", () => DataLoader.CheckDirectory(dataFolder), true),
            ("theme: BookletTheme.Load", () => BookletTheme.Load(themePath), false),
            ("templates: documents, search, article, web page", () => RenderMeetings(templates, data, searchPages), false),
            ("templates: roundups", () => RenderRoundups(templates, data), false),
            ("templates: index", () => templates.Index(data), false),
            ("search index (search-index.js, all threads)", () => templates.SearchIndex(data, searchPages).ToScript(), true),
        };
        Console.WriteLine($"{"step",-50} {"ms/pass",9} {"MB/pass",9}");
        foreach (var (name, work, parallel) in steps)
        {
            work();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes = parallel ? GC.GetTotalAllocatedBytes(true) : GC.GetAllocatedBytesForCurrentThread();
            for (var pass = 0; pass < passes; pass++)
            {
                work();
            }
            var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / passes;
            var mb = ((parallel ? GC.GetTotalAllocatedBytes(true) : GC.GetAllocatedBytesForCurrentThread()) - bytes) / 1e6 / passes;
            Console.WriteLine($"{name,-50} {ms,9:F1} {mb,9:F2}");
        }
    }

    private static void RenderMeetings(TemplateRenderer templates, DataSet data, Dictionary<string, IndexedSearchPage> searchPages)
    {
        foreach (var meeting in data.Meetings)
        {
            var documents = templates.Documents(meeting);
            // Indexed where it is made, as the build's meeting workers do.
            searchPages[meeting.Id] = IndexedSearchPage.Of(templates.SearchPageOf(meeting, documents));
            templates.MeetingArticle(meeting, documents);
            templates.MeetingPage(meeting, documents, (markdown, anchors) => MarkdownRenderer.ToHtml(markdown, _ => "<svg/>", headingShift: 1, anchors: anchors));
        }
    }

    private static void RenderRoundups(TemplateRenderer templates, DataSet data)
    {
        foreach (var roundup in data.Roundups)
        {
            var meetings = ScriptModel.MeetingsOf(roundup, data.Meetings);
            var article = templates.RoundupArticle(roundup, meetings);
            templates.RoundupPage(roundup, meetings, MarkdownRenderer.ToHtml(article));
        }
    }
}
