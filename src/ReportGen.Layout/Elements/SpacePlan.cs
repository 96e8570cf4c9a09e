namespace ReportGen.Layout.Elements;

public enum SpacePlanKind
{
    /// <summary>Nothing to draw.</summary>
    Empty,
    /// <summary>Nothing fits in the space offered; try again on the next page.</summary>
    Wrap,
    /// <summary>A part fits; the rest continues on the next page.</summary>
    PartialRender,
    /// <summary>Everything that is left fits.</summary>
    FullRender,
}

/// <summary>An element's answer to "how much of you fits in this space?" (after QuestPDF's SpacePlan).</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height, string? Reason = null)
{
    public static SpacePlan Empty() => new(SpacePlanKind.Empty, 0, 0);
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, 0, reason);
    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
    public bool IsFull => Kind is SpacePlanKind.FullRender or SpacePlanKind.Empty;
}
