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
    public float Width { get; } = WidthOf(advances);

    /// <summary>
    /// The sum of <paramref name="advances"/>, added in order as doubles (as Enumerable.Sum adds floats, which this was):
    /// one function for a shaped word and for a figure word measured without its glyphs (<see cref="FigureGlyphs.Width"/>),
    /// so the two agree to the bit.
    /// </summary>
    internal static float WidthOf(ReadOnlySpan<float> advances)
    {
        double sum = 0;
        foreach (var advance in advances)
        {
            sum += advance;
        }
        return (float)sum;
    }
}

/// <summary>
/// Read-only arrays that shaped words of a given length have alike: no offsets (all zero), and clusters counting
/// 0, 1, 2 … (one glyph per UTF-16 character). Shared by the cached words that have them, as the cache's words are
/// never written to (every reader slices or reads).
/// </summary>
internal static class ShapedArrays
{
    /// <summary>Longer words get arrays of their own.</summary>
    private const int Longest = 64;

    private static readonly float[][] ZeroArrays = [.. Enumerable.Range(0, Longest + 1).Select(n => new float[n])];

    private static readonly int[][] CountingArrays = [.. Enumerable.Range(0, Longest + 1).Select(n => Enumerable.Range(0, n).ToArray())];

    /// <summary><paramref name="length"/> zeros.</summary>
    public static float[] Zeros(int length) => length <= Longest ? ZeroArrays[length] : new float[length];

    /// <summary>0, 1 … <paramref name="length"/> - 1.</summary>
    public static int[] Counting(int length) => length <= Longest ? CountingArrays[length] : Enumerable.Range(0, length).ToArray();
}
