using System.Buffers;

namespace ReportGen.Templating;

/// <summary>
/// A text written in pieces and read once: its characters in arrays rented from the shared pool, each twice the last up
/// to <see cref="LargestChunk"/>, given back by <see cref="Clear"/>. Used for what a template or a web page's Markdown
/// writes, instead of a StringBuilder.
/// </summary>
/// <remarks>
/// A builder's text is chunks of 8 000 characters, new ones for each text. A 1 000-page list's templates and web page
/// wrote ~27 MB of them: alive until the text was read, so each collection on the way copied them, up to the oldest
/// generation, where they filled the budget that sets off a background collection of the whole heap (docs/benchmarks.md,
/// "Issue 19, session 27"). Rented arrays go back to the pool and serve the next text, on any thread; only the text read
/// out is new.
/// </remarks>
public sealed class PooledText
{
    /// <summary>The first array's length: a meeting's document is a few such.</summary>
    public const int FirstChunk = 4 * 1024;

    /// <summary>The longest array rented, in characters (2 MB): past it, a long text takes more of this length.</summary>
    public const int LargestChunk = 1024 * 1024;

    private char[][] _chunks = [];
    private int _count;

    // Characters written into the last chunk.
    private int _used;

    /// <summary>Characters written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    public void Append(char value)
    {
        if (_count == 0 || _used == _chunks[_count - 1].Length)
        {
            Grow();
        }
        _chunks[_count - 1][_used++] = value;
        Length++;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Length += text.Length;
        while (!text.IsEmpty)
        {
            if (_count == 0 || _used == _chunks[_count - 1].Length)
            {
                Grow();
            }
            var room = _chunks[_count - 1].AsSpan(_used);
            var taken = Math.Min(room.Length, text.Length);
            text[..taken].CopyTo(room);
            _used += taken;
            text = text[taken..];
        }
    }

    /// <summary>The text written; the arrays are kept until <see cref="Clear"/>.</summary>
    public override string ToString() => Length == 0 ? "" : string.Create(Length, this, static (span, text) => text.CopyTo(span));

    /// <summary>Gives the arrays back to the pool: the text is empty, and nothing read from it before may hold them.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            ArrayPool<char>.Shared.Return(_chunks[i]);
            _chunks[i] = null!;
        }
        _count = 0;
        _used = 0;
        Length = 0;
    }

    private void CopyTo(Span<char> target)
    {
        for (var i = 0; i < _count; i++)
        {
            var chunk = i == _count - 1 ? _chunks[i].AsSpan(0, _used) : _chunks[i];
            chunk.CopyTo(target);
            target = target[chunk.Length..];
        }
    }

    private void Grow()
    {
        var length = _count == 0 ? FirstChunk : Math.Min(LargestChunk, _chunks[_count - 1].Length * 2);
        if (_count == _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(4, _count * 2));
        }
        _chunks[_count++] = ArrayPool<char>.Shared.Rent(length);
        _used = 0;
    }
}
