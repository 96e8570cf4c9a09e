using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// The layout contract, after QuestPDF: <see cref="Measure"/> says how much of the element fits in a space
/// without changing anything; <see cref="Draw"/> puts that much on the page and moves the element's state
/// past it, so the next page continues where this one stopped. An element that cannot ever fit is
/// reported with <see cref="Describe"/>, naming what it holds.
/// </summary>
public abstract class Element
{
    /// <summary>Where the content came from (a data file, a template), for error messages.</summary>
    public string? Source { get; init; }

    public abstract SpacePlan Measure(Size available);

    public abstract void Draw(DrawingContext context, Size available);

    /// <summary>Back to the beginning, as before the first page.</summary>
    public virtual void ResetState() { }

    /// <summary>
    /// The narrowest width the content can take (its longest unbreakable piece) and the width it takes on
    /// one line; tables size their columns from these.
    /// </summary>
    public virtual ContentWidth MeasureContentWidth() => new(0, 0);

    public virtual string Describe() => GetType().Name + (Source is null ? "" : $" ({Source})");
}

/// <summary>
/// Where an element draws: the page being filled and the element's top-left corner on it, and the structure
/// element (tagged PDF) the items drawn here belong to; null draws artifacts of kind <see cref="Artifact"/>.
/// </summary>
public readonly record struct DrawingContext(Page Page, float X, float Y)
{
    public StructureElement? Structure { get; init; }

    /// <summary>The kind of artifact an item drawn here becomes when it belongs to no structure element.</summary>
    public ArtifactKind Artifact { get; init; }

    /// <summary>
    /// Everything drawn here is an artifact, whatever structure the elements below would give it: a table's
    /// header row repeated on a continuation page (its cells were tagged where they first stood).
    /// </summary>
    public bool ArtifactsOnly { get; init; }

    public DrawingContext Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>The context for content of <paramref name="structure"/>; unchanged for null or inside an artifact.</summary>
    public DrawingContext Within(StructureElement? structure) =>
        structure is null || ArtifactsOnly ? this : this with { Structure = structure };

    /// <summary>The context for content that is not the document's own (rules, grid lines, furniture).</summary>
    public DrawingContext AsArtifact(ArtifactKind kind) =>
        ArtifactsOnly ? this : this with { Structure = null, Artifact = kind, ArtifactsOnly = true };

    /// <summary>Adds an item, tied to <see cref="Structure"/> unless the item already names its own.</summary>
    public void Add(PageItem item)
    {
        if (!Page.AnchorsOnly)
        {
            item.Structure = ArtifactsOnly ? null : item.Structure ?? Structure;
            if (item.Structure is null)
            {
                item.Artifact = Artifact;
            }
            Page.Items.Add(item);
        }
    }

    /// <summary>
    /// Draws with <paramref name="draw"/> once the whole document is paginated, when it can ask any anchor's page
    /// number (null for an anchor that no page holds): a contents entry's number, in a place that does not depend on
    /// it. What it adds goes where it would have gone had it been drawn now, so one layout is enough where the
    /// numbers would otherwise need a pass to learn them and another to print them.
    /// </summary>
    public void DrawWhenPaginated(Action<DrawingContext, Func<string, int?>> draw)
    {
        if (!Page.AnchorsOnly)
        {
            (Page.Late ??= []).Add(new LateDrawing(Page.Items.Count, this, draw));
        }
    }

    /// <summary>False on a page laid out only for its anchors: elements may skip building what they would draw.</summary>
    public bool Draws => !Page.AnchorsOnly;
}

/// <summary>Minimum and preferred width of an element's content, in points.</summary>
public readonly record struct ContentWidth(float Min, float Max);
