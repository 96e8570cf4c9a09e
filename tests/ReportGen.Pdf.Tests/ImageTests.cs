using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportGen.Pdf.Tests;

public sealed class ImageTests : IDisposable
{
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);

    private static byte[] Encoded(int width, int height, SKEncodedImageFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.DarkRed);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    public void Read_TakesThePixelSizeFromTheHeader(SKEncodedImageFormat format)
    {
        var image = ImageData.Read(Encoded(320, 180, format));
        Assert.NotNull(image);
        Assert.Equal((320, 180), (image!.PixelWidth, image.PixelHeight));
        Assert.Null(ImageData.Read("not an image"u8.ToArray()));
    }

    [Fact]
    public void ImageBlock_IsCentredWithItsProportions_AndEmbeddedInThePdf()
    {
        var image = ImageData.Read(Encoded(400, 200, SKEncodedImageFormat.Png))!;
        var setter = new ParagraphSetter(new TextShaper(_fonts));
        var setup = new PageSetup(new Size(300, 400), 20, 20, 20, 20);
        var content = new Column([new TextBlock(setter, [new TextSpan("Ảnh hội nghị", new TextStyle(12))], new ParagraphStyle()), new ImageBlock(image, 200)], 10);

        var pages = Paginator.Paginate(content, setup, setter);

        var item = Assert.Single(pages[0].Items.OfType<ImageItem>());
        Assert.Equal(new Rect(50, item.Area.Y, 200, 100), item.Area);
        using var stream = new MemoryStream();
        PdfWriter.Write(pages, stream, new PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
        using var pdf = PdfDocument.Open(stream.ToArray());
        var placed = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal(200, placed.BoundingBox.Width, 1);
        Assert.Equal(100, placed.BoundingBox.Height, 1);
        Assert.Equal(50, placed.BoundingBox.Left, 1);
    }

    [Fact]
    public void ImageBlock_WiderThanTheColumn_IsNarrowedKeepingItsProportions()
    {
        var image = ImageData.Read(Encoded(400, 200, SKEncodedImageFormat.Png))!;
        var setter = new ParagraphSetter(new TextShaper(_fonts));
        var pages = Paginator.Paginate(new ImageBlock(image, 1000), new PageSetup(new Size(300, 400), 20, 20, 20, 20), setter);
        var item = Assert.Single(pages[0].Items.OfType<ImageItem>());
        Assert.Equal((260f, 130f), (item.Area.Width, item.Area.Height));
    }

    public void Dispose() => _fonts.Dispose();
}
