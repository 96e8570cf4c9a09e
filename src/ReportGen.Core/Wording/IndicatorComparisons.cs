using System.Text;
using ReportGen.Core.Model;

namespace ReportGen.Core.Wording;

/// <summary>What a stated comparison is measured against, as far as the numbers can tell.</summary>
public enum ComparisonBase
{
    /// <summary>Something the data holds no number for ("năm 2019" without <c>previous</c>).</summary>
    Unknown,
    /// <summary>The plan (kế hoạch, dự toán, chỉ tiêu): <see cref="Indicator.Plan"/>.</summary>
    Plan,
    /// <summary>The same period before (cùng kỳ, năm trước): <see cref="Indicator.Previous"/>.</summary>
    Previous,
}

/// <summary>
/// The numbers reports compute from an indicator: the ratio to the plan (TH/KH, %), the ratio to the same period
/// before (TH/CK, %), the change in percent, and whether a stated change agrees with them.
/// </summary>
public static class IndicatorComparisons
{
    private static readonly string[] PlanWords = ["kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "nghị quyết"];
    private static readonly string[] PreviousWords = ["cùng kỳ", "năm trước", "kỳ trước", "năm ", "tháng đầu năm"];

    /// <summary>
    /// The targets tally: the data's, or counted from the indicators marked <c>achieved</c> ("đạt 1/5 chỉ tiêu");
    /// null when the data has neither. The report, the article and the templates' view all take this one.
    /// </summary>
    public static TargetTally? Tally(YearResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Targets is not null)
        {
            return results.Targets;
        }
        var marked = results.Fields.SelectMany(f => f.Indicators).Where(i => i.Achieved is not null).ToList();
        return marked.Count == 0 ? null
            : new TargetTally { Achieved = marked.Count(i => i.Achieved == true), Total = marked.Count, Verb = "đạt", Label = "chỉ tiêu" };
    }

    /// <summary>Value ÷ plan in percent ("đạt 102,3% kế hoạch"); null without a (non-zero) plan.</summary>
    public static decimal? PercentOfPlan(Indicator indicator) =>
        indicator.Plan is { } plan && plan != 0 ? indicator.Value / plan * 100m : null;

    /// <summary>Value ÷ the same period before in percent (so cùng kỳ, %); null without a (non-zero) previous value.</summary>
    public static decimal? PercentOfPrevious(Indicator indicator) =>
        indicator.Previous is { } previous && previous != 0 ? indicator.Value / previous * 100m : null;

    /// <summary>
    /// The change against the same period before in percent, signed: the stated one when the data gives it for
    /// that base, else computed from <see cref="Indicator.Previous"/>; null when neither.
    /// </summary>
    public static decimal? ChangeFromPrevious(Indicator indicator)
    {
        if (indicator.Change is { } change && BaseOf(change.Against) != ComparisonBase.Plan)
        {
            return change.Percent;
        }
        return PercentOfPrevious(indicator) is { } ratio ? ratio - 100m : null;
    }

    /// <summary>
    /// The changes against the period before that a chart shows: each indicator with a stated change (not against
    /// the plan) or a previous value, and its change in percent.
    /// </summary>
    public static IReadOnlyList<(Indicator Indicator, decimal Percent)> ChartedChanges(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return [.. meeting.Results.Fields.SelectMany(f => f.Indicators)
            .Select(i => (Indicator: i, Percent: ChangeFromPrevious(i)))
            .Where(x => x.Percent is not null)
            .Select(x => (x.Indicator, x.Percent!.Value))];
    }

    /// <summary>
    /// The chart's title, saying what the changes are against: "Một số chỉ tiêu so với cùng kỳ năm trước" when
    /// they share one reference, else "so với năm trước" for a year and "so với cùng kỳ" for a shorter period;
    /// empty when there is nothing to chart.
    /// </summary>
    public static string ChangesCaption(Meeting meeting)
    {
        var charted = ChartedChanges(meeting);
        if (charted.Count == 0)
        {
            return "";
        }
        var against = charted.Select(x => x.Indicator.Change is { } c && BaseOf(c.Against) != ComparisonBase.Plan ? c.Against.Trim() : "cùng kỳ")
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Several references ("năm 2019", "cùng kỳ năm trước") for one thing: the period before.
        var before = ReportPeriods.Resolve(meeting).Span == PeriodSpan.Year ? "năm trước" : "cùng kỳ";
        return against.Count == 1 && against[0].Length > 0 ? $"Một số chỉ tiêu so với {against[0]}" : $"Một số chỉ tiêu so với {before}";
    }

    /// <summary>What a stated "so với …" refers to, from its words: the plan, the period before, or unknown.</summary>
    public static ComparisonBase BaseOf(string? against)
    {
        var text = (against ?? "").Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();
        if (PlanWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return ComparisonBase.Plan;
        }
        return PreviousWords.Any(w => text.Contains(w, StringComparison.Ordinal)) || text.Length == 0
            ? ComparisonBase.Previous : ComparisonBase.Unknown;
    }

    /// <summary>
    /// The change the numbers give for a stated comparison, and whether the stated one agrees with it beyond
    /// rounding (half a unit of the stated percent's last decimal, and never less than 0,05); null when the data
    /// holds no number for the stated base.
    /// </summary>
    public static (decimal Computed, bool Agrees)? CheckStated(Indicator indicator)
    {
        if (indicator.Change is not { } change)
        {
            return null;
        }
        decimal? computed = BaseOf(change.Against) switch
        {
            ComparisonBase.Plan => PercentOfPlan(indicator) - 100m,
            ComparisonBase.Previous => PercentOfPrevious(indicator) - 100m,
            _ => null,
        };
        if (computed is not { } value)
        {
            return null;
        }
        var decimals = Math.Max(0, (int)((decimal.GetBits(change.Percent)[3] >> 16) & 0xFF));
        var tolerance = Math.Max(0.05m, 0.5m / (decimal)Math.Pow(10, decimals)) + 0.0001m;
        return (value, Math.Abs(value - change.Percent) <= tolerance);
    }
}
