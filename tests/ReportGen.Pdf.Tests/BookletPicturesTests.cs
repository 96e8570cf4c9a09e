using Markdig;
using ReportGen.Booklet;
using ReportGen.Core.Import;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A Word contribution's pictures in the booklet (<c>![…](rg-image:KEY)</c> looked up in the document's pictures): at the
/// width the writer gave them, never wider than the column nor taller than a page, and a caption under a picture never
/// parted from it by a page break.
/// </summary>
public sealed class BookletPicturesTests : IDisposable
{
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);
    private readonly BookletTheme _theme = BookletTheme.Load(ReportGen.Tests.RepositoryRoot.Of("templates", "theme.yaml"));

    public void Dispose() => _fonts.Dispose();

    private static EmbeddedImage Picture(int width, int height, double? widthPt)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.SteelBlue);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        var bytes = data.ToArray();
        return new EmbeddedImage(EmbeddedImage.KeyOf(bytes), PictureFormat.Png, bytes, width, height, widthPt, widthPt * height / width);
    }

    private IReadOnlyList<Page> Lay(string markdown, params EmbeddedImage[] pictures)
    {
        var setter = new ParagraphSetter(new TextShaper(_fonts));
        var setup = _theme.ToPageSetup();
        var builder = new MarkdownLayoutBuilder(setter, _theme, setup.ContentSize.Height, "x.yaml")
        {
            Images = pictures.ToDictionary(p => p.Key),
        };
        var elements = builder.Build(Markdown.Parse(markdown, MarkdownRenderer.Pipeline));
        return Paginator.Paginate(new Column(elements, _theme.Body.ParagraphSpacingPt), setup, setter);
    }

    [Fact]
    public void Picture_TakesItsWordWidth_TheColumnAtMost_AndATallOneFitsOnAPage()
    {
        var small = Picture(300, 150, widthPt: 144); // 2 inches in Word
        var wide = Picture(800, 400, widthPt: 1000);
        var tall = Picture(100, 1000, widthPt: 400);
        var unsized = Picture(300, 300, widthPt: null);

        var pages = Lay($"![a]({small.Reference})\n\n![b]({wide.Reference})\n\n![c]({tall.Reference})\n\n![d]({unsized.Reference})\n", small, wide, tall, unsized);

        var items = pages.SelectMany(p => p.Items.OfType<ImageItem>()).ToList();
        var setup = _theme.ToPageSetup();
        Assert.Equal(4, items.Count);
        Assert.Equal((144f, 72f), (items[0].Area.Width, items[0].Area.Height));
        Assert.Equal(setup.ContentSize.Width, items[1].Area.Width, 0.01);
        Assert.Equal(setup.ContentSize.Height, items[2].Area.Height, 0.01);
        Assert.Equal(setup.ContentSize.Height / 10, items[2].Area.Width, 0.01);
        Assert.Equal(300 * 72 / 150f, items[3].Area.Width, 0.01); // its pixels at 150 dpi
    }

    [Fact]
    public void PictureAndItsCaption_StayOnOnePage_WhereverThePageBreaks()
    {
        var picture = Picture(600, 300, widthPt: 340);
        // One-line paragraphs move the picture down a line at a time: some place it at a page's foot with no room under it.
        for (var paragraphs = 20; paragraphs <= 60; paragraphs++)
        {
            var text = string.Concat(Enumerable.Repeat("Đoạn văn ngắn.\n\n", paragraphs));
            var pages = Lay($"{text}![Toàn cảnh]({picture.Reference})\n\nHình 1. Toàn cảnh hội nghị.\n", picture);

            var withPicture = Assert.Single(pages, p => p.Items.OfType<ImageItem>().Any());
            Assert.Contains(withPicture.Items.OfType<GlyphRun>(), r => r.Text.Contains("Hình", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void APictureDamagedPastItsHeader_StillLetsTheBookletBeWritten()
    {
        // The check walks headers, not compressed pixels: should damaged pixels get past it, Skia meets them while
        // drawing, and the booklet must still be written (a picture's data cut in half here, its end kept).
        var sound = Picture(300, 150, widthPt: 144).Bytes;
        var damaged = sound[..(sound.Length / 2)].Concat(sound[^12..]).ToArray();
        var picture = new EmbeddedImage(EmbeddedImage.KeyOf(damaged), PictureFormat.Png, damaged, 300, 150, 144, 72);
        var pages = Lay($"Trước ảnh.\n\n![a]({picture.Reference})\n\nSau ảnh.\n", picture);
        Assert.Single(pages.SelectMany(p => p.Items.OfType<ImageItem>()));

        using var stream = new MemoryStream();
        PdfWriter.Write(pages, stream, new PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        Assert.Contains("Sau ảnh.", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PictureTheDocumentDoesNotHave_IsItsText()
    {
        var pages = Lay("![Ảnh lạ](rg-image:0123456789abcdef0123456789abcdef)\n");

        Assert.Empty(pages.SelectMany(p => p.Items.OfType<ImageItem>()));
        Assert.Contains(pages.SelectMany(p => p.Items.OfType<GlyphRun>()), r => r.Text.Contains("Ảnh", StringComparison.Ordinal));
    }
}
