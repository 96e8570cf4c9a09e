using System.Globalization;
using ReportGen.Layout.Output;
using ScottPlot;
using ScottPlot.Rendering.RenderActions;
using ScottPlot.TickGenerators;
using SkiaSharp;
using Color = ScottPlot.Color;

namespace ReportGen.Pdf;

/// <summary>
/// Draws a <see cref="ChartItem"/> with ScottPlot 5 straight onto the page's Skia canvas, so in a PDF the
/// bars and axes are vector paths and every label is real text, set in the booklet's own font. The look is
/// an office print's: no background of its own (the page's white), thin black axes, light grey grid lines,
/// dark blue and grey bars, labels in near-black.
/// </summary>
public static class ChartDrawer
{
    /// <summary>
    /// ScottPlot keeps fonts in process-wide state (its font resolvers and default font): every use of it
    /// here goes through this lock.
    /// </summary>
    internal static readonly object Gate = new();

    private static readonly ChartFonts Registered = ChartFonts.Install();
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private const float TickSize = 10f;
    private const float AxisLabelSize = 10.5f;
    private const float ValueLabelSize = 10f;
    private const float AxisLineWidth = 0.75f;

    /// <summary>One bar colour when bars are not grouped; by group, darkest first for the highest level.</summary>
    private static readonly Color PlainBar = Color.FromHex("#2E4A6B");
    private static readonly Color[] GroupColors =
        [Color.FromHex("#1F3A5F"), Color.FromHex("#5B7A9C"), Color.FromHex("#9AA9B8"), Color.FromHex("#CDD3D9")];
    private static readonly Color Ink = Color.FromHex("#000000");
    private static readonly Color SoftInk = Color.FromHex("#262626");
    private static readonly Color GridGrey = Color.FromHex("#D0D0D0");

    public static void Draw(SKCanvas canvas, ChartItem item)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(item);
        var area = item.Area;
        if (item.Chart.Bars.Count == 0 || area.Width < 1 || area.Height < 1)
        {
            return;
        }
        lock (Gate)
        {
            using var plot = CreatePlot(item.Chart, area.Width, SubsetFontName(item.Chart, item.FontFamily, item.FontPath));
            using var picture = Record(plot, area.Width, area.Height);
            canvas.Save();
            canvas.Translate(area.X, area.Y);
            canvas.DrawPicture(picture);
            canvas.Restore();
        }
    }

    /// <summary>
    /// The plot's drawing from a single render pass. ScottPlot renders again, over what it drew, whenever a
    /// pass changed the layout or limits (its first pass does): on a page that would print every label
    /// twice. So passes are recorded until one render took one pass, and only that recording is kept.
    /// Replaying a picture keeps text as text and paths as paths.
    /// </summary>
    internal static SKPicture Record(Plot plot, float width, float height)
    {
        var rect = new PixelRect(0, width, height, 0);
        var bounds = SKRect.Create(-width, -height, 3 * width, 3 * height);
        return SinglePass(plot, () =>
        {
            using var recorder = new SKPictureRecorder();
            plot.Render(recorder.BeginRecording(bounds), rect);
            return recorder.EndRecording();
        }, picture => picture.Dispose());
    }

    /// <summary>Runs <paramref name="render"/> until ScottPlot rendered the plot in one pass; earlier results are discarded.</summary>
    internal static T SinglePass<T>(Plot plot, Func<T> render, Action<T>? discard = null)
    {
        const int attempts = 4;
        for (var attempt = 1; ; attempt++)
        {
            var before = plot.RenderManager.RenderCount;
            var result = render();
            if (plot.RenderManager.RenderCount - before <= 1 || attempt == attempts)
            {
                return result;
            }
            discard?.Invoke(result);
        }
    }

    /// <summary>
    /// The name ScottPlot knows the font by: the family itself when there is no file (ScottPlot asks the
    /// system for it), otherwise a name bound to that very file, for every style, so a bold or italic
    /// request never falls back to another family.
    /// </summary>
    internal static string FontName(string family, string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return family;
        }
        var name = $"{family} [{Path.GetFileName(path)}#{Hash(path):x16}]";
        Registered.Add(name, () => SKTypeface.FromFile(path));
        return name;
    }

    /// <summary>
    /// For a PDF: a font holding only the glyphs the chart can print (its texts, digits and the signs of
    /// tick labels), as the PDF backend does for body text. Skia would otherwise embed the whole file
    /// (about 200 KB) once more for the chart. Charts with the same characters share one subset.
    /// </summary>
    private static string SubsetFontName(ChartSpec chart, string family, string? path)
    {
        var whole = FontName(family, path);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return whole;
        }
        var text = string.Concat(chart.Bars.SelectMany(b => new[] { b.Label, b.ValueLabel, b.Group ?? "" }))
            + chart.ValueAxisLabel + TickCharacters;
        using var font = new SKFont(Fonts.GetTypeface(whole, bold: false, italic: false));
        var glyphs = font.GetGlyphs(text).Distinct().Order().ToArray();
        var name = $"{whole} subset {Hash(string.Join(",", glyphs)):x16}";
        Registered.Add(name, () =>
        {
            var subset = TrueTypeSubsetter.Subset(File.ReadAllBytes(path), 0, glyphs);
            if (subset is null)
            {
                return SKTypeface.FromFile(path);
            }
            using var data = SKData.CreateCopy(subset);
            return SKTypeface.FromData(data);
        });
        return name;
    }

    /// <summary>What tick labels and shortened labels may print besides the chart's own texts.</summary>
    private const string TickCharacters = "0123456789.,%+-−… ";

    private static ulong Hash(string text)
    {
        // FNV-1a: stable across runs, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>A horizontal bar chart of the spec: categories down the left, values along the bottom.</summary>
    internal static Plot CreatePlot(ChartSpec chart, float width, string fontName)
    {
        var plot = new Plot();
        // The chart is drawn onto a page that already holds text: never clear the canvas (ScottPlot clears
        // it to the figure background by default), and no background either.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.RenderManager.RenderActions.RemoveAll(action => action is ClearCanvas);
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Font.Set(fontName);

        var count = chart.Bars.Count;
        var groups = chart.Groups;
        var categoryWidth = width * 0.36f;
        var labels = chart.Bars.Select(b => Wrap(b.Label, fontName, TickSize, categoryWidth, maxLines: 3)).ToArray();

        // Bars top to bottom in the spec's order: the first bar gets the highest position.
        var bars = chart.Bars.Select((bar, i) => new Bar
        {
            Position = count - 1 - i,
            Value = bar.Value,
            Size = 0.6,
            Label = bar.ValueLabel,
            FillColor = bar.Group is null ? PlainBar : GroupColors[Math.Min(IndexOf(groups, bar.Group), GroupColors.Length - 1)],
            LineWidth = 0,
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        Style(barPlot.ValueLabelStyle, fontName, ValueLabelSize, SoftInk);

        StyleAxes(plot, chart, fontName);
        plot.Axes.Left.TickGenerator = new NumericManual(bars.Select(b => b.Position).ToArray(), labels);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = value => FormatTick(value, chart.Format),
            IntegerTicksOnly = chart.WholeNumbers,
        };

        // Room beyond the bars' ends for their value labels (right of bars that go right, left of those that
        // go left), measured in the chart's font, as a share of the estimated width of the data area.
        var values = chart.Bars.Select(b => b.Value).ToList();
        var max = Math.Max(0, values.Max());
        var min = Math.Min(0, values.Min());
        var span = max - min <= 0 ? 1 : max - min;
        var categoryLabels = labels.SelectMany(l => l.Split('\n')).Max(line => Measure(line, fontName, TickSize));
        var dataWidth = Math.Max(width - categoryLabels - 40, width * 0.3f);
        double Room(IEnumerable<ChartBar> bars) =>
            bars.Select(b => Measure(b.ValueLabel, fontName, ValueLabelSize) + 10.0).DefaultIfEmpty(0).Max() / dataWidth;
        var roomRight = Room(chart.Bars.Where(b => b.Value >= 0));
        var roomLeft = Room(chart.Bars.Where(b => b.Value < 0));
        var scale = Math.Min(roomLeft + roomRight, 0.6) / Math.Max(roomLeft + roomRight, 1e-9);
        var range = span / (1 - (roomLeft + roomRight) * scale);
        plot.Axes.SetLimitsX(min - roomLeft * scale * range, max + roomRight * scale * range);
        plot.Axes.SetLimitsY(-0.5, count - 0.5);
        if (min < 0)
        {
            plot.Add.VerticalLine(0, AxisLineWidth, Ink); // the zero line, when bars go both ways
        }

        if (groups.Count > 0)
        {
            foreach (var group in groups)
            {
                plot.Legend.ManualItems.Add(new LegendItem
                {
                    LabelText = group,
                    FillColor = GroupColors[Math.Min(IndexOf(groups, group), GroupColors.Length - 1)],
                    OutlineWidth = 0,
                });
            }
            plot.Legend.FontName = fontName;
            plot.Legend.FontSize = TickSize;
            plot.Legend.FontColor = SoftInk;
            plot.Legend.OutlineWidth = 0;
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.BackgroundColor = Colors.Transparent;
            plot.Legend.Padding = new PixelPadding(2);
            plot.Legend.Margin = new PixelPadding(0);
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.Legend.TightHorizontalWrapping = true;
            // Under the value axis's caption, close to it: a panel of its own, not over the bars.
            plot.ShowLegend(Edge.Bottom).Padding = new PixelPadding(0, 0, 0, 4);
        }
        return plot;
    }

    private static void StyleAxes(Plot plot, ChartSpec chart, string fontName)
    {
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Top, plot.Axes.Right })
        {
            Style(axis.TickLabelStyle, fontName, TickSize, SoftInk);
            Style(axis.Label, fontName, AxisLabelSize, SoftInk);
            axis.FrameLineStyle.Width = AxisLineWidth;
            axis.FrameLineStyle.Color = Ink;
            axis.MajorTickStyle.Color = Ink;
            axis.MajorTickStyle.Width = AxisLineWidth;
            axis.MajorTickStyle.Length = 3;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Top.FrameLineStyle.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.IsVisible = false;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = chart.ValueAxisLabel ?? "";
        plot.Axes.Title.IsVisible = false;

        plot.Grid.XAxisStyle.MajorLineStyle.Color = GridGrey;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0.5f;
        plot.Grid.XAxisStyle.MinorLineStyle.IsVisible = false;
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    private static void Style(LabelStyle label, string fontName, float size, Color color)
    {
        label.FontName = fontName;
        label.FontSize = size;
        label.Bold = false;
        label.Italic = false;
        label.ForeColor = color;
    }

    /// <summary>Tick labels the Vietnamese way: "1.500", "12,5", "13%".</summary>
    internal static string FormatTick(double value, ChartValueFormat format)
    {
        var rounded = Math.Round(value, 6);
        if (rounded == 0)
        {
            rounded = 0; // never "-0"
        }
        var text = rounded.ToString("#,##0.##", Vietnamese);
        return format == ChartValueFormat.Percent ? text + "%" : text;
    }

    /// <summary>
    /// Breaks a category label into lines no wider than <paramref name="maxWidth"/> at spaces; a label
    /// longer than <paramref name="maxLines"/> lines ends its last line with "…".
    /// </summary>
    internal static string Wrap(string text, string fontName, float size, float maxWidth, int maxLines)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, fontName, size) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        if (lines.Count > maxLines)
        {
            var last = string.Join(" ", lines.Skip(maxLines - 1));
            while (last.Length > 1 && Measure(last + "…", fontName, size) > maxWidth)
            {
                var cut = last.LastIndexOf(' ');
                last = cut > 0 ? last[..cut] : last[..^1];
            }
            lines = [.. lines.Take(maxLines - 1), last.TrimEnd(',', ';', ':', ' ') + "…"];
        }
        return string.Join("\n", lines);
    }

    private static float Measure(string text, string fontName, float size)
    {
        using var font = new SKFont(Fonts.GetTypeface(fontName, bold: false, italic: false), size);
        return font.MeasureText(text);
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

/// <summary>
/// Typefaces the charts ask ScottPlot for by name: put first among ScottPlot's font resolvers, so a name
/// registered here always gets exactly this typeface, in every style. Used under <see cref="ChartDrawer.Gate"/>.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    private readonly Dictionary<string, SKTypeface> _typefaces = new(StringComparer.Ordinal);

    public static ChartFonts Install()
    {
        var fonts = new ChartFonts();
        Fonts.FontResolvers.Insert(0, fonts);
        return fonts;
    }

    /// <summary>Registers a typeface under a name, once; ScottPlot caches it from then on.</summary>
    public void Add(string name, Func<SKTypeface?> create)
    {
        if (!_typefaces.ContainsKey(name) && create() is { } typeface)
        {
            _typefaces[name] = typeface;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        _typefaces.GetValueOrDefault(fontName);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => _typefaces.GetValueOrDefault(fontName);
}
