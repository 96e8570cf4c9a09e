using ReportGen.Layout.Fonts;

namespace ReportGen.Layout.Text;

/// <summary>
/// Words made only of figures and the signs written with them ("34500", "41,27", "99,4%", "2026-2031") set glyph by
/// glyph in one face from what HarfBuzz gives for each character alone, without HarfBuzz or the word cache, when every
/// two characters in a row of the word are set by HarfBuzz as the two alone (<see cref="For"/> shapes each pair once
/// per face). A word with a pair the face kerns ("11" in Liberation Serif and Times New Roman, moved apart as a pair of
/// figures) is shaped as any word.
/// </summary>
/// <remarks>
/// Such words are mostly met once: a list's row numbers, a table's figures. Cached, a 1 000-page list's 34 500 row
/// numbers were among the shaper's 51 700 words, each looked up four times (the columns' widths and the page, in both
/// copies) in a table too large for the processor's caches, and each shaped once by HarfBuzz: the lookups and shaping
/// were 7 % of the list's build (docs/benchmarks.md, "Issue 19, session 20"). A substitution over three or more figures
/// (a contextual alternate for fractions, say) is not looked for: no face we ship or know of turns one on by default.
/// </remarks>
internal sealed class FigureGlyphs
{
    /// <summary>The characters a figure word may hold.</summary>
    internal const string Characters = "0123456789.,%+-/:";

    private static readonly System.Buffers.SearchValues<char> FigureCharacters = System.Buffers.SearchValues.Create(Characters);

    private readonly FontFace _face;

    /// <summary>Each character's glyph and advance alone, by its place in <see cref="Characters"/>.</summary>
    private readonly ushort[] _glyphs = new ushort[Characters.Length];

    private readonly float[] _advances = new float[Characters.Length];

    /// <summary>Whether HarfBuzz sets each two characters as the two alone, by their places: [first * count + second].</summary>
    private readonly bool[] _plainPairs = new bool[Characters.Length * Characters.Length];

    private FigureGlyphs(FontFace face) => _face = face;

    /// <summary>
    /// The figures of <paramref name="face"/>, or null when it does not draw each of <see cref="Characters"/> alone as
    /// one glyph of its own. <paramref name="shape"/> is HarfBuzz's shaping of a text through the font stack.
    /// </summary>
    public static FigureGlyphs? For(FontFace face, Func<string, ShapedText[]> shape)
    {
        var figures = new FigureGlyphs(face);
        var count = Characters.Length;
        for (var c = 0; c < count; c++)
        {
            if (shape(Characters[c].ToString()) is not [{ Glyphs: [var glyph] } alone] || !Plain(alone, face, 1))
            {
                return null;
            }
            figures._glyphs[c] = glyph;
            figures._advances[c] = alone.Advances[0];
        }
        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
            {
                figures._plainPairs[a * count + b] = shape(string.Concat(Characters[a], Characters[b])) is [{ Glyphs: [var first, var second] } pair]
                    && Plain(pair, face, 2) && first == figures._glyphs[a] && second == figures._glyphs[b]
                    && pair.Advances[0] == figures._advances[a] && pair.Advances[1] == figures._advances[b];
            }
        }
        return figures;
    }

    /// <summary>One glyph per character of <paramref name="face"/>, in order, none moved off its place, nothing missing.</summary>
    private static bool Plain(ShapedText shaped, FontFace face, int length)
    {
        if (shaped.Face != face || shaped.Missing.Count > 0 || shaped.Glyphs.Length != length)
        {
            return false;
        }
        for (var i = 0; i < length; i++)
        {
            if (shaped.Clusters[i] != i || shaped.OffsetsX[i] != 0 || shaped.OffsetsY[i] != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is a figure word: not empty, and only <see cref="Characters"/>.</summary>
    public static bool IsFigures(ReadOnlySpan<char> word) => word.Length > 0 && !word.ContainsAnyExcept(FigureCharacters);

    /// <summary>
    /// The figure word (<see cref="IsFigures"/>) set glyph by glyph as HarfBuzz sets it in this face; null when two of its
    /// characters in a row are not set as the two alone (it is shaped as any word).
    /// </summary>
    public ShapedText? Shape(ReadOnlySpan<char> word)
    {
        // Refused before anything is made: a word with "11" comes here on its way to the cache.
        if (!SetsAlone(word))
        {
            return null;
        }
        var glyphs = new ushort[word.Length];
        var advances = new float[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var place = Characters.IndexOf(word[i], StringComparison.Ordinal);
            glyphs[i] = _glyphs[place];
            advances[i] = _advances[place];
        }
        var zeros = ShapedArrays.Zeros(word.Length);
        return new ShapedText(_face, word.ToString(), glyphs, advances, zeros, zeros, ShapedArrays.Counting(word.Length));
    }

    /// <summary>
    /// What <see cref="Shape"/>'s word would measure (<see cref="ShapedText.Width"/>, in ems), without making it; null
    /// when it would be refused. For a table's column widths, which need the words' widths only: a figure word's
    /// glyphs made for them were five objects each time, and a long table's figures are measured in both copies
    /// before their rows are set (docs/benchmarks.md, "Issue 19, session 26").
    /// </summary>
    public float? Width(ReadOnlySpan<char> word)
    {
        if (!SetsAlone(word))
        {
            return null;
        }
        // The advances Shape would give, summed by the shaped word's own sum.
        var advances = word.Length <= 256 ? stackalloc float[word.Length] : new float[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            advances[i] = _advances[Characters.IndexOf(word[i], StringComparison.Ordinal)];
        }
        return ShapedText.WidthOf(advances);
    }

    /// <summary>Whether every two characters in a row of the figure word are set by HarfBuzz as the two alone.</summary>
    private bool SetsAlone(ReadOnlySpan<char> word)
    {
        var count = Characters.Length;
        for (var i = 1; i < word.Length; i++)
        {
            if (!_plainPairs[Characters.IndexOf(word[i - 1], StringComparison.Ordinal) * count + Characters.IndexOf(word[i], StringComparison.Ordinal)])
            {
                return false;
            }
        }
        return true;
    }
}
