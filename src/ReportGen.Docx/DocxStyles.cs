using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx;

/// <summary>
/// The styles part: Times New Roman at the body size in Vietnamese; Normal justified with the first-line indent
/// and the spacing after (theme.yaml); Word's built-in Heading 1–3 (the title centred and bold at the document's
/// title size, levels 2 and 3 bold at the paragraph indent), so Word's navigation pane and contents see them.
/// </summary>
internal static class DocxStyles
{
    public static Styles Create(DocxSettings settings, double titleSize)
    {
        var font = settings.FontName;
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                new FontSize { Val = Units.HalfPoints(settings.BodySize) },
                new FontSizeComplexScript { Val = Units.HalfPoints(settings.BodySize) },
                new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
        var styles = new Styles(defaults);

        // Word's single line is about 1,15 of the type size for Times; the booklet's line is 1,25 of it.
        var line = Invariant((int)Math.Round(240 * settings.LineHeight / 1.15));
        var after = Invariant(Units.Twips(settings.ParagraphSpacingPt));
        var indent = Invariant(Units.TwipsFromCm(settings.FirstLineIndentCm));
        styles.Append(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = after, Line = line, LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = indent },
                new Justification { Val = JustificationValues.Both }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

        styles.Append(Heading(1, titleSize, JustificationValues.Center, "0", 0, after));
        styles.Append(Heading(2, settings.Level2Size, JustificationValues.Left, indent, Units.Twips(settings.HeadingSpaceBeforePt), after));
        styles.Append(Heading(3, settings.Level3Size, JustificationValues.Left, indent, Units.Twips(settings.HeadingSpaceBeforePt), after));

        styles.Append(new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static Style Heading(int level, double size, JustificationValues alignment, string indent, int before, string after) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = Invariant(before), After = after },
            new Indentation { FirstLine = indent },
            new Justification { Val = alignment },
            new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(
            new Bold(),
            new BoldComplexScript(),
            new FontSize { Val = Units.HalfPoints(size) },
            new FontSizeComplexScript { Val = Units.HalfPoints(size) }))
    { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
