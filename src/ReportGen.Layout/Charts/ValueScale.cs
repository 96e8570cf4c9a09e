namespace ReportGen.Layout.Charts;

/// <summary>
/// Where zero stands on the value axis and how many points a unit takes, chosen so the bars are as long as
/// they can be while every value label printed after its bar still ends inside the plot.
/// </summary>
public readonly record struct ValueScale(float Zero, double PointsPerUnit)
{
    public float At(double value) => (float)(Zero + value * PointsPerUnit);

    /// <summary>
    /// What must fit beside a bar: its value, and the width of the label put after its end (0 for none); or,
    /// with <paramref name="Opposite"/>, of the label put on the other side of the zero line, in the bar's
    /// own row (when the bars go both ways and a short bar's side has no room for its label).
    /// </summary>
    public readonly record struct Need(double Value, float LabelWidth, bool Opposite = false);

    /// <param name="left">The plot's left edge.</param>
    /// <param name="right">The plot's right edge.</param>
    /// <param name="gap">Space between a bar's end and its label.</param>
    public static ValueScale Fit(IReadOnlyList<Need> needs, float left, float right, float gap)
    {
        var hasNegative = needs.Any(n => n.Value < 0);
        var hasPositive = needs.Any(n => n.Value > 0);
        if (!hasNegative)
        {
            return new ValueScale(left, Scale(needs, left, left, right, gap));
        }
        if (!hasPositive)
        {
            return new ValueScale(right, Scale(needs, right, left, right, gap));
        }
        // The scale the right side allows falls as zero moves right, the left side's rises: halve the interval
        // to where they meet. A label across the zero line only bounds where zero may stand.
        float low = left, high = right;
        foreach (var need in needs.Where(n => n.Opposite && n.LabelWidth > 0))
        {
            if (need.Value < 0)
            {
                high = Math.Min(high, right - gap - need.LabelWidth);
            }
            else
            {
                low = Math.Max(low, left + gap + need.LabelWidth);
            }
        }
        if (low > high)
        {
            low = high = (low + high) / 2;
        }
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            var rightward = Scale(needs.Where(n => n.Value >= 0).ToList(), middle, left, right, gap);
            var leftward = Scale(needs.Where(n => n.Value < 0).ToList(), middle, left, right, gap);
            if (rightward > leftward)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        var zero = (low + high) / 2;
        return new ValueScale(zero, Scale(needs, zero, left, right, gap));
    }

    /// <summary>The largest scale at which every bar and its label fit between the edges, zero at <paramref name="zero"/>.</summary>
    private static double Scale(IReadOnlyList<Need> needs, float zero, float left, float right, float gap)
    {
        var scale = double.PositiveInfinity;
        foreach (var need in needs)
        {
            var label = need.LabelWidth > 0 && !need.Opposite ? gap + need.LabelWidth : 0;
            if (need.Value > 0)
            {
                scale = Math.Min(scale, Math.Max(0, right - zero - label) / need.Value);
            }
            else if (need.Value < 0)
            {
                scale = Math.Min(scale, Math.Max(0, zero - left - label) / -need.Value);
            }
        }
        return double.IsPositiveInfinity(scale) ? 1 : scale;
    }
}
