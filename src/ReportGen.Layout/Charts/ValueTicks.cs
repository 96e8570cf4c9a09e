using System.Globalization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Charts;

/// <summary>The numbers of the value axis: round steps (1, 2, 5 × 10ⁿ), written the Vietnamese way.</summary>
public static class ValueTicks
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Tick labels the Vietnamese way: "1.500", "12,5", "13%"; never "-0".</summary>
    public static string Format(double value, ChartValueFormat format)
    {
        var rounded = Math.Round(value, 6);
        if (rounded == 0)
        {
            rounded = 0;
        }
        var text = rounded.ToString("#,##0.##", Vietnamese);
        return format == ChartValueFormat.Percent ? text + "%" : text;
    }

    /// <summary>
    /// Round steps from small to large for values spanning <paramref name="span"/>: from about a hundredth of
    /// the span up to the span and beyond; no step below 1 for whole numbers.
    /// </summary>
    public static IEnumerable<double> CandidateSteps(double span, bool wholeNumbers)
    {
        span = span > 0 ? span : 1;
        var exponent = (int)Math.Floor(Math.Log10(span)) - 2;
        for (var e = exponent; e <= exponent + 4; e++)
        {
            foreach (var m in new[] { 1d, 2d, 5d })
            {
                var step = m * Math.Pow(10, e);
                if (!wholeNumbers || step >= 1)
                {
                    yield return step;
                }
            }
        }
    }

    /// <summary>The multiples of <paramref name="step"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static IReadOnlyList<double> Multiples(double step, double from, double to)
    {
        var ticks = new List<double>();
        var first = Math.Ceiling(from / step - 1e-9);
        for (var i = first; i * step <= to + step * 1e-9; i++)
        {
            ticks.Add(Math.Round(i * step, 10));
        }
        return ticks;
    }
}
