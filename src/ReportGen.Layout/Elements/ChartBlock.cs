using ReportGen.Localization;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A bar chart as wide as the space offered and as tall as its content needs there (<see cref="BarChartLayout"/>:
/// rows for the wrapped labels, the axis, its caption, the legend). It is drawn whole or not at all (a chart
/// cannot be split), so it moves to the next page when it does not fit; bind it to its caption with
/// <see cref="KeepTogether"/> so the two move together.
/// </summary>
public sealed class ChartBlock(ChartSpec chart, BarChartLayout layout) : Element
{
    private bool _drawn;
    private ArrangedChart? _arranged;

    public ChartSpec Chart { get; } = chart;

    /// <summary>The chart laid out for <paramref name="width"/>; kept, since pagination asks for one width again and again.</summary>
    public ArrangedChart ArrangeFor(float width)
    {
        if (_arranged is null || Math.Abs(_arranged.Width - width) > 0.001f)
        {
            _arranged = layout.Arrange(Chart, width);
        }
        return _arranged;
    }

    public float HeightFor(float width) => ArrangeFor(width).Height;

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
        var arranged = ArrangeFor(available.Width);
        context.Add(new ChartFrame(new Rect(context.X, context.Y, available.Width, arranged.Height), Chart.Name, Chart.Title));
        arranged.Draw(context);
        _drawn = true;
    }

    public override void ResetState() => _drawn = false;

    public override string Describe() => Messages.ChartElement(Chart.Title) + (Source is null ? "" : $" ({Source})");
}
