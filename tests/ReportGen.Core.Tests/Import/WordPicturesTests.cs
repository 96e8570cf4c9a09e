using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Import;
using ReportGen.Core.Loading;
using ReportGen.Tests;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// Pictures in a contribution's Word file (issue 16, point 1): PNG and JPEG kept as Markdown images referring to checked
/// bytes by key, with the writer's description; linked, unsupported and oversized pictures left out and said at their
/// paragraph. The Word file is made by <see cref="PictureContribution"/>, its pictures drawn with SkiaSharp.
/// </summary>
public sealed class WordPicturesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-wordpics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Contribution()
    {
        var path = Path.Combine(_folder, "tham-luan.docx");
        PictureContribution.Write(path);
        return path;
    }

    [Fact]
    public void Pictures_BecomeMarkdownImages_WithTheWritersDescription_AndTheirBytesByKey()
    {
        var content = WordToMarkdown.Convert(Contribution());

        var png = EmbeddedImage.KeyOf(PictureContribution.Png);
        var jpeg = EmbeddedImage.KeyOf(PictureContribution.Jpeg);
        // Each picture a paragraph of its own, after the words that stood before it in the line.
        Assert.Contains($"nâng cao.\n\n![{PictureContribution.PngDescription}](rg-image:{png})\n\nHình 1. Hội nghị tổng kết.", content.Markdown, StringComparison.Ordinal);
        Assert.Contains($"Đường thôn Đông:\n\n![{PictureContribution.JpegTitle}](rg-image:{jpeg})\n\n", content.Markdown, StringComparison.Ordinal);
        // A picture in a table cell follows the table; one without a description gets a stand-in.
        Assert.Contains($"![Nhà văn hóa thôn Đông](rg-image:{EmbeddedImage.KeyOf(PictureContribution.InTable)})", content.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Nhà văn hóa |   |\n|---|---|\n\n![Nhà văn hóa thôn Đông]", content.Markdown, StringComparison.Ordinal);
        Assert.Contains($"![Hình 5 (chưa có mô tả)](rg-image:{EmbeddedImage.KeyOf(PictureContribution.Undescribed)})", content.Markdown, StringComparison.Ordinal);
        Assert.Equal(4, content.Images.Count);

        var pngImage = content.Images[png];
        Assert.Equal((PictureFormat.Png, 600, 300), (pngImage.Format, pngImage.PixelWidth, pngImage.PixelHeight));
        Assert.Equal(PictureContribution.Png, pngImage.Bytes);
        Assert.Equal(12 / 2.54 * 72, pngImage.NaturalWidthPt, 2); // its width in Word
        Assert.Equal(pngImage.NaturalWidthPt / 2, pngImage.NaturalHeightPt, 2);
        // Stored as "image/png" under a ".png" name, but its bytes are a JPEG: a JPEG it is.
        Assert.Equal((PictureFormat.Jpeg, "jpg", 400, 400), (content.Images[jpeg].Format, content.Images[jpeg].Extension, content.Images[jpeg].PixelWidth, content.Images[jpeg].PixelHeight));
        // No size in Word: its pixels at 150 dpi (200 px → 96 pt), not the column's width.
        Assert.Equal(96, content.Images[EmbeddedImage.KeyOf(PictureContribution.Undescribed)].NaturalWidthPt, 3);
        // Nothing of the file's names reaches the Markdown.
        Assert.DoesNotContain("image1.png", content.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("media", content.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkedAndUnsupportedPictures_AreLeftOut_EachSaidAtItsParagraph()
    {
        var content = WordToMarkdown.Convert(Contribution());

        var linked = Assert.Single(content.Notes, n => n.Loss == WordLoss.PictureLinked);
        Assert.Equal((PictureContribution.LinkedParagraph, "Ảnh liên kết:"), (linked.Paragraph, linked.Excerpt));
        Assert.Equal("http://example.invalid/anh-hoi-nghi.png", linked.Detail);
        var emf = Assert.Single(content.Notes, n => n.Loss == WordLoss.PictureUnsupported);
        Assert.Equal((PictureContribution.EmfParagraph, "Sơ đồ quy hoạch:", "EMF"), (emf.Paragraph, emf.Excerpt, emf.Detail));
        // The picture without a description: kept, said once with the count; its paragraph has no words, so its name says which.
        var undescribed = Assert.Single(content.Notes, n => n.Loss == WordLoss.PictureWithoutDescription);
        Assert.Equal((PictureContribution.UndescribedParagraph, "Picture 5", "1"), (undescribed.Paragraph, undescribed.Excerpt, undescribed.Detail));
        // Neither left-out picture has an image in the Markdown, and the text around them stays.
        Assert.Equal(5, content.Markdown.Split("rg-image:").Length);
        Assert.Contains("Ảnh liên kết:\n\n", content.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("example.invalid", content.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void PictureBytes_AreRecognisedByTheirBytes_AndDamagedHeadersRefused()
    {
        Assert.Equal((PictureFormat.Png, 600, 300), PictureBytes.Recognise(PictureContribution.Png));
        Assert.Equal((PictureFormat.Jpeg, 400, 400), PictureBytes.Recognise(PictureContribution.Jpeg));
        // Cut short: no IEND (PNG), no frame or scan (JPEG).
        Assert.Null(PictureBytes.Recognise(PictureContribution.Png.AsSpan(0, PictureContribution.Png.Length - 20)));
        Assert.Null(PictureBytes.Recognise(PictureContribution.Jpeg.AsSpan(0, 30)));
        Assert.Equal("PNG", PictureBytes.NameOf(PictureContribution.Png.AsSpan(0, 100)));
        Assert.Equal("EMF", PictureBytes.NameOf(PictureContribution.Emf));
        Assert.Equal("GIF", PictureBytes.NameOf("GIF89a\x01\x00\x01\x00"u8));
        Assert.Equal("TIFF", PictureBytes.NameOf("II*\0\x08\0\0\0"u8));
        Assert.Equal("WMF", PictureBytes.NameOf([0xD7, 0xCD, 0xC6, 0x9A, 0, 0]));
        Assert.Null(PictureBytes.Recognise("GIF89a\x01\x00\x01\x00"u8));
    }

    [Fact]
    public void APictureClaimingTooManyPixels_IsLeftOut_BeforeAnyDecoderSeesIt()
    {
        // A few hundred bytes that say 10 000 × 6 000 pixels: 240 MB once decoded.
        var bomb = PngHeader(10_000, 6_000);
        Assert.Equal((PictureFormat.Png, 10_000, 6_000), PictureBytes.Recognise(bomb));
        var path = Path.Combine(_folder, "bomb.docx");
        PictureContribution.Write(path);
        ReplaceEntry(path, PictureContribution.Png, bomb);

        var content = WordToMarkdown.Convert(path);

        var large = Assert.Single(content.Notes, n => n.Loss == WordLoss.PictureTooLarge);
        Assert.Equal((PictureContribution.PngParagraph, "10000 × 6000 px"), (large.Paragraph, large.Detail));
        Assert.DoesNotContain(content.Images.Values, i => i.PixelWidth == 10_000);
        Assert.Equal(4, content.Markdown.Split("rg-image:").Length);
    }

    [Fact]
    public void MeetingCheck_SaysEachPictureLeftOut_InTheWordFileAtItsParagraph()
    {
        Contribution();
        var path = ContributionMeeting.Write(_folder, "tham-luan.docx");

        var diagnostics = DataLoader.CheckFile(path).Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Diagnostic At(string code) => Assert.Single(diagnostics, d => d.Code == code);
        var (emf, linked, undescribed) = (At("RG143"), At("RG144"), At("RG146"));
        Assert.All(new[] { emf, linked, undescribed }, d =>
        {
            Assert.Equal(Severity.Warning, d.Severity);
            Assert.EndsWith("tham-luan.docx", d.File, StringComparison.Ordinal);
        });
        Assert.Equal(PictureContribution.EmfParagraph, emf.Line);
        Assert.Contains("đoạn 6 (“Sơ đồ quy hoạch:”)", emf.Message, StringComparison.Ordinal);
        Assert.Contains("EMF", emf.Message, StringComparison.Ordinal);
        Assert.Contains("Save as Picture", emf.Message, StringComparison.Ordinal);
        Assert.Equal(PictureContribution.LinkedParagraph, linked.Line);
        Assert.Contains("http://example.invalid/anh-hoi-nghi.png", linked.Message, StringComparison.Ordinal);
        Assert.Equal(PictureContribution.UndescribedParagraph, undescribed.Line);
        Assert.DoesNotContain(diagnostics, d => d.Code is "RG130" or "RG145");
    }

    [Fact]
    public void AContributionWithAPhoto_LargerThanATextFileMayBe_IsRead()
    {
        // 1 200 × 1 200 pixels of noise: a PNG of about 4 MB, as an uncompressed photo in Word is.
        var photo = Noise(1200, 1200);
        Assert.True(photo.Length > DataLoader.MaxFileBytes);
        var path = Contribution();
        ReplaceEntry(path, PictureContribution.Png, photo);
        Assert.True(new FileInfo(path).Length > DataLoader.MaxFileBytes);
        File.WriteAllText(Path.Combine(_folder, "meeting.yaml"), """
            id: test-2021
            unit: { name: Ý Yên, level: huyện }
            issuers: [{ name: Huyện ủy Ý Yên, short_name: Huyện ủy, kind: party }]
            meeting: { title: tổng kết năm 2020, year: 2020, date: 2021-01-23, place: Ý Yên, delegates: 100 }
            documents:
              - { kind: contribution, file: tham-luan.docx, author: Đồng chí A, unit: Đảng bộ xã Yên Tiến }
            """, new UTF8Encoding(false));

        Assert.DoesNotContain(DataLoader.CheckFile(Path.Combine(_folder, "meeting.yaml")).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(WordToMarkdown.Convert(path).Images.Values, i => i.PixelWidth == 1200 && i.Bytes.Length == photo.Length);
    }

    private static byte[] Noise(int width, int height)
    {
        var random = new Random(16);
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void AnOldStylePicture_OfAFileKeptInWord97Compatibility_IsKeptToo()
    {
        // Word keeps pictures as VML (w:pict/v:shape/v:imagedata r:id) in a file saved in compatibility mode.
        var path = Path.Combine(_folder, "cu.docx");
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using (var stream = new MemoryStream(PictureContribution.Png))
            {
                main.AddImagePart(DocumentFormat.OpenXml.Packaging.ImagePartType.Png, "rIdOld").FeedData(stream);
            }
            var shape = new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.ImageData { RelationshipId = "rIdOld", Title = "" })
            {
                Id = "_x0000_i1025", Style = "width:3in;height:1.5in", Alternate = "Trụ sở Đảng ủy xã",
            };
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Trụ sở mới."))),
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Picture(shape)))));
        }

        var content = WordToMarkdown.Convert(path);

        var key = EmbeddedImage.KeyOf(PictureContribution.Png);
        Assert.Contains($"Trụ sở mới.\n\n![Trụ sở Đảng ủy xã](rg-image:{key})\n", content.Markdown, StringComparison.Ordinal);
        Assert.Equal(216, content.Images[key].NaturalWidthPt, 3); // 3 inches
        Assert.Empty(content.Notes);
    }

    /// <summary>A PNG whose header claims a size, with one empty data chunk and an end.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            bytes.AddRange(length);
            bytes.AddRange(Encoding.ASCII.GetBytes(type));
            bytes.AddRange(data);
            bytes.AddRange(new byte[4]); // the CRC, which no check here reads
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk("IHDR", header);
        Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk("IEND", []);
        return [.. bytes];
    }

    /// <summary>Puts <paramref name="replacement"/> in place of the zip entry holding <paramref name="original"/>.</summary>
    private static void ReplaceEntry(string path, byte[] original, byte[] replacement)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.ToList())
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }
            if (buffer.ToArray().AsSpan().SequenceEqual(original))
            {
                var name = entry.FullName;
                entry.Delete();
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(replacement);
                return;
            }
        }
        throw new InvalidOperationException("the picture is not in the package");
    }
}
