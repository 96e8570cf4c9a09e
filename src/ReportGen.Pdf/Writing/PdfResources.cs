using System.Globalization;
using System.Text;
using ReportGen.Layout.Fonts;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// What the pages of one document draw with — fonts, images, opacities — named once and shared by every page
/// through one resource dictionary, written after the last page when every font's glyphs are known.
/// </summary>
internal sealed class PdfResources(PdfFile file)
{
    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = [];
    private readonly List<EmbeddedFont> _fontOrder = [];
    private readonly SortedSet<byte> _opacities = [];

    public PdfImages Images { get; } = new(file);

    public EmbeddedFont Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedFont(face, "F" + (_fontOrder.Count + 1).ToString(CultureInfo.InvariantCulture));
            _fonts[face] = font;
            _fontOrder.Add(font);
        }
        return font;
    }

    /// <summary>The graphics state setting fill and stroke opacity to <paramref name="alpha"/>/255 (made only for colours with alpha).</summary>
    public string Opacity(byte alpha)
    {
        _opacities.Add(alpha);
        return "GS" + alpha.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the fonts and the resource dictionary as object <paramref name="number"/>.</summary>
    public void Write(int number)
    {
        var dictionary = new StringBuilder("<<");
        if (_fontOrder.Count > 0)
        {
            dictionary.Append("/Font <<");
            foreach (var font in _fontOrder)
            {
                var type0 = file.Reserve();
                font.Write(file, type0);
                dictionary.Append('/').Append(font.ResourceName).Append(' ').Append(PdfFile.Reference(type0));
            }
            dictionary.Append(">>");
        }
        var images = Images.All.ToList();
        if (images.Count > 0)
        {
            dictionary.Append("/XObject <<");
            foreach (var (name, image) in images)
            {
                dictionary.Append('/').Append(name).Append(' ').Append(PdfFile.Reference(image));
            }
            dictionary.Append(">>");
        }
        if (_opacities.Count > 0)
        {
            dictionary.Append("/ExtGState <<");
            foreach (var alpha in _opacities)
            {
                var value = PdfSyntax.Number(alpha / 255f);
                dictionary.Append("/GS").Append(alpha.ToString(CultureInfo.InvariantCulture)).Append(" <</Type /ExtGState/ca ").Append(value).Append("/CA ").Append(value).Append(">>");
            }
            dictionary.Append(">>");
        }
        file.Object(number, dictionary.Append(">>").ToString());
    }
}
