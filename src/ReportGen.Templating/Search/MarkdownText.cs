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
                    var rows = TableRows.Of(table);
                    for (var r = 0; r < rows.Count; r++)
                    {
                        if (!rows.IsHeader(r))
                        {
                            Add(entries, SearchField.Text, RowText(rows[r]));
                        }
                    }
                    break;
                case ContainerBlock inner:
                    Walk(inner, entries);
                    break;
                // Leaf blocks left: code (charts, the front matter), thematic breaks, raw HTML (disabled).
            }
        }
    }

    /// <summary>
    /// A body row's text: its cells' texts that are not empty, joined by <see cref="CellSeparator"/>; a cell's text its
    /// paragraphs' joined by a space. Loops, not LINQ: four iterators and their closures for every row of every table
    /// (34 500 rows in a 1 000-page list).
    /// </summary>
    private static string RowText(TableRow row)
    {
        var joined = _rowBuilder ??= new StringBuilder();
        joined.Clear();
        foreach (var block in row)
        {
            if (block is not TableCell cell)
            {
                continue;
            }
            var text = CellText(cell);
            if (text.Length > 0)
            {
                if (joined.Length > 0)
                {
                    joined.Append(CellSeparator);
                }
                joined.Append(text);
            }
        }
        return joined.ToString();
    }

    private static string CellText(TableCell cell)
    {
        string? single = null;
        List<string>? several = null;
        foreach (var block in cell)
        {
            if (block is not ParagraphBlock paragraph)
            {
                continue;
            }
            var text = Text(paragraph.Inline);
            if (single is null)
            {
                single = text;
            }
            else
            {
                (several ??= [single]).Add(text);
            }
        }
        return several is not null ? string.Join(" ", several) : single ?? "";
    }

    /// <summary>This thread's builder for <see cref="RowText"/>: <see cref="Text"/>, which it calls, has the other.</summary>
    [ThreadStatic]
    private static StringBuilder? _rowBuilder;

    private static void Add(List<SearchEntry> entries, SearchField field, string text)
    {
        if (text.Length > 0)
        {
            entries.Add(new SearchEntry(field, text));
        }
    }

    /// <summary>The inline's text with its spaces collapsed (no-break spaces too, so a snippet wraps).</summary>
    /// <remarks>
    /// Written straight into this thread's builder, collapsed as it goes: the text was made whole, split at its spaces
    /// and joined again, with Markdig's iterator over the inlines — a builder, an array and a string per word for every
    /// paragraph and table cell, half of the search part's time in the thread-time profile (docs/benchmarks.md,
    /// "Templates and the web page"). The inlines are read in <c>Descendants()</c>'s order (each before its children).
    /// </remarks>
    internal static string Text(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new CollapsedText(_builder ??= new StringBuilder());
        text.Add(inline);
        return text.ToString();
    }

    /// <summary>The text's words joined by one space: "  a \n b " → "a b".</summary>
    internal static string Collapse(string text)
    {
        var collapsed = new CollapsedText(_builder ??= new StringBuilder());
        collapsed.Add(text);
        return collapsed.ToString();
    }

    /// <summary>This thread's builder for <see cref="Text"/> and <see cref="Collapse"/>, emptied before each use (it keeps the size of the longest paragraph).</summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>Text written with its runs of white space (<see cref="char.IsWhiteSpace(char)"/>) as one space, none at either end.</summary>
    private struct CollapsedText
    {
        private readonly StringBuilder _text;
        private bool _space; // white space seen since the last character written

        public CollapsedText(StringBuilder text)
        {
            _text = text.Clear();
            _space = false;
        }

        public void Add(ContainerInline container)
        {
            for (var item = container.FirstChild; item is not null; item = item.NextSibling)
            {
                switch (item)
                {
                    case LiteralInline literal:
                        Add(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        Add(code.Content);
                        break;
                    case HtmlEntityInline entity:
                        Add(entity.Transcoded.AsSpan());
                        break;
                    case AutolinkInline autolink:
                        Add(autolink.Url);
                        break;
                    case LineBreakInline:
                        _space = true;
                        break;
                    case ContainerInline children:
                        Add(children);
                        break;
                }
            }
        }

        public void Add(ReadOnlySpan<char> characters)
        {
            foreach (var c in characters)
            {
                if (char.IsWhiteSpace(c))
                {
                    _space = true;
                    continue;
                }
                if (_space && _text.Length > 0)
                {
                    _text.Append(' ');
                }
                _space = false;
                _text.Append(c);
            }
        }

        public override readonly string ToString() => _text.ToString();
    }
}
