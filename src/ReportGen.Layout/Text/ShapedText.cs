using ReportGen.Layout.Fonts;

namespace ReportGen.Layout.Text;

/// <summary>
/// Glyphs of a short text in one face, in font units per em (scale by the font size to get points), so
/// one shaping serves every size. Clusters are UTF-16 offsets into <see cref="Text"/>.
/// </summary>
public sealed class ShapedText(FontFace face, string text, ushort[] glyphs, float[] advances, float[] offsetsX, float[] offsetsY, int[] clusters)
{
    public FontFace Face { get; } = face;
    public string Text { get; } = text;
    public ushort[] Glyphs { get; } = glyphs;
    /// <summary>Advance of each glyph, in ems.</summary>
    public float[] Advances { get; } = advances;
    public float[] OffsetsX { get; } = offsetsX;
    public float[] OffsetsY { get; } = offsetsY;
    public int[] Clusters { get; } = clusters;
    /// <summary>Characters of this text that no font of the stack covers (drawn as nothing).</summary>
    public IReadOnlyList<int> Missing { get; init; } = [];

    /// <summary>Total advance in ems.</summary>
    public float Width { get; } = advances.Sum();
}
