using ReportGen.Localization;

namespace ReportGen.Layout.Elements;

/// <summary>
/// Fills the whole page area: one block at the top, one centred, one at the bottom. Used for covers.
/// </summary>
public sealed class SpreadVertically(Element top, Element middle, Element bottom) : Element
{
    private bool _done;

    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty();
        }
        var height = new[] { top, middle, bottom }.Sum(e => e.Measure(available).Height);
        return height <= available.Height
            ? SpacePlan.Full(available.Width, available.Height)
            : SpacePlan.Wrap(Messages.CoverTallerThanPage());
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var topHeight = top.Measure(available).Height;
        var middleHeight = middle.Measure(available).Height;
        var bottomHeight = bottom.Measure(available).Height;
        top.Draw(context, available with { Height = topHeight });
        // Centre the middle block on the page, but never let it touch the blocks above and below.
        var middleY = Math.Clamp((available.Height - middleHeight) / 2, topHeight, available.Height - bottomHeight - middleHeight);
        middle.Draw(context.Offset(0, middleY), available with { Height = middleHeight });
        bottom.Draw(context.Offset(0, available.Height - bottomHeight), available with { Height = bottomHeight });
        _done = true;
    }

    public override void ResetState()
    {
        _done = false;
        top.ResetState();
        middle.ResetState();
        bottom.ResetState();
    }
}
