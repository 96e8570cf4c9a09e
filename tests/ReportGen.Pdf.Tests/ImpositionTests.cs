namespace ReportGen.Pdf.Tests;

/// <summary>
/// Saddle-stitch order, checked the way the print room will: the sheets are printed on both sides, stacked,
/// folded and read leaf by leaf (<see cref="FoldAndRead"/>); the booklet must read 1, 2, 3 … with blank
/// pages only just before the back cover.
/// </summary>
public sealed class ImpositionTests
{
    public static TheoryData<int> PageCounts()
    {
        var data = new TheoryData<int>();
        for (var count = 1; count <= 40; count++)
        {
            data.Add(count);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PageCounts))]
    public void PaddedOrder_HoldsEveryPageOnce_InOrder_WithBlanksOnlyJustBeforeTheLastPage(int count)
    {
        var order = Imposition.PaddedOrder(count);

        Assert.Equal(0, order.Count % 4);
        Assert.InRange(order.Count - count, 0, 3);
        Assert.Equal(Enumerable.Range(1, count), order.OfType<int>());
        var blanks = Enumerable.Range(0, order.Count).Where(i => order[i] is null).ToList();
        if (count == 1)
        {
            // Nothing to keep behind: the single page is the front, the rest of the sheet stays white.
            Assert.Equal([1, 2, 3], blanks);
        }
        else
        {
            Assert.Equal(count, order[^1]);
            Assert.Equal(Enumerable.Range(count - 1, order.Count - count), blanks);
        }
    }

    [Theory]
    [MemberData(nameof(PageCounts))]
    public void SaddleStitch_PutsEveryPageOnceOnFrontsAndBacksOfWholeSheets(int count)
    {
        var sides = Imposition.SaddleStitch(count);
        var sheets = Imposition.PaddedCount(count) / 4;

        Assert.Equal(2 * sheets, sides.Count);
        for (var i = 0; i < sides.Count; i++)
        {
            Assert.Equal(i / 2 + 1, sides[i].Sheet);
            Assert.Equal(i % 2 == 0, sides[i].Front);
        }
        var placed = sides.SelectMany(s => new[] { s.Left, s.Right }).ToList();
        Assert.Equal(Enumerable.Range(1, count), placed.OfType<int>().Order());
        Assert.Equal(4 * sheets - count, placed.Count(p => p is null));
        // The outer side of the first sheet: the back cover on the left, the front cover on the right.
        Assert.Equal(new SheetSide(1, true, count == 1 ? null : count, 1), sides[0]);
    }

    [Theory]
    [MemberData(nameof(PageCounts))]
    public void SaddleStitch_PrintedFlippedOnTheShortEdge_FoldsIntoTheBookletInOrder(int count)
    {
        var read = FoldAndRead(Imposition.SaddleStitch(count), Flip.ShortEdge);

        Assert.Equal(Imposition.PaddedOrder(count), read);
    }

    [Fact]
    public void SaddleStitch_TwoSheets_MatchesTheHandMadeDummy()
    {
        // Sixteen-page dummies are folded by hand in every print shop; eight pages, two sheets:
        Assert.Equal(
        [
            new SheetSide(1, true, 8, 1), new SheetSide(1, false, 2, 7),
            new SheetSide(2, true, 6, 3), new SheetSide(2, false, 4, 5),
        ], Imposition.SaddleStitch(8));
        // Seven pages: the blank is page 7 of the dummy, inside the back cover.
        Assert.Equal(
        [
            new SheetSide(1, true, 7, 1), new SheetSide(1, false, 2, null),
            new SheetSide(2, true, 6, 3), new SheetSide(2, false, 4, 5),
        ], Imposition.SaddleStitch(7));
    }

    [Fact]
    public void FoldAndRead_CatchesAWrongFlipOrAWrongOrder()
    {
        // The simulation must be able to say no, or the order test above proves nothing.
        var sides = Imposition.SaddleStitch(12);
        Assert.Null(FoldAndRead(sides, Flip.LongEdge)); // backs upside down
        var swappedBacks = sides.Select(s => s.Front ? s : s with { Left = s.Right, Right = s.Left }).ToList();
        Assert.NotEqual(Imposition.PaddedOrder(12), FoldAndRead(swappedBacks, Flip.ShortEdge));
        var reversedSheets = sides.Reverse().Select((s, i) => s with { Sheet = i / 2 + 1, Front = i % 2 == 0 }).ToList();
        Assert.NotEqual(Imposition.PaddedOrder(12), FoldAndRead(reversedSheets, Flip.ShortEdge));
    }

    [Fact]
    public void NoPages_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Imposition.SaddleStitch(0));
    }

    public enum Flip { ShortEdge, LongEdge }

    /// <summary>What lies on one half of one face of a printed sheet: a page (or blank) and whether it is upright.</summary>
    private readonly record struct Print(int? Page, bool Upright);

    /// <summary>A printed sheet lying face up: what is on top and underneath, at the physical left and right half.</summary>
    private sealed record PrintedSheet(Print TopLeft, Print TopRight, Print UnderLeft, Print UnderRight);

    /// <summary>
    /// Prints the sides (front, back, front, back …), stacks the sheets face up with the first sheet on top,
    /// folds the stack in the middle with the halves going down (so the top of sheet 1 is the outside, the
    /// spine on the left of the front cover) and reads the booklet leaf by leaf, front and back of each.
    /// Returns the pages read (null = blank), or null when some page comes out upside down.
    /// </summary>
    private static IReadOnlyList<int?>? FoldAndRead(IReadOnlyList<SheetSide> sides, Flip flip)
    {
        var stack = new List<PrintedSheet>();
        for (var i = 0; i + 1 < sides.Count; i += 2)
        {
            var (front, back) = (sides[i], sides[i + 1]);
            // The back is printed after the sheet turned over. Turned about its short edge (a vertical
            // axis for a landscape sheet) left and right swap and the top stays the top; turned about the
            // long edge the halves keep their sides but the print is upside down.
            stack.Add(flip == Flip.ShortEdge
                ? new PrintedSheet(new(front.Left, true), new(front.Right, true), new(back.Right, true), new(back.Left, true))
                : new PrintedSheet(new(front.Left, true), new(front.Right, true), new(back.Left, false), new(back.Right, false)));
        }

        // Folded: the right halves, outermost sheet first, are the first leaves; their top face is the
        // recto (right-hand page) and their underside the verso. Then the left halves, innermost first,
        // turned over by the fold: their underside is the recto and their top face the verso.
        var read = new List<Print>();
        foreach (var sheet in stack)
        {
            read.Add(sheet.TopRight);
            read.Add(sheet.UnderRight);
        }
        foreach (var sheet in Enumerable.Reverse(stack))
        {
            read.Add(sheet.UnderLeft);
            read.Add(sheet.TopLeft);
        }
        return read.All(p => p.Upright) ? read.Select(p => p.Page).ToList() : null;
    }
}
