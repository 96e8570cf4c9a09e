
namespace ReportGen.Docx;

/// <summary>
/// The styles part: Times New Roman at the body size in Vietnamese; Normal justified with the first-line indent
/// and the spacing after (theme.yaml); Word's built-in Heading 1–3 (the title centred and bold at the document's
/// title size, levels 2 and 3 bold at the paragraph indent), so Word's navigation pane and contents see them.
/// </summary>
internal static class DocxStyles
{
    public static void Write(WordWriter xml, DocxSettings settings, double titleSize)
    {
        var font = settings.FontName;
        var bodySize = Units.HalfPoints(settings.BodySize);
        xml.Start("styles");
        xml.Start("docDefaults");
        xml.Start("rPrDefault");
        xml.Start("rPr");
        xml.Start("rFonts");
        xml.Attribute("ascii", font);
        xml.Attribute("hAnsi", font);
        xml.Attribute("eastAsia", font);
        xml.Attribute("cs", font);
        xml.WriteEndElement();
        xml.Val("sz", bodySize);
        xml.Val("szCs", bodySize);
        xml.Start("lang");
        xml.Attribute("val", "vi-VN");
        xml.Attribute("eastAsia", "vi-VN");
        xml.Attribute("bidi", "ar-SA");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.Start("pPrDefault");
        new ParagraphFormat { Spacing = new Spacing { After = 0, Line = 240, Rule = LineRule.Auto } }.Write(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();

        // Word's single line is about 1,15 of the type size for Times; the booklet's line is 1,25 of it.
        var line = (int)Math.Round(240 * settings.LineHeight / 1.15);
        var after = Units.Twips(settings.ParagraphSpacingPt);
        var indent = Units.TwipsFromCm(settings.FirstLineIndentCm);
        StartStyle(xml, "paragraph", "Normal", isDefault: true);
        xml.Val("name", "Normal");
        xml.Empty("qFormat");
        new ParagraphFormat
        {
            Spacing = new Spacing { Before = 0, After = after, Line = line, Rule = LineRule.Auto },
            Indent = new Indent { FirstLine = indent },
            Alignment = Alignment.Both,
        }.Write(xml);
        xml.WriteEndElement();

        Heading(xml, 1, titleSize, Alignment.Center, 0, 0, after);
        Heading(xml, 2, settings.Level2Size, Alignment.Left, indent, Units.Twips(settings.HeadingSpaceBeforePt), after);
        Heading(xml, 3, settings.Level3Size, Alignment.Left, indent, Units.Twips(settings.HeadingSpaceBeforePt), after);

        StartStyle(xml, "table", "TableNormal", isDefault: true);
        xml.Val("name", "Normal Table");
        xml.Val("uiPriority", "99");
        xml.Empty("semiHidden");
        xml.Empty("unhideWhenUsed");
        xml.Start("tblPr");
        xml.Width("tblInd", 0);
        xml.Start("tblCellMar");
        xml.Width("top", 0);
        xml.Width("left", 108);
        xml.Width("bottom", 0);
        xml.Width("right", 108);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void StartStyle(WordWriter xml, string type, string id, bool isDefault)
    {
        xml.Start("style");
        xml.Attribute("type", type);
        xml.Attribute("styleId", id);
        if (isDefault)
        {
            xml.Attribute("default", "true");
        }
    }

    private static void Heading(WordWriter xml, int level, double size, Alignment alignment, int indent, int before, int after)
    {
        var digit = level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        StartStyle(xml, "paragraph", "Heading" + digit, isDefault: false);
        xml.Val("name", "heading " + digit);
        xml.Val("basedOn", "Normal");
        xml.Val("next", "Normal");
        xml.Val("uiPriority", "9");
        xml.Empty("qFormat");
        xml.Start("pPr");
        xml.Empty("keepNext");
        xml.Empty("keepLines");
        xml.Start("spacing");
        xml.Attribute("before", before);
        xml.Attribute("after", after);
        xml.WriteEndElement();
        xml.Start("ind");
        xml.Attribute("firstLine", indent);
        xml.WriteEndElement();
        xml.Val("jc", ParagraphFormat.Name(alignment));
        xml.Val("outlineLvl", (level - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        var halfPoints = Units.HalfPoints(size);
        xml.Start("rPr");
        xml.Empty("b");
        xml.Empty("bCs");
        xml.Val("sz", halfPoints);
        xml.Val("szCs", halfPoints);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
