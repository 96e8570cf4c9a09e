using System.Globalization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Wording;

/// <summary>A meeting's report period with every part known: the data's, or inferred from the meeting's date.</summary>
/// <param name="Inferred">True when the data did not give the year (or quarter, month) and the date did.</param>
public sealed record ResolvedPeriod(PeriodSpan Span, int Year, int Number, int From, int To, bool Inferred);

/// <summary>
/// The period a meeting reports on, and how Vietnamese documents name it and the period after it:
/// "năm 2020" → "năm 2021", "6 tháng đầu năm 2020" → "6 tháng cuối năm 2020", "9 tháng đầu năm 2020" →
/// "3 tháng cuối năm 2020", "quý I năm 2020" → "quý II năm 2020", "nhiệm kỳ 2020-2025" → "nhiệm kỳ 2025-2030".
/// </summary>
public static class ReportPeriods
{
    /// <summary>
    /// A period is reported on once it has ended or is about to: a meeting may sum up its year in
    /// December (a year-end meeting on 20 December reports that year) or its half in late June.
    /// </summary>
    private const int DaysBeforeEnd = 45;

    /// <summary>
    /// The meeting's period: <c>meeting.period</c>, with <c>meeting.year</c> as the year of a period that has
    /// none; a ceremony without a period has none; otherwise a year. What the data leaves out is taken from
    /// the date: the latest such period that has ended, or ends within 45 days of the meeting.
    /// </summary>
    public static ResolvedPeriod Resolve(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var info = meeting.Info;
        var period = info.Period;
        var span = period?.Span ?? (info.Kind == MeetingKind.Ceremony && info.Year == 0 ? PeriodSpan.None : PeriodSpan.Year);
        var year = period is { Year: > 0 } ? period.Year : info.Year;
        var number = period?.Number ?? 0;
        if (span is PeriodSpan.None)
        {
            return new ResolvedPeriod(span, year, 0, 0, 0, false);
        }
        if (span is PeriodSpan.Term)
        {
            return new ResolvedPeriod(span, year, 0, period!.From, period.To, false);
        }
        var needsNumber = span is PeriodSpan.Quarter or PeriodSpan.Month;
        if (year > 0 && (!needsNumber || number > 0))
        {
            return new ResolvedPeriod(span, year, number, 0, 0, false);
        }
        // Walk back from the meeting's own year until a period has ended by the meeting (give or take).
        var latest = info.Date.AddDays(DaysBeforeEnd);
        var count = span switch { PeriodSpan.Quarter => 4, PeriodSpan.Month => 12, _ => 1 };
        for (var y = year > 0 ? year : info.Date.Year; y >= Math.Max(1, info.Date.Year - 2); y--)
        {
            for (var n = count; n >= 1; n--)
            {
                if (needsNumber && number > 0 && n != number)
                {
                    continue;
                }
                if (End(span, y, n) <= latest)
                {
                    return new ResolvedPeriod(span, y, needsNumber ? n : 0, 0, 0, true);
                }
            }
        }
        return new ResolvedPeriod(span, Math.Max(1, info.Date.Year - 1), needsNumber ? Math.Max(1, number) : 0, 0, 0, true);
    }

    /// <summary>The last day of a period.</summary>
    public static DateOnly End(PeriodSpan span, int year, int number) => span switch
    {
        PeriodSpan.FirstHalf => new DateOnly(year, 6, 30),
        PeriodSpan.NineMonths => new DateOnly(year, 9, 30),
        PeriodSpan.Quarter => new DateOnly(year, 3 * Math.Clamp(number, 1, 4), 1).AddMonths(1).AddDays(-1),
        PeriodSpan.Month => new DateOnly(year, Math.Clamp(number, 1, 12), 1).AddMonths(1).AddDays(-1),
        _ => new DateOnly(year, 12, 31),
    };

    /// <summary>"năm 2020", "6 tháng đầu năm 2020", "quý I năm 2020", "nhiệm kỳ 2020-2025"; empty for none.</summary>
    public static string Phrase(ResolvedPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var y = Text(period.Year);
        return period.Span switch
        {
            PeriodSpan.Year => $"năm {y}",
            PeriodSpan.FirstHalf => $"6 tháng đầu năm {y}",
            PeriodSpan.NineMonths => $"9 tháng đầu năm {y}",
            PeriodSpan.Quarter => $"quý {Roman(period.Number)} năm {y}",
            PeriodSpan.Month => $"tháng {Text(period.Number)} năm {y}",
            PeriodSpan.Term => $"nhiệm kỳ {Text(period.From)}-{Text(period.To)}",
            _ => "",
        };
    }

    /// <summary>The period the tasks are for: "năm 2021", "6 tháng cuối năm 2020", "3 tháng cuối năm 2020" ….</summary>
    public static string NextPhrase(ResolvedPeriod period, int tasksYear = 0)
    {
        ArgumentNullException.ThrowIfNull(period);
        var y = period.Year;
        return period.Span switch
        {
            PeriodSpan.Year => $"năm {Text(tasksYear > 0 ? tasksYear : y + 1)}",
            PeriodSpan.FirstHalf => $"6 tháng cuối năm {Text(y)}",
            PeriodSpan.NineMonths => $"3 tháng cuối năm {Text(y)}",
            PeriodSpan.Quarter => period.Number < 4 ? $"quý {Roman(period.Number + 1)} năm {Text(y)}" : $"quý I năm {Text(y + 1)}",
            PeriodSpan.Month => period.Number < 12 ? $"tháng {Text(period.Number + 1)} năm {Text(y)}" : $"tháng 1 năm {Text(y + 1)}",
            PeriodSpan.Term => $"nhiệm kỳ {Text(period.To)}-{Text(period.To + Math.Max(1, period.To - period.From))}",
            _ => "",
        };
    }

    /// <summary>"tổng kết" for a year or a term, "sơ kết" for part of a year: what a secretariat calls summing it up.</summary>
    public static string SummingUp(ResolvedPeriod period) =>
        period.Span is PeriodSpan.Year or PeriodSpan.Term ? "tổng kết" : "sơ kết";

    /// <summary>"Trong năm", "Trong 6 tháng đầu năm 2020", "Trong nhiệm kỳ"; empty for no period.</summary>
    public static string During(ResolvedPeriod period) => period.Span switch
    {
        PeriodSpan.None => "",
        PeriodSpan.Year => "Trong năm",
        PeriodSpan.Term => "Trong nhiệm kỳ",
        _ => "Trong " + Phrase(period),
    };

    /// <summary>Roman numerals for quarters and report sections: 1 → "I", 4 → "IV".</summary>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 3999);
        ReadOnlySpan<(int Value, string Numeral)> numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var builder = new System.Text.StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; number >= value; number -= value)
            {
                builder.Append(numeral);
            }
        }
        return builder.ToString();
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
