using System.Buffers;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Long pipe tables of plain rows read from their lines, before Markdig parses their inlines: the compact body
/// <see cref="CompactTables"/> would make of Markdig's rows, without Markdig making them. For the trees the outputs share
/// (<see cref="CompactTables.Parse"/>).
/// </summary>
/// <remarks>
/// <para>
/// Why: Markdig turns a table's paragraph into rows only once it has parsed the inlines of all its lines (a literal and a
/// delimiter for every cell, then a row, cells, paragraphs, containers): a 1 000-page list's 34 500 rows were ~33 MB of
/// objects alive at once, copied by each collection into the oldest generation and dropped there a moment later, when
/// the table was kept compact (docs/benchmarks.md, "Issue 19, session 27").
/// </para>
/// <para>
/// When a paragraph at the document's top level closes, and its lines are a header row, a delimiter row and at least
/// <see cref="CompactTables.LongestKeptWhole"/> body rows that are all plain, the body rows' cells are read from the
/// lines and the paragraph keeps its first two lines: Markdig makes the table of its header alone. A plain line starts
/// and ends with '|', and each of its cells, between two bars, holds some text, no control character, none of the
/// characters Markdig's inline parsers start at (<c>\ ` * _ [ ] ! &lt; &gt; &amp;</c>), and no white space but spaces at
/// its edges: such a cell is one literal, its text trimmed of spaces, as Markdig makes it. The header line is plain and
/// has as many cells; the delimiter line has one <c>:?-+:?</c> per cell. Anything else, anywhere in the table, leaves the
/// whole table to Markdig.
/// </para>
/// <para>
/// <see cref="Attach"/> gives each such table its compact body once the text is parsed; should a table not be what its
/// lines promised, the caller parses the text again without this extension (<see cref="CompactTables.Parse"/>). Tests
/// compare the two ways on tables of every kind of cell (<c>PlainTableLinesTests</c>).
/// </para>
/// </remarks>
internal sealed class PlainTableLines : IMarkdownExtension
{
    /// <summary>Characters a plain cell does not hold: the bar, and where Markdig's inline parsers start ('&gt;' too, to be safe).</summary>
    private static readonly SearchValues<char> NotPlain = SearchValues.Create("\\`*_[]!<>&|");

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>()
            ?? throw new InvalidOperationException("The pipeline has no paragraph parser to read tables from.");
        paragraphs.Closed += Read;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>A table's body read from its lines: the text they lie in, its columns, and each cell's first and last character.</summary>
    /// <param name="Line">The table's first line (its paragraph's, and the table's Markdig makes of it).</param>
    /// <param name="Bounds">Two numbers a cell, row after row, the header row's left at 0 (as <see cref="CompactTables"/> leaves them).</param>
    internal sealed record Rows(int Line, string Source, int Columns, int[] Bounds);

    /// <summary>
    /// Gives each table read from its lines its compact body. False when one of them is not the table of a header row
    /// alone, of as many cells, that its lines promised: then the document is to be parsed again as Markdig reads it.
    /// </summary>
    public static bool Attach(MarkdownDocument document)
    {
        if (document.GetData(typeof(Rows)) is not List<Rows> read)
        {
            return true;
        }
        document.RemoveData(typeof(Rows));
        // The paragraphs closed in the document's order: its tables are met in the same order, once each.
        var next = 0;
        foreach (var block in document)
        {
            if (next == read.Count)
            {
                break;
            }
            if (block is Table table && table.Line == read[next].Line)
            {
                if (!Attach(table, read[next]))
                {
                    return false;
                }
                next++;
            }
        }
        return next == read.Count;
    }

    private static bool Attach(Table table, Rows rows)
    {
        if (table.Count != 1 || table[0] is not TableRow { IsHeader: true } header || header.Count != rows.Columns
            || table.ColumnDefinitions.Count != rows.Columns || CompactTables.BodyOf(table) is not null)
        {
            return false;
        }
        var kept = new TableRow?[rows.Bounds.Length / (2 * rows.Columns)];
        kept[0] = header;
        table.Clear();
        table.SetData(typeof(CompactTables.Body), new CompactTables.Body(rows.Source, kept, rows.Bounds, rows.Columns, readFromLines: true));
        return true;
    }

    private static void Read(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock { Parent: MarkdownDocument } paragraph || paragraph.Lines.Count < 2 + CompactTables.LongestKeptWhole)
        {
            return;
        }
        var lines = paragraph.Lines.Lines;
        var text = lines[0].Slice.Text;
        var columns = Cells(lines[0].Slice, text, []);
        if (columns <= 0 || !IsDelimiterRow(lines[1].Slice, text, columns))
        {
            return;
        }
        var count = paragraph.Lines.Count;
        var bounds = new int[(count - 1) * columns * 2];
        for (var r = 2; r < count; r++)
        {
            // Row r of the paragraph is row r - 1 of the table (the delimiter row is no row).
            if (Cells(lines[r].Slice, text, bounds.AsSpan((r - 1) * columns * 2, columns * 2)) != columns)
            {
                return;
            }
        }
        while (paragraph.Lines.Count > 2)
        {
            paragraph.Lines.RemoveAt(paragraph.Lines.Count - 1);
        }
        var document = processor.Document;
        if (document.GetData(typeof(Rows)) is not List<Rows> read)
        {
            read = [];
            document.SetData(typeof(Rows), read);
        }
        read.Add(new Rows(paragraph.Line, text, columns, bounds));
    }

    /// <summary>
    /// How many cells a plain line has (<see cref="PlainTableLines"/>), each one's first and last character into
    /// <paramref name="bounds"/> when it has room; 0 when the line is not plain, or has more cells than that room.
    /// </summary>
    private static int Cells(StringSlice line, string text, Span<int> bounds)
    {
        if (!IsBarred(line, text))
        {
            return 0;
        }
        var cells = 0;
        for (var at = line.Start + 1; at <= line.End;)
        {
            var bar = text.IndexOf('|', at, line.End - at + 1);
            var cell = text.AsSpan(at, bar - at);
            var first = cell.IndexOfAnyExcept(' ');
            if (first < 0)
            {
                return 0;
            }
            var last = cell.LastIndexOfAnyExcept(' ');
            var content = cell[first..(last + 1)];
            // Markdig trims a cell of any white space, a non-breaking or figure space too: a cell ending in one is left to it.
            if (content.IndexOfAny(NotPlain) >= 0 || content.IndexOfAnyInRange('\0', '\u001f') >= 0
                || char.IsWhiteSpace(content[0]) || char.IsWhiteSpace(content[^1]))
            {
                return 0;
            }
            if (!bounds.IsEmpty)
            {
                if (2 * cells + 1 >= bounds.Length)
                {
                    return 0;
                }
                bounds[2 * cells] = at + first;
                bounds[2 * cells + 1] = at + last;
            }
            cells++;
            at = bar + 1;
        }
        return cells;
    }

    /// <summary>Whether the line is a delimiter row of <paramref name="columns"/> cells, each <c>:?-+:?</c> between spaces, within bars.</summary>
    private static bool IsDelimiterRow(StringSlice line, string text, int columns)
    {
        if (!IsBarred(line, text))
        {
            return false;
        }
        var cells = 0;
        for (var at = line.Start + 1; at <= line.End;)
        {
            var bar = text.IndexOf('|', at, line.End - at + 1);
            var cell = text.AsSpan(at, bar - at).Trim(' ');
            if (cell.StartsWith(':'))
            {
                cell = cell[1..];
            }
            if (cell.EndsWith(':'))
            {
                cell = cell[..^1];
            }
            if (cell.IsEmpty || cell.ContainsAnyExcept('-'))
            {
                return false;
            }
            cells++;
            at = bar + 1;
        }
        return cells == columns;
    }

    /// <summary>Whether the line lies in <paramref name="text"/> and starts and ends with a bar, with a cell between.</summary>
    private static bool IsBarred(StringSlice line, string text) =>
        ReferenceEquals(line.Text, text) && line.End - line.Start >= 2 && text[line.Start] == '|' && text[line.End] == '|';
}
