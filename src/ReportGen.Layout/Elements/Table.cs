using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A grid of cells with relative column widths. Pages break between rows; the header rows repeat at the
/// top of every page the table spans. The state is the first body row not yet drawn.
/// </summary>
public sealed class Table : Element
{
    private const float Unbounded = 1_000_000f;
    private readonly float[]? _relativeWidths;
    private readonly int _columnCount;
    private float _widthsFor = -1;
    private float[] _widths = [];
    private int _nextRow;

    public IReadOnlyList<IReadOnlyList<Element>> HeaderRows { get; }
    public IReadOnlyList<IReadOnlyList<Element>> BodyRows { get; }
    public float BorderThickness { get; init; } = 0.5f;
    public Color BorderColor { get; init; } = Color.Black;
    public Color HeaderFill { get; init; } = Color.Transparent;

    /// <param name="relativeWidths">Column widths as shares of the table's width; null sizes the columns from their content.</param>
    public Table(IReadOnlyList<float>? relativeWidths, IReadOnlyList<IReadOnlyList<Element>> headerRows, IReadOnlyList<IReadOnlyList<Element>> bodyRows)
    {
        _relativeWidths = relativeWidths is null ? null : [.. relativeWidths];
        HeaderRows = headerRows;
        BodyRows = bodyRows;
        _columnCount = relativeWidths?.Count ?? headerRows.Concat(bodyRows).Select(r => r.Count).DefaultIfEmpty(0).Max();
        foreach (var row in headerRows.Concat(bodyRows).Where(r => r.Count != _columnCount))
        {
            throw new ArgumentException($"A table row has {row.Count} cells for {_columnCount} columns.");
        }
    }

    public override SpacePlan Measure(Size available)
    {
        if (_nextRow >= BodyRows.Count)
        {
            return SpacePlan.Empty();
        }
        var widths = ColumnWidths(available.Width);
        var header = HeaderRows.Sum(r => RowHeight(r, widths, reset: true));
        var (count, body) = RowsThatFit(widths, available.Height - header);
        if (count == 0)
        {
            return SpacePlan.Wrap($"row {_nextRow + 1} of the table does not fit in {available.Height:0.#} pt");
        }
        return _nextRow + count == BodyRows.Count
            ? SpacePlan.Full(available.Width, header + body)
            : SpacePlan.Partial(available.Width, header + body);
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var widths = ColumnWidths(available.Width);
        float y = 0;
        foreach (var row in HeaderRows)
        {
            y += DrawRow(context, row, widths, y, header: true);
        }
        var (count, _) = RowsThatFit(widths, available.Height - y);
        for (var r = _nextRow; r < _nextRow + count; r++)
        {
            y += DrawRow(context, BodyRows[r], widths, y, header: false);
        }
        _nextRow += count;
    }

    public override void ResetState()
    {
        _nextRow = 0;
        foreach (var cell in HeaderRows.Concat(BodyRows).SelectMany(r => r))
        {
            cell.ResetState();
        }
    }

    private float[] ColumnWidths(float total)
    {
        if (Math.Abs(total - _widthsFor) > 0.001f)
        {
            _widths = _relativeWidths is { } relative
                ? [.. relative.Select(w => total * w / relative.Sum())]
                : AutoWidths(total);
            _widthsFor = total;
        }
        return _widths;
    }

    /// <summary>
    /// Columns sized from their content, as browsers do for automatic tables: when everything fits on
    /// one line each column gets its preferred width (and a share of the spare space); otherwise each gets
    /// at least its longest word, and the rest is shared by how much more each column would like.
    /// </summary>
    private float[] AutoWidths(float total)
    {
        var min = new float[_columnCount];
        var max = new float[_columnCount];
        foreach (var row in HeaderRows.Concat(BodyRows))
        {
            for (var c = 0; c < _columnCount; c++)
            {
                var width = row[c].MeasureContentWidth();
                min[c] = Math.Max(min[c], width.Min);
                max[c] = Math.Max(max[c], Math.Max(width.Max, width.Min));
            }
        }
        float sumMin = min.Sum(), sumMax = max.Sum();
        if (sumMax <= 0)
        {
            return [.. Enumerable.Repeat(total / Math.Max(1, _columnCount), _columnCount)];
        }
        if (sumMax <= total)
        {
            return [.. max.Select(m => m * total / sumMax)];
        }
        if (sumMin >= total)
        {
            return [.. min.Select(m => m * total / sumMin)];
        }
        var wanted = sumMax - sumMin;
        return [.. min.Select((m, c) => m + (total - sumMin) * (max[c] - m) / wanted)];
    }

    private (int Count, float Height) RowsThatFit(float[] widths, float space)
    {
        float height = 0;
        var count = 0;
        for (var r = _nextRow; r < BodyRows.Count; r++)
        {
            var row = RowHeight(BodyRows[r], widths, reset: false);
            if (height + row > space + 0.01f)
            {
                break;
            }
            height += row;
            count++;
        }
        return (count, height);
    }

    private static float RowHeight(IReadOnlyList<Element> row, float[] widths, bool reset)
    {
        float height = 0;
        for (var c = 0; c < row.Count; c++)
        {
            if (reset)
            {
                row[c].ResetState(); // header rows are drawn again on every page
            }
            height = Math.Max(height, row[c].Measure(new Size(widths[c], Unbounded)).Height);
        }
        return height;
    }

    private float DrawRow(DrawingContext context, IReadOnlyList<Element> row, float[] widths, float y, bool header)
    {
        var height = RowHeight(row, widths, reset: header);
        if (header && HeaderFill != Color.Transparent)
        {
            context.Add(new FilledRectangle(new Rect(context.X, context.Y + y, widths.Sum(), height), HeaderFill));
        }
        float x = 0;
        for (var c = 0; c < row.Count; c++)
        {
            row[c].Draw(context.Offset(x, y), new Size(widths[c], height));
            x += widths[c];
        }
        DrawGrid(context, widths, y, height);
        return height;
    }

    private void DrawGrid(DrawingContext context, float[] widths, float y, float height)
    {
        if (BorderThickness <= 0)
        {
            return;
        }
        float left = context.X, top = context.Y + y, right = context.X + widths.Sum(), bottom = top + height;
        context.Add(new LineSegment(left, top, right, top, BorderThickness, BorderColor));
        context.Add(new LineSegment(left, bottom, right, bottom, BorderThickness, BorderColor));
        var x = left;
        context.Add(new LineSegment(x, top, x, bottom, BorderThickness, BorderColor));
        foreach (var width in widths)
        {
            x += width;
            context.Add(new LineSegment(x, top, x, bottom, BorderThickness, BorderColor));
        }
    }

    public override string Describe() => $"table of {BodyRows.Count} rows" + (Source is null ? "" : $" ({Source})");
}
