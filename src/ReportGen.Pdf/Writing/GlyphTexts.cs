namespace ReportGen.Pdf.Writing;

/// <summary>
/// The text each glyph of one face stands for in the document being written (what its ToUnicode map will say), as
/// arrays indexed by glyph id, kept per thread and face from one document to the next. A document's own dictionary of
/// glyph to text, and a string per glyph made anew for every document, were most of the cost of reading a run's glyphs
/// (6 % of the writer's time, a sixth of what it allocated); here a glyph used before on this thread finds its text,
/// and its string, in place. A generation number says which glyphs the current document has used.
/// </summary>
internal sealed class GlyphTexts
{
    // One free table per face per thread: a document takes it, and gives it back when its fonts are written.
    [ThreadStatic]
    private static Dictionary<FontProgram, GlyphTexts>? _free;

    private string?[] _text;
    private int[] _generationOf;
    private int _generation;
    private readonly List<ushort> _used = new(512);

    private GlyphTexts(int glyphCount)
    {
        _text = new string?[Math.Max(glyphCount, 1)];
        _generationOf = new int[_text.Length];
    }

    /// <summary>A table for a new document: the thread's free one for the face, or a new one.</summary>
    public static GlyphTexts Take(FontProgram font)
    {
        var free = _free ??= [];
        if (!free.Remove(font, out var texts))
        {
            texts = new GlyphTexts(font.Advances.Length);
        }
        texts._generation++;
        texts._used.Clear();
        return texts;
    }

    /// <summary>Gives the table back to the thread once the document's font is written (a table not given back is simply dropped).</summary>
    public void Release(FontProgram font) => (_free ??= [])[font] = this;

    /// <summary>The text <paramref name="glyph"/> stands for in this document, or null if the document has not used it yet.</summary>
    public string? Of(ushort glyph) => glyph < _text.Length && _generationOf[glyph] == _generation ? _text[glyph] : null;

    /// <summary>Says that <paramref name="glyph"/> stands for <paramref name="text"/> in this document (it had no text yet); returns the string kept.</summary>
    public string Set(ushort glyph, ReadOnlySpan<char> text)
    {
        if (glyph >= _text.Length)
        {
            var length = Math.Max(glyph + 1, _text.Length * 2);
            Array.Resize(ref _text, length);
            Array.Resize(ref _generationOf, length);
        }
        _generationOf[glyph] = _generation;
        _used.Add(glyph);
        // The same text as in an earlier document keeps the earlier string.
        if (_text[glyph] is not { } known || !text.SequenceEqual(known))
        {
            _text[glyph] = known = text.ToString();
        }
        return known;
    }

    /// <summary>Every glyph the document used with its text, by glyph id.</summary>
    public KeyValuePair<ushort, string>[] InGlyphOrder()
    {
        _used.Sort();
        var glyphs = new KeyValuePair<ushort, string>[_used.Count];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = new KeyValuePair<ushort, string>(_used[i], _text[_used[i]]!);
        }
        return glyphs;
    }
}
