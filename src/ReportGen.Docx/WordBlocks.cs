
namespace ReportGen.Docx;

/// <summary>
/// What a Word file's body is built of before it is written: paragraphs of runs and tables. A few small objects per
/// paragraph where the Open XML SDK's DOM made dozens (a typed element per property, each with its attribute
/// slots); the 100 generated meetings' Word files allocated 660 KiB per file with the DOM.
/// </summary>
internal abstract class WordBlock
{
    public abstract void Write(WordWriter xml);
}

/// <summary>A run's content: text set in a <see cref="RunStyle"/>, or a picture.</summary>
internal abstract class WordRun
{
    public abstract void Write(WordWriter xml);
}

/// <summary>
/// A text as Word's runs: one run per line, the lines joined by a line break (w:br), a tab as w:tab, and no character
/// XML cannot hold.
/// </summary>
internal sealed class TextRun(string text, RunStyle style) : WordRun
{
    public override void Write(WordWriter xml)
    {
        if (text.AsSpan().IndexOfAny('\n', '\t') < 0)
        {
            Line(xml, text, lineBreak: false);
            return;
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            Line(xml, lines[i], lineBreak: i > 0);
        }
    }

    private void Line(WordWriter xml, string line, bool lineBreak)
    {
        xml.Start("r");
        Word.WriteProperties(xml, style);
        if (lineBreak)
        {
            xml.Empty("br");
        }
        var clean = Word.Clean(line);
        if (clean.Contains('\t', StringComparison.Ordinal))
        {
            var parts = clean.Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    xml.Empty("tab");
                }
                Text(xml, parts[j]);
            }
        }
        else
        {
            Text(xml, clean);
        }
        xml.WriteEndElement();
    }

    private static void Text(WordWriter xml, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        xml.Start("t");
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        xml.WriteEndElement();
    }
}

/// <summary>A paragraph: its properties (none: no w:pPr at all) and its runs.</summary>
internal sealed class WordParagraph(ParagraphFormat? format, List<WordRun> runs) : WordBlock
{
    public ParagraphFormat? Format { get; set; } = format;

    public List<WordRun> Runs { get; } = runs;

    public override void Write(WordWriter xml)
    {
        xml.Start("p");
        if (Format is { } format)
        {
            xml.WriteCached(xml.ParagraphProperties, format, static (writer, format) => format.Write(writer));
        }
        foreach (var run in Runs)
        {
            run.Write(xml);
        }
        xml.WriteEndElement();
    }
}

/// <summary>A table's cell: its width, the header's shading (centred vertically) and its paragraphs (an empty cell holds an empty one).</summary>
internal sealed class WordCell(int width, IReadOnlyList<WordBlock> blocks, string? fill = null)
{
    public void Write(WordWriter xml)
    {
        xml.Start("tc");
        xml.WriteCached(xml.CellProperties, (width, fill), WriteProperties);
        if (blocks.Count == 0)
        {
            xml.Empty("p");
        }
        foreach (var block in blocks)
        {
            block.Write(xml);
        }
        xml.WriteEndElement();
    }

    /// <summary>The cell's properties (w:tcPr): its width, and a header cell's shading.</summary>
    private static void WriteProperties(WordWriter xml, (int Width, string? Fill) cell)
    {
        xml.Start("tcPr");
        xml.Width("tcW", cell.Width);
        if (cell.Fill is { } fill)
        {
            xml.Start("shd");
            xml.Attribute("val", "clear");
            xml.Attribute("color", "auto");
            xml.Attribute("fill", fill);
            xml.WriteEndElement();
            xml.Val("vAlign", "center");
        }
        xml.WriteEndElement();
    }
}

/// <summary>A table's row: never split across pages, or also repeated on every page (a header row); or neither (w:trPr left out).</summary>
internal sealed class WordRow(bool cantSplit, bool header, List<WordCell> cells)
{
    public void Write(WordWriter xml)
    {
        xml.Start("tr");
        if (cantSplit || header)
        {
            xml.Start("trPr");
            if (cantSplit)
            {
                xml.Empty("cantSplit");
            }
            if (header)
            {
                xml.Empty("tblHeader");
            }
            xml.WriteEndElement();
        }
        foreach (var cell in cells)
        {
            cell.Write(xml);
        }
        xml.WriteEndElement();
    }
}

/// <summary>
/// A table of fixed layout: its columns' widths, its indent, single ½ pt rules or none, the cells' margins
/// (top and bottom, left and right) in twips, and its rows, read once as the table is written (a pipe table's are
/// made then: <c>MarkdownToWord.Rows</c>).
/// </summary>
internal sealed class WordTable(IReadOnlyList<int> widths, bool ruled, int marginTopBottom, int marginSides, IEnumerable<WordRow> rows) : WordBlock
{
    public int Indent { get; init; }

    public override void Write(WordWriter xml)
    {
        xml.Start("tbl");
        xml.Start("tblPr");
        var total = 0;
        foreach (var width in widths)
        {
            total += width;
        }
        xml.Width("tblW", total);
        if (Indent > 0)
        {
            xml.Width("tblInd", Indent);
        }
        xml.Start("tblBorders");
        foreach (var side in (ReadOnlySpan<string>)["top", "left", "bottom", "right", "insideH", "insideV"])
        {
            xml.Start(side);
            if (ruled)
            {
                xml.Attribute("val", "single");
                xml.Attribute("color", "000000");
                xml.Attribute("sz", 4);
                xml.Attribute("space", 0);
            }
            else
            {
                xml.Attribute("val", "none");
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.Start("tblLayout");
        xml.Attribute("type", "fixed");
        xml.WriteEndElement();
        xml.Start("tblCellMar");
        xml.Width("top", marginTopBottom);
        xml.Width("left", marginSides);
        xml.Width("bottom", marginTopBottom);
        xml.Width("right", marginSides);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.Start("tblGrid");
        foreach (var width in widths)
        {
            xml.Start("gridCol");
            xml.Attribute("w", width);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        foreach (var row in rows)
        {
            row.Write(xml);
        }
        xml.WriteEndElement();
    }
}

/// <summary>A section's properties as the last thing in the body (w:sectPr).</summary>
internal sealed class SectionBlock(PageSection section) : WordBlock
{
    public override void Write(WordWriter xml) => section.Write(xml);
}
