using System.IO.Compression;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Build;
using ReportGen.Core.Import;
using ReportGen.Tests;
using UglyToad.PdfPig;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// A commune's contribution with pictures, sent as a Word file (issue 16, point 1): the PNG and the JPEG are in the
/// booklet inside the text column at their Word width (the JPEG, wider than the page, narrowed to the column), on the
/// web page as files beside it with their descriptions, and in the Word file written again; the linked picture and the
/// EMF are left out with warnings naming the paragraph.
/// </summary>
public sealed class WordPicturesTests : IDisposable
{
    private const string Id = "y-yen-2021";

    /// <summary>A4 with margins of 30 mm left and 15 mm right (templates/theme.yaml): the text column in points.</summary>
    private const double ColumnLeft = 30 / 25.4 * 72, ColumnRight = (210 - 15) / 25.4 * 72;

    private readonly SeedWorkspace _workspace = new("wordpics");

    public void Dispose() => _workspace.Dispose();

    private BuildReport Build()
    {
        var docx = Path.Combine(_workspace.Data, "y-yen-tham-luan.docx");
        PictureContribution.Write(docx);
        var yaml = Path.Combine(_workspace.Data, "y-yen.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: y-yen-tham-luan-yen-tien.md", "file: y-yen-tham-luan.docx", StringComparison.Ordinal));
        return SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output, Only: Id));
    }

    [Fact]
    public void Booklet_ShowsEachPictureInsideTheTextColumn_AtItsWordWidth()
    {
        Build();

        using var pdf = PdfDocument.Open(Path.Combine(_workspace.Output, Id, "booklet.pdf"));
        var page = pdf.GetPages().Single(p => p.Text.Contains("Hình 1. Hội nghị tổng kết", StringComparison.Ordinal));
        var images = page.GetImages().ToList();
        var png = Assert.Single(images, i => i.WidthInSamples == 600);
        // 12 cm in Word is 12 cm on the page, centred in the column; its proportions kept (600 × 300 px).
        Assert.Equal(12 / 2.54 * 72, png.BoundingBox.Width, 0.5);
        Assert.Equal(png.BoundingBox.Width / 2, png.BoundingBox.Height, 0.5);
        Assert.Equal((ColumnLeft + ColumnRight) / 2, png.BoundingBox.Left + png.BoundingBox.Width / 2, 0.5);
        // The JPEG was 30 cm wide in Word: narrowed to the column, square as it is.
        var jpeg = pdf.GetPages().SelectMany(p => p.GetImages()).Single(i => i.WidthInSamples == 400);
        Assert.Equal(ColumnRight - ColumnLeft, jpeg.BoundingBox.Width, 0.5);
        Assert.Equal(jpeg.BoundingBox.Width, jpeg.BoundingBox.Height, 0.5);
        Assert.InRange(jpeg.BoundingBox.Left, ColumnLeft - 0.5, ColumnLeft + 0.5);
        // Four pictures kept (the PNG, the JPEG, the one without a description, the table's); the link and the EMF are not.
        var all = pdf.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.Equal([90, 100, 300, 400], all.Select(i => i.HeightInSamples).Order());
        Assert.All(all, i => Assert.InRange(i.BoundingBox.Left, ColumnLeft - 0.5, ColumnRight));
        Assert.All(all, i => Assert.InRange(i.BoundingBox.Right, ColumnLeft, ColumnRight + 0.5));
        // The text around the pictures is all there.
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Ảnh liên kết:", text, StringComparison.Ordinal);
        Assert.Contains("Sơ đồ quy hoạch:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rg-image", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WebPage_ShowsEachPictureFromAFileBesideIt_WithItsDescription()
    {
        Build();

        var folder = Path.Combine(_workspace.Output, Id);
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        var page = new HtmlParser().ParseDocument(html);
        var pictures = page.QuerySelectorAll("img.rg-picture").ToList();
        Assert.Equal(4, pictures.Count);
        var png = Assert.Single(pictures, i => i.GetAttribute("alt") == PictureContribution.PngDescription);
        Assert.Equal($"images/{EmbeddedImage.KeyOf(PictureContribution.Png)}.png", png.GetAttribute("src"));
        Assert.Equal("454", png.GetAttribute("width")); // 12 cm = 340,16 pt = 453,5 CSS px
        Assert.Equal("227", png.GetAttribute("height"));
        var jpeg = Assert.Single(pictures, i => i.GetAttribute("alt") == PictureContribution.JpegTitle);
        Assert.Equal($"images/{EmbeddedImage.KeyOf(PictureContribution.Jpeg)}.jpg", jpeg.GetAttribute("src"));
        Assert.Contains(pictures, i => i.GetAttribute("alt") == "Hình 5 (chưa có mô tả)");
        foreach (var picture in pictures)
        {
            // Relative, inside the meeting's folder, the same bytes: opens from a USB stick with no server.
            var source = picture.GetAttribute("src")!;
            Assert.Matches("^images/[0-9a-f]{32}\\.(png|jpg)$", source);
            Assert.True(File.Exists(Path.Combine(folder, source)), source);
            Assert.Equal("lazy", picture.GetAttribute("loading"));
            Assert.DoesNotContain(picture.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
        Assert.Equal(PictureContribution.Png, File.ReadAllBytes(Path.Combine(folder, png.GetAttribute("src")!)));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(folder, "images")).Length);
        // The page's policy lets it show its own files and nothing from elsewhere; the contribution brings no script.
        Assert.Contains("img-src 'self' data:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("example.invalid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rg-image:", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("section script"));
    }

    [Fact]
    public void WordFile_CarriesThePicturesAgain_AndValidates()
    {
        Build();

        var files = Directory.GetFiles(Path.Combine(_workspace.Output, Id, "docx"), "*.docx");
        var withPictures = files.Where(f =>
        {
            using var document = WordprocessingDocument.Open(f, false);
            return document.MainDocumentPart!.ImageParts.Any();
        }).ToList();
        using var word = WordprocessingDocument.Open(Assert.Single(withPictures), false);
        var main = word.MainDocumentPart!;
        var bytes = main.ImageParts.Select(p =>
        {
            using var stream = p.GetStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }).ToList();
        Assert.Equal(4, bytes.Count);
        Assert.Contains(bytes, b => b.AsSpan().SequenceEqual(PictureContribution.Png));
        Assert.Contains(bytes, b => b.AsSpan().SequenceEqual(PictureContribution.Jpeg));
        var drawings = main.Document!.Descendants<DW.Inline>().ToList();
        Assert.Equal(4, drawings.Count);
        var png = Assert.Single(drawings, d => d.DocProperties!.Description == PictureContribution.PngDescription);
        Assert.InRange(png.Extent!.Cx!.Value, PictureContribution.PngWidthEmu - 1000, PictureContribution.PngWidthEmu + 1000);
        // The 30 cm JPEG is no wider than the text (165 mm) in Word either.
        var jpeg = Assert.Single(drawings, d => d.DocProperties!.Description == PictureContribution.JpegTitle);
        Assert.InRange(jpeg.Extent!.Cx!.Value, 165L * 36000 - 1000, 165L * 36000 + 1000);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
    }

    [Fact]
    public void Build_WarnsOfThePicturesLeftOut_AtTheirParagraphs_AndRebuildsWhenAPictureChanges()
    {
        var report = Build();

        var emf = Assert.Single(report.Warnings, w => w.Code == "RG143");
        Assert.EndsWith("y-yen-tham-luan.docx", emf.File, StringComparison.Ordinal);
        Assert.Equal(PictureContribution.EmfParagraph, emf.Line);
        Assert.Contains("“Sơ đồ quy hoạch:”", emf.Message, StringComparison.Ordinal);
        var linked = Assert.Single(report.Warnings, w => w.Code == "RG144");
        Assert.Equal(PictureContribution.LinkedParagraph, linked.Line);
        Assert.Single(report.Warnings, w => w.Code == "RG146");

        // Unchanged: nothing built, nothing written. A picture changed inside the .docx: built again, its new file beside the page.
        var again = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output, Only: Id));
        Assert.True(Assert.Single(again.Meetings).Unchanged);
        var changed = PictureContribution.Encode(600, 300, SkiaSharp.SKEncodedImageFormat.Png, SkiaSharp.SKColors.Firebrick);
        Replace(Path.Combine(_workspace.Data, "y-yen-tham-luan.docx"), PictureContribution.Png, changed);
        var third = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output, Only: Id));
        Assert.False(Assert.Single(third.Meetings).Unchanged);
        var html = File.ReadAllText(Path.Combine(_workspace.Output, Id, "index.html"));
        Assert.Contains($"images/{EmbeddedImage.KeyOf(changed)}.png", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_workspace.Output, Id, "images", $"{EmbeddedImage.KeyOf(changed)}.png")));
    }

    private static void Replace(string path, byte[] original, byte[] replacement)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.Entries.Single(e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray().AsSpan().SequenceEqual(original);
        });
        var name = entry.FullName;
        entry.Delete();
        using var written = zip.CreateEntry(name).Open();
        written.Write(replacement);
    }
}
