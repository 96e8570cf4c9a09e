using System.Globalization;
using ReportGen.Layout.Output;

namespace ReportGen.Booklet;

/// <summary>
/// The alternative text of a chart (tagged PDF: a Figure's /Alt): what it shows and its data, bar by bar, with the
/// values as the chart prints them (the booklet's Vietnamese numbers, "tăng 12,5%", "1.250"), so a reader who
/// cannot see the bars hears the same numbers.
/// </summary>
public static class ChartDescription
{
    public static string Of(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var bars = chart.Bars.Select(b => (b.Group is { Length: > 0 } group ? $"{group} – " : "") + $"{b.Label.Trim()} {b.ValueLabel.Trim()}");
        return $"Biểu đồ {LowerFirst(chart.Title.Trim())}: {string.Join("; ", bars)}.";
    }

    /// <summary>"Số lượng khen thưởng …" reads on after "Biểu đồ" as "số lượng …"; an abbreviation ("HĐND …") stays.</summary>
    private static string LowerFirst(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1])
            ? char.ToLower(title[0], CultureInfo.GetCultureInfo("vi-VN")) + title[1..]
            : title;
}
