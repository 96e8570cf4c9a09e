using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Templating;
using ReportGen.Templating.Documents;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace ReportGen.Docx;

/// <summary>
/// A document's Markdown syntax tree (the one the booklet and the web page use) as WordprocessingML: headings in
/// Word's own Heading 1–3 styles, body paragraphs in Normal (justified, first-line indent), the title lines
/// centred with the short rule under the summary line (<see cref="TitleLines"/>, as the booklet), lists as
/// paragraphs with their marks, pipe tables as Word tables with the header row repeated on every page.
/// A <c>```chart</c> block is a short centred note, its caption kept; a chart without data goes with its caption,
/// as in the booklet. A paragraph of a Word contribution's pictures only (<c>![…](rg-image:KEY)</c>) is those pictures,
/// centred (<see cref="PictureParts"/>).
/// </summary>
internal sealed class MarkdownToWord(DocxSettings settings, int contentWidth, Func<string, bool>? hasChart, PictureParts? pictures = null)
{
    private const string ChartInfo = "chart";

    /// <summary>The next paragraph starts a new page (an annex).</summary>
    public bool BreakBefore { get; set; }

    /// <summary>The width the text runs in (twips): the page's less its margins; the landscape appendix is wider.</summary>
    public int ContentWidth { get; set; } = contentWidth;

    public List<WordBlock> Build(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _shared = SharedWidths(document);
        var result = new List<WordBlock>();
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is FencedCodeBlock code && IsChart(code))
            {
                var caption = i + 1 < document.Count ? document[i + 1] as ParagraphBlock : null;
                if (caption is not null)
                {
                    i++;
                }
                if (hasChart?.Invoke(code.Lines.ToString().Trim()) ?? true)
                {
                    result.Add(Paragraph([new TextRun(DocxWriter.ChartNote, new RunStyle(settings.TableSize, Italic: true))], Centred(keepNext: caption is not null)));
                    if (caption is not null)
                    {
                        result.Add(Paragraph(Runs(caption.Inline, new RunStyle(settings.TableSize)), Centred()));
                    }
                }
                continue;
            }
            if (document[i] is ParagraphBlock line && TitleLines.IsTitleLine(document, i))
            {
                var summaryEnds = TitleLines.EndsSummary(document, i);
                result.Add(Paragraph(Runs(line.Inline, default), Centred(keepNext: true, spacingAfter: summaryEnds ? 0 : settings.ParagraphSpacingPt)));
                if (summaryEnds)
                {
                    // The short rule under the summary line (trích yếu), a third of the text width (NĐ 30, HD 36).
                    // LibreOffice draws a two-point paragraph's rule higher than Word: 5 pt above clears the line in both.
                    result.Add(Word.Rule(ContentWidth / 3, ContentWidth, settings.ParagraphSpacingPt * 2, spacingBeforePt: 5));
                }
                continue;
            }
            result.AddRange(Block(document[i], 0));
        }
        return result;
    }

    private IEnumerable<WordBlock> Block(Block block, int indent) => block switch
    {
        FencedCodeBlock code when IsChart(code) => [],
        CodeBlock code => [Paragraph([new TextRun(LinesOf(code), default)], Plain(indent))],
        HeadingBlock heading => [Heading(heading)],
        ParagraphBlock paragraph when Pictures(paragraph, indent) is { } shown => [shown],
        ParagraphBlock paragraph => [Paragraph(Runs(paragraph.Inline, default), Body(indent))],
        ListBlock list => List(list, indent),
        MarkdigTable table => Table(table, indent),
        QuoteBlock quote => quote.SelectMany(child => Block(child, indent + Units.TwipsFromCm(1))),
        ThematicBreakBlock => [Word.Rule(Units.TwipsFromCm(4), ContentWidth, settings.ParagraphSpacingPt, spacingBeforePt: 5)],
        LinkReferenceDefinitionGroup or Markdig.Extensions.Yaml.YamlFrontMatterBlock or BlankLineBlock => [],
        // A block with no Word form: its text as typed, never lost (the booklet does the same).
        LeafBlock leaf when leaf.Lines.Count > 0 => [Paragraph([new TextRun(LinesOf(leaf), default)], Plain(indent))],
        ContainerBlock container => container.SelectMany(child => Block(child, indent)),
        _ => [],
    };

    /// <summary>A paragraph of pictures only, as one centred paragraph of them; null when it holds text or a picture the document lacks.</summary>
    private WordParagraph? Pictures(ParagraphBlock paragraph, int indent)
    {
        if (pictures is null)
        {
            return null;
        }
        var runs = new List<WordRun>();
        foreach (var (key, link) in Templating.Documents.PictureParagraph.Of(paragraph, pictures.Has) ?? [])
        {
            if (pictures.Drawing(key, string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())), ContentWidth - indent) is { } drawing)
            {
                runs.Add(drawing);
            }
        }
        return runs.Count == 0 ? null : Paragraph(runs, Centred());
    }

    private static string LinesOf(LeafBlock leaf) =>
        string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString()));

    private static bool IsChart(FencedCodeBlock code) => string.Equals(code.Info?.Trim(), ChartInfo, StringComparison.Ordinal);

    private static readonly string[] HeadingStyles = ["Heading1", "Heading2", "Heading3"];

    private WordParagraph Heading(HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 3);
        return Paragraph(Runs(heading.Inline, default), new ParagraphFormat { StyleId = HeadingStyles[level - 1] });
    }

    /// <summary>List items as paragraphs that begin with their mark ("- ", "1. "), as the booklet and official documents write them.</summary>
    private IEnumerable<WordBlock> List(ListBlock list, int indent)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter} " : "- ";
            var first = true;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var runs = Runs(paragraph.Inline, default);
                    if (first)
                    {
                        runs.Insert(0, new TextRun(marker, default));
                    }
                    yield return Paragraph(runs, Body(indent));
                }
                else
                {
                    foreach (var element in Block(child, indent + Units.TwipsFromCm(1)))
                    {
                        yield return element;
                    }
                }
                first = false;
            }
        }
    }

    /// <summary>
    /// A pipe table as a Word table: single rules, the header rows bold, centred, shaded and repeated on every
    /// page (tblHeader), each column aligned as the Markdown says, widths shared by the length of the text.
    /// </summary>
    private IEnumerable<WordBlock> Table(MarkdigTable table, int indent)
    {
        var rows = TableRows.Of(table);
        var columns = rows.Columns;
        if (columns == 0)
        {
            yield break;
        }
        var widths = indent == 0 && _shared.TryGetValue(table, out var shared) && shared.Count == columns
            ? shared
            : ColumnWidths([rows], columns, ContentWidth - indent);
        var padding = Units.Twips(settings.CellPaddingPt);
        // A page break asked for before this block goes to the table's first paragraph, its first cell's.
        var breakBefore = BreakBefore;
        BreakBefore = false;
        yield return new WordTable(widths, ruled: true, marginTopBottom: padding, marginSides: padding, Rows(table, rows, widths, columns, breakBefore))
        {
            Indent = indent,
        };
        // A table is followed by a paragraph's spacing, and two tables in a row stay two tables.
        yield return new WordParagraph(new ParagraphFormat
        {
            Spacing = new Spacing { Before = 0, After = 0, Line = Units.Twips(settings.ParagraphSpacingPt), Rule = LineRule.Exact },
        }, []);
    }

    /// <summary>
    /// The Word rows of a pipe table, made as the table is written (<see cref="WordTable"/>): each row's cells,
    /// runs and paragraphs are let go as soon as they are written. Made whole before the file was written, the cells of
    /// a thousand-row table outlived the collector's young generations and were copied twice before they were dropped
    /// (docs/benchmarks.md, "Three cuts made"). Reads only the Markdown tree and values fixed when the table was met.
    /// </summary>
    private IEnumerable<WordRow> Rows(MarkdigTable table, TableRows rows, IReadOnlyList<int> widths, int columns, bool breakBefore)
    {
        var fill = settings.HeaderFill.TrimStart('#');
        for (var r = 0; r < rows.Count; r++)
        {
            // A row of a table kept compact is shown for its turn (TableRows), its text taken into the Word row at once.
            var row = rows[r];
            var cells = new List<WordCell>(columns);
            for (var c = 0; c < columns; c++)
            {
                var alignment = row.IsHeader ? Alignment.Center : AlignmentOf(c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null);
                var style = new RunStyle(settings.TableSize, Bold: row.IsHeader);
                var runs = new List<WordRun>();
                if (c < row.Count)
                {
                    foreach (var block in (Markdig.Extensions.Tables.TableCell)row[c])
                    {
                        if (block is ParagraphBlock paragraph)
                        {
                            Runs(paragraph.Inline, style, runs);
                        }
                    }
                }
                var format = CellFormats[(int)alignment];
                if (breakBefore)
                {
                    format = format with { PageBreakBefore = true };
                    breakBefore = false;
                }
                cells.Add(new WordCell(widths[c], [Word.Paragraph(runs, format)], row.IsHeader ? fill : null));
            }
            yield return new WordRow(cantSplit: row.IsHeader, header: row.IsHeader, cells);
        }
    }

    /// <summary>
    /// A table cell's paragraph setting, by alignment: settings are values that never change, so every cell shares
    /// one (a setting, its spacing and indent were a fifth of the objects a Word file made). Indexed by the
    /// alignment's value.
    /// </summary>
    private static readonly ParagraphFormat[] CellFormats =
        [Word.Tight(Alignment.Left), Word.Tight(Alignment.Center), Word.Tight(Alignment.Right), Word.Tight(Alignment.Both)];

    /// <summary>Column widths shared by the tables of the text being built that share their header row, by table.</summary>
    private Dictionary<MarkdigTable, List<int>> _shared = [];

    /// <summary>
    /// Tables of one text with the same header row are one kind of list (the award lists of a decision): their
    /// columns are sized together, so the rules line up from one to the next, as in the booklet.
    /// </summary>
    private Dictionary<MarkdigTable, List<int>> SharedWidths(MarkdownDocument document)
    {
        // Each table's header row read once (it was read again when the table was built, to find its widths).
        var byHeader = new Dictionary<string, List<(MarkdigTable Table, TableRows Rows)>>(StringComparer.Ordinal);
        foreach (var table in document.Descendants<MarkdigTable>())
        {
            var rows = TableRows.Of(table);
            var key = rows.HeaderKey();
            if (key.Length > 0)
            {
                if (!byHeader.TryGetValue(key, out var same))
                {
                    byHeader.Add(key, same = []);
                }
                same.Add((table, rows));
            }
        }
        var shared = new Dictionary<MarkdigTable, List<int>>();
        foreach (var same in byHeader.Values)
        {
            if (same.Count > 1)
            {
                var widths = ColumnWidths([.. same.Select(t => t.Rows)], same[0].Rows.Columns, ContentWidth);
                foreach (var (table, _) in same)
                {
                    shared.Add(table, widths);
                }
            }
        }
        return shared;
    }

    private static Alignment AlignmentOf(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => Alignment.Center,
        TableColumnAlign.Right => Alignment.Right,
        _ => Alignment.Left,
    };

    /// <summary>
    /// Column widths from the text: every column is at least as wide as its widest word (a number such as
    /// "12.278,27" or a time never breaks), and the room left goes to the columns whose text is longer than that,
    /// by how much longer (up to about 40 characters), so names wrap rather than numbers.
    /// </summary>
    /// <remarks>The rows of one table, or of several sized together (<see cref="SharedWidths"/>), read by their cells' text alone.</remarks>
    private List<int> ColumnWidths(IReadOnlyList<TableRows> tables, int columns, int width)
    {
        var size = settings.TableSize;
        var padding = 2 * Units.Twips(settings.CellPaddingPt) + 40;
        int Twips(ReadOnlySpan<char> text, bool header) => Units.Twips(Units.EstimatedWidth(text, size, capitals: false) * (header ? 1.1 : 1));
        var cap = Units.Twips(40 * 0.5 * size);
        var minimum = new double[columns];
        var wanted = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            // The widest word and the longest text (up to the cap) of the column's cells; widths are never negative, so 0 stands for none.
            int widestWord = 0, longest = 0;
            foreach (var rows in tables)
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    if (c >= rows.CellCount(r))
                    {
                        continue;
                    }
                    var header = rows.IsHeader(r);
                    var text = rows.CellText(r, c);
                    foreach (var word in text.Split(' '))
                    {
                        widestWord = Math.Max(widestWord, Twips(text[word], header));
                    }
                    longest = Math.Max(longest, Math.Min(Twips(text, header), cap));
                }
            }
            minimum[c] = padding + widestWord;
            wanted[c] = Math.Max(minimum[c], padding + longest);
        }
        double[] result;
        if (wanted.Sum() <= width)
        {
            result = [.. wanted.Select(w => w * width / wanted.Sum())];
        }
        else if (minimum.Sum() <= width)
        {
            var extra = width - minimum.Sum();
            var more = wanted.Zip(minimum, (w, m) => w - m).ToArray();
            result = [.. minimum.Select((m, c) => m + (more.Sum() == 0 ? 0 : extra * more[c] / more.Sum()))];
        }
        else
        {
            result = [.. minimum.Select(m => m * width / minimum.Sum())];
        }
        var widths = result.Select(w => (int)Math.Floor(w)).ToList();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    private WordParagraph Paragraph(List<WordRun> runs, ParagraphFormat format)
    {
        if (BreakBefore)
        {
            format = format with { PageBreakBefore = true };
            BreakBefore = false;
        }
        return Word.Paragraph(runs, format);
    }

    /// <summary>A body paragraph: the Normal style (justified, first-line indent, spacing after), moved right in a quote or list.</summary>
    private static ParagraphFormat Body(int indent) => indent == 0
        ? new ParagraphFormat()
        : new ParagraphFormat { Indent = new Indent { Left = indent } };

    /// <summary>Text as typed: left-aligned, no first-line indent.</summary>
    private static ParagraphFormat Plain(int indent) => new()
    {
        Indent = new Indent { Left = indent, FirstLine = 0 },
        Alignment = Alignment.Left,
    };

    private static ParagraphFormat Centred(bool keepNext = false, double? spacingAfter = null) => new()
    {
        KeepNext = keepNext,
        Spacing = spacingAfter is { } after ? new Spacing { After = Units.Twips(after) } : null,
        Indent = new Indent { FirstLine = 0 },
        Alignment = Alignment.Center,
    };

    /// <summary>The inlines of a paragraph as runs: bold and italic as Markdown marks them, links as their text.</summary>
    private static List<WordRun> Runs(ContainerInline? container, RunStyle style)
    {
        var runs = new List<WordRun>();
        Runs(container, style, runs);
        return runs;
    }

    private static void Runs(ContainerInline? container, RunStyle style, List<WordRun> runs)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new TextRun(literal.Content.ToString(), style));
                    break;
                case EmphasisInline emphasis:
                    Runs(emphasis, emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic(), runs);
                    break;
                case AutolinkInline autolink:
                    runs.Add(new TextRun(autolink.Url, style));
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, style));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", style));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), style));
                    break;
                case HtmlInline html:
                    // Raw HTML never passes through: it is shown as the text that was typed.
                    runs.Add(new TextRun(html.Tag, style));
                    break;
                case ContainerInline nested:
                    // Links keep their text; a Word file sent on carries no addresses the booklet would not print.
                    Runs(nested, style, runs);
                    break;
            }
        }
    }
}
