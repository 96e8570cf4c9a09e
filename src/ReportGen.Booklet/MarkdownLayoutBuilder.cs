using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Layout;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Core.Security;
using ReportGen.Templating;
using ReportGen.Templating.Documents;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using LayoutTable = ReportGen.Layout.Elements.Table;

namespace ReportGen.Booklet;

/// <summary>
/// Walks a Markdig syntax tree and builds layout elements, one method per kind of block, the way Markdig's
/// own HTML renderer walks it. The web page renders the same tree to HTML, so both say the same thing.
/// A fenced block <c>```chart</c> holding a name becomes the chart <paramref name="charts"/> gives for that
/// name, kept on one page with the paragraph after it (its caption); its labels are shaped like body text,
/// at the theme's chart sizes.
/// Tagged PDF: each block gets its structure element as it is built (never while it is drawn, since the booklet is
/// laid out again when its contents need a first pass), a child of the element given to <see cref="Build"/>: P for paragraphs, H1–H6 for headings
/// (<see cref="HeadingLevels"/>), L/LI/Lbl/LBody for lists, Table/TR/TH/TD, Figure with its data as alternative
/// text and a Caption for charts, BlockQuote for quotes; rules are artifacts.
/// </summary>
public sealed partial class MarkdownLayoutBuilder(ParagraphSetter setter, BookletTheme theme, float pageContentHeight, string source,
    Func<string, ChartSpec?>? charts = null)
{
    private readonly BarChartLayout _chartLayout = new(setter, theme.Chart.ToStyle());

    /// <summary>The info string of a fenced code block that names a chart.</summary>
    public const string ChartInfo = "chart";

    private readonly List<Anchor> _headings = [];

    private readonly HeadingLevels _levels = new();

    /// <summary>Headings built so far; heading number n is anchored as "h{n}".</summary>
    public int HeadingCount => _headings.Count;

    /// <summary>
    /// The headings built so far, in the order they are built, which is the order they are printed in: the anchors
    /// the pages will hold (without their place), known before any layout, so the contents can be made from them.
    /// </summary>
    public IReadOnlyList<Anchor> Headings => _headings;

    /// <summary>
    /// The height a fresh page offers, so kept-together blocks know when moving on cannot help; change it
    /// before building a part set on other pages (the landscape appendix).
    /// </summary>
    public float PageContentHeight { get; set; } = pageContentHeight;

    /// <summary>Markdown blocks the booklet has no form for (set as plain text), by their kind.</summary>
    public event Action<string>? UnknownBlock;

    private float PageContentWidth => Units.Mm(theme.Paper.WidthMm - theme.MarginsMm.Left - theme.MarginsMm.Right);

    /// <summary>The size of level-1 headings (a document's name) for the document being built; the theme's when null.</summary>
    public float? TitleSize { get; set; }

    /// <summary>
    /// The pictures of the document being built, by key (a Word contribution's): a paragraph of <c>![…](rg-image:KEY)</c>
    /// only is set as those pictures. A picture not among them is its text, as any image in Markdown.
    /// </summary>
    public IReadOnlyDictionary<string, Core.Import.EmbeddedImage> Images { get; set; } = Core.Import.ContentText.NoImages;

    // Made once, not per paragraph: styles are values nothing changes, and these were 2 % of the layouts' bytes.
    private TextStyle Body { get; } = new(theme.Body.Size);

    private ParagraphStyle BodyParagraph { get; } = new(TextAlignment.Justify, Units.Cm(theme.Body.FirstLineIndentCm), theme.Body.LineHeight);

    /// <summary>
    /// A new document of the booklet: its first heading is H1 again (<see cref="HeadingLevels"/>). Its annex and
    /// appendix, built after it, continue its levels.
    /// </summary>
    public void StartDocument() => _levels.Restart();

    /// <summary>The plain text of the document's first heading (its title), or null when it has none.</summary>
    public static string? TitleOf(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        return heading is null ? null : string.Concat(Spans(heading.Inline, new TextStyle(12)).Select(s => s.Text)).Replace('\u00A0', ' ').Trim();
    }

    /// <summary>The blocks of a document in order; a heading is bound to the block after it.</summary>
    /// <param name="parent">The structure element (tagged PDF) the blocks' elements are children of; null for none.</param>
    public IReadOnlyList<Element> Build(MarkdownDocument document, StructureElement? parent = null)
    {
        _tables.Clear();
        var blocks = BuildBlocks(document, parent).ToList();
        // Tables of one text with the same header row are one kind of list (the award lists of a decision):
        // their columns are sized together so the rules line up from one to the next.
        foreach (var group in _tables.GroupBy(t => t.HeaderKey, StringComparer.Ordinal).Where(g => g.Key.Length > 0))
        {
            LayoutTable.ShareColumns([.. group.Select(t => t.Table)]);
        }
        var result = new List<Element>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingAnchor heading && i + 1 < blocks.Count)
            {
                result.Add(new KeepWithNext(heading, blocks[i + 1], theme.Body.ParagraphSpacingPt, PageContentHeight));
                i++;
            }
            else
            {
                result.Add(blocks[i]);
            }
        }
        return result;
    }

    /// <summary>The document's blocks; a chart and the paragraph after it (its caption) become one element.</summary>
    private IEnumerable<Element> BuildBlocks(MarkdownDocument document, StructureElement? parent)
    {
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is FencedCodeBlock code && IsChart(code))
            {
                var caption = i + 1 < document.Count ? document[i + 1] as ParagraphBlock : null;
                if (caption is not null)
                {
                    i++;
                }
                var chart = BuildChart(code, caption, parent);
                if (chart is not null)
                {
                    yield return chart;
                }
                continue;
            }
            if (document[i] is ParagraphBlock shown && i + 1 < document.Count && document[i + 1] is ParagraphBlock pictureCaption
                && IsPictureCaption(pictureCaption) && Pictures(shown, parent) is { } pictures)
            {
                // A picture's caption ("Hình 1. …") under it is never left at the top of the next page without it.
                i++;
                foreach (var picture in pictures.SkipLast(1))
                {
                    yield return picture;
                }
                var captionText = Paragraph(Spans(pictureCaption.Inline, Body), BodyParagraph, new StructureElement(StructureRole.Caption, parent));
                yield return new KeepWithNext(pictures[^1], captionText, theme.Body.ParagraphSpacingPt, PageContentHeight);
                continue;
            }
            if (document[i] is ParagraphBlock line && TitleLines.IsTitleLine(document, i))
            {
                yield return Paragraph(TitleSpans(Spans(line.Inline, Body)), new ParagraphStyle(TextAlignment.Center, 0, theme.Body.LineHeight, Balanced: true), P(parent));
                if (TitleLines.EndsSummary(document, i))
                {
                    // The short rule under the summary line (trích yếu), a third of the text width (NĐ 30, HD 36).
                    yield return new HorizontalRule(PageContentWidth / 3, 0.6f, 1, 4);
                }
                continue;
            }
            foreach (var element in BuildBlock(document[i], parent))
            {
                yield return element;
            }
        }
    }

    private IEnumerable<Element> BuildBlock(Block block, StructureElement? parent) => block switch
    {
        FencedCodeBlock code when IsChart(code) => BuildChart(code, null, parent) is { } chart ? [chart] : [],
        CodeBlock code => [BuildCode(code, parent)],
        HeadingBlock heading => [BuildHeading(heading, parent)],
        ParagraphBlock paragraph when Pictures(paragraph, parent) is { } pictures => pictures,
        ParagraphBlock paragraph => [Paragraph(Spans(paragraph.Inline, Body), BodyParagraph, P(parent))],
        ListBlock list => BuildList(list, parent),
        MarkdigTable table => [BuildTable(table, parent)],
        QuoteBlock quote => BuildQuote(quote, parent),
        ThematicBreakBlock => [new HorizontalRule(Units.Cm(4))],
        // Nothing to print: link definitions, the front matter, blank lines.
        LinkReferenceDefinitionGroup or Markdig.Extensions.Yaml.YamlFrontMatterBlock or BlankLineBlock => [],
        _ => Unknown(block, parent),
    };

    /// <summary>A new paragraph element under <paramref name="parent"/>.</summary>
    private static StructureElement P(StructureElement? parent) => new(StructureRole.P, parent);

    private IEnumerable<Element> BuildQuote(QuoteBlock quote, StructureElement? parent)
    {
        var element = new StructureElement(StructureRole.BlockQuote, parent);
        foreach (var block in quote)
        {
            foreach (var built in BuildBlock(block, element))
            {
                yield return new Padding(built, left: Units.Cm(1));
            }
        }
    }

    /// <summary>
    /// A block the booklet has no form for: its text as a plain paragraph, never lost (the web page shows it),
    /// and the composer is told so the build can warn.
    /// </summary>
    private IEnumerable<Element> Unknown(Block block, StructureElement? parent)
    {
        UnknownBlock?.Invoke(block.GetType().Name);
        var text = block is LeafBlock { Lines.Count: > 0 } leaf
            ? string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString()))
            : "";
        return text.Trim().Length == 0 ? [] : [Paragraph([new TextSpan(text, Body)], new ParagraphStyle(TextAlignment.Left, 0, theme.Body.LineHeight), P(parent))];
    }

    /// <summary>
    /// A paragraph of pictures only (how a Word file's pictures come, <c>WordToMarkdown</c>): each centred in the column at
    /// the width the writer gave it in Word (<see cref="Core.Import.EmbeddedImage.NaturalWidthPt"/>), never wider than the
    /// column nor taller than a page. Null when the paragraph holds text, or a picture the document does not have.
    /// </summary>
    /// <remarks>Each picture is a Figure whose alternative text is the writer's description (or the stand-in).</remarks>
    private List<Element>? Pictures(ParagraphBlock paragraph, StructureElement? parent)
    {
        // Figures made only once the whole paragraph is known to be pictures: a paragraph of text leaves no empty Figure.
        return Templating.Documents.PictureParagraph.Of(paragraph, Images.ContainsKey)?.Select(picture =>
        {
            var image = Images[picture.Key];
            var alt = string.Concat(Spans(picture.Link, Body).Select(s => s.Text));
            var block = new ImageBlock(new ImageData(image.Bytes, image.PixelWidth, image.PixelHeight), (float)image.NaturalWidthPt)
            {
                MaxHeight = PageContentHeight,
                AlternativeText = alt,
                Source = source,
            };
            return (Element)new Tagged(new StructureElement(StructureRole.Figure, parent) { AlternativeText = alt }, block);
        }).ToList();
    }

    /// <summary>A short paragraph that names a picture, as Word users write one under it: "Hình 1. …", "Ảnh: …".</summary>
    private static bool IsPictureCaption(ParagraphBlock paragraph)
    {
        var text = string.Concat(paragraph.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []).TrimStart();
        return text.Length <= 200 && PictureCaption().IsMatch(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Hình|Ảnh|HÌNH|ẢNH)(\s|[.:]|$)")]
    private static partial System.Text.RegularExpressions.Regex PictureCaption();

    private static bool IsChart(FencedCodeBlock code) => string.Equals(code.Info?.Trim(), ChartInfo, StringComparison.Ordinal);

    /// <summary>
    /// The chart named in the block, with its caption centred under it, the two kept on one page; nothing
    /// when the chart has no data (the caption goes too: it would describe nothing). Tagged as a Figure whose
    /// alternative text states the chart's data (<see cref="ChartDescription"/>), then its Caption.
    /// </summary>
    private Element? BuildChart(FencedCodeBlock code, ParagraphBlock? caption, StructureElement? parent)
    {
        var name = code.Lines.ToString().Trim();
        var spec = charts?.Invoke(name);
        if (spec is null || spec.Bars.Count == 0)
        {
            return null;
        }
        var figure = new StructureElement(StructureRole.Figure, parent) { AlternativeText = ChartDescription.Of(spec) };
        var chart = new Tagged(figure, new ChartBlock(spec, _chartLayout) { Source = source });
        if (caption is null)
        {
            return chart;
        }
        var text = Paragraph(Spans(caption.Inline, new TextStyle(theme.Table.Size)), new ParagraphStyle(TextAlignment.Center, 0, theme.Body.LineHeight, Balanced: true),
            new StructureElement(StructureRole.Caption, parent));
        return new KeepTogether(new Column([chart, text], theme.Body.ParagraphSpacingPt), PageContentHeight);
    }

    /// <summary>Any other code block: its lines as typed, in a plain left-aligned paragraph.</summary>
    private TextBlock BuildCode(CodeBlock code, StructureElement? parent)
    {
        var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString()));
        return Paragraph([new TextSpan(text, Body)], new ParagraphStyle(TextAlignment.Left, 0, theme.Body.LineHeight), P(parent));
    }

    private Element BuildHeading(HeadingBlock heading, StructureElement? parent)
    {
        var (style, alignment) = heading.Level switch
        {
            1 => (new TextStyle(TitleSize ?? theme.Headings.TitleSize, Bold: true), TextAlignment.Center),
            // Headings are never justified: stretched word spaces on a short bold line are what a typesetter notices first.
            2 => (new TextStyle(theme.Headings.Level2Size, Bold: true), TextAlignment.Left),
            _ => (new TextStyle(theme.Headings.Level3Size, Bold: true), TextAlignment.Left),
        };
        var spans = TitleSpans(Spans(heading.Inline, style));
        // Bookmarks and the contents read the title with plain spaces (VietnameseBreaks glues some for the page).
        var title = string.Concat(spans.Select(s => s.Text)).Replace('\u00A0', ' ');
        // Numbered headings ("I. …", "1. …") start at the paragraph indent, as in an official report.
        var indent = heading.Level >= 2 ? Units.Cm(theme.Body.FirstLineIndentCm) : 0;
        var tag = new StructureElement(HeadingLevels.Role(_levels.Next(heading.Level)), parent);
        var text = new Padding(Paragraph(spans, new ParagraphStyle(alignment, indent, theme.Body.LineHeight, Balanced: true), tag),
            top: heading.Level == 1 ? 0 : theme.Headings.SpaceBeforePt);
        var anchor = new Anchor($"h{_headings.Count + 1}", title, heading.Level, 0);
        _headings.Add(anchor);
        return new HeadingAnchor(text, anchor.Name, anchor.Title, anchor.Level);
    }

    /// <summary>
    /// A list's items as paragraphs, the marker starting the first one. Tagged L, and per item LI holding Lbl (the
    /// marker's words) and LBody (the item's paragraphs and nested blocks).
    /// </summary>
    private IEnumerable<Element> BuildList(ListBlock list, StructureElement? parent)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var listElement = new StructureElement(StructureRole.L, parent);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}. " : "- ";
            var itemElement = new StructureElement(StructureRole.LI, listElement);
            var label = item.FirstOrDefault() is ParagraphBlock ? new StructureElement(StructureRole.Lbl, itemElement) : null;
            var body = new StructureElement(StructureRole.LBody, itemElement);
            var first = true;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var spans = Spans(paragraph.Inline, Body);
                    if (first)
                    {
                        spans.Insert(0, new TextSpan(marker, Body) { Structure = label });
                    }
                    yield return Paragraph(spans, BodyParagraph, P(body));
                }
                else
                {
                    foreach (var element in BuildBlock(child, body))
                    {
                        yield return new Padding(element, left: Units.Cm(1));
                    }
                }
                first = false;
            }
        }
    }

    /// <summary>
    /// A table, tagged Table with a TR per row: the header row's cells are TH heading their column (Scope Column),
    /// every other cell a TD. No column is taken for row headers: the first column of our tables is a running
    /// number (STT) or a name whose row the column headers already describe, and a reader hears each TD with its
    /// column's header.
    /// </summary>
    private Element BuildTable(MarkdigTable table, StructureElement? parent)
    {
        var tableElement = new StructureElement(StructureRole.Table, parent);
        var style = new TextStyle(theme.Table.Size);
        // Read by their number: a row of a table kept compact is shown when its turn comes (TableRows), not listed.
        var rows = TableRows.Of(table);
        var columns = rows.Columns;
        var alignments = Enumerable.Range(0, columns).Select(c =>
            c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null).ToList();

        // Numbers in a right-aligned column line up on the decimal comma: the cells with fewer decimals take
        // invisible room for the ones they lack (a punctuation space for the comma, figure spaces for digits).
        // Each body cell's decimals are read once (-1: no number), for the column's most and for the cell itself (by its
        // row and column: a compact row is shown in the same objects as every other).
        int[]? cellDecimals = null;
        var decimals = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            if (alignments[c] != TableColumnAlign.Right)
            {
                continue;
            }
            decimals[c] = -1;
            cellDecimals ??= new int[rows.Count * columns];
            for (var r = 0; r < rows.Count; r++)
            {
                if (!rows.IsHeader(r) && c < rows.CellCount(r))
                {
                    var own = DecimalsOf(rows.CellText(r, c));
                    cellDecimals[r * columns + c] = own;
                    decimals[c] = Math.Max(decimals[c], own);
                }
            }
        }

        // Loops, not LINQ: every cell of every table passes here, in both copies.
        // One paragraph style per column (and one for the header), shared by its cells: a long table's cells are all
        // built before it is laid out and live until it is drawn, and a style each was ~40 bytes of every cell.
        var headerStyle = new ParagraphStyle(TextAlignment.Center, 0, 1.15f);
        var columnStyles = new ParagraphStyle[columns];
        for (var c = 0; c < columns; c++)
        {
            columnStyles[c] = new ParagraphStyle(alignments[c] switch
            {
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            }, 0, 1.15f);
        }
        // A row's cells, and each cell's spans as made (its words glued, its links tagged). The spans are gathered in
        // one list for the table, emptied for each cell: a cell keeps them as an array of its own, and a list each was
        // two more objects (the list and its array) for every cell of a long table.
        // The row's spans by cell are read at once (KeptCell.Keep) and not kept: one array for the table's rows too.
        var gathered = new List<TextSpan>();
        var cellSpans = new TextSpan[columns][];
        var linked = new bool[columns];
        (Element[] Cells, TextSpan[][] Spans, StructureElement Row) Row(int r)
        {
            var row = rows[r];
            // Each cell's spans first: whether a body row's cells have links says how its cells are tagged.
            var anyLink = false;
            for (var c = 0; c < columns; c++)
            {
                var spans = gathered;
                spans.Clear();
                if (c < row.Count)
                {
                    foreach (var block in (TableCell)row[c])
                    {
                        if (block is ParagraphBlock paragraph)
                        {
                            AddSpans(spans, paragraph.Inline, row.IsHeader ? style.WithBold() : style);
                        }
                    }
                }
                if (!row.IsHeader && c < row.Count && decimals[c] > 0 && cellDecimals![r * columns + c] is var own && own >= 0 && own < decimals[c])
                {
                    spans.Add(new TextSpan((own == 0 ? "\u2008" : "") + new string('\u2007', decimals[c] - own), style));
                }
                linked[c] = TaggedSpans.HasUntaggedLinks(spans);
                anyLink |= linked[c];
                cellSpans[c] = [.. spans];
            }
            // A body row whose cells have no links holds its TD cells as their count (RowOfCells): its cells are made as
            // asked for, not kept. A header row's cells are TH with a scope, a linked cell's TD has its links as children.
            var rowElement = row.IsHeader || anyLink
                ? new StructureElement(StructureRole.TR, tableElement)
                : StructureElement.RowOfCells(tableElement, columns);
            // An array, not a list: a row has a cell in every column, and a list around it was one more object a row.
            var cells = new Element[columns];
            for (var c = 0; c < columns; c++)
            {
                var cell = row.IsHeader
                    ? new StructureElement(StructureRole.TH, rowElement) { Scope = HeaderScope.Column }
                    : rowElement.HasRowCells ? rowElement.Child(c) : new StructureElement(StructureRole.TD, rowElement);
                if (linked[c])
                {
                    cellSpans[c] = [.. TaggedSpans.Within(cell, [.. cellSpans[c]])];
                }
                cells[c] = TableCellOf(cellSpans[c], row.IsHeader ? headerStyle : columnStyles[c], cell);
            }
            return (cells, cellSpans, rowElement);
        }

        var header = new List<IReadOnlyList<Element>>();
        var bodyRows = new List<int>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows.IsHeader(r))
            {
                header.Add(Row(r).Cells);
            }
            else
            {
                bodyRows.Add(r);
            }
        }
        // The body's rows are made as the table reaches them (TableBody). Made again, a row's cells are new paragraphs of
        // the spans and structure elements made the first time: the tree gets no duplicates, and the words are not
        // glued twice (a long table's texts outgrow the glue memo: gluing again was a fifth of its layout).
        // Each row's cells one after the other in one array (an array per row was one more object of every row to the end).
        var bodyCells = new KeptCell[bodyRows.Count * columns];
        var bodyElements = new StructureElement[bodyRows.Count];
        var bodyTexts = new KeptTexts();
        var body = TableBody.Made(bodyRows.Count, r =>
        {
            (var cells, var spans, bodyElements[r]) = Row(bodyRows[r]);
            KeptCell.Keep(spans, style, bodyTexts, bodyCells.AsSpan(r * columns, columns));
            return cells;
        }, MadeAgain(bodyCells, bodyTexts, bodyElements, columnStyles, style, TableCellOf));
        var result = new LayoutTable(null, header, body)
        {
            HeaderFill = Color.Parse(theme.Table.HeaderFill),
            Source = source,
            // Lets a row taller than a page split inside its cells rather than stop the build.
            PageContentHeight = PageContentHeight,
        };
        _tables.Add((result, rows.HeaderKey()));
        return result;
    }

    /// <summary>A table cell: its paragraph of <paramref name="spans"/> inside the theme's cell padding.</summary>
    private Padding TableCellOf(TextSpan[] spans, ParagraphStyle style, StructureElement cell)
    {
        var padding = theme.Table.CellPaddingPt;
        return new Padding(new TextBlock(setter, spans, style) { Source = source, Structure = cell }, padding, padding, padding, padding);
    }

    /// <summary>
    /// A table's body rows made again from what their first making kept: each cell's spans (<see cref="KeptCell"/>), each
    /// row's TR (its cells' TD in order) and each column's style. Static, so that it cannot hold on to the Markdown tree the rows were first
    /// made from, which is let go once the booklet's elements are built (<see cref="RenderedDocument.ForgetTrees"/>):
    /// a lambda beside the first making would share its closure, and with it the tree, until the table is drawn.
    /// </summary>
    private static Func<int, IReadOnlyList<Element>> MadeAgain(KeptCell[] cells, KeptTexts texts, StructureElement[] rows, ParagraphStyle[] columnStyles,
        TextStyle plain, Func<TextSpan[], ParagraphStyle, StructureElement, Element> cellOf) => r =>
    {
        var columns = columnStyles.Length;
        var made = new Element[columns];
        for (var c = 0; c < columns; c++)
        {
            made[c] = cellOf(cells[r * columns + c].Spans(plain, texts), columnStyles[c], rows[r].Child(c));
        }
        return made;
    };

    /// <summary>
    /// A body cell's spans as kept to make its row again. Most cells are one span of the table's plain style, without
    /// link or element of its own: kept as its (glued) text alone, in the table's <see cref="KeptTexts"/>, the span and
    /// its string made again with the row. A 1 000-page list keeps a row for each of its 34 500 names until the end of
    /// its layout, and every object kept per cell (once a span, an array and a string) is one more for every collection
    /// to copy and mark.
    /// </summary>
    private readonly record struct KeptCell(KeptText Text, TextSpan[]? Made)
    {
        /// <summary>A row's cells as kept, into <paramref name="kept"/> (the row's place in the table's array).</summary>
        public static void Keep(TextSpan[][] cells, TextStyle plain, KeptTexts texts, Span<KeptCell> kept)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                kept[c] = cells[c] is [{ Link: null, Structure: null } only] && ReferenceEquals(only.Style, plain)
                    ? new KeptCell(texts.Keep(only.Text), null)
                    : new KeptCell(default, cells[c]);
            }
        }

        public TextSpan[] Spans(TextStyle plain, KeptTexts texts) => Made ?? [new TextSpan(texts.Text(Text), plain)];
    }

    /// <summary>The tables of the text being built, with their header row's words, to size related ones together.</summary>
    private readonly List<(LayoutTable Table, string HeaderKey)> _tables = [];

    /// <summary>Digits after the decimal comma of a number written the Vietnamese way ("12.278,27" → 2, "103" → 0); -1 when the text is no number.</summary>
    private static int DecimalsOf(ReadOnlySpan<char> text)
    {
        if (!VietnameseNumber().IsMatch(text))
        {
            return -1;
        }
        var comma = text.IndexOf(',');
        return comma < 0 ? 0 : text.Length - comma - 1;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d{1,3}(\.\d{3})*(,\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex VietnameseNumber();

    /// <summary>A title's or heading's spans, whose words' syllables stay together (<see cref="VietnameseBreaks.GlueTitle"/>).</summary>
    private static List<TextSpan> TitleSpans(List<TextSpan> spans) =>
        [.. spans.Select(s => s with { Text = VietnameseBreaks.GlueTitle(s.Text) })];

    /// <summary>A paragraph showing <paramref name="structure"/>; its links get Link elements (<see cref="TaggedSpans"/>).</summary>
    private TextBlock Paragraph(List<TextSpan> spans, ParagraphStyle style, StructureElement structure) =>
        new(setter, TaggedSpans.Within(structure, spans), style) { Source = source, Structure = structure };

    private static List<TextSpan> Spans(ContainerInline? container, TextStyle style, string? link = null)
    {
        var spans = new List<TextSpan>();
        AddSpans(spans, container, style, link);
        return spans;
    }

    /// <summary>The container's spans added to <paramref name="spans"/>: one list for a paragraph, not one per emphasis or link inside it.</summary>
    private static void AddSpans(List<TextSpan> spans, ContainerInline? container, TextStyle style, string? link = null)
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
                    spans.Add(new TextSpan(VietnameseBreaks.Glue(literal.Content.AsSpan()), style, link));
                    break;
                case EmphasisInline emphasis:
                    var emphasised = emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic();
                    AddSpans(spans, emphasis, emphasised, link);
                    break;
                case LinkInline linkInline:
                    // Only allowed targets become PDF links (LinkPolicy); the text stays either way.
                    var target = LinkPolicy.Filter(linkInline.Url);
                    AddSpans(spans, linkInline, target is null ? style : style with { Underline = true }, target ?? link);
                    break;
                case AutolinkInline autolink:
                    var autoTarget = LinkPolicy.Filter(autolink.Url);
                    spans.Add(new TextSpan(autolink.Url, autoTarget is null ? style : style with { Underline = true }, autoTarget ?? link));
                    break;
                case CodeInline code:
                    spans.Add(new TextSpan(code.Content, style, link));
                    break;
                case LineBreakInline lineBreak:
                    spans.Add(new TextSpan(lineBreak.IsHard ? "\n" : " ", style, link));
                    break;
                case HtmlEntityInline entity:
                    spans.Add(new TextSpan(entity.Transcoded.ToString(), style, link));
                    break;
                case HtmlInline html:
                    // Raw HTML never passes through: it is shown as the text that was typed.
                    spans.Add(new TextSpan(html.Tag, style, link));
                    break;
                case ContainerInline nested:
                    AddSpans(spans, nested, style, link);
                    break;
            }
        }
    }
}
