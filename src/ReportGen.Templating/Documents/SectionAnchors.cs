namespace ReportGen.Templating.Documents;

/// <summary>
/// The ids of one section's headings on a web page, given as Markdig writes each heading
/// (<see cref="MarkdownRenderer.ToHtml(string, Markdig.Syntax.MarkdownDocument, Func{string, string?}?, int, Func{string, WebImage?}?, SectionAnchors?)"/>):
/// unique among the page's ids so far (<paramref name="used"/>, which each joins), and listed in
/// <paramref name="headings"/> in the order written, for the page's contents.
/// </summary>
/// <remarks>
/// A regular expression over each document's HTML found the headings after it was written: about 6 % of the web
/// page's time in the thread-time profile (docs/benchmarks.md, "Templates and the web page").
/// </remarks>
public sealed class SectionAnchors(string sectionId, ISet<string> used, List<WebHeading> headings)
{
    /// <summary>The id of a heading of <paramref name="level"/> whose content Markdig wrote as <paramref name="innerHtml"/>; the heading is listed.</summary>
    public string Add(int level, string innerHtml)
    {
        var text = HeadingAnchors.TextOf(innerHtml);
        var id = HeadingAnchors.IdFor(sectionId, text, used);
        headings.Add(new WebHeading(level, id, text));
        return id;
    }
}
