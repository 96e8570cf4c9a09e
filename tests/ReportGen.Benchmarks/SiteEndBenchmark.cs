using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Templating;
using ReportGen.Templating.Search;

namespace ReportGen.Benchmarks;

/// <summary>
/// The site's work outside the meetings, split into its parts, warm, by thread CPU (the search's tokens are found on
/// all cores, so its line counts the process) and bytes allocated: the index page's model and its rendering, and the
/// search index's postings, JSON and script file, from the search pages the meetings' step makes.
/// With "loop=index" or "loop=search" it only repeats that part for a minute, for a profiler to sample.
/// </summary>
public static class SiteEndBenchmark
{
    public static void Run(string dataFolder, int passes, string? loop)
    {
        var templates = TemplateRenderer.Load(Repo.Templates);
        var data = DataLoader.LoadDirectory(dataFolder);
        var searchPages = data.Meetings.ToDictionary(m => m.Id, m => templates.SearchPageOf(m, templates.Documents(m)), StringComparer.Ordinal);
        var pages = searchPages.ToDictionary(p => p.Key, p => IndexedSearchPage.Of(p.Value), StringComparer.Ordinal);
        Console.WriteLine($"{data.Meetings.Count} meetings from {dataFolder}, {passes} passes after one to warm up");
        if (loop is not null)
        {
            Action work = loop == "index" ? () => templates.Index(data) : () => templates.SearchIndex(data, pages).ToScriptBytes();
            var until = DateTime.UtcNow.AddMinutes(1);
            while (DateTime.UtcNow < until)
            {
                work();
            }
            return;
        }
        var index = templates.SearchIndex(data, pages);
        var steps = new (string Name, Action Work, bool AllThreads)[]
        {
            ("index: model (ScriptModel.Index)", () => ScriptModel.Index(data), false),
            ("index: model and page (TemplateRenderer.Index)", () => templates.Index(data), false),
            ("search: each page indexed (IndexedSearchPage.Of, 1 thread)", () => { foreach (var page in searchPages.Values) { IndexedSearchPage.Of(page); } }, false),
            ("search: pages in order (TemplateRenderer.SearchIndex)", () => templates.SearchIndex(data, pages), false),
            ("search: postings (all threads)", () => index.Postings(), true),
            ("search: JSON (ToJson, all threads)", () => index.ToJson(), true),
            ("search: script file (ToScriptBytes, all threads)", () => index.ToScriptBytes(), true),
        };
        Console.WriteLine($"{"step",-55} {"CPU ms/pass",12} {"MB/pass",9}");
        foreach (var (name, work, allThreads) in steps)
        {
            work();
            var cpu = allThreads ? ThreadClock.ProcessMs() : ThreadClock.ThreadMs();
            var bytes = allThreads ? GC.GetTotalAllocatedBytes(true) : GC.GetAllocatedBytesForCurrentThread();
            for (var pass = 0; pass < passes; pass++)
            {
                work();
            }
            var ms = ((allThreads ? ThreadClock.ProcessMs() : ThreadClock.ThreadMs()) - cpu) / passes;
            var mb = ((allThreads ? GC.GetTotalAllocatedBytes(true) : GC.GetAllocatedBytesForCurrentThread()) - bytes) / 1e6 / passes;
            Console.WriteLine($"{name,-55} {ms,12:F1} {mb,9:F2}");
        }
    }
}
