using ReportGen.Layout.Output;

namespace ReportGen.Layout.Charts;

/// <summary>
/// The legend of a grouped bar chart: a swatch of each group's colour and its name, in the groups' order,
/// in rows as wide as the chart allows, each row centred under the plot.
/// </summary>
public static class ChartLegend
{
    public sealed record Arranged(IReadOnlyList<FilledRectangle> Swatches, IReadOnlyList<PlacedLabel> Labels, float Bottom);

    public static Arranged Arrange(IReadOnlyList<string> groups, LabelSetter setter, ChartStyle style, float width, float centre, float top)
    {
        var size = style.Size;
        var swatchWidth = 2 * size;
        var swatchHeight = 0.7f * size;
        var itemGap = 1.5f * size;
        var items = groups.Select((g, i) => (Label: setter.Shorten(g, size, style.LabelInk, width - swatchWidth - style.Gap, maxLines: 1), Color: style.GroupColor(i))).ToList();
        float Width((SetLabel Label, Color Color) item) => swatchWidth + style.Gap + item.Label.Width;

        // Rows filled greedily, in order.
        var rows = new List<List<(SetLabel Label, Color Color)>>();
        foreach (var item in items)
        {
            if (rows.Count == 0 || rows[^1].Sum(Width) + itemGap * rows[^1].Count + Width(item) > width + 0.01f)
            {
                rows.Add([]);
            }
            rows[^1].Add(item);
        }

        var swatches = new List<FilledRectangle>();
        var labels = new List<PlacedLabel>();
        var y = top;
        foreach (var row in rows)
        {
            var rowWidth = row.Sum(Width) + itemGap * (row.Count - 1);
            var rowHeight = row.Max(i => i.Label.Height);
            var x = BarChartLayout.Centred(centre, rowWidth, width) - rowWidth / 2;
            foreach (var (label, color) in row)
            {
                swatches.Add(new FilledRectangle(new Rect(x, y + (rowHeight - swatchHeight) / 2, swatchWidth, swatchHeight), color));
                labels.Add(new PlacedLabel(label, x + swatchWidth + style.Gap, y + (rowHeight - label.Height) / 2, LabelAlignment.Left));
                x += Width((label, color)) + itemGap;
            }
            y += rowHeight;
        }
        return new Arranged(swatches, labels, y);
    }
}
