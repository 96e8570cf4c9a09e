using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A page break after which the content continues on a right-hand (odd-numbered) page, as a document of a
/// two-sided booklet starts: when the next page would be a left-hand one, a blank page comes first. The
/// blank page holds nothing, so it gets no page number (see <see cref="Pagination.Paginator"/>).
/// </summary>
public sealed class RightHandPageBreak : Element
{
    private enum State { Before, BlankPageNext, Done }

    private State _state;

    public override SpacePlan Measure(Size available) =>
        _state == State.Done ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    public override void Draw(DrawingContext context, Size available)
    {
        // Drawn first on the page the break ends; then, if needed, once more on the blank page.
        _state = _state == State.Before && IsRightHand(context.Page.Number) ? State.BlankPageNext : State.Done;
    }

    /// <summary>Page 1 is a right-hand page: the one after a right-hand page is a left-hand one.</summary>
    private static bool IsRightHand(int pageNumber) => pageNumber % 2 == 1;

    public override void ResetState() => _state = State.Before;
}
