using System.Globalization;
using System.Text;
using ReportGen.Layout;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf;

/// <summary>
/// The booklet's chart as an SVG element for the web page, written from the very layout the PDF draws
/// (<see cref="BarChartLayout"/>): rectangles for the bars, lines for the axes, grid and ticks, and a
/// &lt;text&gt; for each label, so the labels are real text a reader can select and a screen reader skips
/// for the chart's name. Each text is held to the width the layout measured (<c>textLength</c>), so a
/// browser that substitutes another face still never lets two labels meet.
/// </summary>
public static class ChartSvg
{
    /// <param name="width">The width the chart is laid out for, in CSS pixels (= points here); the height follows from the content.</param>
    /// <param name="fallbackFamilies">Families named after each label's own face ("Times New Roman, serif").</param>
    public static string ToSvg(ChartSpec chart, float width, BarChartLayout layout, string fallbackFamilies = "Times New Roman, serif")
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);

        var arranged = layout.Arrange(chart, width);
        var page = new Page(new Size(width, arranged.Height), 1);
        arranged.Draw(new DrawingContext(page, 0, 0));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(arranged.Height)}\" width=\"{N(width)}\" height=\"{N(arranged.Height)}\" role=\"img\" aria-label=\"{Escape(chart.Title)}\">");
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case FilledRectangle r:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{N(r.Area.X)}\" y=\"{N(r.Area.Y)}\" width=\"{N(r.Area.Width)}\" height=\"{N(r.Area.Height)}\" fill=\"{Hex(r.Fill)}\"/>");
                    break;
                case LineSegment l:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<line x1=\"{N(l.X1)}\" y1=\"{N(l.Y1)}\" x2=\"{N(l.X2)}\" y2=\"{N(l.Y2)}\" stroke=\"{Hex(l.Color)}\" stroke-width=\"{N(l.Thickness)}\"/>");
                    break;
                case GlyphRun t:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<text x=\"{N(t.Left)}\" y=\"{N(Baseline(t))}\" font-family=\"{Escape(t.Face.Family + ", " + fallbackFamilies)}\" font-size=\"{N(t.FontSize)}\" fill=\"{Hex(t.Color)}\" textLength=\"{N(t.Width)}\" lengthAdjust=\"spacingAndGlyphs\">{Escape(t.Text)}</text>");
                    break;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The run's baseline: the y of its glyphs without a vertical offset (marks sit above it).</summary>
    private static float Baseline(GlyphRun run) => run.Y.GroupBy(y => y).MaxBy(g => g.Count())?.Key ?? 0;

    /// <summary>A coordinate with at most two decimals and a point: the same text on every machine.</summary>
    private static string N(float value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Hex(Color color) =>
        "#" + (color.Argb & 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
