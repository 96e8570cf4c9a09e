using ReportGen.Localization;

namespace ReportGen.Layout.Elements;

/// <summary>Space around a child. Top and bottom padding repeat on each page the child spans.</summary>
public sealed class Padding(Element child, float left = 0, float top = 0, float right = 0, float bottom = 0) : Element
{
    public Element Child { get; } = child;

    public override SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        if (inner.Width < 0 || inner.Height < 0)
        {
            return SpacePlan.Wrap(Messages.PaddingLeavesNoSpace());
        }
        var plan = Child.Measure(inner);
        return plan.Kind switch
        {
            SpacePlanKind.Wrap or SpacePlanKind.Empty => plan,
            _ => plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom },
        };
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var inner = Inner(available);
        Child.Draw(context.Offset(left, top), inner);
    }

    private Size Inner(Size available) => new(available.Width - left - right, available.Height - top - bottom);

    public override void ResetState() => Child.ResetState();

    public override ContentWidth MeasureContentWidth()
    {
        var inner = Child.MeasureContentWidth();
        return new ContentWidth(inner.Min + left + right, inner.Max + left + right);
    }

    public override string Describe() => Child.Describe();
}
