using System.Globalization;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Localization;

namespace ReportGen.Core.Import;

/// <summary>
/// A list of people or bodies kept in a spreadsheet, as offices keep one: the columns found by their Vietnamese
/// headings (with or without diacritics, in any order, any case), blank rows and a total row skipped, a row with no
/// name said at its cell (a row with only its number filled is an unused line of a form). What each column means
/// is the caller's (<see cref="DelegateSheet"/>, <see cref="AwardSheet"/>); this reads the rows that have a name.
/// </summary>
/// <typeparam name="TColumn">What a column holds; <paramref name="ignored"/> marks a column matched but unused ("STT").</typeparam>
internal sealed class NameListSheet<TColumn> where TColumn : struct, Enum
{
    private NameListSheet(SheetTable table, SheetRow? header, Dictionary<int, TColumn> columns, List<(SheetRow Row, string Name)> rows, List<Diagnostic> diagnostics)
    {
        Header = header;
        Table = table;
        Columns = columns;
        Rows = rows;
        Diagnostics = diagnostics;
    }

    public SheetTable Table { get; }

    /// <summary>The header row, as read.</summary>
    public SheetRow? Header { get; }

    /// <summary>How the sheet was read, for <c>reportgen check</c>: each heading with the data key <paramref name="keyOf"/> names (null: not used).</summary>
    public SheetReading Reading(int rows, SheetReadingKind kind, Func<TColumn, string?> keyOf) =>
        new(Table.Sheet is null ? Table.File : $"{Table.File}[{Table.Sheet}]", rows, kind,
            [.. (Header?.Cells ?? new Dictionary<int, string>()).OrderBy(c => c.Key).Select(c => new SheetColumnRead(SheetTable.ColumnName(c.Key), c.Value,
                Columns.TryGetValue(c.Key, out var meaning) ? keyOf(meaning) : null))]);

    /// <summary>The columns understood, by column number.</summary>
    public Dictionary<int, TColumn> Columns { get; }

    /// <summary>The rows that name someone, with that name.</summary>
    public List<(SheetRow Row, string Name)> Rows { get; }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>The column holding <paramref name="what"/>; 0 for none.</summary>
    public int ColumnOf(TColumn what) => Columns.FirstOrDefault(c => EqualityComparer<TColumn>.Default.Equals(c.Value, what)).Key;

    /// <summary>
    /// Reads the sheet of <paramref name="file"/> (at <paramref name="path"/>, diagnostics name that path); null with
    /// the error in <paramref name="refused"/> when the file is refused or has no name column.
    /// </summary>
    public static NameListSheet<TColumn>? Read(string path, string file, string? sheet, int headerRow,
        IReadOnlyDictionary<string, TColumn> headings, TColumn name, TColumn ignored, out Diagnostic? refused)
    {
        SheetTable table;
        try
        {
            table = SheetTable.Read(path, file.Trim(), SheetTable.IsCsv(path) ? null : sheet);
        }
        catch (Exception e) when (e is SheetFileRefusedException or IOException or UnauthorizedAccessException)
        {
            refused = Diagnostic.Error(DiagnosticCodes.SheetRefused, Messages.SheetRefused(file.Trim(), e.Message), path);
            return null;
        }
        return Map(table, path, headerRow, headings, name, ignored, out refused);
    }

    /// <summary>The named rows of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static NameListSheet<TColumn>? Map(SheetTable table, string path, int headerRow,
        IReadOnlyDictionary<string, TColumn> headings, TColumn name, TColumn ignored, out Diagnostic? refused)
    {
        var comparer = EqualityComparer<TColumn>.Default;
        var header = table.Rows.FirstOrDefault(r => r.Number == headerRow);
        var columns = new Dictionary<int, TColumn>();
        foreach (var (column, text) in header?.Cells ?? new Dictionary<int, string>())
        {
            // A merged heading keeps its text in its first cell; the others are empty and skipped here.
            if (headings.TryGetValue(Key(text), out var meaning) && (comparer.Equals(meaning, ignored) || !columns.ContainsValue(meaning)))
            {
                columns[column] = meaning;
            }
        }
        var nameColumn = columns.FirstOrDefault(c => comparer.Equals(c.Value, name)).Key;
        if (nameColumn == 0)
        {
            var found = header is null ? "" : string.Join(", ", header.Cells.OrderBy(c => c.Key).Select(c => $"\"{c.Value}\""));
            refused = Diagnostic.Error(DiagnosticCodes.SheetWithoutNameColumn,
                Messages.SheetWithoutNameColumn(table.Address(headerRow, 1), found), path, headerRow, 1);
            return null;
        }
        var used = columns.Where(c => !comparer.Equals(c.Value, ignored)).Select(c => c.Key).ToList();
        var rows = new List<(SheetRow, string)>();
        var diagnostics = new List<Diagnostic>();
        foreach (var row in table.Rows.Where(r => r.Number > headerRow))
        {
            if (row.IsBlank || TotalRow.Is(row))
            {
                continue;
            }
            var text = row[nameColumn];
            if (text.Length > 0)
            {
                rows.Add((row, text));
            }
            else if (used.Any(c => row[c].Length > 0))
            {
                // A row with only its number ("STT") filled is an unused line of a form, not a forgotten name.
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetRowWithoutName,
                    Messages.SheetRowWithoutName(table.Address(row.Number, nameColumn)), path, row.Number, nameColumn));
            }
        }
        refused = null;
        return new NameListSheet<TColumn>(table, header, columns, rows, diagnostics);
    }

    /// <summary>A heading or word as compared: without diacritics, lower case, single spaces, no trailing ':' or '*'.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
            {
                result.Append(' ');
                space = false;
            }
            result.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return result.ToString().TrimEnd(':', '*', '.', ' ');
    }
}
