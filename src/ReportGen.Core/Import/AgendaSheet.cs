using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Localization;

namespace ReportGen.Core.Import;

/// <summary>What a column of an agenda sheet holds: the keys of <see cref="AgendaItem"/> it fills.</summary>
public enum AgendaColumn
{
    /// <summary>"STT", "TT", "Ghi chú": matched and not used.</summary>
    Ignored,
    Time,
    Item,
    By,
}

/// <summary>The programme read from a sheet, how it was read, and what was wrong, at its cell.</summary>
public sealed record AgendaSheetResult(IReadOnlyList<AgendaItem> Items, SheetReading? Reading, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// A conference programme kept in a spreadsheet: columns found by their Vietnamese headings (any order, with or
/// without diacritics), blank rows and a total row skipped, a row with a time or presenter but no item said at its
/// cell. A time typed in a time cell (Excel keeps it as a fraction of a day) is written "07:30"; a time typed as
/// text ("7h30", "07 giờ 30") is kept as typed.
/// </summary>
public static class AgendaSheet
{
    private static readonly Dictionary<string, AgendaColumn> Headings = new(StringComparer.Ordinal)
    {
        ["stt"] = AgendaColumn.Ignored,
        ["tt"] = AgendaColumn.Ignored,
        ["so tt"] = AgendaColumn.Ignored,
        ["ghi chu"] = AgendaColumn.Ignored,
        ["thoi gian"] = AgendaColumn.Time,
        ["gio"] = AgendaColumn.Time,
        ["thoi diem"] = AgendaColumn.Time,
        ["noi dung"] = AgendaColumn.Item,
        ["noi dung chuong trinh"] = AgendaColumn.Item,
        ["noi dung cong viec"] = AgendaColumn.Item,
        ["cong viec"] = AgendaColumn.Item,
        ["chuong trinh"] = AgendaColumn.Item,
        ["muc"] = AgendaColumn.Item,
        ["nguoi trinh bay"] = AgendaColumn.By,
        ["trinh bay"] = AgendaColumn.By,
        ["nguoi thuc hien"] = AgendaColumn.By,
        ["thuc hien"] = AgendaColumn.By,
        ["nguoi/don vi thuc hien"] = AgendaColumn.By,
        ["don vi thuc hien"] = AgendaColumn.By,
        ["nguoi phu trach"] = AgendaColumn.By,
        ["phu trach"] = AgendaColumn.By,
        ["chu tri"] = AgendaColumn.By,
        ["nguoi chu tri"] = AgendaColumn.By,
    };

    private static string KeyOf(AgendaColumn column) => column switch
    {
        AgendaColumn.Time => "time",
        AgendaColumn.Item => "item",
        AgendaColumn.By => "by",
        _ => "-",
    };

    /// <summary>Reads the programme of <paramref name="from"/>, whose file is at <paramref name="path"/>; diagnostics name that path.</summary>
    public static AgendaSheetResult Read(string path, AgendaFrom from)
    {
        SheetTable table;
        try
        {
            table = SheetTable.Read(path, from.File.Trim(), SheetTable.IsCsv(path) ? null : from.Sheet);
        }
        catch (Exception e) when (e is SheetFileRefusedException or IOException or UnauthorizedAccessException)
        {
            return new AgendaSheetResult([], null, [Diagnostic.Error(DiagnosticCodes.SheetRefused, Messages.SheetRefused(from.File.Trim(), e.Message), path)]);
        }
        return Map(table, path, from.HeaderRow);
    }

    /// <summary>The programme of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static AgendaSheetResult Map(SheetTable table, string path, int headerRow = 1)
    {
        var headings = SheetHeadings<AgendaColumn>.Find(table, headerRow,
            (key, _) => SheetHeadings<AgendaColumn>.Match(key, Headings), AgendaColumn.Ignored);
        var itemColumn = headings.ColumnOf(AgendaColumn.Item);
        if (itemColumn == 0)
        {
            return new AgendaSheetResult([], null, [Diagnostic.Error(DiagnosticCodes.SheetMissingColumn,
                Messages.SheetMissingColumn(table.Address(headerRow, 1), Messages.SheetWantAgendaItem, headings.Found), path, headerRow, 1)]);
        }
        var timeColumn = headings.ColumnOf(AgendaColumn.Time);
        var byColumn = headings.ColumnOf(AgendaColumn.By);
        var diagnostics = new List<Diagnostic>();
        var items = new List<AgendaItem>();
        foreach (var row in table.Rows.Where(r => r.Number > headerRow))
        {
            if (row.IsBlank)
            {
                continue;
            }
            var item = row[itemColumn];
            if (item.Length == 0)
            {
                if ((timeColumn > 0 && row[timeColumn].Length > 0) || (byColumn > 0 && row[byColumn].Length > 0))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetRowWithoutContent,
                        Messages.SheetRowWithoutContent(table.Address(row.Number, itemColumn), headings.All.First(h => h.Column == itemColumn).Heading),
                        path, row.Number, itemColumn));
                }
                continue;
            }
            items.Add(new AgendaItem
            {
                Time = timeColumn == 0 || row[timeColumn].Length == 0 ? null : Time(row, timeColumn),
                Item = item,
                By = byColumn == 0 || row[byColumn].Length == 0 ? null : row[byColumn],
            });
        }
        var reading = new SheetReading(table.Sheet is null ? table.File : $"{table.File}[{table.Sheet}]", items.Count, SheetReadingKind.Agenda,
            [.. headings.All.Select(h => new SheetColumnRead(SheetTable.ColumnName(h.Column), h.Heading,
                h.Meaning is { } m && m != AgendaColumn.Ignored ? KeyOf(m) : null))]);
        return new AgendaSheetResult(items, reading, diagnostics);
    }

    /// <summary>A time cell as a clock reads it: Excel keeps 07:30 as 0.3125 of a day; text is kept as typed.</summary>
    private static string Time(SheetRow row, int column)
    {
        var text = row[column];
        if (row.IsNumberCell(column) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var day) && day is >= 0 and < 1)
        {
            var minutes = (int)Math.Round(day * 24 * 60);
            return $"{minutes / 60:00}:{minutes % 60:00}";
        }
        return text;
    }
}
