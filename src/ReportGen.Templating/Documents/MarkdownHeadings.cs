using Markdig;
using Markdig.Syntax;

namespace ReportGen.Templating.Documents;

/// <summary>
/// Moves the headings of a contributed Markdown file one level down ("# Kết quả" becomes "## Kết quả"),
/// so that under the document's own title they are its main headings in the contents, not documents of
/// their own.
/// </summary>
public static class MarkdownHeadings
{
    public static string Demote(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
        var starts = document.Descendants<HeadingBlock>()
            .Where(h => !h.IsSetext && h.Level < 6)
            .Select(h => h.Span.Start)
            .OrderDescending();
        var text = markdown;
        foreach (var start in starts)
        {
            // The heading's span starts at its first '#'; one more makes it a level deeper.
            text = text.Insert(start, "#");
        }
        return text;
    }
}
