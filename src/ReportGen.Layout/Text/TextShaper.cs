using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ReportGen.Layout.Fonts;

namespace ReportGen.Layout.Text;

/// <summary>
/// Shapes text with HarfBuzz through the font stack. Each character cluster takes the first face of the
/// stack that covers it, so a Vietnamese letter missing from one family comes from the next. Shaped words
/// are cached: a booklet repeats the same words thousands of times; a word of figures, mostly met once, is set glyph by
/// glyph instead where the face allows (<see cref="FigureGlyphs"/>). Safe to share between threads.
/// </summary>
public sealed class TextShaper
{
    // One cache per style (regular, bold, italic, bold italic), keyed by the word alone: a word found is looked up
    // from the characters being read (a span), so no string is made for it (5 % of the layout's bytes were these).
    private readonly ConcurrentDictionary<string, ShapedText[]>[] _cache =
        [.. Enumerable.Range(0, 4).Select(_ => new ConcurrentDictionary<string, ShapedText[]>(StringComparer.Ordinal))];

    // Each cache's lookup by span, asked for once: asking at every word checked the comparer's type each time.
    private readonly ConcurrentDictionary<string, ShapedText[]>.AlternateLookup<ReadOnlySpan<char>>[] _bySpan;

    public TextShaper(FontLibrary fonts)
    {
        Fonts = fonts;
        _bySpan = [.. _cache.Select(c => c.GetAlternateLookup<ReadOnlySpan<char>>())];
    }

    public FontLibrary Fonts { get; }

    /// <summary>Shapes one word (no spaces inside) into runs, one per face used.</summary>
    public ShapedText[] Shape(string word, bool bold, bool italic) => Shape(word.AsSpan(), bold, italic);

    /// <inheritdoc cref="Shape(string, bool, bool)"/>
    public ShapedText[] Shape(ReadOnlySpan<char> word, bool bold, bool italic)
    {
        var style = (bold ? 1 : 0) + (italic ? 2 : 0);
        if (FigureGlyphs.IsFigures(word) && FiguresOf(style, bold, italic)?.Shape(word) is { } figures)
        {
            return [figures];
        }
        if (_bySpan[style].TryGetValue(word, out var cached))
        {
            return cached;
        }
        var text = word.ToString();
        return _cache[style].GetOrAdd(text, ShapeUncached(text, bold, italic));
    }

    /// <summary>
    /// The width in ems <see cref="Shape(ReadOnlySpan{char}, bool, bool)"/> would give a figure word set glyph by glyph
    /// (<see cref="FigureGlyphs"/>), without making its glyphs; null for any other word (shape it to know).
    /// </summary>
    public float? FigureWidth(ReadOnlySpan<char> word, bool bold, bool italic)
    {
        var style = (bold ? 1 : 0) + (italic ? 2 : 0);
        return FigureGlyphs.IsFigures(word) && FiguresOf(style, bold, italic) is { } figures ? figures.Width(word) : null;
    }

    /// <summary>
    /// Per style, how its primary face sets figure words (<see cref="FigureGlyphs"/>): not checked yet (null), checked and
    /// set glyph by glyph, or checked and shaped as any word (<see cref="NoFigureGlyphs"/>). Threads that race check alike.
    /// </summary>
    private readonly object?[] _figures = new object?[4];

    private static readonly object NoFigureGlyphs = new();

    private FigureGlyphs? FiguresOf(int style, bool bold, bool italic) =>
        (Volatile.Read(ref _figures[style]) ?? CheckFigures(style, bold, italic)) as FigureGlyphs;

    // A method of its own: the lambda's closure is made where the method holding it starts, and FiguresOf is asked for
    // every figure word (32 000 closures in a 100-meeting build).
    private object CheckFigures(int style, bool bold, bool italic)
    {
        var known = FigureGlyphs.For(Fonts.Primary(bold, italic), text => ShapeUncached(text, bold, italic)) ?? NoFigureGlyphs;
        Volatile.Write(ref _figures[style], known);
        return known;
    }

    // The space's width per style, found once: asked for every word set, the cache lookup was 1 % of the layout's time.
    private readonly float[] _spaceWidths = [float.NaN, float.NaN, float.NaN, float.NaN];

    /// <summary>Width of a space in ems, in the primary face.</summary>
    public float SpaceWidth(bool bold, bool italic)
    {
        var index = (bold ? 1 : 0) + (italic ? 2 : 0);
        var known = Volatile.Read(ref _spaceWidths[index]);
        if (!float.IsNaN(known))
        {
            return known;
        }
        float width = 0;
        foreach (var run in Shape(" ", bold, italic))
        {
            width += run.Width;
        }
        // Every thread computes the same value: writing it twice is harmless.
        Volatile.Write(ref _spaceWidths[index], width);
        return width;
    }

    /// <summary>
    /// Per style, what is known of each UTF-16 character: 0 not asked yet, 1 some face of the stack draws it (or it
    /// is invisible), 2 none does. Filled as characters are asked; threads that race write the same answer.
    /// It lets a paragraph be checked for missing glyphs from its text alone, without shaping its words (64 KiB a
    /// style, made when first asked).
    /// </summary>
    private readonly byte[]?[] _drawable = new byte[]?[4];

    /// <summary>
    /// Whether every character of <paramref name="text"/> is drawn by some face of the stack in this style, or
    /// draws nothing (a format or control character). True means shaping it reports no missing glyph
    /// (<see cref="ShapedText.Missing"/>); false means it may (a surrogate pair is not looked into: false).
    /// </summary>
    public bool DrawsEvery(ReadOnlySpan<char> text, bool bold, bool italic)
    {
        var index = (bold ? 1 : 0) + (italic ? 2 : 0);
        var known = Volatile.Read(ref _drawable[index]);
        if (known is null)
        {
            Interlocked.CompareExchange(ref _drawable[index], new byte[char.MaxValue + 1], null);
            known = _drawable[index]!;
        }
        foreach (var ch in text)
        {
            var state = known[ch];
            if (state == 0)
            {
                state = char.IsSurrogate(ch) || !(IsInvisible(new Rune(ch)) || Fonts.Resolve(ch, bold, italic) is not null) ? (byte)2 : (byte)1;
                known[ch] = state;
            }
            if (state == 2)
            {
                return false;
            }
        }
        return true;
    }

    private ShapedText[] ShapeUncached(string text, bool bold, bool italic)
    {
        var runs = new List<ShapedText>();
        var missing = new List<int>();
        var primary = Fonts.Primary(bold, italic);
        FontFace? current = null;
        var start = 0;
        // Cluster by cluster as spans of the text (the enumerator of text elements made a string of each).
        for (var index = 0; index < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(index));
            var face = FaceFor(text.AsSpan(index, length), bold, italic, missing) ?? current ?? primary;
            if (current is not null && face != current)
            {
                runs.Add(ShapeRun(current, text[start..index], missing));
                start = index;
            }
            current = face;
            index += length;
        }
        if (current is not null && start < text.Length)
        {
            runs.Add(ShapeRun(current, text[start..], missing));
        }
        return [.. runs];
    }

    private FontFace? FaceFor(ReadOnlySpan<char> cluster, bool bold, bool italic, List<int> missing)
    {
        // A loop over the runes, not LINQ: a closure and a boxed enumerator for every character of every word shaped
        // (100 MB for a list of 34 500 names, docs/benchmarks.md, "Large arrays").
        var primary = Fonts.Primary(bold, italic);
        var covered = true;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!primary.Covers(rune.Value) && !IsInvisible(rune))
            {
                covered = false;
                break;
            }
        }
        if (covered)
        {
            return primary;
        }
        var runes = cluster.EnumerateRunes();
        runes.MoveNext();
        var first = runes.Current;
        var face = Fonts.Resolve(first.Value, bold, italic);
        if (face is null && !IsInvisible(first))
        {
            missing.Add(first.Value);
        }
        return face;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control;

    private static ShapedText ShapeRun(FontFace face, string text, List<int> missing)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        // A non-breaking space (VietnameseBreaks) is set as the space glyph: the same width, and a PDF reader
        // then reads a plain space (a font's own no-break space glyph would come out as U+00A0 in search and copy).
        buffer.AddUtf16(text.Replace('\u00A0', ' '));
        buffer.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var em = (float)face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var advances = new float[infos.Length];
        // Offsets and clusters are kept only when they say something: most words of a Latin script are glyphs without
        // offsets, one per character (ShapedArrays). Every cached word lives as long as the cache, so each array it
        // keeps is one more object for every full collection to mark.
        var offset = false;
        var counting = true;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            advances[i] = positions[i].XAdvance / em;
            offset |= positions[i].XOffset != 0 || positions[i].YOffset != 0;
            counting &= infos[i].Cluster == i;
        }
        var offsetsX = offset ? new float[infos.Length] : ShapedArrays.Zeros(infos.Length);
        var offsetsY = offset ? new float[infos.Length] : offsetsX;
        var clusters = counting ? ShapedArrays.Counting(infos.Length) : new int[infos.Length];
        for (var i = 0; offset && i < infos.Length; i++)
        {
            offsetsX[i] = positions[i].XOffset / em;
            offsetsY[i] = -positions[i].YOffset / em; // HarfBuzz y grows upwards, pages grow downwards
        }
        for (var i = 0; !counting && i < infos.Length; i++)
        {
            clusters[i] = (int)infos[i].Cluster;
        }
        var shaped = new ShapedText(face, text, glyphs, advances, offsetsX, offsetsY, clusters) { Missing = missing.Count == 0 ? [] : [.. missing] };
        missing.Clear();
        return shaped;
    }
}

/// <summary>A character that no font in the stack covers, with the text around it.</summary>
public sealed record MissingGlyph(int Codepoint, string Context)
{
    public override string ToString() => $"U+{Codepoint:X4} '{char.ConvertFromUtf32(Codepoint)}' trong \"{Context}\"";
}
