
namespace ReportGen.Docx;

/// <summary>How a paragraph's lines are set (w:jc).</summary>
internal enum Alignment { Left, Center, Right, Both }

/// <summary>A line height's rule (w:lineRule): a multiple of the single line, or exactly so high.</summary>
internal enum LineRule { Auto, Exact }

/// <summary>Space before and after a paragraph and its line height, in twips (w:spacing); null: not said.</summary>
internal sealed class Spacing
{
    public int? Before { get; set; }
    public int? After { get; set; }
    public int? Line { get; set; }
    public LineRule? Rule { get; set; }
}

/// <summary>A paragraph's indents in twips (w:ind); null: not said.</summary>
internal sealed class Indent
{
    public int? Left { get; set; }
    public int? Right { get; set; }
    public int? FirstLine { get; set; }
}

/// <summary>
/// A paragraph's properties (w:pPr) as this writer uses them, written in the schema's order: style, keep with the
/// next, page break before, the bottom rule, spacing, indents, alignment, the paragraph mark's size, a section's end.
/// </summary>
internal sealed class ParagraphFormat
{
    public string? StyleId { get; set; }
    public bool KeepNext { get; set; }
    public bool PageBreakBefore { get; set; }

    /// <summary>A single rule under the paragraph, ¾ pt (the short rules under the header's lines).</summary>
    public bool BottomRule { get; set; }
    public Spacing? Spacing { get; set; }
    public Indent? Indent { get; set; }
    public Alignment? Alignment { get; set; }

    /// <summary>The paragraph mark's size in half points (a rule's paragraph is two points high).</summary>
    public int? MarkSize { get; set; }

    /// <summary>The section that ends with this paragraph (the portrait pages before a landscape appendix).</summary>
    public PageSection? Section { get; set; }

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
