using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Charts;

/// <summary>A label placed in a chart: its top-left-relative anchor and how its lines align on it.</summary>
public sealed record PlacedLabel(SetLabel Label, float X, float Top, LabelAlignment Alignment)
{
    /// <summary>The box the label's lines take, relative to the chart's top-left corner.</summary>
    public Rect Box => new(
        Alignment switch
        {
            LabelAlignment.Right => X - Label.Width,
            LabelAlignment.Center => X - Label.Width / 2,
            _ => X,
        },
        Top, Label.Width, Label.Height);
}

/// <summary>
/// A chart laid out for one width: shapes and labels in points from the chart's top-left corner, and its
/// height. Drawing only moves them to where the chart stands on the page, in layers: grid, bars, axes, labels.
/// </summary>
public sealed record ArrangedChart(
    float Width,
    float Height,
    IReadOnlyList<LineSegment> Grid,
    IReadOnlyList<FilledRectangle> Bars,
    IReadOnlyList<LineSegment> Axes,
    IReadOnlyList<PlacedLabel> Labels)
{
    /// <summary>The size the category labels were set at (smaller than the chart's size when they had to shrink).</summary>
    public float CategoryLabelSize { get; init; }

    public void Draw(DrawingContext context)
    {
        if (!context.Draws)
        {
            return;
        }
        foreach (var line in Grid)
        {
            context.Add(Move(line, context));
        }
        foreach (var bar in Bars)
        {
            context.Add(bar with { Area = bar.Area with { X = bar.Area.X + context.X, Y = bar.Area.Y + context.Y } });
        }
        foreach (var line in Axes)
        {
            context.Add(Move(line, context));
        }
        foreach (var label in Labels)
        {
            label.Label.Draw(context, label.X, label.Top, label.Alignment);
        }
    }

    private static LineSegment Move(LineSegment line, DrawingContext context) =>
        line with { X1 = line.X1 + context.X, Y1 = line.Y1 + context.Y, X2 = line.X2 + context.X, Y2 = line.Y2 + context.Y };
}
