using ReportGen.Layout;
using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>
/// Writes the print copy of a booklet: its A5 pages imposed two-up on A4 landscape sheets in saddle-stitch
/// order (<see cref="Imposition.SaddleStitch"/>), one PDF page per sheet side, for duplex printing flipped
/// on the short edge. Each A5 page is drawn once into an <see cref="SKPicture"/> and placed on its sheet
/// as it is (A5 is half of A4: no scaling), so the text stays text and nothing is rasterized.
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
        Write(a5Pages, metadata, versoShift, output);
    }

    /// <summary>How many sheets of paper the booklet takes (each printed on both sides).</summary>
    public static int SheetCount(int pageCount) => Imposition.PaddedCount(pageCount) / Imposition.PagesPerSheet;

    private static void Write(IReadOnlyList<Page> pages, PdfMetadata metadata, float versoShift, Stream output)
    {
        // Nothing on paper can be clicked: links and named destinations stay in the reading copy.
        var printed = pages.Select(WithoutLinks).ToList();
        var typefaces = Typefaces.Subsets(printed);
        var pictures = new List<SKPicture>(printed.Count);
        try
        {
            var drawer = new PageDrawer(face => typefaces[face]);
            pictures.AddRange(printed.Select(page => Record(drawer, page)));

            SkiaPdfDocument.Write(metadata, document =>
            {
                foreach (var side in Imposition.SaddleStitch(pages.Count))
                {
                    var canvas = document.BeginPage(Sheet.Width, Sheet.Height);
                    if (side.Left is { } left)
                    {
                        Place(canvas, pictures[left - 1], pages[left - 1].Size, leftHalf: true, versoShift);
                    }
                    if (side.Right is { } right)
                    {
                        Place(canvas, pictures[right - 1], pages[right - 1].Size, leftHalf: false, versoShift);
                    }
                    DrawFoldMarks(canvas);
                    document.EndPage();
                }
            }, null, output);
        }
        finally
        {
            foreach (var picture in pictures)
            {
                picture.Dispose();
            }
            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }

    private static Page WithoutLinks(Page page)
    {
        var copy = new Page(page.Size, page.Number);
        copy.Items.AddRange(page.Items.Where(item => item is not LinkArea and not InternalLink));
        return copy;
    }

    private static SKPicture Record(PageDrawer drawer, Page page)
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(page.Size.Width, page.Size.Height));
        drawer.Draw(canvas, page);
        return recorder.EndRecording();
    }

    /// <summary>
    /// Puts a page on a half of the sheet with its spine edge on the fold (A5 is 0,5 mm narrower than half
    /// an A4 sheet: the spare goes to the outer edge, which is trimmed or left white). A landscape page is
    /// turned a quarter to the left, its top towards the left edge, as in any bound book: the reader turns
    /// the booklet clockwise to read it.
    /// </summary>
    private static void Place(SKCanvas canvas, SKPicture picture, Size page, bool leftHalf, float versoShift)
    {
        var landscape = page.Width > page.Height;
        var width = landscape ? page.Height : page.Width;
        var height = landscape ? page.Width : page.Height;
        var fold = Sheet.Width / 2;
        canvas.Save();
        canvas.Translate(leftHalf ? fold - width : fold, (Sheet.Height - height) / 2);
        if (landscape)
        {
            // (x, y) on the page lands at (y, page width − x) in the slot.
            canvas.Translate(0, page.Width);
            canvas.RotateDegrees(-90);
        }
        else if (leftHalf)
        {
            canvas.Translate(-versoShift, 0);
        }
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    /// <summary>Short hairlines on the fold line at the top and bottom edge: where to fold the stack.</summary>
    private static void DrawFoldMarks(SKCanvas canvas)
    {
        using var paint = new SKPaint
        {
            Color = SKColors.Black,
            StrokeWidth = MarkThickness,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
        };
        var x = Sheet.Width / 2;
        canvas.DrawLine(x, MarkStart, x, MarkStart + MarkLength, paint);
        canvas.DrawLine(x, Sheet.Height - MarkStart - MarkLength, x, Sheet.Height - MarkStart, paint);
    }
}
