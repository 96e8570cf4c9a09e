using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Localization;

namespace ReportGen.Core.Import;

/// <summary>What a column of an award's sheet of names holds.</summary>
public enum AwardColumn
{
    /// <summary>"STT", "TT": the row's number, not used (the list is numbered when printed).</summary>
    Ignored,
    Name,
    /// <summary>"Chức vụ": joined before the unit into the recipient's <see cref="AwardRecipient.Unit"/>.</summary>
    Position,
    /// <summary>"Đơn vị", "Chức vụ, đơn vị": the recipient's <see cref="AwardRecipient.Unit"/>.</summary>
    Unit,
    /// <summary>"Đối tượng": tập thể, cá nhân, đảng viên, hộ gia đình.</summary>
    Kind,
}

/// <summary>The names read from an award's sheet, how its columns were understood, and what was wrong, at its cell.</summary>
public sealed record AwardSheetResult(
    IReadOnlyList<AwardRecipient> Names,
    IReadOnlyDictionary<int, AwardColumn> Columns,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The names of an award kept in a spreadsheet, as the emulation office keeps them: columns found by their
/// Vietnamese headings (with or without diacritics, any order, any case), blank rows and a total row skipped, a
/// row with no name said at its cell. Each recipient's kind is its "Đối tượng" cell; without one, the award's
/// own kind when it has a single one, else an individual when the row gives a position or unit, a collective when not.
/// </summary>
public static class AwardSheet
{
    private static readonly Dictionary<string, AwardColumn> Headings = new(StringComparer.Ordinal)
    {
        ["stt"] = AwardColumn.Ignored,
        ["tt"] = AwardColumn.Ignored,
        ["so tt"] = AwardColumn.Ignored,
        ["so thu tu"] = AwardColumn.Ignored,
        ["ho va ten"] = AwardColumn.Name,
        ["ho ten"] = AwardColumn.Name,
        ["ten"] = AwardColumn.Name,
        ["ten tap the, ca nhan"] = AwardColumn.Name,
        ["ten tap the ca nhan"] = AwardColumn.Name,
        ["tap the, ca nhan"] = AwardColumn.Name,
        ["tap the ca nhan"] = AwardColumn.Name,
        ["ten tap the"] = AwardColumn.Name,
        ["ten ca nhan"] = AwardColumn.Name,
        ["chuc vu"] = AwardColumn.Position,
        ["chuc vu, don vi"] = AwardColumn.Unit,
        ["chuc vu don vi"] = AwardColumn.Unit,
        ["chuc vu, don vi cong tac"] = AwardColumn.Unit,
        ["don vi"] = AwardColumn.Unit,
        ["co quan"] = AwardColumn.Unit,
        ["don vi cong tac"] = AwardColumn.Unit,
        ["doi tuong"] = AwardColumn.Kind,
        ["loai"] = AwardColumn.Kind,
    };

    private static readonly Dictionary<string, RecipientKind> Kinds = new(StringComparer.Ordinal)
    {
        ["tap the"] = RecipientKind.Collective,
        ["collective"] = RecipientKind.Collective,
        ["ca nhan"] = RecipientKind.Individual,
        ["individual"] = RecipientKind.Individual,
        ["dang vien"] = RecipientKind.PartyMember,
        ["party-member"] = RecipientKind.PartyMember,
        ["ho gia dinh"] = RecipientKind.Household,
        ["ho"] = RecipientKind.Household,
        ["household"] = RecipientKind.Household,
    };

    /// <summary>Reads the names of <paramref name="from"/>, whose file is at <paramref name="path"/>; diagnostics name that path.</summary>
    public static AwardSheetResult Read(string path, NamesFrom from, IReadOnlyList<RecipientKind>? awardKinds = null)
    {
        SheetTable table;
        try
        {
            table = SheetTable.Read(path, from.File.Trim(), SheetTable.IsCsv(path) ? null : from.Sheet);
        }
        catch (Exception e) when (e is SheetFileRefusedException or IOException or UnauthorizedAccessException)
        {
            return new([], new Dictionary<int, AwardColumn>(),
                [Diagnostic.Error(DiagnosticCodes.SheetRefused, Messages.SheetRefused(from.File.Trim(), e.Message), path)]);
        }
        return Map(table, path, from.HeaderRow, awardKinds);
    }

    /// <summary>The names of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static AwardSheetResult Map(SheetTable table, string path, int headerRow = 1, IReadOnlyList<RecipientKind>? awardKinds = null)
    {
        var diagnostics = new List<Diagnostic>();
        var header = table.Rows.FirstOrDefault(r => r.Number == headerRow);
        var columns = new Dictionary<int, AwardColumn>();
        foreach (var (column, text) in header?.Cells ?? new Dictionary<int, string>())
        {
            if (Headings.TryGetValue(DelegateSheet.Key(text), out var meaning) && (meaning == AwardColumn.Ignored || !columns.ContainsValue(meaning)))
            {
                columns[column] = meaning;
            }
        }
        int ColumnOf(AwardColumn what) => columns.FirstOrDefault(c => c.Value == what).Key;
        var nameColumn = ColumnOf(AwardColumn.Name);
        if (nameColumn == 0)
        {
            var found = header is null ? "" : string.Join(", ", header.Cells.OrderBy(c => c.Key).Select(c => $"\"{c.Value}\""));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SheetWithoutNameColumn,
                Messages.SheetWithoutNameColumn(table.Address(headerRow, 1), found), path, headerRow, 1));
            return new AwardSheetResult([], columns, diagnostics);
        }
        var positionColumn = ColumnOf(AwardColumn.Position);
        var unitColumn = ColumnOf(AwardColumn.Unit);
        var kindColumn = ColumnOf(AwardColumn.Kind);
        var used = columns.Where(c => c.Value != AwardColumn.Ignored).Select(c => c.Key).ToList();
        var personal = (awardKinds ?? []).Where(k => k != RecipientKind.Unit).Distinct().ToList();
        RecipientKind? single = personal.Count == 1 ? personal[0] : null;

        var names = new List<AwardRecipient>();
        foreach (var row in table.Rows.Where(r => r.Number > headerRow))
        {
            if (row.IsBlank || DelegateSheet.IsTotal(row))
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
            var parts = new[] { positionColumn, unitColumn }.Where(c => c != 0 && row[c].Length > 0).Select(c => row[c]).ToList();
            var unit = parts.Count == 0 ? null : string.Join(", ", parts);
            RecipientKind kind;
            if (kindColumn != 0 && row[kindColumn].Length > 0)
            {
                if (!Kinds.TryGetValue(DelegateSheet.Key(row[kindColumn]), out kind))
                {
                    kind = Default(single, unit);
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetBadRecipientKind,
                        Messages.SheetBadRecipientKind(table.Address(row.Number, kindColumn), row[kindColumn]), path, row.Number, kindColumn));
                }
            }
            else
            {
                kind = Default(single, unit);
            }
            names.Add(new AwardRecipient { Name = name, Kind = kind, Unit = unit });
        }
        return new AwardSheetResult(names, columns, diagnostics);
    }

    private static RecipientKind Default(RecipientKind? single, string? unit) =>
        single ?? (unit is null ? RecipientKind.Collective : RecipientKind.Individual);
}
