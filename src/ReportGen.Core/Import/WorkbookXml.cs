using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportGen.Core.Import;

/// <summary>
/// A workbook's sheets, its shared strings and the rows of a worksheet, read straight from their XML with a
/// forward-only reader, not as an element tree: a sheet of thousands of rows would otherwise become hundreds of
/// thousands of objects (5 000 delegates took over a second, see docs/benchmarks.md "Sheets"). No DTD, no external
/// entity, no resolver (<see cref="OfficeParts.Xml"/>): the parts come from an untrusted file. Elements are matched by
/// local name, so a workbook saved in the "strict" Open XML namespace reads the same.
/// </summary>
internal static class WorkbookXml
{
    /// <summary>A sheet of the workbook as listed in it: its name on the tab and the relationship to its part.</summary>
    public sealed record SheetEntry(string Name, string RelationshipId);

    /// <summary>The workbook's sheets in the order of their tabs (<c>&lt;sheets&gt;&lt;sheet name="…" r:id="…"/&gt;</c>).</summary>
    public static List<SheetEntry> Sheets(OfficeParts package, string workbook)
    {
        var sheets = new List<SheetEntry>();
        using var reader = package.Xml(workbook);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                // r:id in the transitional or the strict relationships' namespace: the one attribute named "id" with a namespace.
                string? id = null;
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                    {
                        id = reader.Value;
                    }
                }
                reader.MoveToElement();
                sheets.Add(new SheetEntry(reader.GetAttribute("name") ?? "", id ?? ""));
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "sheets")
            {
                break;
            }
        }
        return sheets;
    }

    /// <summary>The text of each shared string, in order: its plain text or its runs' text, phonetic guides left out.</summary>
    public static List<string> SharedStrings(OfficeParts package, string part)
    {
        var strings = new List<string>();
        using var reader = package.Xml(part);
        var text = new StringBuilder();
        bool inItem = false, inText = false;
        var phonetic = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "si" when reader.IsEmptyElement:
                            strings.Add("");
                            break;
                        case "si":
                            inItem = true;
                            text.Clear();
                            break;
                        case "rPh" when !reader.IsEmptyElement:
                            phonetic++;
                            break;
                        case "t" when inItem && !reader.IsEmptyElement:
                            inText = true;
                            break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText && phonetic == 0:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "t":
                            inText = false;
                            break;
                        case "rPh":
                            phonetic--;
                            break;
                        case "si":
                            strings.Add(text.ToString());
                            inItem = false;
                            break;
                    }
                    break;
            }
        }
        return strings;
    }

    /// <summary>
    /// The rows of <paramref name="part"/> with their non-empty cells (made into text by <paramref name="clean"/>),
    /// the columns of number cells marked; at most <paramref name="maxRows"/> rows holding a cell.
    /// </summary>
    /// <exception cref="SheetFileRefusedException">More rows than <paramref name="maxRows"/>.</exception>
    public static List<SheetRow> Rows(OfficeParts package, string part, List<string> shared, Func<string, string> clean, int maxRows)
    {
        var rows = new List<SheetRow>();
        using var reader = package.Xml(part);
        var cells = new Dictionary<int, string>();
        HashSet<int>? numbers = null;
        var value = new StringBuilder();
        var inline = new StringBuilder();
        int rowNumber = 0, previousRow = 0, column = 0, lastColumn = 0, phonetic = 0;
        string? type = null;
        bool inValue = false, inInline = false, inText = false;

        void EndCell()
        {
            var text = clean(CellText(type, value.ToString(), inline.ToString(), shared, out var isNumber));
            if (text.Length > 0)
            {
                cells[column] = text;
                if (isNumber)
                {
                    (numbers ??= []).Add(column);
                }
            }
        }

        void EndRow()
        {
            if (cells.Count > 0)
            {
                if (rows.Count >= maxRows)
                {
                    throw new SheetFileRefusedException($"it has more than {maxRows} rows");
                }
                rows.Add(new SheetRow(rowNumber, cells, numbers));
                cells = [];
                numbers = null;
            }
        }

        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "row":
                            rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : previousRow + 1;
                            previousRow = rowNumber;
                            lastColumn = 0;
                            if (reader.IsEmptyElement)
                            {
                                EndRow();
                            }
                            break;
                        case "c":
                            column = reader.GetAttribute("r") is { } reference ? ColumnNumber(reference) : lastColumn + 1;
                            if (column <= 0)
                            {
                                column = lastColumn + 1;
                            }
                            lastColumn = column;
                            type = reader.GetAttribute("t");
                            value.Clear();
                            inline.Clear();
                            if (reader.IsEmptyElement)
                            {
                                EndCell();
                            }
                            break;
                        case "v" when !reader.IsEmptyElement:
                            inValue = true;
                            break;
                        case "is" when !reader.IsEmptyElement:
                            inInline = true;
                            break;
                        case "rPh" when inInline && !reader.IsEmptyElement:
                            phonetic++;
                            break;
                        case "t" when inInline && !reader.IsEmptyElement:
                            inText = true;
                            break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inValue)
                    {
                        value.Append(reader.Value);
                    }
                    else if (inText && phonetic == 0)
                    {
                        inline.Append(reader.Value);
                    }
                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "v":
                            inValue = false;
                            break;
                        case "t":
                            inText = false;
                            break;
                        case "rPh" when inInline:
                            phonetic--;
                            break;
                        case "is":
                            inInline = false;
                            break;
                        case "c":
                            EndCell();
                            break;
                        case "row":
                            EndRow();
                            break;
                        case "sheetData":
                            return rows; // what follows (merged cells, page setup) is not read
                    }
                    break;
            }
        }
        return rows;
    }

    /// <summary>A column's number from the letters of a cell reference ("B7" → 2).</summary>
    public static int ColumnNumber(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c) || n > 16_384)
            {
                break;
            }
            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return n;
    }

    /// <summary>
    /// A cell's text by its type: a shared string, an inline string, a boolean, an error (nothing), a formula's text
    /// result as last saved; else a number, written as a person reads it (12, not 12.0000000001 from a float written
    /// by a program) with a decimal point, and marked as a number.
    /// </summary>
    private static string CellText(string? type, string value, string inline, List<string> shared, out bool isNumber)
    {
        isNumber = false;
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
            case "inlineStr":
                return inline;
            case "b":
                return value.Trim() == "1" ? "TRUE" : "FALSE";
            case "e":
                return "";
            case "str" or "d":
                return value;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            isNumber = true;
            return Math.Round(number, 10).ToString("0.##########", CultureInfo.InvariantCulture);
        }
        return value;
    }
}
