using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Localization;

namespace ReportGen.Core.Import;

/// <summary>What a column of an indicator sheet holds: the keys of <see cref="Indicator"/> it fills.</summary>
public enum IndicatorColumn
{
    /// <summary>"STT", "TT", "Ghi chú": matched and not used (the table is numbered when printed).</summary>
    Ignored,
    Name,
    Unit,
    Plan,
    Value,
    Previous,
    /// <summary>"TH/KH (%)": the result in percent of the plan; computed from the row when it has a plan, checked against that.</summary>
    PercentOfPlan,
    /// <summary>"So cùng kỳ (%)": the result in percent of the period before; likewise.</summary>
    PercentOfPrevious,
    /// <summary>"So sánh (%)" alone: of the plan or of the period before, whichever the sheet has a column for.</summary>
    Percent,
    /// <summary>"Tăng, giảm (%)": the change against the period before, signed.</summary>
    Change,
    /// <summary>"Đánh giá": Đạt, Vượt (achieved) or Không đạt, Chưa đạt (not).</summary>
    Achieved,
}

/// <summary>The indicators read from a sheet, how it was read, and what was wrong, at its cell.</summary>
public sealed record IndicatorSheetResult(IReadOnlyList<Indicator> Indicators, SheetReading? Reading, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// A field's indicators kept in a spreadsheet, as the statistics office sends them: columns found by their
/// Vietnamese headings (<see cref="SheetHeadings{TColumn}"/>), numbers read whatever the cells' format
/// (<see cref="SheetNumbers"/>), blank rows skipped, a total row ("Tổng cộng", "Cộng") skipped (the indicator table
/// prints none: indicators in different units have no sum), and a heading row inside the table ("I. Kinh tế": a
/// name with no unit and no number) skipped. A heading naming a year is taken for the year it names: the report's
/// year as the result or the plan, the year before as the period before, any other year not used.
/// The percent columns are not printed as typed: the booklet computes them from the row, and a sheet's
/// percent that disagrees with the computed one is said at its cell; without the number it is computed from, the
/// sheet's percent becomes a stated change.
/// </summary>
public static partial class IndicatorSheet
{
    private static readonly Dictionary<string, IndicatorColumn> Headings = new(StringComparer.Ordinal)
    {
        ["stt"] = IndicatorColumn.Ignored,
        ["tt"] = IndicatorColumn.Ignored,
        ["so tt"] = IndicatorColumn.Ignored,
        ["ghi chu"] = IndicatorColumn.Ignored,
        ["chi tieu"] = IndicatorColumn.Name,
        ["ten chi tieu"] = IndicatorColumn.Name,
        ["cac chi tieu"] = IndicatorColumn.Name,
        ["chi tieu chu yeu"] = IndicatorColumn.Name,
        ["noi dung"] = IndicatorColumn.Name,
        ["noi dung chi tieu"] = IndicatorColumn.Name,
        ["dvt"] = IndicatorColumn.Unit,
        ["d v t"] = IndicatorColumn.Unit,
        ["don vi tinh"] = IndicatorColumn.Unit,
        ["ke hoach"] = IndicatorColumn.Plan,
        ["kh"] = IndicatorColumn.Plan,
        ["du toan"] = IndicatorColumn.Plan,
        ["muc tieu"] = IndicatorColumn.Plan,
        ["chi tieu ke hoach"] = IndicatorColumn.Plan,
        ["chi tieu nghi quyet"] = IndicatorColumn.Plan,
        ["thuc hien"] = IndicatorColumn.Value,
        ["th"] = IndicatorColumn.Value,
        ["uoc thuc hien"] = IndicatorColumn.Value,
        ["uoc th"] = IndicatorColumn.Value,
        ["uoc"] = IndicatorColumn.Value,
        ["ket qua"] = IndicatorColumn.Value,
        ["ket qua thuc hien"] = IndicatorColumn.Value,
        ["gia tri"] = IndicatorColumn.Value,
        ["so lieu"] = IndicatorColumn.Value,
        ["cung ky"] = IndicatorColumn.Previous,
        ["cung ky nam truoc"] = IndicatorColumn.Previous,
        ["thuc hien cung ky"] = IndicatorColumn.Previous,
        ["th cung ky"] = IndicatorColumn.Previous,
        ["nam truoc"] = IndicatorColumn.Previous,
        ["ky truoc"] = IndicatorColumn.Previous,
        ["th/kh"] = IndicatorColumn.PercentOfPlan,
        ["so ke hoach"] = IndicatorColumn.PercentOfPlan,
        ["so voi ke hoach"] = IndicatorColumn.PercentOfPlan,
        ["so voi kh"] = IndicatorColumn.PercentOfPlan,
        ["so sanh ke hoach"] = IndicatorColumn.PercentOfPlan,
        ["so sanh kh"] = IndicatorColumn.PercentOfPlan,
        ["so sanh th/kh"] = IndicatorColumn.PercentOfPlan,
        ["ty le th/kh"] = IndicatorColumn.PercentOfPlan,
        ["th/ck"] = IndicatorColumn.PercentOfPrevious,
        ["so cung ky"] = IndicatorColumn.PercentOfPrevious,
        ["so voi cung ky"] = IndicatorColumn.PercentOfPrevious,
        ["so voi nam truoc"] = IndicatorColumn.PercentOfPrevious,
        ["so sanh cung ky"] = IndicatorColumn.PercentOfPrevious,
        ["so sanh th/ck"] = IndicatorColumn.PercentOfPrevious,
        ["so sanh nam truoc"] = IndicatorColumn.PercentOfPrevious,
        ["so sanh"] = IndicatorColumn.Percent,
        ["tang giam"] = IndicatorColumn.Change,
        ["tang/giam"] = IndicatorColumn.Change,
        ["tang giam so cung ky"] = IndicatorColumn.Change,
        ["tang giam so voi cung ky"] = IndicatorColumn.Change,
        ["danh gia"] = IndicatorColumn.Achieved,
        ["ket qua danh gia"] = IndicatorColumn.Achieved,
        ["dat/khong dat"] = IndicatorColumn.Achieved,
        ["dat khong dat"] = IndicatorColumn.Achieved,
    };

    private static readonly Dictionary<string, bool> Assessments = new(StringComparer.Ordinal)
    {
        ["dat"] = true,
        ["vuot"] = true,
        ["hoan thanh"] = true,
        ["dat va vuot"] = true,
        ["x"] = true,
        ["khong dat"] = false,
        ["chua dat"] = false,
        ["khong hoan thanh"] = false,
        ["chua hoan thanh"] = false,
    };

    /// <summary>The data key each column fills, as the reading reports it.</summary>
    private static string KeyOf(IndicatorColumn column) => column switch
    {
        IndicatorColumn.Ignored => "-",
        IndicatorColumn.Name => "name",
        IndicatorColumn.Unit => "unit",
        IndicatorColumn.Plan => "plan",
        IndicatorColumn.Value => "value",
        IndicatorColumn.Previous => "previous",
        IndicatorColumn.PercentOfPlan => "value/plan (%)",
        IndicatorColumn.PercentOfPrevious => "value/previous (%)",
        IndicatorColumn.Percent => "value/plan (%)",
        IndicatorColumn.Change => "change.percent",
        _ => "achieved",
    };

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex YearPattern();

    /// <summary>
    /// Reads the indicators of <paramref name="from"/>, whose file is at <paramref name="path"/>; diagnostics name that
    /// path. <paramref name="year"/> is the report's year, to tell "Thực hiện năm 2020" from "Thực hiện năm 2019".
    /// </summary>
    public static IndicatorSheetResult Read(string path, IndicatorsFrom from, int? year = null)
    {
        SheetTable table;
        try
        {
            table = SheetTable.Read(path, from.File.Trim(), SheetTable.IsCsv(path) ? null : from.Sheet);
        }
        catch (Exception e) when (e is SheetFileRefusedException or IOException or UnauthorizedAccessException)
        {
            return new IndicatorSheetResult([], null, [Diagnostic.Error(DiagnosticCodes.SheetRefused, Messages.SheetRefused(from.File.Trim(), e.Message), path)]);
        }
        return Map(table, path, from.HeaderRow, year);
    }

    /// <summary>The indicators of an already read table, its headings in row <paramref name="headerRow"/>.</summary>
    public static IndicatorSheetResult Map(SheetTable table, string path, int headerRow = 1, int? year = null)
    {
        var headings = SheetHeadings<IndicatorColumn>.Find(table, headerRow, (key, parent) => Classify(key, parent, year), IndicatorColumn.Ignored);
        var diagnostics = new List<Diagnostic>();
        var nameColumn = headings.ColumnOf(IndicatorColumn.Name);
        var valueColumn = headings.ColumnOf(IndicatorColumn.Value);
        if (nameColumn == 0 || valueColumn == 0)
        {
            var wanted = nameColumn == 0 ? Messages.SheetWantIndicatorName : Messages.SheetWantIndicatorValue;
            return new IndicatorSheetResult([], null, [Diagnostic.Error(DiagnosticCodes.SheetMissingColumn,
                Messages.SheetMissingColumn(table.Address(headerRow, 1), wanted, headings.Found), path, headerRow, 1)]);
        }
        var columns = headings.Columns;
        // "So sánh (%)" alone: against the plan or the period before, whichever the sheet has a column for (the period
        // before when it has neither: a stated change); not used when it has both, since nothing says which.
        if (headings.ColumnOf(IndicatorColumn.Percent) is var compared and > 0)
        {
            var hasPlan = headings.ColumnOf(IndicatorColumn.Plan) > 0;
            var hasPrevious = headings.ColumnOf(IndicatorColumn.Previous) > 0;
            IndicatorColumn? meaning = hasPlan == hasPrevious ? (hasPlan ? null : IndicatorColumn.PercentOfPrevious)
                : hasPlan ? IndicatorColumn.PercentOfPlan : IndicatorColumn.PercentOfPrevious;
            if (meaning is { } m && headings.ColumnOf(m) == 0)
            {
                columns[compared] = m;
            }
            else
            {
                columns.Remove(compared);
            }
        }
        int Column(IndicatorColumn what) => columns.FirstOrDefault(c => c.Value == what).Key;
        var unitColumn = Column(IndicatorColumn.Unit);
        var numbers = new[] { IndicatorColumn.Plan, IndicatorColumn.Value, IndicatorColumn.Previous, IndicatorColumn.PercentOfPlan, IndicatorColumn.PercentOfPrevious, IndicatorColumn.Change }
            .Select(c => (What: c, Column: Column(c))).Where(c => c.Column > 0).ToList();
        var assessed = Column(IndicatorColumn.Achieved);
        var used = columns.Where(c => c.Value != IndicatorColumn.Ignored).Select(c => c.Key).ToList();
        var indicators = new List<Indicator>();
        foreach (var row in table.Rows.Where(r => r.Number > headerRow))
        {
            if (row.IsBlank || TotalRow.Is(row))
            {
                continue;
            }
            var name = row[nameColumn];
            if (name.Length == 0)
            {
                if (used.Any(c => row[c].Length > 0))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetRowWithoutContent,
                        Messages.SheetRowWithoutContent(table.Address(row.Number, nameColumn), Heading(headings, nameColumn)), path, row.Number, nameColumn));
                }
                continue;
            }
            var unit = unitColumn == 0 ? "" : row[unitColumn];
            if (unit.Length == 0 && numbers.All(n => SheetNumbers.IsNone(row[n.Column])))
            {
                continue; // a heading inside the table: "I. Kinh tế", "A. Chỉ tiêu kinh tế"
            }
            var read = new Dictionary<IndicatorColumn, decimal>();
            var bad = false;
            foreach (var (what, column) in numbers)
            {
                if (SheetNumbers.IsNone(row[column]))
                {
                    continue;
                }
                if (SheetNumbers.TryRead(row, column, table.DecimalComma, out var number))
                {
                    read[what] = number;
                }
                else
                {
                    bad = true;
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SheetBadNumber,
                        Messages.SheetBadNumber(table.Address(row.Number, column), row[column], Heading(headings, column)), path, row.Number, column));
                }
            }
            if (!read.TryGetValue(IndicatorColumn.Value, out var value))
            {
                if (SheetNumbers.IsNone(row[valueColumn]))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SheetMissingValue,
                        Messages.SheetMissingValue(table.Address(row.Number, valueColumn), name, Heading(headings, valueColumn)), path, row.Number, valueColumn));
                }
                continue;
            }
            if (bad)
            {
                continue;
            }
            bool? achieved = null;
            if (assessed > 0 && row[assessed].Length > 0)
            {
                if (Assessments.TryGetValue(SheetHeadings<IndicatorColumn>.Key(row[assessed]), out var met))
                {
                    achieved = met;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetBadAssessment,
                        Messages.SheetBadAssessment(table.Address(row.Number, assessed), row[assessed]), path, row.Number, assessed));
                }
            }
            var indicator = new Indicator
            {
                Name = name,
                Unit = unit,
                Value = value,
                Plan = read.TryGetValue(IndicatorColumn.Plan, out var plan) ? plan : null,
                Previous = read.TryGetValue(IndicatorColumn.Previous, out var previous) ? previous : null,
                Achieved = achieved,
            };
            indicators.Add(WithPercents(indicator, read, row, table, path, numbers, diagnostics));
        }
        var reading = new SheetReading(table.Sheet is null ? table.File : $"{table.File}[{table.Sheet}]", indicators.Count, SheetReadingKind.Indicators,
            [.. headings.All.Select(h => new SheetColumnRead(SheetTable.ColumnName(h.Column), h.Heading,
                columns.TryGetValue(h.Column, out var m) && m != IndicatorColumn.Ignored ? KeyOf(m) : null))]);
        return new IndicatorSheetResult(indicators, reading, diagnostics);
    }

    /// <summary>
    /// The sheet's percent columns: each checked against the percent the row's numbers give (said at its cell when
    /// they disagree); without those numbers, the first one becomes the indicator's stated change.
    /// </summary>
    private static Indicator WithPercents(Indicator indicator, Dictionary<IndicatorColumn, decimal> read, SheetRow row, SheetTable table,
        string path, List<(IndicatorColumn What, int Column)> numbers, List<Diagnostic> diagnostics)
    {
        IndicatorChange? stated = read.TryGetValue(IndicatorColumn.Change, out var change)
            ? new IndicatorChange { Percent = change, Against = "cùng kỳ năm trước" } : null;
        foreach (var (what, column) in numbers.Where(n => n.What is IndicatorColumn.PercentOfPlan or IndicatorColumn.PercentOfPrevious))
        {
            if (!read.TryGetValue(what, out var percent))
            {
                continue;
            }
            var computed = what == IndicatorColumn.PercentOfPlan ? IndicatorComparisons.PercentOfPlan(indicator) : IndicatorComparisons.PercentOfPrevious(indicator);
            if (computed is { } c)
            {
                // Agreement within the rounding of what the sheet shows (its decimals), never tighter than 0,05.
                var decimals = (decimal.GetBits(percent)[3] >> 16) & 0xFF;
                var tolerance = Math.Max(0.05m, 0.5m / (decimal)Math.Pow(10, decimals)) + 0.0001m;
                if (Math.Abs(c - percent) > tolerance)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SheetComparisonDisagrees,
                        Messages.SheetComparisonDisagrees(table.Address(row.Number, column), Vietnamese(percent), Vietnamese(Math.Round(c, 2))), path, row.Number, column));
                }
            }
            else
            {
                stated ??= new IndicatorChange
                {
                    Percent = percent - 100m,
                    Against = what == IndicatorColumn.PercentOfPlan ? "kế hoạch" : "cùng kỳ năm trước",
                };
            }
        }
        return stated is null ? indicator : new Indicator
        {
            Name = indicator.Name,
            Unit = indicator.Unit,
            Value = indicator.Value,
            Plan = indicator.Plan,
            Previous = indicator.Previous,
            Achieved = indicator.Achieved,
            Change = stated,
        };
    }

    /// <summary>What a heading means; a heading that names a year is taken only for the report's year or the year before.</summary>
    private static IndicatorColumn? Classify(string key, string parent, int? year)
    {
        var named = YearPattern().Match(key);
        var plain = YearPattern().Replace(key, "").Replace(" nam ", " ", StringComparison.Ordinal).Trim();
        if (plain.EndsWith(" nam", StringComparison.Ordinal))
        {
            plain = plain[..^4];
        }
        // Under a merged "So sánh (%)": its sub-headings "Kế hoạch", "Cùng kỳ" are percents, not values.
        IndicatorColumn? meaning = (parent.StartsWith("so sanh", StringComparison.Ordinal) || parent.StartsWith("ty le", StringComparison.Ordinal))
            && Headings.TryGetValue("so sanh " + plain, out var compared) ? compared : SheetHeadings<IndicatorColumn>.Match(plain, Headings);
        if (meaning == IndicatorColumn.Name && named.Success)
        {
            meaning = IndicatorColumn.Plan; // "Chỉ tiêu năm 2020": the year's target, not the indicators' names
        }
        var groupYear = YearPattern().Match(parent);
        if (!named.Success && groupYear.Success && meaning is IndicatorColumn.Plan or IndicatorColumn.Value)
        {
            named = groupYear; // "Kế hoạch" under a merged "Năm 2020"
        }
        if (meaning is null || !named.Success || year is null)
        {
            return meaning;
        }
        var said = int.Parse(named.Value, CultureInfo.InvariantCulture);
        return meaning switch
        {
            IndicatorColumn.Value or IndicatorColumn.Plan when said == year => meaning,
            IndicatorColumn.Value when said == year - 1 => IndicatorColumn.Previous,
            IndicatorColumn.Previous when said == year - 1 => meaning,
            IndicatorColumn.Value or IndicatorColumn.Plan or IndicatorColumn.Previous => null, // another year's: next year's plan
            _ => meaning,
        };
    }

    private static string Heading(SheetHeadings<IndicatorColumn> headings, int column) =>
        headings.All.FirstOrDefault(h => h.Column == column).Heading ?? SheetTable.ColumnName(column);

    private static string Vietnamese(decimal number) => number.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
