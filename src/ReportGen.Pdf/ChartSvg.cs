using System.Globalization;
using System.Text;
using ReportGen.Layout;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf;

/// <summary>
/// The booklet's chart as an SVG element for the web page, written from the layout the PDF draws
/// (<see cref="BarChartLayout"/>): a white background, rectangles for the bars, lines for the axes, grid and
/// ticks, and a &lt;text&gt; for each label, so the labels are real text a reader can select. The SVG is an
/// image to assistive technology (<c>role="img"</c>) named by its &lt;title&gt; and described by a &lt;desc&gt;
/// that lists each bar's label and value. Each text is held to the width the layout measured
/// (<c>textLength</c>), so a browser that substitutes another face still never lets two labels meet.
/// Every number is invariant (a point, at most two decimals) and finite: the SVG parses in the strictest
/// engine.
/// </summary>
public static class ChartSvg
{
    /// <summary>The smallest text of a web chart, in CSS pixels, where it is shown at its own size or larger.</summary>
    public const float WebMinimumSize = 12f;

    /// <summary>The size of a web chart's labels (CSS pixels) while they fit; they shrink to <see cref="WebMinimumSize"/>.</summary>
    public const float WebSize = 13f;

    /// <summary>
    /// The phone variant's width (CSS pixels): a 360 px screen's column (328 px) shows it at a scale of
    /// about 1, and the page style lets it grow, never shrink, up to the wide variant's breakpoint.
    /// </summary>
    public const int NarrowWidth = 320;

    /// <summary>
    /// The wide variant's width (CSS pixels), shown at its own size from <see cref="WideBreakpoint"/> on
    /// (templates/_page-style.html.sbn).
    /// </summary>
    public const int WideWidth = 600;

    /// <summary>The least viewport width at which the wide variant is shown: its width and the page's padding.</summary>
    public const int WideBreakpoint = WideWidth + 32;

    /// <summary>The CSS classes of the two variants (the page style shows one and hides the other).</summary>
    public const string NarrowClass = "rg-chart-narrow", WideClass = "rg-chart-wide";

    /// <summary>
    /// The chart for a web page: two SVGs from the same data, laid out at the web's sizes (text at least
    /// <see cref="WebMinimumSize"/> px): a narrow one with each category label above its bar, and a wide one with
    /// the labels in a column, as in the booklet. The page's style shows one of them (the other is
    /// <c>display: none</c>, so assistive technology meets the chart once).
    /// </summary>
    /// <param name="id">
    /// Unique on the page ("rg-chart-1"): the ids of the descriptions are made from it (<c>-narrow-desc</c>,
    /// <c>-wide-desc</c>), for <c>aria-describedby</c>.
    /// </param>
    public static string ForWebPage(ChartSpec chart, BarChartLayout layout, string id, string fallbackFamilies = "Times New Roman, serif")
    {
        ArgumentNullException.ThrowIfNull(layout);
        var web = layout.Style with { Size = WebSize, MinimumSize = WebMinimumSize };
        return ToSvg(chart, NarrowWidth, layout.WithStyle(web with { LabelsAbove = true }), fallbackFamilies, NarrowClass, id + "-narrow")
            + ToSvg(chart, WideWidth, layout.WithStyle(web), fallbackFamilies, WideClass, id + "-wide");
    }

    /// <param name="width">The width the chart is laid out for, in CSS pixels (= points here); the height follows from the content.</param>
    /// <param name="fallbackFamilies">Families named after each label's own face ("Times New Roman, serif").</param>
    /// <param name="cssClass">The class of the &lt;svg&gt; element; none when null.</param>
    /// <param name="id">
    /// When given (unique on the page), the &lt;desc&gt; gets the id <c>{id}-desc</c> and the SVG points to it with
    /// <c>aria-describedby</c>: browsers and screen readers that do not read an SVG's &lt;desc&gt; by themselves do then.
    /// </param>
    public static string ToSvg(ChartSpec chart, float width, BarChartLayout layout, string fallbackFamilies = "Times New Roman, serif", string? cssClass = null,
        string? id = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);

        var arranged = layout.Arrange(chart, width);
        var page = new Page(new Size(width, arranged.Height), 1);
        arranged.Draw(new DrawingContext(page, 0, 0));

        var svg = new StringBuilder();
        var classAttribute = cssClass is null ? "" : $" class=\"{XmlText.Escape(cssClass)}\"";
        var describedBy = id is null ? "" : $" aria-describedby=\"{XmlText.Escape(id)}-desc\"";
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(arranged.Height)}\" width=\"{N(width)}\" height=\"{N(arranged.Height)}\"{classAttribute} role=\"img\"{describedBy}>");
        svg.Append("<title>").Append(XmlText.Escape(chart.Title)).Append("</title>");
        svg.Append(id is null ? "<desc>" : $"<desc id=\"{XmlText.Escape(id)}-desc\">").Append(XmlText.Escape(Description(chart))).Append("</desc>");
        // The chart's own white ground: a page darkened by the browser leaves the chart as drawn.
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(arranged.Height)}\" fill=\"#FFFFFF\"/>");
        // Each face's family list, escaped, made once per chart (every label of a face names the same).
        var families = new Dictionary<string, string>(StringComparer.Ordinal);
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
                        $"<text x=\"{N(t.Left)}\" y=\"{N(Baseline(t))}\" font-family=\"{FamiliesOf(t.Face.Family)}\" font-size=\"{N(t.FontSize)}\" fill=\"{Hex(t.Color)}\" textLength=\"{N(t.Width)}\" lengthAdjust=\"spacingAndGlyphs\">{XmlText.Escape(t.Text)}</text>");
                    break;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();

        string FamiliesOf(string family)
        {
            if (!families.TryGetValue(family, out var list))
            {
                list = XmlText.Escape(Families(family, fallbackFamilies));
                families.Add(family, list);
            }
            return list;
        }
    }

    /// <summary>What the chart says, for a screen reader: each bar's label (its group) and value, in order.</summary>
    public static string Description(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var bars = chart.Bars.Select(b => b.Group is null ? $"{b.Label}: {b.ValueLabel}" : $"{b.Label} ({b.Group}): {b.ValueLabel}");
        var axis = string.IsNullOrWhiteSpace(chart.ValueAxisLabel) ? "" : chart.ValueAxisLabel.Trim() + ". ";
        return axis + string.Join("; ", bars) + ".";
    }

    /// <summary>
    /// A CSS font-family list: the face's family first, then the fallbacks; names quoted unless generic, no
    /// empty entry (so never a trailing comma).
    /// </summary>
    public static string Families(string family, string fallbackFamilies)
    {
        string[] generic = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"];
        var names = new[] { family }.Concat(fallbackFamilies.Split(','))
            .Select(n => n.Trim().Trim('\'', '"').Replace("'", "", StringComparison.Ordinal).Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => generic.Contains(n, StringComparer.OrdinalIgnoreCase) ? n.ToLowerInvariant() : $"'{n}'");
        return string.Join(", ", names);
    }

    /// <summary>The run's baseline: the y of its glyphs without a vertical offset (marks sit above it): the most common, the first of those as common.</summary>
    private static float Baseline(GlyphRun run)
    {
        if (run.Y is not { } ys)
        {
            return run.Baseline;
        }
        var (baseline, most) = (0f, 0);
        for (var i = 0; i < ys.Length; i++)
        {
            // Each value counted at its first place only (a label's run has a few dozen glyphs).
            if (Array.IndexOf(ys, ys[i]) < i)
            {
                continue;
            }
            var count = 0;
            for (var j = i; j < ys.Length; j++)
            {
                count += ys[j] == ys[i] ? 1 : 0;
            }
            if (count > most)
            {
                (baseline, most) = (ys[i], count);
            }
        }
        return baseline;
    }

    private static string N(float value) => Coordinate(value);

    /// <summary>
    /// A coordinate as the SVG writes it: rounded to two decimals and written as <c>"0.##"</c> writes that, with a point
    /// and never "-0"; the same text on every machine. NaN or an infinity is a layout gone wrong and throws.
    /// </summary>
    /// <remarks>
    /// The hundredths are written as an integer with a point put in: the custom format's slow path was a quarter of
    /// making a chart's SVG (0,5 % of a 100-meeting build's samples; docs/benchmarks.md, "Issue 19, session 22").
    /// </remarks>
    public static string Coordinate(float value)
    {
        if (!float.IsFinite(value))
        {
            throw new InvalidOperationException($"A chart coordinate is {value}: the layout went wrong.");
        }
        var rounded = Math.Round(value, 2);
        if (Math.Abs(rounded) >= 1e12)
        {
            var text = rounded.ToString("0.##", CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }
        var hundredths = (long)Math.Round(rounded * 100);
        if (hundredths == 0)
        {
            return "0";
        }
        Span<char> digits = stackalloc char[24];
        var length = 0;
        if (hundredths < 0)
        {
            digits[length++] = '-';
            hundredths = -hundredths;
        }
        (hundredths / 100).TryFormat(digits[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        var fraction = (int)(hundredths % 100);
        if (fraction != 0)
        {
            digits[length++] = '.';
            digits[length++] = (char)('0' + fraction / 10);
            if (fraction % 10 != 0)
            {
                digits[length++] = (char)('0' + fraction % 10);
            }
        }
        return new string(digits[..length]);
    }

    private static string Hex(Color color) =>
        "#" + (color.Argb & 0xFFFFFF).ToString("X6", CultureInfo.InvariantCulture);
}
