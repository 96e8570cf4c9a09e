using System.Globalization;

namespace ReportGen.Benchmarks;

/// <summary>The machine is shared with other builds: every timing is repeated and the median reported.</summary>
public static class Stats
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>"412 (380–450)": the median and the range, so the noise is visible next to the number.</summary>
    public static string MedianAndRange(IReadOnlyCollection<double> values, string format = "0")
    {
        string F(double value) => value.ToString(format, CultureInfo.InvariantCulture);
        return values.Count == 1 ? F(values.First()) : $"{F(Median(values))} ({F(values.Min())}–{F(values.Max())})";
    }

    /// <summary>The least-squares slope of <paramref name="y"/> against <paramref name="x"/> (at least two distinct x).</summary>
    public static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count || x.Distinct().Count() < 2) throw new ArgumentException("a slope needs two distinct x and a y for each");
        var meanX = x.Average();
        var meanY = y.Average();
        var covariance = x.Zip(y, (a, b) => (a - meanX) * (b - meanY)).Sum();
        var variance = x.Sum(a => (a - meanX) * (a - meanX));
        return covariance / variance;
    }
}
