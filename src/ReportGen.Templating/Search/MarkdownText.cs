using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Templating.Search;

/// <summary>
/// The text a reader sees of a Markdown document, as search entries in reading order: each heading, each
/// paragraph (in lists and quotes too) and each body row of a table (its cells joined by " · "). Charts,
/// code and the front matter are not text a reader searches; a table's header row repeats on every table.
/// </summary>
internal static class MarkdownText
{
    public const string CellSeparator = " · ";

    public static IEnumerable<SearchEntry> Entries(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }
        return Entries(Markdown.Parse(markdown, MarkdownRenderer.Pipeline));
    }

    /// <summary>The entries of a parsed document (a shared tree: only read).</summary>
    public static List<SearchEntry> Entries(MarkdownDocument document)
    {
        var entries = new List<SearchEntry>();
        Walk(document, entries);
        return entries;
    }

    private static void Walk(ContainerBlock container, List<SearchEntry> entries)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(entries, SearchField.Heading, Text(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    Add(entries, SearchField.Text, Text(paragraph.Inline));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                    {
                        var cells = row.OfType<TableCell>()
                            .Select(cell => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => Text(p.Inline))))
                            .Where(text => text.Length > 0);
                        Add(entries, SearchField.Text, string.Join(CellSeparator, cells));
                    }
                    break;
                case ContainerBlock inner:
                    Walk(inner, entries);
                    break;
                // Leaf blocks left: code (charts, the front matter), thematic breaks, raw HTML (disabled).
            }
        }
    }

    private static void Add(List<SearchEntry> entries, SearchField field, string text)
    {
        if (text.Length > 0)
        {
            entries.Add(new SearchEntry(field, text));
        }
    }

    /// <summary>The inline's text with its spaces collapsed (no-break spaces too, so a snippet wraps).</summary>
    internal static string Text(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return Collapse(text.ToString());
    }

    internal static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
