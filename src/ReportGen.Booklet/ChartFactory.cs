using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Layout.Output;
using ReportGen.Templating;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The charts a report can ask for by name (a fenced block <c>```chart</c> holding the name), built from a
/// meeting's data. Labels and values are written the way the report's tables write them.
/// </summary>
public static class ChartFactory
{
    /// <summary>The percent change of every indicator that reports one.</summary>
    public const string IndicatorChanges = "indicator-changes";

    /// <summary>How many received each award, grouped by the level that gives it, highest first.</summary>
    public const string Awards = "awards";

    /// <summary>The chart of that name for the meeting; null for a name it does not know or when there is no data.</summary>
    public static ChartSpec? Create(Meeting meeting, string name)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return name.Trim() switch
        {
            IndicatorChanges => IndicatorChangesChart(meeting),
            Awards => AwardsChart(meeting),
            _ => null,
        };
    }

    /// <summary>
    /// The lookup a <see cref="MarkdownLayoutBuilder"/> takes for one meeting; <paramref name="spelling"/> rewrites
    /// the chart's words as the booklet's text is (the PDF backend draws them, not the paragraph setter).
    /// </summary>
    public static Func<string, ChartSpec?> For(Meeting meeting, Func<string, string>? spelling = null) => name =>
        Create(meeting, name) is { } chart ? (spelling is null ? chart : Spelled(chart, spelling)) : null;

    private static ChartSpec Spelled(ChartSpec chart, Func<string, string> spelling) => chart with
    {
        Title = spelling(chart.Title),
        ValueAxisLabel = chart.ValueAxisLabel is null ? null : spelling(chart.ValueAxisLabel),
        Bars = [.. chart.Bars.Select(b => b with { Label = spelling(b.Label), ValueLabel = spelling(b.ValueLabel), Group = b.Group is null ? null : spelling(b.Group) })],
    };

    private static ChartSpec? IndicatorChangesChart(Meeting meeting)
    {
        var bars = IndicatorComparisons.ChartedChanges(meeting)
            .Select(x => new ChartBar(x.Indicator.Name.Trim(), (double)x.Percent, VietnameseFormat.Change((double)Math.Round(x.Percent, 1, MidpointRounding.AwayFromZero))))
            .ToList();
        var caption = IndicatorComparisons.ChangesCaption(meeting);
        return bars.Count == 0 ? null : new ChartSpec(IndicatorChanges, caption, bars)
        {
            ValueAxisLabel = "Tăng, giảm " + caption["Một số chỉ tiêu ".Length..],
            Format = ChartValueFormat.Percent,
        };
    }

    private static ChartSpec? AwardsChart(Meeting meeting)
    {
        // Highest first, in the awards table's order (AwardHierarchy).
        var bars = AwardHierarchy.Order(meeting.Emulation.Awards)
            .Select(a => new ChartBar(ProseFunctions.AwardForm(a), a.Count, VietnameseFormat.Number(a.Count), ProseFunctions.LevelLabel(a)))
            .ToList();
        return bars.Count == 0 ? null : new ChartSpec(Awards, "Số lượng khen thưởng theo hình thức và cấp khen", bars)
        {
            ValueAxisLabel = "Số lượng",
            Format = ChartValueFormat.Number,
            WholeNumbers = true,
        };
    }
}
