namespace ReportGen.Layout.Elements;

/// <summary>
/// Children stacked top to bottom with a gap between them. The state is the first child not yet fully
/// drawn; a child that continues makes the column continue.
/// </summary>
public sealed class Column(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    private int _current;

    public IReadOnlyList<Element> Children { get; } = children;

    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    public override void Draw(DrawingContext context, Size available) => Plan(available, context);

    /// <summary>One loop for both: measuring and drawing must agree on what fits.</summary>
    private SpacePlan Plan(Size available, DrawingContext? draw)
    {
        float y = 0, width = 0;
        var placedAny = false;
        for (var i = _current; i < Children.Count; i++)
        {
            var child = Children[i];
            var gap = placedAny ? spacing : 0;
            var space = new Size(available.Width, Math.Max(0, available.Height - y - gap));
            var plan = child.Measure(space);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                if (draw is not null) _current = i + 1;
                continue;
            }
            if (plan.IsWrap)
            {
                return placedAny ? SpacePlan.Partial(width, y) : plan;
            }
            if (draw is { } context)
            {
                child.Draw(context.Offset(0, y + gap), space with { Height = plan.Height });
            }
            y += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            placedAny = true;
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                return SpacePlan.Partial(width, y);
            }
            if (draw is not null)
            {
                _current = i + 1;
            }
        }
        return placedAny ? SpacePlan.Full(width, y) : SpacePlan.Empty();
    }

    public override void ResetState()
    {
        _current = 0;
        foreach (var child in Children)
        {
            child.ResetState();
        }
    }
}
