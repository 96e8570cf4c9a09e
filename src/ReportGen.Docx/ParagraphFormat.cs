
namespace ReportGen.Docx;

/// <summary>How a paragraph's lines are set (w:jc).</summary>
internal enum Alignment { Left, Center, Right, Both }

/// <summary>A line height's rule (w:lineRule): a multiple of the single line, or exactly so high.</summary>
internal enum LineRule { Auto, Exact }

/// <summary>Space before and after a paragraph and its line height, in twips (w:spacing); null: not said.</summary>
internal sealed record Spacing
{
    public int? Before { get; init; }
    public int? After { get; init; }
    public int? Line { get; init; }
    public LineRule? Rule { get; init; }
}

/// <summary>A paragraph's indents in twips (w:ind); null: not said.</summary>
internal sealed record Indent
{
    public int? Left { get; init; }
    public int? Right { get; init; }
    public int? FirstLine { get; init; }
}

/// <summary>
/// A paragraph's properties (w:pPr) as this writer uses them, written in the schema's order: style, keep with the
/// next, page break before, the bottom rule, spacing, indents, alignment, the paragraph mark's size, a section's end.
/// A value (a record that never changes once made): equal settings write the same bytes, which the writer keeps
/// (<see cref="WordWriter.WriteCached"/>), and a paragraph that must keep with the next gets a changed copy.
/// </summary>
internal sealed record ParagraphFormat
{
    public string? StyleId { get; init; }
    public bool KeepNext { get; init; }
    public bool PageBreakBefore { get; init; }

    /// <summary>A single rule under the paragraph, ¾ pt (the short rules under the header's lines).</summary>
    public bool BottomRule { get; init; }
    public Spacing? Spacing { get; init; }
    public Indent? Indent { get; init; }
    public Alignment? Alignment { get; init; }

    /// <summary>The paragraph mark's size in half points (a rule's paragraph is two points high).</summary>
    public int? MarkSize { get; init; }

    /// <summary>The section that ends with this paragraph (the portrait pages before a landscape appendix).</summary>
    public PageSection? Section { get; init; }

    public void Write(WordWriter xml)
    {
        xml.Start("pPr");
        if (StyleId is not null)
        {
            xml.Val("pStyle", StyleId);
        }
        if (KeepNext)
        {
            xml.Empty("keepNext");
        }
        if (PageBreakBefore)
        {
            xml.Empty("pageBreakBefore");
        }
        if (BottomRule)
        {
            xml.Start("pBdr");
            xml.Start("bottom");
            xml.Attribute("val", "single");
            xml.Attribute("color", "000000");
            xml.Attribute("sz", 6);
            xml.Attribute("space", 0);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (Spacing is { } spacing)
        {
            xml.Start("spacing");
            xml.OptionalAttribute("before", spacing.Before);
            xml.OptionalAttribute("after", spacing.After);
            xml.OptionalAttribute("line", spacing.Line);
            if (spacing.Rule is { } rule)
            {
                xml.Attribute("lineRule", rule == LineRule.Exact ? "exact" : "auto");
            }
            xml.WriteEndElement();
        }
        if (Indent is { } indent)
        {
            xml.Start("ind");
            xml.OptionalAttribute("left", indent.Left);
            xml.OptionalAttribute("right", indent.Right);
            xml.OptionalAttribute("firstLine", indent.FirstLine);
            xml.WriteEndElement();
        }
        if (Alignment is { } alignment)
        {
            xml.Val("jc", Name(alignment));
        }
        if (MarkSize is { } size)
        {
            xml.Start("rPr");
            xml.Start("sz");
            xml.Attribute("val", size);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        Section?.Write(xml);
        xml.WriteEndElement();
    }

    public static string Name(Alignment alignment) => alignment switch
    {
        Docx.Alignment.Center => "center",
        Docx.Alignment.Right => "right",
        Docx.Alignment.Both => "both",
        _ => "left",
    };
}
