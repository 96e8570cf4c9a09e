using System.Runtime.InteropServices;
using System.Text;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Text;

/// <summary>Collects the glyphs of consecutive word pieces that share face, size and colour into one <see cref="GlyphRun"/>.</summary>
internal sealed class GlyphRunBuilder
{
    private readonly List<ushort> _glyphs = [];
    private readonly List<float> _x = [];
    private readonly List<float> _y = [];
    private readonly List<int> _clusters = [];
    private readonly StringBuilder _text = new();
    private FontFace? _face;
    private float _size;
    private Color _color;
    private float _left;
    private float _right;
    private float _baseline;
    // Where the run goes: pieces of another structure element (a list label, a link) start a run of their own.
    private DrawingContext _context;

    public void Append(DrawingContext context, in WordPiece piece, float x, float baseline)
    {
        var size = piece.Style.Size;
        if (_face is not null && _context.Structure != context.Structure)
        {
            // A list's label ("- ", "1. ") keeps its space: readers see the words apart, as they are on the line.
            Flush(keepTrailingSpace: true);
        }
        else if (_face is not null && (_face != piece.Shaped.Face || _size != size || _color != piece.Style.Ink || _baseline != baseline))
        {
            Flush();
        }
        if (_face is null)
        {
            _context = context;
            _face = piece.Shaped.Face;
            _size = size;
            _color = piece.Style.Ink;
            _left = x;
            _baseline = baseline;
        }

        var shaped = piece.Shaped;
        var textStart = _text.Length;
        // The piece's glyphs written into the lists' room at once: four adds a glyph, each checking its list's room and
        // version, were 1 % of a 100-meeting build's samples (docs/benchmarks.md, "Issue 19, session 22").
        var count = shaped.Glyphs.Length;
        var glyphs = Extend(_glyphs, count);
        var xs = Extend(_x, count);
        var ys = Extend(_y, count);
        var clusters = Extend(_clusters, count);
        shaped.Glyphs.AsSpan().CopyTo(glyphs);
        var pen = x;
        for (var g = 0; g < count; g++)
        {
            xs[g] = pen + shaped.OffsetsX[g] * size;
            ys[g] = baseline + shaped.OffsetsY[g] * size;
            clusters[g] = textStart + shaped.Clusters[g];
            pen += shaped.Advances[g] * size;
        }
        // A non-breaking space only steers line breaking: the PDF's text (search, copy) has a plain space.
        _text.Append(shaped.Text);
        if (shaped.Text.Contains('\u00A0'))
        {
            _text.Replace('\u00A0', ' ', textStart, shaped.Text.Length);
        }
        _right = x + piece.Width;
    }

    /// <summary>Makes <paramref name="list"/> <paramref name="count"/> items longer; returns the new items' room.</summary>
    private static Span<T> Extend<T>(List<T> list, int count)
    {
        var start = list.Count;
        CollectionsMarshal.SetCount(list, start + count);
        return CollectionsMarshal.AsSpan(list).Slice(start, count);
    }

    /// <summary>A space after the last piece, kept only if more glyphs of this run follow.</summary>
    public void AppendSpace(float x)
    {
        if (_face is null)
        {
            return;
        }
        _glyphs.Add(_face.SpaceGlyph);
        _x.Add(x);
        _y.Add(_baseline);
        _clusters.Add(_text.Length);
        _text.Append(' ');
    }

    /// <summary>Adds the run collected so far to the page, in the context of its first piece.</summary>
    public void Flush(bool keepTrailingSpace = false)
    {
        if (_face is null)
        {
            return;
        }
        // A trailing space (before a change of style) carries nothing: drop it.
        if (!keepTrailingSpace && _text.Length > 0 && _text[^1] == ' ')
        {
            _glyphs.RemoveAt(_glyphs.Count - 1);
            _x.RemoveAt(_x.Count - 1);
            _y.RemoveAt(_y.Count - 1);
            _clusters.RemoveAt(_clusters.Count - 1);
            _text.Length--;
        }
        if (_glyphs.Count > 0)
        {
            var text = _text.ToString();
            // Per-glyph baselines and clusters only where they say more than one baseline and 0, 1, 2 … (GlyphRun).
            var y = CollectionsMarshal.AsSpan(_y);
            var clusters = CollectionsMarshal.AsSpan(_clusters);
            _context.Add(new GlyphRun(_face, _size, _color, [.. _glyphs], [.. _x], y[0],
                GlyphRun.OnOneBaseline(y) ? null : y.ToArray(), text, GlyphRun.IsOneToOne(clusters, text) ? null : clusters.ToArray(),
                _left, _right - _left));
        }
        Discard();
    }

    /// <summary>Forgets what was collected (a line that failed half-way must not leak into the next one).</summary>
    public void Discard()
    {
        _glyphs.Clear();
        _x.Clear();
        _y.Clear();
        _clusters.Clear();
        _text.Clear();
        _face = null;
        _context = default;
    }
}
