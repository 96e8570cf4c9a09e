namespace ReportGen.Pdf;

/// <summary>
/// One printed side of a sheet folded in the middle: the booklet page on its left half and on its right
/// half (1-based page numbers of the laid-out booklet; null for a blank padding page).
/// </summary>
/// <param name="Sheet">1-based sheet number; sheet 1 is the outermost one (it carries the covers).</param>
/// <param name="Front">True for the side printed first; the back is printed after the sheet turned on its short edge.</param>
public sealed record SheetSide(int Sheet, bool Front, int? Left, int? Right);

/// <summary>
/// Saddle-stitch imposition: which booklet page goes where on the sheets, so that a stack of sheets printed
/// on both sides (flipped on the short edge), folded in the middle and stapled on the fold reads 1, 2, 3 …
/// Pure functions of the page count; the drawing is <see cref="PrintSheetWriter"/>'s.
/// </summary>
public static class Imposition
{
    /// <summary>Pages a sheet carries: two on each side.</summary>
    public const int PagesPerSheet = 4;

    /// <summary>The page count rounded up to whole sheets (a multiple of four).</summary>
    public static int PaddedCount(int pageCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 1);
        return (pageCount + PagesPerSheet - 1) / PagesPerSheet * PagesPerSheet;
    }

    /// <summary>
    /// The booklet page at each position of the folded booklet (index 0 = position 1), null for a blank.
    /// Blanks go just before the last page, the back cover, so that no section is cut by an empty page
    /// and the back cover stays on the outside; a one-page booklet is padded after its page.
    /// </summary>
    public static IReadOnlyList<int?> PaddedOrder(int pageCount)
    {
        var padded = PaddedCount(pageCount);
        var order = new int?[padded];
        if (pageCount == 1)
        {
            order[0] = 1;
            return order;
        }
        for (var page = 1; page < pageCount; page++)
        {
            order[page - 1] = page;
        }
        order[padded - 1] = pageCount;
        return order;
    }

    /// <summary>
    /// The sheet sides in print order (sheet 1 front, sheet 1 back, sheet 2 front …). With N positions:
    /// sheet s front holds positions (N − 2s + 2, 2s − 1), its back (2s, N − 2s + 1); a position holds the
    /// page <see cref="PaddedOrder"/> puts there. Left halves always hold even positions (left-hand pages
    /// of the open booklet), right halves odd ones (right-hand pages).
    /// </summary>
    public static IReadOnlyList<SheetSide> SaddleStitch(int pageCount)
    {
        var order = PaddedOrder(pageCount);
        var positions = order.Count;
        int? At(int position) => order[position - 1];
        var sides = new List<SheetSide>(positions / 2);
        for (var sheet = 1; sheet <= positions / PagesPerSheet; sheet++)
        {
            sides.Add(new SheetSide(sheet, Front: true, Left: At(positions - 2 * sheet + 2), Right: At(2 * sheet - 1)));
            sides.Add(new SheetSide(sheet, Front: false, Left: At(2 * sheet), Right: At(positions - 2 * sheet + 1)));
        }
        return sides;
    }
}
