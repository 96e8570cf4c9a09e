using ReportGen.Layout;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// An affine map of PDF space (points, y up) as the <c>cm</c> operator takes it: (x, y) → (a·x + c·y + e, b·x + d·y + f).
/// </summary>
internal readonly record struct PdfMatrix(float A, float B, float C, float D, float E, float F)
{
    public static readonly PdfMatrix Identity = new(1, 0, 0, 1, 0, 0);

    public bool IsIdentity => this == Identity;

    public (float X, float Y) Apply(float x, float y) => (A * x + C * y + E, B * x + D * y + F);
}

/// <summary>A laid-out page drawn on a PDF page, moved (and turned) there by <see cref="Transform"/>.</summary>
internal sealed record PlacedPage(Page Page, PdfMatrix Transform)
{
    /// <summary>The page's content written already (its items let go): placed as it is instead of drawing the items.</summary>
    public PageFragment? Fragment { get; init; }
}

/// <summary>
/// One laid-out page's content stream, written as soon as the page was finished and placed on its print sheet once
/// the booklet's page count says which sheet that is (<see cref="PageContent.Fragment"/>): uncompressed bytes, a few
/// kilobytes, instead of the page's thousands of items. Its notes say what the structure tree is told when the
/// fragment is placed: each marked-content sequence's element (its MCID is written at <see cref="Note.Position"/>),
/// and the boxes of figures; they are the document's notes from <see cref="FirstNote"/> on (<see cref="PageFragments"/>).
/// </summary>
/// <param name="Content">
/// The array holding the bytes, from <paramref name="Start"/> on, kept by the document's <see cref="PageFragments"/> until
/// its sheets are written.
/// </param>
internal sealed record PageFragment(byte[] Content, int Start, int Length, int FirstNote, int NoteCount)
{
    /// <param name="Element">The element; for a cell of a row of cells, its row, and <paramref name="Cell"/> says which cell (-1 for none).</param>
    /// <param name="Position">Where the MCID goes in the fragment's bytes; -1 for a figure's box (Left, Top, Right, Bottom: the page's top-down coordinates).</param>
    internal readonly record struct Note(StructureElement Element, int Cell, long Key, int Position, float Left, float Top, float Right, float Bottom)
    {
        public bool IsMark => Position >= 0;
    }
}

/// <summary>
/// One page of the PDF file: the reading copy's pages one to one, a print sheet's side with two laid-out pages
/// on it. <see cref="Marks"/> are drawn in the sheet's own coordinates (top-left origin, like a page's items),
/// always as artifacts: fold marks. A print sheet has no links (<see cref="Links"/>).
/// </summary>
internal sealed record PdfSheet(Size Size, IReadOnlyList<PlacedPage> Pages, IReadOnlyList<PageItem> Marks)
{
    /// <summary>Whether the pages' links become link annotations; a printed sheet has none (nothing on paper can be clicked).</summary>
    public bool Links { get; init; } = true;

    public static PdfSheet Of(Page page) => new(page.Size, [new PlacedPage(page, PdfMatrix.Identity)], []);
}
