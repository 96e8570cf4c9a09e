using ReportGen.Localization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A short centred rule, as under the issuing body or the national motto in a document header. It says nothing a
/// reader needs, so it is always an artifact (tagged PDF), whatever it stands in.
/// </summary>
public sealed class HorizontalRule(float length, float thickness = 0.5f, float spaceAbove = 2, float spaceBelow = 2) : Element
{
    private bool _done;

    public override SpacePlan Measure(Size available)
    {
        var height = spaceAbove + thickness + spaceBelow;
        if (_done) return SpacePlan.Empty();
        return height <= available.Height + 0.01f ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap(Messages.NoRoomForRule());
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var x = context.X + (available.Width - length) / 2;
        var y = context.Y + spaceAbove + thickness / 2;
        context.AsArtifact(ArtifactKind.Layout).Add(new LineSegment(x, y, x + length, y, thickness, Color.Black));
        _done = true;
    }

    public override void ResetState() => _done = false;
}
