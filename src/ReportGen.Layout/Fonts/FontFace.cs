using HarfBuzzSharp;

namespace ReportGen.Layout.Fonts;

/// <summary>
/// One face of a font file, loaded once and shared read-only by every layout (shaping with HarfBuzz is
/// safe from several threads on one font). Metrics are in font units; divide by <see cref="UnitsPerEm"/>.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    internal HarfBuzzSharp.Font HarfBuzzFont { get; }

    public string FilePath { get; }
    public int FaceIndex { get; }
    public string Family { get; }
    public bool Bold { get; }
    public bool Italic { get; }
    public int UnitsPerEm { get; }

    /// <summary>Ascender as a fraction of the em (positive, above the baseline).</summary>
    public float Ascent { get; }

    /// <summary>Descender as a fraction of the em (positive, below the baseline).</summary>
    public float Descent { get; }

    internal FontFace(FontFileInfo info)
    {
        FilePath = info.Path;
        FaceIndex = info.FaceIndex;
        Family = info.Family;
        Bold = info.Bold;
        Italic = info.Italic;
        _blob = Blob.FromFile(info.Path);
        _face = new Face(_blob, info.FaceIndex);
        UnitsPerEm = _face.UnitsPerEm;
        HarfBuzzFont = new HarfBuzzSharp.Font(_face);
        HarfBuzzFont.SetScale(UnitsPerEm, UnitsPerEm);
        HarfBuzzFont.SetFunctionsOpenType();
        if (HarfBuzzFont.TryGetHorizontalFontExtents(out var extents))
        {
            Ascent = extents.Ascender / (float)UnitsPerEm;
            Descent = -extents.Descender / (float)UnitsPerEm;
        }
        else
        {
            Ascent = 0.9f;
            Descent = 0.25f;
        }
        SpaceGlyph = HarfBuzzFont.TryGetGlyph(' ', out var space) ? (ushort)space : (ushort)0;
    }

    /// <summary>The glyph of U+0020, drawn between words so a PDF reader finds the spaces.</summary>
    /// <remarks>Looked up once: asked for every space of every line drawn, the call into HarfBuzz was 3,5 % of the layout's thread time.</remarks>
    public ushort SpaceGlyph { get; }

    /// <summary>Whether this face has a glyph for the Unicode scalar value.</summary>
    public bool Covers(int codepoint) => HarfBuzzFont.TryGetGlyph(codepoint, out var glyph) && glyph != 0;

    public string StyleName => (Bold, Italic) switch
    {
        (true, true) => "Bold Italic",
        (true, false) => "Bold",
        (false, true) => "Italic",
        _ => "Regular",
    };

    public override string ToString() => $"{Family} {StyleName} ({FilePath})";

    public void Dispose()
    {
        HarfBuzzFont.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
