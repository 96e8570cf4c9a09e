namespace ReportGen.Layout.Output;

/// <summary>How the numbers of a chart's value axis are written (always the vi-VN way: 12.278,27).</summary>
public enum ChartValueFormat
{
    /// <summary>Plain numbers: 0, 10, 20, 1.500.</summary>
    Number,
    /// <summary>Values already in percent units: 13 is written "13%".</summary>
    Percent,
}

/// <summary>
/// One bar: what it stands for, its value, the text printed at its end (already formatted the Vietnamese
/// way, "tăng 13%", "29") and, when bars are grouped, the name of its group ("Trung ương", "Tỉnh").
/// </summary>
public sealed record ChartBar(string Label, double Value, string ValueLabel, string? Group = null);

/// <summary>
/// A bar chart described as plain data: <see cref="Charts.BarChartLayout"/> lays it out into bars, lines and
/// labels for a width, which the PDF backend draws and the web page's SVG writes. Bars are listed top to
/// bottom as they should be read; groups keep the order in which they first appear.
/// </summary>
/// <param name="Name">The name the report uses for it ("awards"), for messages.</param>
/// <param name="Title">
/// What the chart shows ("Số lượng khen thưởng theo cấp"): for messages and accessible descriptions; the
/// reader sees the caption under the chart, so the chart does not print it again.
/// </param>
/// <param name="Bars">The bars, at least one.</param>
public sealed record ChartSpec(string Name, string Title, IReadOnlyList<ChartBar> Bars)
{
    /// <summary>The caption of the value axis ("Số lượng"); none when null.</summary>
    public string? ValueAxisLabel { get; init; }

    /// <summary>How the ticks of the value axis are written.</summary>
    public ChartValueFormat Format { get; init; } = ChartValueFormat.Number;

    /// <summary>Whether the values are counts, so the value axis has whole-number ticks only.</summary>
    public bool WholeNumbers { get; init; }

    /// <summary>The groups in order of first appearance; empty when the bars are not grouped.</summary>
    public IReadOnlyList<string> Groups => Bars.Select(b => b.Group).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>
/// Where a chart stands on a page and what it shows. It draws nothing itself: the chart's bars, lines and
/// labels follow it as ordinary page items, laid out by <see cref="Charts.BarChartLayout"/>. Backends may
/// use it to describe the chart (its title is the alternative text); tests use it to find the chart.
/// </summary>
public sealed record ChartFrame(Rect Area, string Name, string Title) : PageItem;
