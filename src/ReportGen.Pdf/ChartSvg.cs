using System.Text.RegularExpressions;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf;

/// <summary>
/// The same chart as the booklet's, as an SVG element for the web page: the plot is built by
/// <see cref="ChartDrawer"/> and written by ScottPlot's SVG export, so the labels are SVG text.
/// </summary>
public static partial class ChartSvg
{
    /// <summary>
    /// An &lt;svg&gt; element (no XML declaration) drawn for <paramref name="width"/> × <paramref name="height"/>
    /// pixels that scales to its container (viewBox), labelled with the chart's title for screen readers.
    /// </summary>
    /// <param name="fontFamily">The family the labels are measured and set in ("Liberation Serif"); the SVG
    /// names it first, then Times New Roman and the browser's serif.</param>
    /// <param name="fontPath">The font file, when known; otherwise the system is asked for the family.</param>
    public static string ToSvg(ChartSpec chart, int width, int height, string fontFamily, string? fontPath = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(fontFamily);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);

        string xml;
        if (chart.Bars.Count == 0)
        {
            xml = $"<svg width=\"{width}\" height=\"{height}\"></svg>";
        }
        else
        {
            lock (ChartDrawer.Gate)
            {
                using var plot = ChartDrawer.CreatePlot(chart, width, ChartDrawer.FontName(fontFamily, fontPath));
                // GetSvgXml settles the layout itself: each label is written once (a test checks it).
                xml = plot.GetSvgXml(width, height);
            }
        }

        var start = xml.IndexOf("<svg", StringComparison.Ordinal);
        xml = start > 0 ? xml[start..] : xml;
        var title = Attribute(chart.Title);
        xml = SvgOpening().Replace(xml,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{title}\"",
            1);
        var families = Attribute($"{fontFamily}, Times New Roman, serif");
        return RenumberIds(FontFamily().Replace(xml, $"font-family=\"{families}\""), chart.Name);
    }

    /// <summary>
    /// Skia numbers clip paths with a counter that lives as long as the process (cl_a, cl_b …), so the same
    /// chart got other ids in a second build. Ids become the chart's name and their order in this SVG:
    /// the same on every build, and distinct between the charts of one page.
    /// </summary>
    private static string RenumberIds(string xml, string chartName)
    {
        var prefix = "rg-" + NonIdCharacters().Replace(chartName, "-");
        var ids = IdAttribute().Matches(xml).Select(m => m.Groups[1].Value).Distinct().ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            var fresh = $"{prefix}-{i + 1}";
            xml = xml.Replace($"id=\"{ids[i]}\"", $"id=\"{fresh}\"", StringComparison.Ordinal)
                     .Replace($"url(#{ids[i]})", $"url(#{fresh})", StringComparison.Ordinal)
                     .Replace($"href=\"#{ids[i]}\"", $"href=\"#{fresh}\"", StringComparison.Ordinal);
        }
        return xml;
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NonIdCharacters();

    private static string Attribute(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>The opening of the root element up to its attributes' end, whatever Skia wrote in it.</summary>
    [GeneratedRegex("<svg\\b[^>]*?(?=/?>)")]
    private static partial Regex SvgOpening();

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamily();
}
