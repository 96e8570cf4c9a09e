namespace ReportGen.Layout.Elements;

/// <summary>Ends the page here: the content after it starts on a new page.</summary>
public sealed class PageBreak : Element
{
    private bool _broken;

    public override SpacePlan Measure(Size available) =>
        _broken ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    public override void Draw(DrawingContext context, Size available) => _broken = true;

    public override void ResetState() => _broken = false;
}
