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
    IReadOnlyList<Diagnostic> Diagnostics,
    SheetReading? Reading = null);

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
    public static AwardSheetResult Read(string path, NamesFrom from, IReadOnlyList<RecipientKind>? awardKinds = null) =>
        Result(NameListSheet<AwardColumn>.Read(path, from.File, from.Sheet, from.HeaderRow, Headings, AwardColumn.Name, AwardColumn.Ignored, out var refused),
            path, refused, awardKinds);

    /// <summary>The names of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static AwardSheetResult Map(SheetTable table, string path, int headerRow = 1, IReadOnlyList<RecipientKind>? awardKinds = null) =>
        Result(NameListSheet<AwardColumn>.Map(table, path, headerRow, Headings, AwardColumn.Name, AwardColumn.Ignored, out var refused),
            path, refused, awardKinds);

    private static AwardSheetResult Result(NameListSheet<AwardColumn>? sheet, string path, Diagnostic? refused, IReadOnlyList<RecipientKind>? awardKinds)
    {
        if (sheet is null)
        {
            return new AwardSheetResult([], new Dictionary<int, AwardColumn>(), [refused!]);
        }
        var positionColumn = sheet.ColumnOf(AwardColumn.Position);
        var unitColumn = sheet.ColumnOf(AwardColumn.Unit);
        var kindColumn = sheet.ColumnOf(AwardColumn.Kind);
        var personal = (awardKinds ?? []).Where(k => k != RecipientKind.Unit).Distinct().ToList();
        RecipientKind? single = personal.Count == 1 ? personal[0] : null;
        var diagnostics = sheet.Diagnostics;
        var names = new List<AwardRecipient>(sheet.Rows.Count);
        // A sheet of thousands repeats a few kinds ("Cá nhân", "Tập thể"): each spelling is made into a key once.
        var kindsSeen = new Dictionary<string, RecipientKind?>(StringComparer.Ordinal);
        RecipientKind? KindOf(string text)
        {
            if (!kindsSeen.TryGetValue(text, out var known))
            {
                known = Kinds.TryGetValue(NameListSheet<AwardColumn>.Key(text), out var k) ? k : null;
                kindsSeen[text] = known;
            }
            return known;
        }
        foreach (var (row, name) in sheet.Rows)
        {
            var position = positionColumn == 0 ? "" : row[positionColumn];
            var unitText = unitColumn == 0 ? "" : row[unitColumn];
            var unit = position.Length == 0 ? (unitText.Length == 0 ? null : unitText) : unitText.Length == 0 ? position : $"{position}, {unitText}";
            var kind = Default(single, unit);
            if (kindColumn != 0 && row[kindColumn].Length > 0)
            {
                if (KindOf(row[kindColumn]) is { } known)
                {
                    kind = known;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetBadRecipientKind,
                        Messages.SheetBadRecipientKind(sheet.Table.Address(row.Number, kindColumn), row[kindColumn]), path, row.Number, kindColumn));
                }
            }
            names.Add(new AwardRecipient { Name = name, Kind = kind, Unit = unit });
        }
        return new AwardSheetResult(names, sheet.Columns, diagnostics, sheet.Reading(names.Count, SheetReadingKind.AwardNames, c => c switch
        {
            AwardColumn.Name => "name",
            AwardColumn.Position or AwardColumn.Unit => "unit",
            AwardColumn.Kind => "kind",
            _ => null,
        }));
    }

    private static RecipientKind Default(RecipientKind? single, string? unit) =>
        single ?? (unit is null ? RecipientKind.Collective : RecipientKind.Individual);
}
