using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Templating;

/// <summary>
/// Long pipe tables kept compact once parsed: a body row whose every cell is plain text (one literal, as most rows of a
/// list of names or of figures are) is kept as where its cells' text lies in the text Markdig parsed, two numbers a cell,
/// not as Markdig's row (a row, its cells, their paragraphs, inline containers and literals: 17 objects a row of three
/// cells). The rows are shown again as Markdig made them by <see cref="TableRows"/> when an output reads them.
/// </summary>
/// <remarks>
/// Why: a meeting's trees live until its last output has read them (<see cref="Documents.TreeReaders"/>), and a
/// 1 000-page list's table rows were a third of what its build kept alive, copied by each collection that promoted them
/// (docs/benchmarks.md, "Issue 19, session 25"). Only long tables (<see cref="LongestKeptWhole"/> body rows or more) are
/// kept so: a short one costs less as it is. A row with anything else in a
/// cell (emphasis, a link, an escaped character, an entity, a paragraph of no text) stays Markdig's; the cells Markdig
/// adds to fill up a shorter row (no block) are kept as such. A reader is shown the compact rows in one row of Markdig's
/// objects of its own, filled again for each (<see cref="TableRows"/>): made anew for every row and reader, they were
/// 17 objects a row five times over, more collections than the tree they replace.
/// </remarks>
public static class CompactTables
{
    /// <summary>A table with fewer body rows than this stays as Markdig made it.</summary>
    public const int LongestKeptWhole = 64;

    /// <summary>The compact rows of <paramref name="table"/>; null when it was left as parsed.</summary>
    internal static Body? BodyOf(Table table) => table.GetData(typeof(Body)) as Body;

    /// <summary>Whether <paramref name="table"/>'s body was read from its lines (<see cref="PlainTableLines"/>), not from Markdig's rows.</summary>
    public static bool IsReadFromLines(Table table) => BodyOf(table)?.ReadFromLines == true;

    /// <summary>
    /// <paramref name="markdown"/> parsed as the outputs share it (<see cref="Documents.MarkdownTrees"/>): a long table of
    /// plain rows read from its lines (<see cref="PlainTableLines"/>), every other long table kept compact once parsed.
    /// </summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownRenderer.TreePipeline);
        // A table read from its lines that Markdig did not make as they promised: the text parsed again, as Markdig reads it.
        return Compact(PlainTableLines.Attach(document) ? document : Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline));
    }

    /// <summary>Keeps every long table of <paramref name="document"/> compact (tables in lists and quotes too).</summary>
    public static MarkdownDocument Compact(MarkdownDocument document)
    {
        Visit(document);
        return document;
    }

    private static void Visit(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case Table table:
                    Keep(table);
                    break;
                case ContainerBlock inner:
                    Visit(inner);
                    break;
            }
        }
    }

    private static void Keep(Table table)
    {
        var count = 0;
        var header = 0;
        var columns = 0;
        foreach (var child in table)
        {
            if (child is not TableRow row)
            {
                return;
            }
            count++;
            header += row.IsHeader ? 1 : 0;
            columns = Math.Max(columns, row.Count);
        }
        if (count - header < LongestKeptWhole || columns == 0)
        {
            return;
        }
        string? text = null;
        var kept = new TableRow?[count];
        var bounds = new int[count * columns * 2];
        var plain = 0;
        for (var r = 0; r < count; r++)
        {
            var row = (TableRow)table[r];
            if (IsPlain(row, columns, ref text, bounds.AsSpan(r * columns * 2, columns * 2)))
            {
                plain++;
            }
            else
            {
                kept[r] = row;
            }
        }
        if (plain < LongestKeptWhole)
        {
            return;
        }
        // Markdig's rows let go: the table keeps its column definitions and the compact body alone.
        table.Clear();
        table.SetData(typeof(Body), new Body(text!, kept, bounds, columns));
    }

    /// <summary>
    /// Whether <paramref name="row"/> is a body row of <paramref name="columns"/> cells, each exactly what
    /// <see cref="Body.Fill"/> shows: one paragraph of one literal, the literal's text in <paramref name="text"/>
    /// (the table's text, the same for every cell), nothing else set; or no block at all. Its cells' bounds (first and
    /// last character, or -1 for no block) go into <paramref name="bounds"/>.
    /// </summary>
    private static bool IsPlain(TableRow row, int columns, ref string? text, Span<int> bounds)
    {
        if (row.IsHeader || row.Count != columns || row.GetType() != typeof(TableRow) || HasData(row))
        {
            return false;
        }
        for (var c = 0; c < columns; c++)
        {
            // A row shorter than the table's longest is filled up with cells of no block: kept as a start of -1.
            if (row[c] is TableCell { ColumnIndex: -1, ColumnSpan: 1, RowSpan: 1, Count: 0 } none && none.GetType() == typeof(TableCell) && !HasData(none))
            {
                bounds[2 * c] = -1;
                bounds[2 * c + 1] = -1;
                continue;
            }
            // Markdig's pipe tables leave a cell's column index unset (-1): its place in the row is its column.
            if (row[c] is not TableCell { ColumnIndex: -1, ColumnSpan: 1, RowSpan: 1, Count: 1 } cell
                || cell.GetType() != typeof(TableCell) || HasData(cell)
                || cell[0] is not ParagraphBlock paragraph || paragraph.GetType() != typeof(ParagraphBlock) || HasData(paragraph)
                || paragraph.Inline is not { } inline || inline.GetType() != typeof(ContainerInline) || HasData(inline)
                || inline.FirstChild is not LiteralInline literal || literal.NextSibling is not null
                || literal.GetType() != typeof(LiteralInline) || literal.IsFirstCharacterEscaped || HasData(literal)
                || literal.Content.NewLine != default
                || literal.Content.Text is not { } own || (text is not null && !ReferenceEquals(own, text))
                || literal.Content.End < literal.Content.Start)
            {
                return false;
            }
            text = own;
            bounds[2 * c] = literal.Content.Start;
            bounds[2 * c + 1] = literal.Content.End;
        }
        return true;
    }

    /// <summary>Whether Markdig or an extension left data on the object (attributes are data): a shown row has none.</summary>
    private static bool HasData(Markdig.Syntax.MarkdownObject item) => item.ContainsData(typeof(Markdig.Renderers.Html.HtmlAttributes));

    /// <summary>A long table's rows: Markdig's where kept (<see cref="Kept"/>), else their cells' bounds in <see cref="Source"/>.</summary>
    internal sealed class Body(string source, TableRow?[] kept, int[] bounds, int columns, bool readFromLines = false)
    {
        public string Source { get; } = source;

        /// <summary>Whether the rows were read from the table's lines (<see cref="PlainTableLines"/>): then <see cref="Source"/> is the whole text.</summary>
        public bool ReadFromLines { get; } = readFromLines;

        /// <summary>Every row in order, Markdig's for a header row and any other row not plain, null for a compact one.</summary>
        public TableRow?[] Kept { get; } = kept;

        /// <summary>The number of cells of every compact row.</summary>
        public int Columns { get; } = columns;

        /// <summary>Cell <paramref name="c"/> of compact row <paramref name="r"/>: its literal's text as Markdig sliced it.</summary>
        public ReadOnlySpan<char> Text(int r, int c)
        {
            var at = (r * Columns + c) * 2;
            return bounds[at] < 0 ? [] : Source.AsSpan(bounds[at], bounds[at + 1] - bounds[at] + 1);
        }

        /// <summary>
        /// A row to show compact rows in (<see cref="Fill"/>): cells of no block, each with its paragraph of one literal
        /// ready beside it, as Markdig makes them. One per reader and table: its objects are made once, not once a row.
        /// </summary>
        public ShownRow NewShownRow()
        {
            var row = new TableRow();
            var paragraphs = new ParagraphBlock[Columns];
            var literals = new LiteralInline[Columns];
            for (var c = 0; c < Columns; c++)
            {
                row.Add(new TableCell { ColumnIndex = -1 });
                literals[c] = new LiteralInline();
                var inline = new ContainerInline();
                inline.AppendChild(literals[c]);
                paragraphs[c] = new ParagraphBlock { Inline = inline };
            }
            return new ShownRow(row, paragraphs, literals);
        }

        /// <summary>
        /// <paramref name="shown"/> made to show compact row <paramref name="r"/> as Markdig made it: each cell one paragraph
        /// of one literal sliced from <see cref="Source"/>, or no block.
        /// </summary>
        public TableRow Fill(ShownRow shown, int r)
        {
            for (var c = 0; c < Columns; c++)
            {
                var at = (r * Columns + c) * 2;
                var cell = (TableCell)shown.Row[c];
                if (bounds[at] < 0)
                {
                    if (cell.Count > 0)
                    {
                        cell.Clear();
                    }
                    continue;
                }
                shown.Literals[c].Content = new StringSlice(Source, bounds[at], bounds[at + 1]);
                if (cell.Count == 0)
                {
                    cell.Add(shown.Paragraphs[c]);
                }
            }
            return shown.Row;
        }
    }

    /// <summary>A row a reader shows compact rows in, one after the other (<see cref="Body.Fill"/>), with each cell's paragraph and literal.</summary>
    internal sealed record ShownRow(TableRow Row, ParagraphBlock[] Paragraphs, LiteralInline[] Literals);
}
