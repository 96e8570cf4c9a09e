using ReportGen.Localization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A chart of fixed proportions: as wide as the space offered, <see cref="HeightRatio"/> times that tall.
/// It is drawn whole or not at all (a chart cannot be split), so it moves to the next page when it does not
/// fit; bind it to its caption with <see cref="KeepTogether"/> so the two move together.
/// </summary>
public sealed class ChartBlock(ChartSpec chart, string fontFamily, string? fontPath) : Element
{
    private bool _drawn;

    public ChartSpec Chart { get; } = chart;

    /// <summary>Height as a fraction of the width; by default from the number of bars (<see cref="RatioFor"/>).</summary>
    public float HeightRatio { get; init; } = RatioFor(chart);

    /// <summary>
    /// Room for the bars and their labels of up to three lines, plus a legend when the bars are grouped:
    /// two bars take a third of the width in height, four grouped bars about half, never more than three quarters.
    /// </summary>
    public static float RatioFor(ChartSpec chart) =>
        Math.Clamp(0.16f + 0.08f * chart.Bars.Count + (chart.Groups.Count > 0 ? 0.05f : 0), 0.3f, 0.75f);

    public float HeightFor(float width) => width * HeightRatio;

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
        {
            return SpacePlan.Empty();
        }
        var height = HeightFor(available.Width);
        return height <= available.Height + 0.01f
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Wrap(Messages.ChartDoesNotFit(Describe(), height, available.Height));
    }

    public override void Draw(DrawingContext context, Size available)
    {
        if (_drawn)
        {
            return;
        }
        var area = new Rect(context.X, context.Y, available.Width, HeightFor(available.Width));
        context.Add(new ChartItem(area, Chart, fontFamily, fontPath));
        _drawn = true;
    }

    public override void ResetState() => _drawn = false;

    public override string Describe() => Messages.ChartElement(Chart.Title) + (Source is null ? "" : $" ({Source})");
}
