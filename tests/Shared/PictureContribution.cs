using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReportGen.Tests;

/// <summary>
/// A contribution's Word file with pictures, made the way Word writes them (<c>w:drawing/wp:inline</c>, <c>wp:extent</c>,
/// <c>wp:docPr</c> with its Alt Text, <c>a:blip r:embed</c>): a PNG drawn here with SkiaSharp, a JPEG stored under a
/// ".png" name (the bytes decide), a picture only linked to an address outside, an EMF, a picture without a description
/// and one in a table cell.
/// </summary>
public static class PictureContribution
{
    public const string PngDescription = "Toàn cảnh hội nghị tổng kết xã Yên Tiến";
    public const string JpegTitle = "Đường bê tông thôn Đông";

    /// <summary>12 cm in Word: 340,16 pt.</summary>
    public const long PngWidthEmu = 12L * 360000;

    /// <summary>30 cm in Word, wider than any page's text.</summary>
    public const long JpegWidthEmu = 30L * 360000;

    /// <summary>The paragraphs (1 = the first) each picture stands in.</summary>
    public const int PngParagraph = 2, JpegParagraph = 4, LinkedParagraph = 5, EmfParagraph = 6, UndescribedParagraph = 7;

    public static byte[] Png { get; } = Encode(600, 300, SKEncodedImageFormat.Png, SKColors.SteelBlue);

    public static byte[] Jpeg { get; } = Encode(400, 400, SKEncodedImageFormat.Jpeg, SKColors.DarkOrange);

    public static byte[] Undescribed { get; } = Encode(200, 100, SKEncodedImageFormat.Png, SKColors.SeaGreen);

    public static byte[] InTable { get; } = Encode(120, 90, SKEncodedImageFormat.Jpeg, SKColors.MediumPurple);

    /// <summary>The first bytes of an Enhanced Metafile (EMR_HEADER, " EMF" at 40), as Word keeps a pasted drawing.</summary>
    public static byte[] Emf
    {
        get
        {
            var bytes = new byte[108];
            BitConverter.GetBytes(1).CopyTo(bytes, 0);
            BitConverter.GetBytes(108).CopyTo(bytes, 4);
            " EMF"u8.ToArray().CopyTo(bytes, 40);
            return bytes;
        }
    }

    /// <summary>A picture with a band and a disc, so it can be seen on the page.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, SKColor colour)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = colour, IsAntialias = true };
            canvas.DrawRect(0, 0, width, height / 3f, paint);
            canvas.DrawCircle(width / 2f, height * 2 / 3f, height / 4f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static void Write(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        Feed(main.AddImagePart(ImagePartType.Png, "rIdPng"), Png);
        // A JPEG under a PNG's name and content type: what it is comes from its bytes.
        Feed(main.AddImagePart(ImagePartType.Png, "rIdJpeg"), Jpeg);
        Feed(main.AddImagePart(ImagePartType.Emf, "rIdEmf"), Emf);
        Feed(main.AddImagePart(ImagePartType.Png, "rIdPlain"), Undescribed);
        Feed(main.AddImagePart(ImagePartType.Jpeg, "rIdCell"), InTable);
        main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
            new Uri("http://example.invalid/anh-hoi-nghi.png"), "rIdLinked");
        main.Document = new Document(new Body(
            Words("Năm 2020, xã Yên Tiến hoàn thành các tiêu chí xã nông thôn mới nâng cao."),
            new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(Picture(1, "rIdPng", null, PngWidthEmu, PngWidthEmu / 2, PngDescription, null))),
            Words("Hình 1. Hội nghị tổng kết."),
            new Paragraph(new Run(new Text("Đường thôn Đông: ")), new Run(Picture(2, "rIdJpeg", null, JpegWidthEmu, JpegWidthEmu, null, JpegTitle))),
            new Paragraph(new Run(new Text("Ảnh liên kết: ")), new Run(Picture(3, null, "rIdLinked", PngWidthEmu, PngWidthEmu / 2, "Ảnh trên mạng", null))),
            new Paragraph(new Run(new Text("Sơ đồ quy hoạch: ")), new Run(Picture(4, "rIdEmf", null, PngWidthEmu, PngWidthEmu / 2, "Sơ đồ", null))),
            new Paragraph(new Run(Picture(5, "rIdPlain", null, 0, 0, null, null))),
            new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new Text("Nhà văn hóa")))),
                new TableCell(new Paragraph(new Run(Picture(6, "rIdCell", null, 1080000, 810000, "Nhà văn hóa thôn Đông", null)))))),
            Words("Đảng bộ xã Yên Tiến xin trân trọng cảm ơn.")));
    }

    private static Paragraph Words(string text) => new(new Run(new Text(text)));

    private static void Feed(ImagePart part, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        part.FeedData(stream);
    }

    /// <summary>An inline picture as Word writes it; an extent of 0 leaves <c>wp:extent</c> out.</summary>
    private static Drawing Picture(uint id, string? embed, string? link, long cx, long cy, string? description, string? title)
    {
        var docPr = new DW.DocProperties { Id = id, Name = $"Picture {id}" };
        if (description is not null) docPr.Description = description;
        if (title is not null) docPr.Title = title;
        var blip = new A.Blip();
        if (embed is not null) blip.Embed = embed;
        if (link is not null) blip.Link = link;
        var inline = new DW.Inline();
        if (cx > 0) inline.Append(new DW.Extent { Cx = cx, Cy = cy });
        inline.Append(
            docPr,
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0, Name = $"image{id}.png" }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }));
        return new Drawing(inline);
    }
}
