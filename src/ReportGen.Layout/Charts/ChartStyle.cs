namespace ReportGen.Layout.Charts;

/// <summary>
/// How a chart looks: an office print's. No background of its own (the page's white), thin black axes,
/// light grey grid lines, dark blue bars (by group, darkest for the highest level, then greys), labels in
/// near-black. Sizes are in points; the theme chooses <see cref="Size"/> and <see cref="MinimumSize"/>.
/// </summary>
public sealed record ChartStyle
{
    /// <summary>The size of every label while the category labels fit in at most <see cref="MaxLabelLines"/> lines.</summary>
    public float Size { get; init; } = 10f;

    /// <summary>
    /// The smallest size category labels may shrink to before they are shortened with "…"; the print copy
    /// keeps it at its minimum for small text (9,5 pt).
    /// </summary>
    public float MinimumSize { get; init; } = 7.5f;

    /// <summary>How much the size of the category labels goes down at each try.</summary>
    public float SizeStep { get; init; } = 0.5f;

    /// <summary>The value axis's caption is a little larger than the ticks, as a caption is.</summary>
    public float CaptionSize => Size + 0.5f;

    public int MaxLabelLines { get; init; } = 3;

    /// <summary>
    /// Category labels on their own lines above each bar, across the plot's width, instead of in a column left
    /// of the bars: for a narrow screen, where a column would leave the bars no room. The booklet never sets it.
    /// </summary>
    public bool LabelsAbove { get; init; }

    /// <summary>The most of the chart's width the category labels may take; the rest is for the bars.</summary>
    public float MaxLabelShare { get; init; } = 0.4f;

    /// <summary>Line height of wrapped category labels, as a multiple of their size.</summary>
    public float LabelLineHeight { get; init; } = 1.15f;

    /// <summary>Distance from one bar's centre to the next, in multiples of <see cref="Size"/>, before labels need more.</summary>
    public float BasePitch { get; init; } = 2.8f;

    /// <summary>A bar's thickness as a share of <see cref="BasePitch"/>: the bar keeps it when labels make the rows taller.</summary>
    public float BarShare { get; init; } = 0.6f;

    /// <summary>Space between a label and what it labels (axis, bar end, tick).</summary>
    public float Gap { get; init; } = 4f;

    public float AxisWidth { get; init; } = 0.75f;
    public float GridWidth { get; init; } = 0.5f;
    public float TickLength { get; init; } = 3f;

    /// <summary>The least distance between two value-axis ticks; more when their labels need it.</summary>
    public float MinTickSpacing { get; init; } = 28f;

    public Color Ink { get; init; } = Color.Parse("#000000");
    public Color LabelInk { get; init; } = Color.Parse("#262626");
    public Color GridInk { get; init; } = Color.Parse("#D0D0D0");

    /// <summary>The value printed inside a bar, when there is no room after it.</summary>
    public Color InsideLabelInk { get; init; } = Color.Parse("#FFFFFF");

    /// <summary>The one bar colour when bars are not grouped.</summary>
    public Color PlainBar { get; init; } = Color.Parse("#2E4A6B");

    /// <summary>Bar colours by group, in the groups' order; the last repeats for further groups.</summary>
    public IReadOnlyList<Color> GroupBars { get; init; } =
        [Color.Parse("#1F3A5F"), Color.Parse("#5B7A9C"), Color.Parse("#9AA9B8"), Color.Parse("#CDD3D9")];

    public Color GroupColor(int index) => GroupBars[Math.Min(index, GroupBars.Count - 1)];
}
