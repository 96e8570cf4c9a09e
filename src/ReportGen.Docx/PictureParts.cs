using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Import;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReportGen.Docx;

/// <summary>
/// A document's pictures (a Word contribution's, <see cref="EmbeddedImage"/>) put back into a Word file: each picture's
/// bytes once as an image part under a named relationship ("rIdPicture1", in the order met, so the same document gives
/// the same file), shown inline in a centred paragraph at the width the booklet gives it (its Word width, never wider
/// than the text nor taller than the page), with its description as Word's Alt Text.
/// </summary>
internal sealed class PictureParts(MainDocumentPart main, IReadOnlyDictionary<string, EmbeddedImage> images, int pageContentHeight)
{
    private const long EmuPerTwip = 635;

    private readonly Dictionary<string, string> _relationships = new(StringComparer.Ordinal);
    private uint _drawings;

    /// <summary>True when the document has the picture of <paramref name="key"/>.</summary>
    public bool Has(string key) => images.ContainsKey(key);

    /// <summary>The picture of <paramref name="key"/> as a drawing at most <paramref name="widthTwips"/> wide; null when the document has none such.</summary>
    public Drawing? Drawing(string key, string description, int widthTwips)
    {
        if (!images.TryGetValue(key, out var image))
        {
            return null;
        }
        if (!_relationships.TryGetValue(key, out var id))
        {
            id = $"rIdPicture{_relationships.Count + 1}";
            var part = main.AddImagePart(image.Format == PictureFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg, id);
            using (var stream = new MemoryStream(image.Bytes, writable: false))
            {
                part.FeedData(stream);
            }
            _relationships[key] = id;
        }
        var ratio = (double)image.PixelHeight / Math.Max(1, image.PixelWidth);
        var width = Math.Min(image.NaturalWidthPt * 20, widthTwips);
        if (width * ratio > pageContentHeight)
        {
            width = pageContentHeight / ratio;
        }
        var cx = (long)Math.Round(width * EmuPerTwip);
        var cy = (long)Math.Round(width * ratio * EmuPerTwip);
        var number = ++_drawings;
        var name = $"Hình {number.ToString(CultureInfo.InvariantCulture)}";
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = number, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0, Name = $"{image.Key}.{image.Extension}", Description = description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
    }
}
