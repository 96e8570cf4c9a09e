using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Templating;

/// <summary>
/// The plain text of a Markdown table cell, as every output reads it to size or key its tables (the booklet's and the
/// Word file's column widths and shared headers, the web page's empty and long-text columns): its literals in document
/// order, joined, trimmed — what <c>cell.Descendants&lt;LiteralInline&gt;()</c> gives.
/// </summary>
public static class TableCellText
{
    /// <summary>
    /// The cell's text. Walked by hand: Markdig's <c>Descendants</c> made an iterator and two stacks per cell, and every
    /// cell of every table is read (docs/benchmarks.md, branches pdf-word and templates-web); most cells are one literal,
    /// whose text comes without joining.
    /// </summary>
    public static string Of(Block cell)
    {
        string? single = null;
        StringBuilder? joined = null;
        Blocks(cell, ref single, ref joined);
        return (joined?.ToString() ?? single ?? "").Trim();
    }

    // Blocks, then a leaf's inlines, depth first.
    private static void Blocks(Block block, ref string? single, ref StringBuilder? joined)
    {
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Blocks(child, ref single, ref joined);
                }
                break;
            case LeafBlock { Inline: { } inline }:
                Inlines(inline, ref single, ref joined);
                break;
        }
    }

    private static void Inlines(ContainerInline container, ref string? single, ref StringBuilder? joined)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    if (single is null)
                    {
                        single = text;
                    }
                    else
                    {
                        (joined ??= new StringBuilder(single)).Append(text);
                    }
                    break;
                case ContainerInline nested:
                    Inlines(nested, ref single, ref joined);
                    break;
            }
        }
    }
}
