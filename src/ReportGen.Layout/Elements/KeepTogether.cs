using ReportGen.Localization;

namespace ReportGen.Layout.Elements;

/// <summary>
/// Moves its child whole to the next page when it does not fit in what is left of this one. A child
/// taller than a whole page is split as usual, since moving it would not help.
/// </summary>
public sealed class KeepTogether(Element child, float pageContentHeight) : Element
{
    private bool _started;

    public override SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        if (plan.Kind == SpacePlanKind.PartialRender && !_started && available.Height < pageContentHeight - 0.5f)
        {
            return SpacePlan.Wrap(Messages.ElementKeptTogetherMoves(child.Describe()));
        }
        return plan;
    }

    public override void Draw(DrawingContext context, Size available)
    {
        _started = true;
        child.Draw(context, available);
    }

    public override void ResetState()
    {
        _started = false;
        child.ResetState();
    }

    public override string Describe() => child.Describe();
}
