using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Templating.Documents;

namespace ReportGen.Benchmarks;

/// <summary>
/// A meeting's booklet written as a Typst document of the same kind of content, for the peer benchmark: the same
/// paper, margins, font and sizes (theme.yaml), a contents page, each document's two-column issuer header, its
/// Markdown body (headings, justified paragraphs with a first-line indent, lists, tables) and its signature.
/// Charts are left out (Typst has none built in); they are a small share of a booklet's pages.
/// </summary>
public static class TypstSource
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public static string For(IReadOnlyList<RenderedDocument> documents)
    {
        var typst = new StringBuilder(64 * 1024);
        typst.Append("""
            #set document(title: "Tài liệu hội nghị")
            #set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm), numbering: "1", number-align: top + center)
            #set text(font: "Liberation Serif", size: 14pt, lang: "vi")
            #set par(justify: true, first-line-indent: (amount: 1.27cm, all: true), leading: 0.5em, spacing: 6pt + 0.5em)
            #set heading(numbering: none)
            #show heading: set text(size: 14pt)
            #show heading.where(level: 1): it => align(center, upper(it))
            #set table(stroke: 0.5pt, inset: 3pt)
            #show table: set text(size: 12pt)
            #show table: set par(justify: false, first-line-indent: 0pt)
            #outline(title: "MỤC LỤC", depth: 2)

            """);
        foreach (var document in documents)
        {
            typst.Append("#pagebreak(weak: true)\n");
            if (document.Heading is { } heading)
            {
                typst.Append("#grid(columns: (1fr, 1.4fr), align: center, [")
                    .Append(Text(heading.Superior.ToUpperInvariant())).Append("\\ *")
                    .Append(Text(string.Join(" ", heading.IssuingLines).ToUpperInvariant())).Append("*\\ ")
                    .Append(Text(heading.NumberLine ?? "")).Append("], [*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*\\ *Độc lập - Tự do - Hạnh phúc*\\ _")
                    .Append(Text(heading.DateLine)).Append("_])\n\n");
            }
            Blocks(Markdown.Parse(document.Markdown, Pipeline), typst);
            if (document.Signer is { } signer)
            {
                typst.Append("#align(right, block(width: 50%, align(center)[*")
                    .Append(Text(signer.OnBehalf ?? "")).Append("*\\ *").Append(Text(signer.Position))
                    .Append("*\\ #v(3em) *").Append(Text(signer.Name)).Append("*]))\n\n");
            }
            if (document.Annex.Length > 0)
            {
                typst.Append("#pagebreak()\n");
                Blocks(Markdown.Parse(document.Annex, Pipeline), typst);
            }
            if (document.Appendix.Length > 0)
            {
                typst.Append("#page(flipped: true)[\n");
                Blocks(Markdown.Parse(document.Appendix, Pipeline), typst);
                typst.Append("]\n");
            }
        }
        return typst.ToString();
    }

    private static void Blocks(ContainerBlock container, StringBuilder typst)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    typst.Append('=', heading.Level).Append(' ');
                    Inlines(heading.Inline, typst);
                    typst.Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    Inlines(paragraph.Inline, typst);
                    typst.Append("\n\n");
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        typst.Append(list.IsOrdered ? "+ " : "- ");
                        foreach (var inner in item.OfType<ParagraphBlock>())
                        {
                            Inlines(inner.Inline, typst);
                            typst.Append(' ');
                        }
                        typst.Append('\n');
                    }
                    typst.Append('\n');
                    break;
                case Table table:
                    Table(table, typst);
                    break;
                case QuoteBlock quote:
                    typst.Append("#quote(block: true)[\n");
                    Blocks(quote, typst);
                    typst.Append("]\n\n");
                    break;
                case ThematicBreakBlock:
                    typst.Append("#line(length: 100%, stroke: 0.5pt)\n\n");
                    break;
                case ContainerBlock other:
                    Blocks(other, typst);
                    break;
            }
        }
    }

    private static void Table(Table table, StringBuilder typst)
    {
        var columns = table.OfType<TableRow>().Max(r => r.Count);
        typst.Append("#table(columns: ").Append(columns.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader)
            {
                typst.Append("table.header(");
            }
            foreach (var cell in row.OfType<TableCell>())
            {
                typst.Append('[');
                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    Inlines(paragraph.Inline, typst);
                }
                typst.Append("],");
            }
            typst.Append(row.IsHeader ? "),\n" : "\n");
        }
        typst.Append(")\n\n");
    }

    private static void Inlines(ContainerInline? inlines, StringBuilder typst)
    {
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    typst.Append(Text(literal.Content.ToString()));
                    break;
                case EmphasisInline emphasis:
                    typst.Append(emphasis.DelimiterCount >= 2 ? "#strong[" : "#emph[");
                    Inlines(emphasis, typst);
                    typst.Append(']');
                    break;
                case LineBreakInline:
                    typst.Append(' ');
                    break;
                case CodeInline code:
                    typst.Append(Text(code.Content));
                    break;
                case ContainerInline container:
                    Inlines(container, typst);
                    break;
            }
        }
    }

    /// <summary>Plain text in Typst markup: every character with a meaning in markup escaped.</summary>
    private static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '#' or '*' or '_' or '$' or '@' or '<' or '>' or '[' or ']' or '`' or '=' or '-' or '+' or '/' or '~' or '"' or '\'')
            {
                escaped.Append('\\');
            }
            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return escaped.ToString();
    }
}
