using System.Globalization;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Localization;

namespace ReportGen.Core.Import;

/// <summary>What a delegate sheet's column holds.</summary>
public enum DelegateColumn
{
    /// <summary>"STT", "TT": the row's number, not used (the list is numbered when printed).</summary>
    Ignored,
    Name,
    Position,
    Unit,
    Rank,
}

/// <summary>The delegates read from a sheet, how its columns were understood, and what was wrong, at its cell.</summary>
public sealed record DelegateSheetResult(
    IReadOnlyList<DelegateEntry> Delegates,
    IReadOnlyDictionary<int, DelegateColumn> Columns,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// A delegate list kept in a spreadsheet, as offices keep it: columns found by their Vietnamese headings (with or
/// without diacritics, in any order, any case), blank rows and a total row skipped, a row with no name said at
/// its cell. Without a rank column every delegate has rank 1 and the list is ordered by given name.
/// </summary>
public static class DelegateSheet
{
    private static readonly Dictionary<string, DelegateColumn> Headings = new(StringComparer.Ordinal)
    {
        ["stt"] = DelegateColumn.Ignored,
        ["tt"] = DelegateColumn.Ignored,
        ["so tt"] = DelegateColumn.Ignored,
        ["so thu tu"] = DelegateColumn.Ignored,
        ["ho va ten"] = DelegateColumn.Name,
        ["ho ten"] = DelegateColumn.Name,
        ["ten"] = DelegateColumn.Name,
        ["chuc vu"] = DelegateColumn.Position,
        ["don vi"] = DelegateColumn.Unit,
        ["co quan"] = DelegateColumn.Unit,
        ["don vi cong tac"] = DelegateColumn.Unit,
        ["thu tu"] = DelegateColumn.Rank,
        ["thu tu nghi thuc"] = DelegateColumn.Rank,
        ["xep"] = DelegateColumn.Rank,
    };

    /// <summary>The rank given to a delegate whose rank cell is empty or not a number: after every ranked one.</summary>
    public const int UnrankedRank = 1000;

    /// <summary>Reads the delegates of <paramref name="from"/>, whose file is at <paramref name="path"/>; diagnostics name that path.</summary>
    public static DelegateSheetResult Read(string path, DelegatesFrom from)
    {
        SheetTable table;
        try
        {
            table = SheetTable.Read(path, from.File.Trim(), SheetTable.IsCsv(path) ? null : from.Sheet);
        }
        catch (SheetFileRefusedException e)
        {
            return Refused(path, from, e.Message);
        }
        catch (IOException e)
        {
            return Refused(path, from, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Refused(path, from, e.Message);
        }
        return Map(table, path, from.HeaderRow);
    }

    private static DelegateSheetResult Refused(string path, DelegatesFrom from, string reason) =>
        new([], new Dictionary<int, DelegateColumn>(), [Diagnostic.Error(DiagnosticCodes.SheetRefused, Messages.SheetRefused(from.File.Trim(), reason), path)]);

    /// <summary>The delegates of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static DelegateSheetResult Map(SheetTable table, string path, int headerRow = 1)
    {
        var diagnostics = new List<Diagnostic>();
        var header = table.Rows.FirstOrDefault(r => r.Number == headerRow);
        var columns = new Dictionary<int, DelegateColumn>();
        foreach (var (column, text) in header?.Cells ?? new Dictionary<int, string>())
        {
            // A merged heading keeps its text in its first cell; the others are empty and skipped here.
            if (Headings.TryGetValue(Key(text), out var meaning) && (meaning == DelegateColumn.Ignored || !columns.ContainsValue(meaning)))
            {
                columns[column] = meaning;
            }
        }
        var nameColumn = columns.FirstOrDefault(c => c.Value == DelegateColumn.Name).Key;
        if (nameColumn == 0)
        {
            var found = header is null ? "" : string.Join(", ", header.Cells.OrderBy(c => c.Key).Select(c => $"\"{c.Value}\""));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SheetWithoutNameColumn,
                Messages.SheetWithoutNameColumn(table.Address(headerRow, 1), found), path, headerRow, 1));
            return new DelegateSheetResult([], columns, diagnostics);
        }
        int ColumnOf(DelegateColumn what) => columns.FirstOrDefault(c => c.Value == what).Key;
        var positionColumn = ColumnOf(DelegateColumn.Position);
        var unitColumn = ColumnOf(DelegateColumn.Unit);
        var rankColumn = ColumnOf(DelegateColumn.Rank);
        var used = columns.Where(c => c.Value != DelegateColumn.Ignored).Select(c => c.Key).ToList();

        var delegates = new List<DelegateEntry>();
        foreach (var row in table.Rows.Where(r => r.Number > headerRow))
        {
            if (row.IsBlank || IsTotal(row))
            {
                continue;
            }
            var name = row[nameColumn];
            if (name.Length == 0)
            {
                // A row with only its number ("STT") filled is an unused line of a form, not a forgotten name.
                if (used.Any(c => row[c].Length > 0))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetRowWithoutName,
                        Messages.SheetRowWithoutName(table.Address(row.Number, nameColumn)), path, row.Number, nameColumn));
                }
                continue;
            }
            var rank = 1;
            if (rankColumn != 0)
            {
                var text = row[rankColumn];
                if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    || number != Math.Floor(number) || number < 0 || number >= UnrankedRank)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetBadRank,
                        Messages.SheetBadRank(table.Address(row.Number, rankColumn), text), path, row.Number, rankColumn));
                    rank = UnrankedRank;
                }
                else
                {
                    rank = (int)number;
                }
            }
            delegates.Add(new DelegateEntry
            {
                Rank = rank,
                Name = name,
                Position = positionColumn == 0 || row[positionColumn].Length == 0 ? null : row[positionColumn],
                Unit = unitColumn == 0 || row[unitColumn].Length == 0 ? null : row[unitColumn],
            });
        }
        return new DelegateSheetResult(delegates, columns, diagnostics);
    }

    /// <summary>"Tổng cộng", "Cộng" in any cell: the sum line at the foot of the list.</summary>
    internal static bool IsTotal(SheetRow row) =>
        row.Cells.Values.Any(v => Key(v) is "tong cong" or "cong" or "tong so" || Key(v).StartsWith("tong cong", StringComparison.Ordinal));

    /// <summary>A heading as compared: without diacritics, lower case, single spaces, no trailing ':' or '*'.</summary>
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
