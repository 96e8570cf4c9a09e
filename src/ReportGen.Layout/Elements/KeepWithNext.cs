using ReportGen.Localization;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A heading and what follows it: the heading is never the last thing on a page. If nothing of the
/// following content fits after the heading, both move to the next page (unless the page is empty).
/// </summary>
public sealed class KeepWithNext(Element heading, Element next, float spacing, float pageContentHeight) : Element
{
    private readonly Column _column = new([heading, next], spacing);
    private bool _started;

    public override SpacePlan Measure(Size available)
    {
        if (!_started && available.Height < pageContentHeight - 0.5f)
        {
            var headingPlan = heading.Measure(available);
            if (headingPlan.IsWrap)
            {
                return headingPlan;
            }
            var rest = new Size(available.Width, available.Height - headingPlan.Height - spacing);
            if (rest.Height <= 0 || next.Measure(rest).IsWrap)
            {
                return SpacePlan.Wrap(Messages.HeadingMovesWithText(heading.Describe()));
            }
        }
        return _column.Measure(available);
    }

    public override void Draw(DrawingContext context, Size available)
    {
        _started = true;
        _column.Draw(context, available);
    }

    public override void ResetState()
    {
        _started = false;
        _column.ResetState();
    }

    public override string Describe() => heading.Describe();
}
