using System.Globalization;
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
    IReadOnlyList<Diagnostic> Diagnostics,
    SheetReading? Reading = null);

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
    public static DelegateSheetResult Read(string path, DelegatesFrom from) =>
        Result(NameListSheet<DelegateColumn>.Read(path, from.File, from.Sheet, from.HeaderRow, Headings, DelegateColumn.Name, DelegateColumn.Ignored, out var refused), path, refused);

    /// <summary>The delegates of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static DelegateSheetResult Map(SheetTable table, string path, int headerRow = 1) =>
        Result(NameListSheet<DelegateColumn>.Map(table, path, headerRow, Headings, DelegateColumn.Name, DelegateColumn.Ignored, out var refused), path, refused);

    private static DelegateSheetResult Result(NameListSheet<DelegateColumn>? sheet, string path, Diagnostic? refused)
    {
        if (sheet is null)
        {
            return new DelegateSheetResult([], new Dictionary<int, DelegateColumn>(), [refused!]);
        }
        var positionColumn = sheet.ColumnOf(DelegateColumn.Position);
        var unitColumn = sheet.ColumnOf(DelegateColumn.Unit);
        var rankColumn = sheet.ColumnOf(DelegateColumn.Rank);
        var diagnostics = sheet.Diagnostics;
        var delegates = new List<DelegateEntry>();
        foreach (var (row, name) in sheet.Rows)
        {
            var rank = 1;
            if (rankColumn != 0)
            {
                var text = row[rankColumn];
                if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    || number != Math.Floor(number) || number < 0 || number >= UnrankedRank)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetBadRank,
                        Messages.SheetBadRank(sheet.Table.Address(row.Number, rankColumn), text), path, row.Number, rankColumn));
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
        return new DelegateSheetResult(delegates, sheet.Columns, diagnostics, sheet.Reading(delegates.Count, SheetReadingKind.Delegates, c => c switch
        {
            DelegateColumn.Name => "name",
            DelegateColumn.Position => "position",
            DelegateColumn.Unit => "unit",
            DelegateColumn.Rank => "rank",
            _ => null,
        }));
    }
}
