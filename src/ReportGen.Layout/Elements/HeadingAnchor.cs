using ReportGen.Localization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A heading: its text, with a named anchor on the page where it lands (for the contents and bookmarks).
/// It travels with the start of what follows it: see <see cref="Column"/> use in <see cref="KeepWithNext"/>.
/// </summary>
public sealed class HeadingAnchor(Element text, string name, string title, int level) : Element
{
    public string Name { get; } = name;
    public string Title { get; } = title;
    public int Level { get; } = level;

    public override SpacePlan Measure(Size available) => text.Measure(available);

    public override void Draw(DrawingContext context, Size available)
    {
        if (text.Measure(available).Kind != SpacePlanKind.Empty)
        {
            context.Page.Anchors.Add(new Anchor(Name, Title, Level, context.Y));
        }
        text.Draw(context, available);
    }

    public override void ResetState() => text.ResetState();

    public override string Describe() => Messages.HeadingElement(Title);
}
