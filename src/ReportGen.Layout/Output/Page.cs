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
/// Glyphs of one face at one size. Positions are absolute: <see cref="X"/> per glyph, the baseline of each glyph by
/// <see cref="YAt"/>; <see cref="Text"/> and the UTF-16 offset of each glyph's cluster (<see cref="ClusterAt"/>) let the
/// PDF keep the text searchable. <see cref="Left"/> and <see cref="Width"/> give the run's pen start and total advance.
/// </summary>
/// <param name="Baseline">Where every glyph sits when <paramref name="Y"/> is null, and the first glyph's baseline.</param>
/// <param name="Y">Each glyph's baseline, only when they differ (a mark moved up or down by the font); null when all sit on
/// <paramref name="Baseline"/>, as nearly every run does. The runs' per-glyph arrays were 37 of the 508 MB a warm
/// 100-meeting build allocated, most of them one baseline repeated or 0, 1, 2 … counted; kept only where they say more,
/// 14 MB less (docs/benchmarks.md, session 16).</param>
/// <param name="Clusters">Each glyph's cluster offset in <paramref name="Text"/>, only when some glyph is not the one of
/// its own UTF-16 character; null when glyph i stands for character i.</param>
public sealed record GlyphRun(FontFace Face, float FontSize, Color Color, ushort[] Glyphs, float[] X, float Baseline, float[]? Y, string Text, int[]? Clusters, float Left, float Width) : PageItem
{
    /// <summary>A run from per-glyph baselines and clusters, kept only where they say more than one baseline and 0, 1, 2 ….</summary>
    public GlyphRun(FontFace face, float fontSize, Color color, ushort[] glyphs, float[] x, float[] y, string text, int[] clusters, float left, float width)
        : this(face, fontSize, color, glyphs, x, y.Length > 0 ? y[0] : 0, OnOneBaseline(y) ? null : y, text, IsOneToOne(clusters, text) ? null : clusters, left, width)
    {
    }

    public float Right => Left + Width;

    /// <summary>The baseline of glyph <paramref name="glyph"/>.</summary>
    public float YAt(int glyph) => Y is null ? Baseline : Y[glyph];

    /// <summary>The UTF-16 offset in <see cref="Text"/> of the cluster glyph <paramref name="glyph"/> belongs to.</summary>
    public int ClusterAt(int glyph) => Clusters is null ? glyph : Clusters[glyph];

    /// <summary>Whether every glyph sits on the first one's baseline.</summary>
    public static bool OnOneBaseline(ReadOnlySpan<float> y)
    {
        foreach (var value in y)
        {
            if (value != y[0])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether glyph i stands for character i of the text, one glyph for each UTF-16 character.</summary>
    public static bool IsOneToOne(ReadOnlySpan<int> clusters, string text)
    {
        if (clusters.Length != text.Length)
        {
            return false;
        }
        for (var i = 0; i < clusters.Length; i++)
        {
            if (clusters[i] != i)
            {
                return false;
            }
        }
        return true;
    }
}

public sealed record LineSegment(float X1, float Y1, float X2, float Y2, float Thickness, Color Color) : PageItem;

public sealed record FilledRectangle(Rect Area, Color Fill) : PageItem;

/// <summary>A clickable area leading to a web address.</summary>
public sealed record LinkArea(Rect Area, string Uri) : PageItem;

/// <summary>A clickable area leading to an <see cref="Anchor"/> of the same document (contents entries).</summary>
public sealed record InternalLink(Rect Area, string AnchorName) : PageItem;

/// <summary>A named position (a heading) that the contents and outline point to.</summary>
public sealed record Anchor(string Name, string Title, int Level, float Y);
