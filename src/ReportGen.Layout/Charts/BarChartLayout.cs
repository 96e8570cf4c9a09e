using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Charts;

/// <summary>
/// Lays out a horizontal bar chart for a width: category labels down the left (right-aligned against the
/// axis, wrapped, shrunk or shortened by <see cref="CategoryLabels"/>), or each above its bar across the
/// plot's width when the style says so (<see cref="ChartStyle.LabelsAbove"/>, for narrow screens), bars from the value axis in the
/// spec's order top to bottom, the value after each bar's end (inside it, in white, when that gives the
/// bars more room), the value axis along the bottom with round ticks, its caption, and a legend of the
/// groups. Rows are as tall as the tallest label needs, so labels never meet; the chart is as tall as its
/// content. Everything is plain page data, shaped by the engine like body text.
/// </summary>
public sealed class BarChartLayout(ParagraphSetter setter, ChartStyle style)
{
    private readonly LabelSetter _labels = new(setter, style.LabelLineHeight);

    public ChartStyle Style { get; } = style;

    /// <summary>The same engine (shaping, fonts) with another style: the web page's sizes, labels above the bars.</summary>
    public BarChartLayout WithStyle(ChartStyle other) => new(setter, other);

    public ArrangedChart Arrange(ChartSpec chart, float width)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfZero(chart.Bars.Count);
        var size = Style.Size;
        var gap = Style.Gap;
        var groups = chart.Groups;

        // Room after the axis's end for half the number of a tick there, so the last tick keeps its number.
        var tickRoom = _labels.Single(ValueTicks.Format(RoundUp(chart.Bars.Max(b => Math.Abs(b.Value))), chart.Format), size, Style.LabelInk).Width / 2;
        var plotRight = width - tickRoom;
        var above = Style.LabelsAbove;
        // Beside the bars: a column on the left. Above them: the plot's whole width, the axis's first number kept in.
        var plotLeft = above ? tickRoom : 0;
        var categories = CategoryLabels.Set([.. chart.Bars.Select(b => b.Label)], _labels, Style, above ? width - plotLeft - gap : width * Style.MaxLabelShare);
        if (!above)
        {
            plotLeft = categories.Max(l => l.Width) + gap;
        }

        var basePitch = Style.BasePitch * size;
        var thickness = basePitch * Style.BarShare;
        var plotTop = size / 2;
        var rows = above ? RowsWithLabelsAbove(categories, plotTop, thickness) : RowsWithLabelsBeside(categories, plotTop, basePitch);
        var plotBottom = rows[^1].Bottom;

        var values = chart.Bars.Select(b => _labels.Single(b.ValueLabel, size, Style.LabelInk)).ToList();
        var (scale, placement) = PlaceValues(chart, values, plotLeft, plotRight);

        var grid = new List<LineSegment>();
        var bars = new List<FilledRectangle>();
        var axes = new List<LineSegment>();
        var placed = new List<PlacedLabel>();

        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var (centre, labelTop, _) = rows[i];
            var label = categories[i];
            placed.Add(above
                ? new PlacedLabel(label, plotLeft + gap, labelTop, LabelAlignment.Left)
                : new PlacedLabel(label, plotLeft - gap, labelTop, LabelAlignment.Right));

            var start = scale.At(Math.Min(0, bar.Value));
            var end = scale.At(Math.Max(0, bar.Value));
            var fill = bar.Group is null ? Style.PlainBar : Style.GroupColor(IndexOf(groups, bar.Group));
            if (end - start > 0.01f)
            {
                bars.Add(new FilledRectangle(new Rect(start, centre - thickness / 2, end - start, thickness), fill));
            }
            var value = placement[i] == ValuePlacement.Inside ? _labels.Single(bar.ValueLabel, size, Style.InsideLabelInk) : values[i];
            var negative = bar.Value < 0;
            var (x, alignment) = placement[i] switch
            {
                ValuePlacement.Inside when negative => (start + gap, LabelAlignment.Left),
                ValuePlacement.Inside => (end - gap, LabelAlignment.Right),
                ValuePlacement.Opposite when negative => (scale.Zero + gap, LabelAlignment.Left),
                ValuePlacement.Opposite => (scale.Zero - gap, LabelAlignment.Right),
                _ when negative => (start - gap, LabelAlignment.Right),
                _ => (end + gap, LabelAlignment.Left),
            };
            placed.Add(new PlacedLabel(value, x, centre - value.Height / 2, alignment));
        }

        // The value axis: ticks, their grid lines and numbers.
        var tickTop = plotBottom + Style.TickLength + 1;
        var ticks = Ticks(chart, scale, plotLeft, plotRight, width);
        foreach (var (x, text) in ticks)
        {
            if (Math.Abs(x - plotLeft) > 0.5f && !above)
            {
                grid.Add(new LineSegment(x, plotTop, x, plotBottom, Style.GridWidth, Style.GridInk));
            }
            else if (Math.Abs(x - plotLeft) > 0.5f)
            {
                // Labels above the bars: the grid only across the bars' bands, never through a label.
                grid.AddRange(rows.Select(r => new LineSegment(x, r.Centre - thickness / 2 - gap / 2, x, r.Bottom, Style.GridWidth, Style.GridInk)));
            }
            axes.Add(new LineSegment(x, plotBottom, x, plotBottom + Style.TickLength, Style.AxisWidth, Style.Ink));
            placed.Add(new PlacedLabel(text, x, tickTop, LabelAlignment.Center));
        }
        var bottom = ticks.Count > 0 ? tickTop + ticks.Max(t => t.Label.Height) : plotBottom + Style.TickLength;
        axes.Add(new LineSegment(plotLeft, plotTop, plotLeft, plotBottom, Style.AxisWidth, Style.Ink));
        axes.Add(new LineSegment(plotLeft, plotBottom, plotRight, plotBottom, Style.AxisWidth, Style.Ink));
        if (Math.Abs(scale.Zero - plotLeft) > 0.5f)
        {
            axes.Add(new LineSegment(scale.Zero, plotTop, scale.Zero, plotBottom, Style.AxisWidth, Style.Ink)); // bars go both ways
        }

        var plotCentre = (plotLeft + plotRight) / 2;
        if (!string.IsNullOrWhiteSpace(chart.ValueAxisLabel))
        {
            var caption = _labels.Shorten(chart.ValueAxisLabel, Style.CaptionSize, Style.LabelInk, width, maxLines: 2);
            placed.Add(new PlacedLabel(caption, Centred(plotCentre, caption.Width, width), bottom + 1, LabelAlignment.Center));
            bottom += 1 + caption.Height;
        }

        if (groups.Count > 0)
        {
            var legend = ChartLegend.Arrange(groups, _labels, Style, width, plotCentre, bottom + gap);
            bars.AddRange(legend.Swatches);
            placed.AddRange(legend.Labels);
            bottom = legend.Bottom;
        }

        return new ArrangedChart(width, bottom + 1, grid, bars, axes, placed) { CategoryLabelSize = categories[0].Size };
    }

    /// <summary>A bar's row: the bar's centre, the top of its category label, the row's bottom.</summary>
    private readonly record struct Row(float Centre, float LabelTop, float Bottom);

    /// <summary>
    /// Rows with the label left of the bar: at least the base pitch, more when a wrapped label is taller (all
    /// rows alike); the label centred on its bar.
    /// </summary>
    private Row[] RowsWithLabelsBeside(IReadOnlyList<SetLabel> categories, float top, float basePitch)
    {
        var pitch = Math.Max(basePitch, categories.Max(l => l.Height) + Style.Size * 0.6f);
        return [.. categories.Select((label, i) =>
        {
            var centre = top + pitch * (i + 0.5f);
            return new Row(centre, centre - label.Height / 2, top + pitch * (i + 1));
        })];
    }

    /// <summary>
    /// Rows with the label on its own lines above the bar (<see cref="ChartStyle.LabelsAbove"/>): each row as tall
    /// as its label, a small gap, the bar and the space between rows.
    /// </summary>
    private Row[] RowsWithLabelsAbove(IReadOnlyList<SetLabel> categories, float top, float thickness)
    {
        var rows = new Row[categories.Count];
        var between = Style.Size * 0.5f;
        var y = top;
        for (var i = 0; i < rows.Length; i++)
        {
            var labelTop = y + (i == 0 ? 0 : between / 2);
            var centre = labelTop + categories[i].Height + Style.Gap / 2 + thickness / 2;
            y = centre + thickness / 2 + between / 2;
            rows[i] = new Row(centre, labelTop, y);
        }
        return rows;
    }

    /// <summary>The value rounded up to one significant digit (29 → 30, 1.240 → 2.000): a tick the axis may end near.</summary>
    private static double RoundUp(double value)
    {
        if (value <= 0)
        {
            return 0;
        }
        var unit = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return Math.Ceiling(value / unit) * unit;
    }

    /// <summary>The x at which a centred box of <paramref name="boxWidth"/> stays inside 0 … <paramref name="width"/>.</summary>
    internal static float Centred(float x, float boxWidth, float width) =>
        boxWidth >= width ? width / 2 : Math.Clamp(x, boxWidth / 2, width - boxWidth / 2);

    private enum ValuePlacement
    {
        /// <summary>After the bar's end, in the label colour.</summary>
        After,
        /// <summary>Inside the bar at its end, in white.</summary>
        Inside,
        /// <summary>Across the zero line, in the bar's row, when the bars go both ways.</summary>
        Opposite,
    }

    /// <summary>
    /// The scale, and where each value label goes. After its bar when that leaves the longest bar at least half
    /// the plot; otherwise inside the bars that can hold it; and when bars go both ways and the plot is still
    /// too narrow, the labels of the side with fewer bars go across the zero line.
    /// </summary>
    private (ValueScale Scale, ValuePlacement[] Placement) PlaceValues(ChartSpec chart, IReadOnlyList<SetLabel> values, float left, float right)
    {
        var gap = Style.Gap;
        var count = chart.Bars.Count;
        ValueScale Fit(ValuePlacement[] placement) => ValueScale.Fit(
            [.. chart.Bars.Select((b, i) => new ValueScale.Need(b.Value, placement[i] == ValuePlacement.Inside ? 0 : values[i].Width, placement[i] == ValuePlacement.Opposite))],
            left, right, gap);
        var longest = chart.Bars.Max(b => Math.Abs(b.Value));
        double Reach(ValueScale scale) => scale.PointsPerUnit * longest;

        var best = new ValuePlacement[count];
        var bestScale = Fit(best);
        if (longest <= 0 || Reach(bestScale) >= (right - left) / 2)
        {
            return (bestScale, best);
        }

        var mixed = WithInside(chart, values, left, right, new ValuePlacement[count], Fit);
        if (Fit(mixed).PointsPerUnit > bestScale.PointsPerUnit)
        {
            (best, bestScale) = (mixed, Fit(mixed));
        }
        var negatives = chart.Bars.Count(b => b.Value < 0);
        var positives = chart.Bars.Count(b => b.Value > 0);
        if (negatives > 0 && positives > 0 && Reach(bestScale) < (right - left) / 4)
        {
            var across = new ValuePlacement[count];
            for (var i = 0; i < count; i++)
            {
                var fewer = negatives <= positives ? chart.Bars[i].Value < 0 : chart.Bars[i].Value > 0;
                across[i] = fewer ? ValuePlacement.Opposite : ValuePlacement.After;
            }
            across = WithInside(chart, values, left, right, across, Fit);
            if (Fit(across).PointsPerUnit > bestScale.PointsPerUnit)
            {
                (best, bestScale) = (across, Fit(across));
            }
        }
        return (bestScale, best);
    }

    /// <summary>
    /// Labels after their bar go inside it when it could hold them at the longest bars possible; then out again,
    /// one by one, those that no longer fit once the other labels took their room (each one out shortens the bars).
    /// </summary>
    private ValuePlacement[] WithInside(ChartSpec chart, IReadOnlyList<SetLabel> values, float left, float right, ValuePlacement[] placement,
        Func<ValuePlacement[], ValueScale> fit)
    {
        var gap = Style.Gap;
        var bare = ValueScale.Fit([.. chart.Bars.Select(b => new ValueScale.Need(b.Value, 0))], left, right, gap);
        bool Holds(int i, ValueScale scale) => Math.Abs(chart.Bars[i].Value) * scale.PointsPerUnit >= values[i].Width + 2 * gap;
        var result = (ValuePlacement[])placement.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] == ValuePlacement.After && Holds(i, bare))
            {
                result[i] = ValuePlacement.Inside;
            }
        }
        var scale = fit(result);
        while (Enumerable.Range(0, result.Length).FirstOrDefault(j => result[j] == ValuePlacement.Inside && !Holds(j, scale), -1) is var failing and >= 0)
        {
            result[failing] = placement[failing];
            scale = fit(result);
        }
        return result;
    }

    /// <summary>
    /// Round ticks across the plot, as many as fit: the smallest round step whose numbers keep a space
    /// between them and at least <see cref="ChartStyle.MinTickSpacing"/> apart; whole steps for counts.
    /// Numbers that would leave the chart's width are not printed.
    /// </summary>
    private List<(float X, SetLabel Label)> Ticks(ChartSpec chart, ValueScale scale, float left, float right, float width)
    {
        var from = (left - scale.Zero) / scale.PointsPerUnit;
        var to = (right - scale.Zero) / scale.PointsPerUnit;
        List<(float X, SetLabel Label)> ticks = [];
        var steps = ValueTicks.CandidateSteps(to - from, chart.WholeNumbers).ToList();
        // A number is set once, though several steps print it (0, 10, 20 … again at 20, 40 …).
        var labels = new Dictionary<double, SetLabel>();
        SetLabel Label(double value)
        {
            if (!labels.TryGetValue(value, out var label))
            {
                label = _labels.Single(ValueTicks.Format(value, chart.Format), Style.Size, Style.LabelInk);
                labels.Add(value, label);
            }
            return label;
        }
        for (var s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            var spacing = step * scale.PointsPerUnit;
            // A step too fine for MinTickSpacing is never taken, whatever its numbers: they are not set (the smallest
            // steps have a hundred ticks; setting their numbers was half the charts' layout time). The last step's
            // ticks are set anyway: without a taken step, its first tick is the answer.
            if (spacing < Style.MinTickSpacing - 0.01f && s < steps.Count - 1)
            {
                continue;
            }
            ticks = [.. ValueTicks.Multiples(step, from, to)
                .Select(v => (X: scale.At(v), Label: Label(v)))
                .Where(t => t.X - t.Label.Width / 2 >= -0.01f && t.X + t.Label.Width / 2 <= width + 0.01f)];
            var apart = ticks.Zip(ticks.Skip(1)).All(p => p.Second.X - p.First.X >= (p.First.Label.Width + p.Second.Label.Width) / 2 + 2 * Style.Gap);
            if (spacing >= Style.MinTickSpacing - 0.01f && apart)
            {
                return ticks;
            }
        }
        return ticks.Count > 0 ? [ticks[0]] : ticks;
    }

    private static int IndexOf(IReadOnlyList<string> groups, string group)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (string.Equals(groups[i], group, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return 0;
    }
}
