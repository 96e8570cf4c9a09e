using System.Globalization;
using System.Text;

namespace ReportGen.Core.Import;

/// <summary>A workbook or CSV file the program refuses to read, and why.</summary>
public sealed class SheetFileRefusedException(string reason) : Exception(reason);

/// <summary>
/// One row of a sheet: its number as the sheet counts (1 = the first), and its non-empty cells by column (1 = A).
/// <paramref name="NumberCells"/> are the columns whose cell is a number cell of a workbook: their text is the
/// number written with a decimal point ("12278.27"), whatever the cell's format shows.
/// </summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<int, string> Cells, IReadOnlySet<int>? NumberCells = null)
{
    /// <summary>The text of the cell in <paramref name="column"/>, "" when empty.</summary>
    public string this[int column] => Cells.TryGetValue(column, out var text) ? text : "";

    /// <summary>Whether the cell in <paramref name="column"/> is a number cell (not text that looks like one).</summary>
    public bool IsNumberCell(int column) => NumberCells?.Contains(column) == true;

    public bool IsBlank => Cells.Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// A sheet of a workbook (.xlsx, .xlsm: values only) or a CSV file read into rows of text with their cell
/// addresses. The file is untrusted: a workbook is measured as a zip before it is opened (size and expansion),
/// nothing in it is run (macros, external links and formulas are never evaluated: a formula gives its last
/// saved value), and a file with too many rows is refused rather than read.
/// </summary>
public sealed class SheetTable
{
    /// <summary>The most a workbook may expand to when unzipped.</summary>
    public const long MaxExpandedBytes = OfficePackage.MaxExpandedBytes;

    /// <summary>The largest file read at all (a list of a thousand delegates is a few hundred kilobytes).</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>The most rows read: a delegate list has hundreds; more is a wrong file (an export of a database).</summary>
    public const int MaxRows = 20_000;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private SheetTable(string file, string? sheet, IReadOnlyList<SheetRow> rows, bool decimalComma = true)
    {
        File = file;
        Sheet = sheet;
        Rows = rows;
        DecimalComma = decimalComma;
    }

    /// <summary>
    /// Whether a number typed as text with one separator is read the Vietnamese way ("12.278" twelve thousand,
    /// "12,5" twelve and a half): always in a workbook; in a CSV file when it is separated by ';', as Excel saves
    /// it where the decimal mark is ',' (a CSV separated by ',' comes from where the decimal mark is '.').
    /// </summary>
    public bool DecimalComma { get; }

    /// <summary>The file's name as the data gives it, for messages.</summary>
    public string File { get; }

    /// <summary>The sheet's name in the workbook; null for a CSV file.</summary>
    public string? Sheet { get; }

    /// <summary>The rows that hold at least one cell, in order.</summary>
    public IReadOnlyList<SheetRow> Rows { get; }

    /// <summary>Whether <paramref name="path"/> names a CSV file (by its extension); anything else is read as a workbook.</summary>
    public static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads <paramref name="path"/>: a CSV file, or the sheet named <paramref name="sheet"/> of a workbook (the
    /// first when null). <paramref name="file"/> is the name the data gives, used in <see cref="Address"/>.
    /// </summary>
    /// <exception cref="SheetFileRefusedException">Not a workbook or not UTF-8 text, too large, no such sheet, too many rows.</exception>
    public static SheetTable Read(string path, string file, string? sheet = null)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new SheetFileRefusedException($"> {MaxFileBytes / 1024 / 1024} MB");
        }
        if (!IsCsv(path))
        {
            return ReadWorkbook(path, file, sheet);
        }
        var (rows, separator) = ReadCsv(path);
        return new SheetTable(file, null, rows, separator == ';');
    }

    /// <summary>The address of a cell as a person finds it: <c>dai-bieu.xlsx[Sheet1]!B7</c>, <c>dai-bieu.csv!B7</c>.</summary>
    public string Address(int row, int column) =>
        Sheet is null ? $"{File}!{ColumnName(column)}{row}" : $"{File}[{Sheet}]!{ColumnName(column)}{row}";

    /// <summary>A column's letters: 1 = A, 27 = AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static string Clean(string text) =>
        Security.TextSafety.Remove(text.Normalize(NormalizationForm.FormC)).Trim();

    // ---- CSV ----

    private static (List<SheetRow> Rows, char Separator) ReadCsv(string path)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(System.IO.File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new SheetFileRefusedException($"it is not UTF-8 text (bad byte at offset {e.Index}); save it again as \"CSV UTF-8\"");
        }
        var separator = Separator(text);
        var rows = new List<SheetRow>();
        var cells = new Dictionary<int, string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var column = 1;
        var quoted = false;
        var i = 0;
        void EndField()
        {
            var value = Clean(field.ToString());
            if (value.Length > 0)
            {
                cells[column] = value;
            }
            field.Clear();
            column++;
        }
        void EndRow()
        {
            EndField();
            if (cells.Count > 0)
            {
                if (rows.Count >= MaxRows)
                {
                    throw new SheetFileRefusedException($"it has more than {MaxRows} rows");
                }
                rows.Add(new SheetRow(rowLine, cells));
            }
            cells = [];
            column = 1;
            rowLine = line;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                EndField();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                line++;
                EndRow();
            }
            else
            {
                field.Append(c);
            }
            i++;
        }
        if (field.Length > 0 || cells.Count > 0)
        {
            EndRow();
        }
        return (rows, separator);
    }

    /// <summary>';' or ',' (Excel in Vietnamese saves with ';'): the one the first line holds more of, outside quotes.</summary>
    private static char Separator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                if (commas + semicolons > 0)
                {
                    break;
                }
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---- Workbook ----

    private static SheetTable ReadWorkbook(string path, string file, string? sheet)
    {
        try
        {
            using var package = OfficeParts.Open(path, "xl/workbook.xml", out var refusal) ?? throw Refused(refusal!);
            var workbook = package.MainPart("xl/workbook.xml") ?? throw new SheetFileRefusedException("it is not an Excel workbook (.xlsx)");
            var sheets = WorkbookXml.Sheets(package, workbook);
            var chosen = sheet is null
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), sheet.Trim(), StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                throw new SheetFileRefusedException(sheets.Count == 0
                    ? "the workbook has no sheet"
                    : $"it has no sheet '{sheet}'; its sheets are: {string.Join(", ", sheets.Select(s => s.Name))}");
            }
            if (package.Relationship(workbook, chosen.RelationshipId) is not { Kind: "worksheet", Part: { } worksheet } || !package.Has(worksheet))
            {
                throw new SheetFileRefusedException($"the sheet '{chosen.Name}' is not a worksheet (a chart sheet?)");
            }
            var shared = package.Related(workbook, "sharedStrings") is { } strings ? WorkbookXml.SharedStrings(package, strings) : [];
            var rows = WorkbookXml.Rows(package, worksheet, shared, Clean, MaxRows);
            return new SheetTable(file, chosen.Name, rows);
        }
        catch (InvalidDataException e)
        {
            throw new SheetFileRefusedException(e.Message);
        }
        catch (System.Xml.XmlException e)
        {
            throw new SheetFileRefusedException(OfficeParts.Unreadable(e));
        }
    }

    /// <summary>What is not a reasonable workbook package (<see cref="OfficeParts.Open"/>), refused before any of it is unpacked.</summary>
    private static SheetFileRefusedException Refused(string reason) =>
        new(reason.Length == 0 ? "it is not an Excel workbook (.xlsx)"
            : reason == OfficePackage.NotAZip
                ? "it is not an Excel workbook (.xlsx): not a zip package; an old .xls must be saved again as .xlsx, or as CSV UTF-8"
                : reason);
}
