using ReportGen.Localization;

namespace ReportGen.Layout.Elements;

/// <summary>
/// Children side by side, top-aligned, as tall as the tallest: a document header with the issuing body on
/// the left and the national motto on the right. Items are <see cref="Fixed"/> widths or
/// <see cref="Relative"/> shares of what the fixed items and the spacing leave.
/// A row is kept on one page: when a child would continue, the row moves to the next page, unless it is
/// already at the top of one, where it draws what fits and its children continue on the next page.
/// The state is the children's own.
/// </summary>
public sealed class Row : Element
{
    private readonly IReadOnlyList<RowItem> _items;
    private readonly float _spacing;
    private SpacePlan[]? _plans;
    private float _widthsFor = float.NaN;
    private float[]? _widths;

    public Row(IReadOnlyList<RowItem> items, float spacing = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(spacing);
        _items = items;
        _spacing = spacing;
    }

    public IReadOnlyList<RowItem> Items => _items;

    /// <summary>
    /// Height of a fresh page's content area (as offered to the row): a row offered that much space is at
    /// the top of a page and draws partially instead of moving on. Without it a row that does not fit
    /// always moves on, so one taller than a page cannot be placed.
    /// </summary>
    public float? PageContentHeight { get; init; }

    /// <summary>A child exactly <paramref name="width"/> points wide.</summary>
    public static RowItem Fixed(float width, Element content)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        return new RowItem(content, width, 0);
    }

    /// <summary>A child taking <paramref name="weight"/> shares of the width the fixed children leave.</summary>
    public static RowItem Relative(float weight, Element content)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new RowItem(content, null, weight);
    }

    public static RowItem Relative(Element content) => Relative(1, content);

    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    public override void Draw(DrawingContext context, Size available) => Plan(available, context);

    /// <summary>One decision for both measuring and drawing, so the two agree.</summary>
    private SpacePlan Plan(Size available, DrawingContext? draw)
    {
        var widths = Widths(available.Width);
        if (widths is null)
        {
            return SpacePlan.Wrap(Messages.RowFixedWidthsTooWide(Describe(), available.Width));
        }
        // Kept between calls: a row is planned on every pass, twice a page (measure, then draw).
        var plans = _plans ??= new SpacePlan[_items.Count];
        bool allEmpty = true, complete = true, anyPlaced = false;
        float tallest = 0;
        for (var i = 0; i < _items.Count; i++)
        {
            var plan = plans[i] = _items[i].Content.Measure(new Size(widths[i], available.Height));
            allEmpty &= plan.Kind == SpacePlanKind.Empty;
            complete &= plan.IsFull;
            anyPlaced |= plan is { IsWrap: false, Height: > 0 };
            tallest = Math.Max(tallest, plan.Height);
        }
        if (allEmpty)
        {
            return SpacePlan.Empty();
        }
        if (!complete)
        {
            var atTop = PageContentHeight is { } page && available.Height >= page - 0.5f;
            if (!atTop)
            {
                return SpacePlan.Wrap(Messages.RowKeptOnOnePage(Describe(), available.Height));
            }
            if (!anyPlaced)
            {
                return SpacePlan.Wrap(Messages.NothingOfRowFits(Describe(), available.Height));
            }
        }

        if (draw is { } context)
        {
            float x = 0;
            for (var i = 0; i < _items.Count; i++)
            {
                // A finished child draws nothing more; one that cannot place anything here waits.
                if (plans[i].Kind is SpacePlanKind.FullRender or SpacePlanKind.PartialRender)
                {
                    _items[i].Content.Draw(context.Offset(x, 0), new Size(widths[i], available.Height));
                }
                x += widths[i] + _spacing;
            }
        }
        // A row that continues takes the rest of the page, so that drawing is offered the same space.
        return complete
            ? SpacePlan.Full(available.Width, tallest)
            : SpacePlan.Partial(available.Width, available.Height);
    }

    /// <summary>Each item's width in <paramref name="total"/>; null when the fixed items alone are wider.</summary>
    private float[]? Widths(float total)
    {
        // The same width comes back page after page: kept, not made again for each measure.
        if (total == _widthsFor)
        {
            return _widths;
        }
        _widths = NewWidths(total);
        _widthsFor = total;
        return _widths;
    }

    private float[]? NewWidths(float total)
    {
        var gaps = _spacing * Math.Max(0, _items.Count - 1);
        var fixedWidth = _items.Sum(i => i.FixedWidth ?? 0);
        if (fixedWidth + gaps > total + 0.01f)
        {
            return null;
        }
        var free = total - fixedWidth - gaps;
        var weights = _items.Sum(i => i.Weight);
        return [.. _items.Select(i => i.FixedWidth ?? free * i.Weight / weights)];
    }

    public override void ResetState()
    {
        foreach (var item in _items)
        {
            item.Content.ResetState();
        }
    }

    public override ContentWidth MeasureContentWidth()
    {
        float min = _spacing * Math.Max(0, _items.Count - 1), max = min;
        foreach (var item in _items)
        {
            var width = item.FixedWidth is { } w ? new ContentWidth(w, w) : item.Content.MeasureContentWidth();
            min += width.Min;
            max += width.Max;
        }
        return new ContentWidth(min, max);
    }

    public override string Describe() =>
        Messages.RowElement(_items.Select(i => i.Content.Describe())) + (Source is null ? "" : $" ({Source})");
}

/// <summary>A child of a <see cref="Row"/> and how wide it is: made by <see cref="Row.Fixed"/> or <see cref="Row.Relative(float, Element)"/>.</summary>
public sealed class RowItem
{
    internal RowItem(Element content, float? fixedWidth, float weight)
    {
        Content = content;
        FixedWidth = fixedWidth;
        Weight = weight;
    }

    public Element Content { get; }

    /// <summary>The width in points of a fixed item; null for a relative one.</summary>
    public float? FixedWidth { get; }

    /// <summary>The share of the free width of a relative item; 0 for a fixed one.</summary>
    public float Weight { get; }
}
