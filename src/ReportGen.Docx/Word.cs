using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx;

/// <summary>How a run of text is set: its size (null: the paragraph's style decides), weight, slant, underline.</summary>
internal readonly record struct RunStyle(double? Size = null, bool Bold = false, bool Italic = false, bool Underline = false)
{
    public RunStyle WithBold() => this with { Bold = true };

    public RunStyle WithItalic() => this with { Italic = true };
}

/// <summary>Small builders of WordprocessingML: runs, paragraphs, borderless tables and short rules.</summary>
internal static class Word
{
    /// <summary>Runs for a text: a line break for "\n", a tab for "\t", and no character XML cannot hold.</summary>
    public static IEnumerable<Run> Runs(string text, RunStyle style)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run { RunProperties = Properties(style) };
            if (i > 0)
            {
                run.AppendChild(new Break());
            }
            var parts = Clean(lines[i]).Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    run.AppendChild(new TabChar());
                }
                if (parts[j].Length > 0)
                {
                    run.AppendChild(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
            yield return run;
        }
    }

    public static RunProperties? Properties(RunStyle style)
    {
        if (style == default)
        {
            return null;
        }
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }
        if (style.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }
        if (style.Size is { } size)
        {
            properties.FontSize = new FontSize { Val = Units.HalfPoints(size) };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(size) };
        }
        if (style.Underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }
        return properties;
    }

    /// <summary>A paragraph of one text.</summary>
    public static Paragraph Paragraph(string text, RunStyle style, ParagraphProperties properties) =>
        Paragraph(Runs(text, style), properties);

    public static Paragraph Paragraph(IEnumerable<Run> runs, ParagraphProperties properties)
    {
        var paragraph = new Paragraph { ParagraphProperties = properties };
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A paragraph's setting with no indent and no spacing, for header blocks, table cells and signatures.</summary>
    public static ParagraphProperties Tight(JustificationValues alignment, double spacingAfterPt = 0, int line = 240) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = "0", After = Units.Twips(spacingAfterPt).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Line = line.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Auto,
        },
        Indentation = new Indentation { FirstLine = "0", Left = "0", Right = "0" },
        Justification = new Justification { Val = alignment },
    };

    /// <summary>
    /// A short centred rule (the line under the issuing body, the motto or the summary line): an empty paragraph
    /// two points high whose bottom border is as wide as the room the indents leave.
    /// </summary>
    /// <param name="spacingBeforePt">Room above the rule, so it clears the descenders of the line it underlines.</param>
    public static Paragraph Rule(int widthTwips, int roomTwips, double spacingAfterPt = 0, double spacingBeforePt = 2)
    {
        var side = Math.Max(0, (roomTwips - widthTwips) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var properties = new ParagraphProperties
        {
            KeepNext = new KeepNext(),
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Units.Twips(spacingBeforePt).ToString(System.Globalization.CultureInfo.InvariantCulture), After = Units.Twips(spacingAfterPt).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Line = "40", LineRule = LineSpacingRuleValues.Exact,
            },
            Indentation = new Indentation { Left = side, Right = side, FirstLine = "0" },
            Justification = new Justification { Val = JustificationValues.Center },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }),
        };
        return new Paragraph { ParagraphProperties = properties };
    }

    /// <summary>A table without borders, its columns at the given widths: the header and signature blocks.</summary>
    public static Table Borderless(IReadOnlyList<int> widths, IEnumerable<IEnumerable<OpenXmlElement>> cells)
    {
        var table = new Table();
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        table.AppendChild(new TableProperties
        {
            TableWidth = new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableBorders = none,
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
        });
        table.AppendChild(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        var index = 0;
        foreach (var content in cells)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[index++].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            var elements = content.ToList();
            cell.Append(elements.Count == 0 ? [new Paragraph()] : elements);
            row.AppendChild(cell);
        }
        table.AppendChild(row);
        return table;
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters) are left out; the data's checks already refuse them.</summary>
    private static string Clean(string text)
    {
        if (!text.Any(c => c < ' ' && c != '\t' || c is '\uFFFE' or '\uFFFF'))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !(c < ' ' && c != '\t' || c is '\uFFFE' or '\uFFFF')))
        {
            clean.Append(c);
        }
        return clean.ToString();
    }
}
