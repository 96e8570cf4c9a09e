using ReportGen.Localization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A grid of cells with relative column widths. Pages break between rows; the header rows repeat at the
/// top of every page the table spans. A row that fits on a fresh page is never split: it moves whole to
/// the next page. A row taller than that is drawn in slices: each cell draws what fits (cells keep their
/// own state, so a paragraph continues by lines), the slice's borders are closed at the page foot, and
/// the row goes on under the repeated header of the next page. A cell that can place nothing on a page
/// (a paragraph keeping two lines on each side of a break) waits for the next one.
/// The state is the first body row not yet fully drawn, plus the state of that row's cells. The body rows may be
/// made as the table reaches them (<see cref="TableBody.Made"/>), so a long table holds about a page of cells at a time.
/// Tagged PDF: the cells carry their own structure elements (TH, TD); the grid and the header's fill are
/// artifacts, and so is the header row repeated on a continuation page (its TH stand where it was first drawn).
/// </summary>
public sealed class Table : Element
{
    private const float Unbounded = 1_000_000f;
    private const float Epsilon = 0.01f;
    private readonly float[]? _relativeWidths;
    private readonly int _columnCount;
    private float _widthsFor = -1;
    private float[] _widths = [];
    private int _nextRow;
    private bool _started;

    private readonly TableBody _body;

    public IReadOnlyList<IReadOnlyList<Element>> HeaderRows { get; }
    public float BorderThickness { get; init; } = 0.5f;
    public Color BorderColor { get; init; } = Color.Black;
    public Color HeaderFill { get; init; } = Color.Transparent;

    /// <summary>
    /// Height of a fresh page's content area. It tells a row that would fit on the next page (it moves
    /// there whole) from one taller than any page (it is split). Without it the table only knows that it is
    /// at the top of a page once it has started, so a first row taller than a page cannot be placed.
    /// </summary>
    public float? PageContentHeight { get; init; }

    /// <summary>The tables sized together with this one (itself included); null when it is sized alone.</summary>
    private IReadOnlyList<Table>? _sharesColumnsWith;

    /// <summary>
    /// Sizes the columns of related tables together (the four award lists of one decision, one per award): each
    /// column as wide as the content of all of them needs, so their rules line up from table to table. Only
    /// tables with content-sized columns and the same number of columns take part.
    /// </summary>
    public static void ShareColumns(IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count < 2 || tables.Any(t => t._relativeWidths is not null || t._columnCount != tables[0]._columnCount))
        {
            return;
        }
        foreach (var table in tables)
        {
            table._sharesColumnsWith = tables;
            table._widthsFor = -1;
            table._lastFit = null;
        }
    }

    /// <param name="relativeWidths">Column widths as shares of the table's width; null sizes the columns from their content.</param>
    public Table(IReadOnlyList<float>? relativeWidths, IReadOnlyList<IReadOnlyList<Element>> headerRows, IReadOnlyList<IReadOnlyList<Element>> bodyRows)
        : this(relativeWidths, headerRows, TableBody.Kept(bodyRows))
    {
    }

    /// <param name="relativeWidths">Column widths as shares of the table's width; null sizes the columns from their content.</param>
    public Table(IReadOnlyList<float>? relativeWidths, IReadOnlyList<IReadOnlyList<Element>> headerRows, TableBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _relativeWidths = relativeWidths is null ? null : [.. relativeWidths];
        HeaderRows = headerRows;
        _body = body;
        _columnCount = relativeWidths?.Count ?? Math.Max(headerRows.Select(r => r.Count).DefaultIfEmpty(0).Max(), body.Columns);
        foreach (var row in headerRows.Where(r => r.Count != _columnCount))
        {
            throw new ArgumentException($"A table row has {row.Count} cells for {_columnCount} columns.");
        }
        if (body.Count > 0 && body.RowWithOtherThan(_columnCount) is { } cells)
        {
            throw new ArgumentException($"A table row has {cells} cells for {_columnCount} columns.");
        }
    }

    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    public override void Draw(DrawingContext context, Size available) => Plan(available, context);

    /// <summary>
    /// What fits in a space: the answer to give, and for drawing the widths, the row to stop before and the slice of
    /// that row that is drawn (null: none).
    /// </summary>
    private readonly record struct Fit(Size Available, SpacePlan Plan, float[] Widths, int LastRow, float? Slice);

    /// <summary>
    /// The last fit found, while the table's state is the one it was found in (drawing and resetting forget it). A
    /// page asks the same question several times (each enclosing column measures before it draws), and each answer
    /// measures every cell of the rows on the page: the repeats are answered from here.
    /// </summary>
    private Fit? _lastFit;

    /// <summary>One walk over the rows for both measuring and drawing, so the two agree on what fits.</summary>
    private SpacePlan Plan(Size available, DrawingContext? draw)
    {
        if (_nextRow >= _body.Count)
        {
            return SpacePlan.Empty();
        }
        var fit = _lastFit is { } last && last.Available == available ? last : FitIn(available);
        _lastFit = fit;
        if (draw is { } context && !fit.Plan.IsWrap)
        {
            _lastFit = null;
            DrawRows(context, fit.Widths, fit.LastRow, fit.Slice);
        }
        return fit.Plan;
    }

    private Fit FitIn(Size available)
    {
        var widths = ColumnWidths(available.Width);
        float header = 0;
        foreach (var headerRow in HeaderRows)
        {
            header += FullHeight(headerRow, widths);
        }
        if (header > available.Height + Epsilon)
        {
            return new Fit(available, SpacePlan.Wrap(Messages.TableHeaderDoesNotFit(available.Height)), widths, _nextRow, null);
        }

        // Find what fits before drawing anything: the header is drawn only above at least a part of a row.
        var y = header;
        var row = _nextRow;
        float? slice = null;
        for (; row < _body.Count; row++)
        {
            var space = available.Height - y;
            var cells = CellPlans(_body.Row(row), widths, space);
            if (cells.AllFull)
            {
                y += cells.Tallest;
                continue;
            }
            if (cells.AnyPlaced && MaySplit(_body.Row(row), widths, header, available.Height, firstOnPage: row == _nextRow))
            {
                slice = space;
            }
            break;
        }
        if (row == _nextRow && slice is null)
        {
            return new Fit(available, SpacePlan.Wrap(Messages.TableRowDoesNotFit(_nextRow + 1, available.Height)), widths, row, null);
        }
        var plan = slice is { } rest
            ? SpacePlan.Partial(available.Width, y + rest)
            : row == _body.Count ? SpacePlan.Full(available.Width, y) : SpacePlan.Partial(available.Width, y);
        return new Fit(available, plan, widths, row, slice);
    }

    /// <summary>
    /// Whether the row that does not fit in what is left may be split here: at the top of a page (where
    /// moving it would not help), or anywhere when it is taller than a fresh page could hold.
    /// </summary>
    private bool MaySplit(IReadOnlyList<Element> row, float[] widths, float header, float available, bool firstOnPage)
    {
        // Once started, the table continues at the top of each new page.
        var freshPage = _started || (PageContentHeight is { } page && available >= page - 0.5f);
        if (firstOnPage && freshPage)
        {
            return true;
        }
        return PageContentHeight is { } height && FullHeight(row, widths) > height - header + Epsilon;
    }

    private void DrawRows(DrawingContext context, float[] widths, int lastRow, float? slice)
    {
        var header = _started ? context.AsArtifact(ArtifactKind.Pagination) : context;
        _started = true;
        float y = 0;
        foreach (var row in HeaderRows)
        {
            y += DrawRow(header, row, widths, y, FullHeight(row, widths), header: true);
        }
        // The header's column rules apart from the body's: on a continuation page they are artifacts of another kind.
        DrawColumnRules(header, widths, 0, y);
        var bodyTop = y;
        foreach (var headerRow in HeaderRows)
        {
            for (var c = 0; c < headerRow.Count; c++)
            {
                headerRow[c].ResetState(); // drawn again on the next page
            }
        }
        for (; _nextRow < lastRow; _nextRow++)
        {
            var row = _body.Row(_nextRow);
            y += DrawRow(context, row, widths, y, FullHeight(row, widths), header: false);
            _body.Drawn(_nextRow);
        }
        if (slice is { } height)
        {
            // The row stays the next one to draw: its cells carry on from where they stopped.
            y += DrawRow(context, _body.Row(_nextRow), widths, y, height, header: false);
        }
        DrawColumnRules(context, widths, bodyTop, y);
    }

    public override void ResetState()
    {
        _lastFit = null;
        _nextRow = 0;
        _started = false;
        foreach (var row in HeaderRows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                row[c].ResetState();
            }
        }
        _body.Reset();
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
        var columns = new ContentWidth[_columnCount];
        foreach (var table in _sharesColumnsWith ?? [this])
        {
            foreach (var row in table.HeaderRows)
            {
                for (var c = 0; c < _columnCount; c++)
                {
                    columns[c] = TableBody.Widest(columns[c], row[c].MeasureContentWidth());
                }
            }
            table._body.WidenColumns(columns);
        }
        var min = columns.Select(c => c.Min).ToArray();
        var max = columns.Select(c => c.Max).ToArray();
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

    /// <summary>What a row's cells say of a space, summed up (no array: this runs for every row on every pass).</summary>
    private readonly record struct RowPlan(bool AllFull, bool AnyPlaced, float Tallest);

    private static RowPlan CellPlans(IReadOnlyList<Element> row, float[] widths, float height)
    {
        bool allFull = true, anyPlaced = false;
        float tallest = 0;
        for (var c = 0; c < row.Count; c++)
        {
            var plan = row[c].Measure(new Size(widths[c], Math.Max(0, height)));
            allFull &= plan.IsFull;
            anyPlaced |= plan is { IsWrap: false, Height: > 0 };
            tallest = Math.Max(tallest, plan.Height);
        }
        return new RowPlan(allFull, anyPlaced, tallest);
    }

    /// <summary>Height of what is left of a row, however tall.</summary>
    private static float FullHeight(IReadOnlyList<Element> row, float[] widths) => CellPlans(row, widths, Unbounded).Tallest;

    /// <summary>Draws a row, or the slice of it that fits in <paramref name="height"/>, with its rules across.</summary>
    private float DrawRow(DrawingContext context, IReadOnlyList<Element> row, float[] widths, float y, float height, bool header)
    {
        if (header && HeaderFill != Color.Transparent)
        {
            context.AsArtifact(ArtifactKind.Layout).Add(new FilledRectangle(new Rect(context.X, context.Y + y, widths.Sum(), height), HeaderFill));
        }
        float x = 0;
        for (var c = 0; c < row.Count; c++)
        {
            var cell = row[c].Measure(new Size(widths[c], Math.Max(0, height)));
            // A finished cell draws nothing more, and one that cannot place anything waits for the next page.
            if (cell.Kind is SpacePlanKind.FullRender or SpacePlanKind.PartialRender)
            {
                // Header cells stand in the middle of their row ("STT" beside a two-line "Thực hiện").
                var offset = header && cell.Kind == SpacePlanKind.FullRender ? Math.Max(0, (height - cell.Height) / 2) : 0;
                row[c].Draw(context.Offset(x, y + offset), new Size(widths[c], height - offset));
            }
            x += widths[c];
        }
        DrawRowRules(context, widths, y, height);
        return height;
    }

    /// <summary>
    /// The rules across the table above and below a row. A rule between two rows is drawn by both: drawn once, its
    /// anti-aliased edges come out lighter (pdftoppm at 110 dpi: 81 of 100 pages of a long table differ).
    /// </summary>
    private void DrawRowRules(DrawingContext context, float[] widths, float y, float height)
    {
        if (BorderThickness <= 0)
        {
            return;
        }
        context = context.AsArtifact(ArtifactKind.Layout);
        float left = context.X, top = context.Y + y, right = context.X + widths.Sum(), bottom = top + height;
        context.Add(new LineSegment(left, top, right, top, BorderThickness, BorderColor));
        context.Add(new LineSegment(left, bottom, right, bottom, BorderThickness, BorderColor));
    }

    /// <summary>
    /// The rules left of each column and right of the last, from <paramref name="top"/> to <paramref name="bottom"/>
    /// in one stroke each. One per row before: rules were the most made objects of a long table or list of names
    /// (41 of 564 MB made for a 1 000-page table), and all of them stay alive with their page until it is written.
    /// </summary>
    private void DrawColumnRules(DrawingContext context, float[] widths, float top, float bottom)
    {
        if (BorderThickness <= 0 || bottom <= top)
        {
            return;
        }
        context = context.AsArtifact(ArtifactKind.Layout);
        float x = context.X, y1 = context.Y + top, y2 = context.Y + bottom;
        context.Add(new LineSegment(x, y1, x, y2, BorderThickness, BorderColor));
        foreach (var width in widths)
        {
            x += width;
            context.Add(new LineSegment(x, y1, x, y2, BorderThickness, BorderColor));
        }
    }

    public override string Describe() => Messages.TableElement(_body.Count) + (Source is null ? "" : $" ({Source})");
}
