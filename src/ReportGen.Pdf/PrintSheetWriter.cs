using ReportGen.Layout;
using ReportGen.Layout.Output;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>
/// Writes the print copy of a booklet: its A5 pages imposed two-up on A4 landscape sheets in saddle-stitch
/// order (<see cref="Imposition.SaddleStitch"/>), one PDF page per sheet side, for duplex printing flipped
/// on the short edge. Each A5 page's items are written once into its sheet's content stream, moved (or turned) by a
/// <c>cm</c> (A5 is half of A4: no scaling), so the text stays text, nothing is rasterized, and a tagged booklet
/// keeps its structure tree in reading order even though its pages sit two-up.
/// </summary>
public static class PrintSheetWriter
{
    /// <summary>An A4 sheet turned sideways, in points.</summary>
    public static readonly Size Sheet = Size.FromMillimetres(297, 210);

    /// <summary>Fold marks: hairlines on the fold line, from this far inside the sheet edge …</summary>
    private static readonly float MarkStart = Units.Mm(2);

    /// <summary>… this long, at the top and the bottom edge, in the blank margin above and below the text.</summary>
    private static readonly float MarkLength = Units.Mm(5);

    private const float MarkThickness = 0.25f;

    /// <param name="a5Pages">The booklet laid out on A5 paper; its last page is the back cover.</param>
    /// <param name="versoShift">
    /// How far left-hand pages move towards the outer edge of the sheet, in points: the theme's left margin
    /// minus its right margin, so both pages of an open booklet have the wider margin at the spine. Upright
    /// pages only; landscape pages (turned a quarter to fit) are not moved.
    /// </param>
    public static void Write(IReadOnlyList<Page> a5Pages, Stream output, PdfMetadata metadata, float versoShift = 0)
    {
        ArgumentNullException.ThrowIfNull(a5Pages);
        ArgumentOutOfRangeException.ThrowIfZero(a5Pages.Count);
        var tagged = a5Pages.Any(p => p.Items.Any(i => i.Structure is not null));
        using var sheets = new PrintSheetPages(output, metadata, versoShift, tagged);
        foreach (var page in a5Pages)
        {
            sheets.Add(page);
        }
        sheets.Finish(a5Pages);
    }

    /// <summary>How many sheets of paper the booklet takes (each printed on both sides).</summary>
    public static int SheetCount(int pageCount) => Imposition.PaddedCount(pageCount) / Imposition.PagesPerSheet;

    /// <summary>
    /// The sheet sides in print order, each A5 page's content written already (<paramref name="fragments"/>, by page
    /// index): nothing on paper can be clicked, so links and named destinations stay in the reading copy (the sheets'
    /// Links is off).
    /// </summary>
    internal static IEnumerable<PdfSheet> Sheets(IReadOnlyList<Page> pages, IReadOnlyList<PageFragment> fragments, float versoShift)
    {
        foreach (var side in Imposition.SaddleStitch(pages.Count))
        {
            var placed = new List<PlacedPage>(2);
            if (side.Left is { } left)
            {
                placed.Add(Place(pages[left - 1], leftHalf: true, versoShift) with { Fragment = fragments[left - 1] });
            }
            if (side.Right is { } right)
            {
                placed.Add(Place(pages[right - 1], leftHalf: false, versoShift) with { Fragment = fragments[right - 1] });
            }
            yield return new PdfSheet(Sheet, placed, FoldMarks) { Links = false };
        }
    }

    /// <summary>
    /// Puts a page on a half of the sheet with its spine edge on the fold (A5 is 0,5 mm narrower than half
    /// an A4 sheet: the spare goes to the outer edge, which is trimmed or left white). A landscape page is
    /// turned a quarter to the left, its top towards the left edge, as in any bound book: the reader turns
    /// the booklet clockwise to read it. The page's content is drawn in the sheet's content stream under a
    /// <c>cm</c> (not as a form XObject), so its marked content and MCIDs belong to the sheet's page.
    /// </summary>
    internal static PlacedPage Place(Page page, bool leftHalf, float versoShift)
    {
        var landscape = page.Size.Width > page.Size.Height;
        var width = landscape ? page.Size.Height : page.Size.Width;
        var height = landscape ? page.Size.Width : page.Size.Height;
        var fold = Sheet.Width / 2;
        // The slot's top-left corner on the sheet, measured from the sheet's top-left.
        var left = leftHalf ? fold - width : fold;
        var top = (Sheet.Height - height) / 2;
        if (landscape)
        {
            // (x, y) of the page, PDF space, lands at (slot left + page height − y, slot bottom + x): turned a quarter.
            return new PlacedPage(page, new PdfMatrix(0, 1, -1, 0, left + page.Size.Height, Sheet.Height - top - height));
        }
        var shift = leftHalf ? versoShift : 0;
        return new PlacedPage(page, new PdfMatrix(1, 0, 0, 1, left - shift, Sheet.Height - top - height));
    }

    /// <summary>Short hairlines on the fold line at the top and bottom edge: where to fold the stack (artifacts).</summary>
    internal static readonly IReadOnlyList<PageItem> FoldMarks =
    [
        new LineSegment(Sheet.Width / 2, MarkStart, Sheet.Width / 2, MarkStart + MarkLength, MarkThickness, Color.Black) { Artifact = ArtifactKind.Layout },
        new LineSegment(Sheet.Width / 2, Sheet.Height - MarkStart - MarkLength, Sheet.Width / 2, Sheet.Height - MarkStart, MarkThickness, Color.Black) { Artifact = ArtifactKind.Layout },
    ];
}
