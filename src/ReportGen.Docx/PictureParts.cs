using System.Globalization;
using ReportGen.Core.Import;

namespace ReportGen.Docx;

/// <summary>
/// A document's pictures (a Word contribution's, <see cref="EmbeddedImage"/>) put back into a Word file: each picture's
/// bytes once as an image part under a named relationship ("rIdPicture1", in the order met, so the same document gives
/// the same file), shown inline in a centred paragraph at the width the booklet gives it (its Word width, never wider
/// than the text nor taller than the page), with its description as Word's Alt Text.
/// </summary>
internal sealed class PictureParts(IReadOnlyDictionary<string, EmbeddedImage> images, int pageContentHeight)
{
    private const long EmuPerTwip = 635;

    private readonly Dictionary<string, string> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perExtension = new(StringComparer.Ordinal);
    private uint _drawings;

    /// <summary>The image parts made, in the order met.</summary>
    public List<ImagePart> Parts { get; } = [];

    /// <summary>True when the document has the picture of <paramref name="key"/>.</summary>
    public bool Has(string key) => images.ContainsKey(key);

    /// <summary>The picture of <paramref name="key"/> as a run of its drawing at most <paramref name="widthTwips"/> wide; null when the document has none such.</summary>
    public WordRun? Drawing(string key, string description, int widthTwips)
    {
        if (!images.TryGetValue(key, out var image))
        {
            return null;
        }
        if (!_relationships.TryGetValue(key, out var id))
        {
            id = $"rIdPicture{_relationships.Count + 1}";
            Parts.Add(NewPart(id, image));
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
        return new PictureRun(id, cx, cy, number, $"Hình {number.ToString(CultureInfo.InvariantCulture)}", $"{image.Key}.{image.Extension}", description);
    }

    /// <summary>Named as the SDK named them: media/image.png, then media/image2.png, … for each kind.</summary>
    private ImagePart NewPart(string id, EmbeddedImage image)
    {
        var (extension, contentType) = image.Format == PictureFormat.Png ? ("png", "image/png") : ("jpg", "image/jpeg");
        var count = _perExtension[extension] = _perExtension.GetValueOrDefault(extension) + 1;
        var name = count == 1 ? $"media/image.{extension}" : $"media/image{count.ToString(CultureInfo.InvariantCulture)}.{extension}";
        return new ImagePart(id, name, extension, contentType, image.Bytes);
    }
}

/// <summary>A picture's part in the package: its relationship, its name there, its kind and its bytes.</summary>
internal sealed record ImagePart(string Id, string Name, string Extension, string ContentType, byte[] Bytes);

/// <summary>A run holding one inline picture (w:drawing/wp:inline with pic:pic), its description as Alt Text.</summary>
internal sealed class PictureRun(string relationshipId, long cx, long cy, uint number, string name, string fileName, string description) : WordRun
{
    private const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    public override void Write(WordWriter xml)
    {
        xml.Start("r");
        xml.Start("drawing");
        xml.WriteStartElement("wp", "inline", Wp);
        xml.WriteAttributeString("distT", "0");
        xml.WriteAttributeString("distB", "0");
        xml.WriteAttributeString("distL", "0");
        xml.WriteAttributeString("distR", "0");
        Extent(xml, "wp", "extent", Wp);
        xml.WriteStartElement("wp", "effectExtent", Wp);
        xml.WriteAttributeString("l", "0");
        xml.WriteAttributeString("t", "0");
        xml.WriteAttributeString("r", "0");
        xml.WriteAttributeString("b", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("wp", "docPr", Wp);
        xml.WriteAttribute("id", number);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("descr", description);
        xml.WriteEndElement();
        xml.WriteStartElement("wp", "cNvGraphicFramePr", Wp);
        xml.WriteStartElement("a", "graphicFrameLocks", A);
        xml.WriteAttributeString("noChangeAspect", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "graphic", A);
        xml.WriteStartElement("a", "graphicData", A);
        xml.WriteAttributeString("uri", Pic);
        xml.WriteStartElement("pic", "pic", Pic);
        xml.WriteStartElement("pic", "nvPicPr", Pic);
        xml.WriteStartElement("pic", "cNvPr", Pic);
        xml.WriteAttributeString("id", "0");
        xml.WriteAttributeString("name", fileName);
        xml.WriteAttributeString("descr", description);
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "cNvPicPr", Pic);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "blipFill", Pic);
        xml.WriteStartElement("a", "blip", A);
        xml.WriteAttributeString("r", "embed", WordXml.R, relationshipId);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "stretch", A);
        xml.WriteStartElement("a", "fillRect", A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "spPr", Pic);
        xml.WriteStartElement("a", "xfrm", A);
        xml.WriteStartElement("a", "off", A);
        xml.WriteAttributeString("x", "0");
        xml.WriteAttributeString("y", "0");
        xml.WriteEndElement();
        Extent(xml, "a", "ext", A);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "prstGeom", A);
        xml.WriteAttributeString("prst", "rect");
        xml.WriteStartElement("a", "avLst", A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void Extent(WordWriter xml, string prefix, string name, string ns)
    {
        xml.WriteStartElement(prefix, name, ns);
        xml.WriteAttribute("cx", cx);
        xml.WriteAttribute("cy", cy);
        xml.WriteEndElement();
    }
}
