using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// Ties what its child draws to a structure element of the document (tagged PDF): a figure, a contents entry's
/// link, a group of lines. The element is made by whoever builds the content, once; this only passes it down
/// while drawing, so a layout pass that runs again (the contents' first pass, when it is needed) adds nothing to the tree.
/// </summary>
public sealed class Tagged(StructureElement structure, Element child) : Element
{
    public StructureElement Structure { get; } = structure;

    public Element Child { get; } = child;

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(DrawingContext context, Size available) => Child.Draw(context.Within(Structure), available);

    public override void ResetState() => Child.ResetState();

    public override ContentWidth MeasureContentWidth() => Child.MeasureContentWidth();

    public override string Describe() => Child.Describe();
}
