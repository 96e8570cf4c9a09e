namespace ReportGen.Layout.Elements;

/// <summary>Fixed empty space; at the top of a page it is dropped rather than pushed over.</summary>
public sealed class Spacer(float height) : Element
{
    private bool _done;

    public override SpacePlan Measure(Size available) =>
        _done ? SpacePlan.Empty() : SpacePlan.Full(0, Math.Min(height, available.Height));

    public override void Draw(DrawingContext context, Size available) => _done = true;

    public override void ResetState() => _done = false;
}
