using ReportGen.Layout.Fonts;

namespace ReportGen.Layout.Output;

/// <summary>
/// A laid-out page: its size and the positioned things on it, in points from the top-left corner.
/// Plain data: backends (PDF, PNG, a recording for tests) only read it.
/// </summary>
public sealed class Page(Size size, int number)
{
    public Size Size { get; } = size;

    /// <summary>1-based position of the page in the document.</summary>
    public int Number { get; } = number;

    public List<PageItem> Items { get; } = [];

    /// <summary>
    /// A page laid out only to learn where things fall (the contents' first pass, when it is needed): its anchors are kept,
    /// nothing is drawn on it. Saves building glyph runs no one will see.
    /// </summary>
    public bool AnchorsOnly { get; init; }

    /// <summary>Named positions on this page (for the contents and links inside the document).</summary>
    public List<Anchor> Anchors { get; } = [];

    /// <summary>
    /// Drawing that waits for every anchor's page (a contents entry's number), each with the place in
    /// <see cref="Items"/> it goes to; <see cref="Pagination.Paginator"/> does it once the whole document is laid
    /// out, and empties this. Null on a page that has none.
    /// </summary>
    internal List<LateDrawing>? Late { get; set; }

    /// <summary>
    /// Whether the page went to an <see cref="Pagination.IPageSink"/> as soon as it was finished (the PDF writer): its
    /// <see cref="Items"/> were the sink's and are gone from here; its number, size and anchors stay.
    /// </summary>
    public bool Handed { get; private set; }

    /// <summary>Lets the items go once a sink has them: a long booklet holds its pages' anchors, not every glyph of every page.</summary>
    internal void DropItems()
    {
        Handed = true;
        Items.Clear();
        Items.Capacity = 0;
    }
}

/// <summary>
/// Something an element draws once the document's pages are known, into the place of the page's items where it
/// stood (<see cref="Index"/>): the page looks as if it had been drawn with the numbers known all along.
/// </summary>
internal sealed record LateDrawing(int Index, Elements.DrawingContext Context, Action<Elements.DrawingContext, Func<string, int?>> Draw);

/// <summary>
/// Something drawn on a page. <see cref="Structure"/> ties it to the document's logical structure (tagged PDF);
/// null makes it an artifact of kind <see cref="Artifact"/> (page numbers, rules, the draft mark).
/// </summary>
public abstract record PageItem
{
    public StructureElement? Structure { get; set; }

    public ArtifactKind Artifact { get; set; }
}

/// <summary>
/// Glyphs of one face at one size. Positions are absolute (baseline of each glyph); <see cref="Text"/>
/// and <see cref="Clusters"/> (UTF-16 offsets per glyph) let the PDF keep the text searchable.
/// <see cref="Left"/> and <see cref="Width"/> give the run's pen start and total advance.
/// </summary>
public sealed record GlyphRun(FontFace Face, float FontSize, Color Color, ushort[] Glyphs, float[] X, float[] Y, string Text, int[] Clusters, float Left, float Width) : PageItem
{
    public float Right => Left + Width;
}

public sealed record LineSegment(float X1, float Y1, float X2, float Y2, float Thickness, Color Color) : PageItem;

public sealed record FilledRectangle(Rect Area, Color Fill) : PageItem;

/// <summary>A clickable area leading to a web address.</summary>
public sealed record LinkArea(Rect Area, string Uri) : PageItem;

/// <summary>A clickable area leading to an <see cref="Anchor"/> of the same document (contents entries).</summary>
public sealed record InternalLink(Rect Area, string AnchorName) : PageItem;

/// <summary>A named position (a heading) that the contents and outline point to.</summary>
public sealed record Anchor(string Name, string Title, int Level, float Y);
