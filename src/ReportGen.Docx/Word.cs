
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
    /// <summary>A run's properties (w:rPr) in the schema's order; nothing for the default style.</summary>
    public static void WriteProperties(WordWriter xml, RunStyle style)
    {
        if (style != default)
        {
            xml.WriteCached(xml.RunProperties, style, WriteRunProperties);
        }
    }

    private static void WriteRunProperties(WordWriter xml, RunStyle style)
    {
        xml.Start("rPr");
        if (style.Bold)
        {
            xml.Empty("b");
            xml.Empty("bCs");
        }
        if (style.Italic)
        {
            xml.Empty("i");
            xml.Empty("iCs");
        }
        if (style.Size is { } size)
        {
            var halfPoints = Units.HalfPoints(size);
            xml.Val("sz", halfPoints);
            xml.Val("szCs", halfPoints);
        }
        if (style.Underline)
        {
            xml.Val("u", "single");
        }
        xml.WriteEndElement();
    }

    /// <summary>A paragraph of one text.</summary>
    public static WordParagraph Paragraph(string text, RunStyle style, ParagraphFormat format) => new(format, [new TextRun(text, style)]);

    public static WordParagraph Paragraph(List<WordRun> runs, ParagraphFormat format) => new(format, runs);

    /// <summary>A paragraph's setting with no indent and no spacing, for header blocks, table cells and signatures.</summary>
    public static ParagraphFormat Tight(Alignment alignment, double spacingAfterPt = 0, int line = 240, double spacingBeforePt = 0) => new()
    {
        Spacing = new Spacing { Before = Units.Twips(spacingBeforePt), After = Units.Twips(spacingAfterPt), Line = line, Rule = LineRule.Auto },
        Indent = new Indent { FirstLine = 0, Left = 0, Right = 0 },
        Alignment = alignment,
    };

    /// <summary>
    /// A short centred rule (the line under the issuing body, the motto or the summary line): an empty paragraph
    /// two points high whose bottom border is as wide as the room the indents leave.
    /// </summary>
    /// <param name="spacingBeforePt">Room above the rule, so it clears the descenders of the line it underlines.</param>
    public static WordParagraph Rule(int widthTwips, int roomTwips, double spacingAfterPt = 0, double spacingBeforePt = 2)
    {
        var side = Math.Max(0, (roomTwips - widthTwips) / 2);
        return new WordParagraph(new ParagraphFormat
        {
            KeepNext = true,
            BottomRule = true,
            Spacing = new Spacing { Before = Units.Twips(spacingBeforePt), After = Units.Twips(spacingAfterPt), Line = 40, Rule = LineRule.Exact },
            Indent = new Indent { Left = side, Right = side, FirstLine = 0 },
            Alignment = Alignment.Center,
            MarkSize = 4,
        }, []);
    }

    /// <summary>A table without borders, its columns at the given widths, one row that never splits: the header and signature blocks.</summary>
    public static WordTable Borderless(IReadOnlyList<int> widths, IReadOnlyList<IReadOnlyList<WordBlock>> cells)
    {
        var row = new List<WordCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            row.Add(new WordCell(widths[i], cells[i]));
        }
        return new WordTable(widths, ruled: false, marginTopBottom: 0, marginSides: 57, [new WordRow(cantSplit: true, header: false, row)]);
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters) are left out; the data's checks already refuse them.</summary>
    public static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (IsNotXml(c))
            {
                return string.Concat(text.Where(c => !IsNotXml(c)));
            }
        }
        return text;
    }

    private static bool IsNotXml(char c) => c < ' ' && c != '\t' || c is '\uFFFE' or '\uFFFF';
}
