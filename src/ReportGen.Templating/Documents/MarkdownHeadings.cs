using System.Text;
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
    /// <summary>
    /// The pipeline's blocks without its inlines (<see cref="MarkdownRenderer.BlocksOnly"/>): where an ATX heading starts is
    /// decided by the blocks alone, and the inlines (emphasis, links, table cells) were most of the parse, which was
    /// ~5 % of a meeting's documents in the thread-time profile (docs/benchmarks.md, "Templates and the web page").
    /// </summary>
    private static readonly MarkdownPipeline Blocks = MarkdownRenderer.BlocksOnly;

    public static string Demote(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Blocks);
        var starts = document.Descendants<HeadingBlock>()
            .Where(h => !h.IsSetext && h.Level < 6)
            .Select(h => h.Span.Start)
            .Order();
        // The text copied once, a '#' before each heading's first '#' (one more makes it a level deeper).
        StringBuilder? text = null;
        var at = 0;
        foreach (var start in starts)
        {
            text ??= new StringBuilder(markdown.Length + 16);
            text.Append(markdown, at, start - at).Append('#');
            at = start;
        }
        return text is null ? markdown : text.Append(markdown, at, markdown.Length - at).ToString();
    }
}
