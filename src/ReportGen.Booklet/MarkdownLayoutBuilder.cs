using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using LayoutTable = ReportGen.Layout.Elements.Table;

namespace ReportGen.Booklet;

/// <summary>
/// Walks a Markdig syntax tree and builds layout elements, one method per kind of block, the way Markdig's
/// own HTML renderer walks it. The web page renders the same tree to HTML, so both say the same thing.
/// </summary>
public sealed class MarkdownLayoutBuilder(ParagraphSetter setter, BookletTheme theme, float pageContentHeight, string source)
{
    private int _headingCount;

    private TextStyle Body => new(theme.Body.Size);

    private ParagraphStyle BodyParagraph => new(TextAlignment.Justify, Units.Cm(theme.Body.FirstLineIndentCm), theme.Body.LineHeight);

    /// <summary>The blocks of a document in order; a heading is bound to the block after it.</summary>
    public IReadOnlyList<Element> Build(MarkdownDocument document)
    {
        var blocks = document.SelectMany(BuildBlock).ToList();
        var result = new List<Element>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingAnchor heading && i + 1 < blocks.Count)
            {
                result.Add(new KeepWithNext(heading, blocks[i + 1], theme.Body.ParagraphSpacingPt, pageContentHeight));
                i++;
            }
            else
            {
                result.Add(blocks[i]);
            }
        }
        return result;
    }

    private IEnumerable<Element> BuildBlock(Block block) => block switch
    {
        HeadingBlock heading => [BuildHeading(heading)],
        ParagraphBlock paragraph => [Paragraph(Spans(paragraph.Inline, Body), BodyParagraph)],
        ListBlock list => BuildList(list),
        MarkdigTable table => [BuildTable(table)],
        QuoteBlock quote => quote.SelectMany(BuildBlock).Select(e => (Element)new Padding(e, left: Units.Cm(1))),
        ThematicBreakBlock => [new HorizontalRule(Units.Cm(4))],
        _ => [],
    };

    private Element BuildHeading(HeadingBlock heading)
    {
        var (style, alignment) = heading.Level switch
        {
            1 => (new TextStyle(theme.Headings.TitleSize, Bold: true), TextAlignment.Center),
            2 => (new TextStyle(theme.Headings.Level2Size, Bold: true), TextAlignment.Justify),
            _ => (new TextStyle(theme.Headings.Level3Size, Bold: true), TextAlignment.Justify),
        };
        var spans = Spans(heading.Inline, style);
        var title = string.Concat(spans.Select(s => s.Text));
        // Numbered headings ("I. …", "1. …") start at the paragraph indent, as in an official report.
        var indent = heading.Level >= 2 ? Units.Cm(theme.Body.FirstLineIndentCm) : 0;
        var text = new Padding(Paragraph(spans, new ParagraphStyle(alignment, indent, theme.Body.LineHeight)),
            top: heading.Level == 1 ? 0 : theme.Headings.SpaceBeforePt);
        return new HeadingAnchor(text, $"h{++_headingCount}", title, heading.Level);
    }

    private IEnumerable<Element> BuildList(ListBlock list)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}. " : "- ";
            var first = true;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var spans = Spans(paragraph.Inline, Body);
                    if (first)
                    {
                        spans.Insert(0, new TextSpan(marker, Body));
                    }
                    yield return Paragraph(spans, BodyParagraph);
                }
                else
                {
                    foreach (var element in BuildBlock(child))
                    {
                        yield return new Padding(element, left: Units.Cm(1));
                    }
                }
                first = false;
            }
        }
    }

    private Element BuildTable(MarkdigTable table)
    {
        var style = new TextStyle(theme.Table.Size);
        var rows = table.OfType<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var alignments = Enumerable.Range(0, columns).Select(c =>
            c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null).ToList();

        List<Element> Row(TableRow row) =>
            Enumerable.Range(0, columns).Select(c =>
            {
                var spans = c < row.Count
                    ? ((TableCell)row[c]).OfType<ParagraphBlock>().SelectMany(p => Spans(p.Inline, row.IsHeader ? style.WithBold() : style)).ToList()
                    : [];
                var alignment = row.IsHeader ? TextAlignment.Center : alignments[c] switch
                {
                    TableColumnAlign.Center => TextAlignment.Center,
                    TableColumnAlign.Right => TextAlignment.Right,
                    _ => TextAlignment.Left,
                };
                var padding = theme.Table.CellPaddingPt;
                return (Element)new Padding(Paragraph(spans, new ParagraphStyle(alignment, 0, 1.15f)), padding, padding, padding, padding);
            }).ToList();

        var header = rows.Where(r => r.IsHeader).Select(Row).ToList<IReadOnlyList<Element>>();
        var body = rows.Where(r => !r.IsHeader).Select(Row).ToList<IReadOnlyList<Element>>();
        return new LayoutTable(null, header, body)
        {
            HeaderFill = Color.Parse(theme.Table.HeaderFill),
            Source = source,
        };
    }

    private TextBlock Paragraph(IEnumerable<TextSpan> spans, ParagraphStyle style) =>
        new(setter, spans, style) { Source = source };

    private static List<TextSpan> Spans(ContainerInline? container, TextStyle style, string? link = null)
    {
        var spans = new List<TextSpan>();
        if (container is null)
        {
            return spans;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(new TextSpan(literal.Content.ToString(), style, link));
                    break;
                case EmphasisInline emphasis:
                    var emphasised = emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic();
                    spans.AddRange(Spans(emphasis, emphasised, link));
                    break;
                case LinkInline linkInline:
                    spans.AddRange(Spans(linkInline, style with { Underline = true }, linkInline.Url));
                    break;
                case AutolinkInline autolink:
                    spans.Add(new TextSpan(autolink.Url, style with { Underline = true }, autolink.Url));
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
                    spans.AddRange(Spans(nested, style, link));
                    break;
            }
        }
        return spans;
    }
}
