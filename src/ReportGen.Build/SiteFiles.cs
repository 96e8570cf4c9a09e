using System.Collections.Concurrent;
using ReportGen.Build.Incremental;
using ReportGen.Core.Model;
using ReportGen.Templating;
using ReportGen.Templating.Search;

namespace ReportGen.Build;

/// <summary>
/// The site's files beside the meetings' own: each roundup's article and page, the index page, the search index and its
/// script. Made on a task while the meetings are built (<see cref="Start"/>), all but the search index's pages of the
/// meetings built now, which it takes when they are done (<see cref="Finish"/>): on one thread after the meetings, the
/// index page and the search index were 0,3 s of a 100-meeting build and ~20 ms of one meeting's cold start. The pages of
/// the meetings built now come indexed from their workers (<see cref="IndexedSearchPage"/>), so when every meeting is built
/// the end only merges and copies; the others' and the roundups' pages, made here in the index's order, are indexed at the end.
/// </summary>
internal sealed class SiteFiles
{
    private readonly Task<Made> _making;
    private readonly OutputFiles _files;

    /// <param name="Roundups">The roundups made, in the data's order.</param>
    /// <param name="SearchPages">
    /// When the search index is made again: its pages in order, each made here or, for a meeting built now, its id
    /// (its worker gives its page indexed).
    /// </param>
    private sealed record Made(IReadOnlyList<string> Roundups, IReadOnlyList<SearchSlot>? SearchPages);

    private SiteFiles(Task<Made> making, OutputFiles files)
    {
        _making = making;
        _files = files;
    }

    /// <summary>Starts making the site's files; the meetings in <paramref name="building"/> give their search pages at <see cref="Finish"/>.</summary>
    /// <param name="searchKey">What the search index is made from, or null (a build of one meeting): made again when it differs from the last build's.</param>
    /// <param name="reused">The meetings not built again because unchanged: their search parts were kept when they were built.</param>
    public static SiteFiles Start(DataSet data, TemplateRenderer templates, OutputFiles files, BuildOptions options, BuildState state,
        string? searchKey, IReadOnlySet<string> building, IReadOnlySet<string> reused)
    {
        // Decided here, before the state's key is replaced with this build's.
        var searchIndexAgain = options.Formats.HasFlag(OutputFormats.Html) && (searchKey is null || searchKey != state.SearchKey
            || !File.Exists(Path.Combine(options.OutputDirectory, SearchIndex.FileName)));
        var making = Task.Run(() => Make(data, templates, files, options, searchIndexAgain, building, reused));
        return new SiteFiles(making, files);
    }

    private static Made Make(DataSet data, TemplateRenderer templates, OutputFiles files, BuildOptions options, bool searchIndexAgain,
        IReadOnlySet<string> building, IReadOnlySet<string> reused)
    {
        var roundups = new List<string>();
        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var roundup in data.Roundups.Where(r => options.Only is null || r.Meetings.Contains(options.Only)))
        {
            // Roundups and the index are cheap: always made; unchanged bytes are not written again.
            var meetings = roundup.Meetings.Select(id => data.Meetings.First(m => m.Id == id)).ToList();
            var article = templates.RoundupArticle(roundup, meetings);
            articles[roundup.Id] = article;
            if (options.Formats.HasFlag(OutputFormats.Md))
            {
                files.Add($"{roundup.Id}/article.md", article);
            }
            if (options.Formats.HasFlag(OutputFormats.Html))
            {
                files.Add($"{roundup.Id}/index.html", templates.RoundupPage(roundup, meetings, MarkdownRenderer.ToHtml(article), SiteBuilder.PageUrl(options, roundup.Id)));
            }
            roundups.Add(roundup.Id);
        }
        if (!options.Formats.HasFlag(OutputFormats.Html))
        {
            return new Made(roundups, null);
        }
        files.Add("index.html", templates.Index(data));
        var script = Path.Combine(options.TemplatesDirectory, SearchIndex.ScriptFileName);
        if (File.Exists(script))
        {
            files.Add(SearchIndex.ScriptFileName, File.ReadAllBytes(script));
        }
        if (!searchIndexAgain)
        {
            return new Made(roundups, null);
        }
        // The search covers every meeting and roundup, not only those built now: an unchanged meeting gives the part kept
        // when it was built; one without it, or not asked for now (--only), is rendered again. A roundup's article is the
        // one made above when it was (all of them but under --only).
        // Their tokens are found at the end, on all cores (Finish): when few meetings are built (one, from a cold start, or
        // --only in a large folder) this task and the meetings' parts already fill the cores, and the end has them idle.
        var pages = templates.SearchSlots(data, building,
            meeting => reused.Contains(meeting.Id) ? SearchParts.Load(options.OutputDirectory, meeting.Id) : null, articles);
        return new Made(roundups, pages);
    }

    /// <summary>
    /// Waits for the site's files, then makes the search index when it must be made again, from the pages of the
    /// meetings built now; returns the roundups made.
    /// </summary>
    public IReadOnlyList<string> Finish(IReadOnlyDictionary<string, IndexedSearchPage> builtPages)
    {
        var made = _making.GetAwaiter().GetResult();
        if (made.SearchPages is { } pages)
        {
            _files.Add(SearchIndex.FileName, SearchIndex.Of(pages, builtPages).ToScriptBytes());
        }
        return made.Roundups;
    }

    /// <summary>When the build failed: waits for the site's files to stop, so nothing is written into a staging folder being removed.</summary>
    public void Abandon()
    {
        try
        {
            _making.Wait();
        }
        catch (AggregateException)
        {
            // The build's own failure is the one reported.
        }
    }
}
