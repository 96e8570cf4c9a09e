namespace ReportGen.Booklet;

/// <summary>
/// Texts kept until a long table is drawn, as characters in a few arrays rather than as a string each: a 1 000-page
/// list's two copies kept 177 000 cell texts from the table's first making to its end, every one an object the
/// collector copied into its older generations and marked again in each background collection (docs/benchmarks.md,
/// "Issue 19, session 24"). A text is made into a string again when its row is (<see cref="Text"/>), and that string
/// lives only as long as the row.
/// </summary>
internal sealed class KeptTexts
{
    /// <summary>
    /// The first array's length in characters, doubled for each next one up to <see cref="LargestChunk"/>: a short table
    /// (most of a meeting's) takes a kilobyte or two, a long one a few dozen arrays of 64 KB, below the large-object
    /// threshold; a text longer than that (a cell of a whole page) gets an array of its own.
    /// </summary>
    private const int FirstChunk = 512, LargestChunk = 32 * 1024;

    private readonly List<char[]> _chunks = [];
    private int _used;

    /// <summary>Keeps <paramref name="text"/>: in the last array if it fits, else in a new one (of its own length if longer).</summary>
    public KeptText Keep(string text)
    {
        if (_chunks.Count == 0 || _used + text.Length > _chunks[^1].Length)
        {
            var length = _chunks.Count == 0 ? FirstChunk : Math.Min(LargestChunk, _chunks[^1].Length * 2);
            _chunks.Add(new char[Math.Max(length, text.Length)]);
            _used = 0;
        }
        text.CopyTo(_chunks[^1].AsSpan(_used));
        var kept = new KeptText(_chunks.Count - 1, _used, text.Length);
        _used += text.Length;
        return kept;
    }

    /// <summary>A kept text as a string of its own.</summary>
    public string Text(KeptText kept) => new(_chunks[kept.Chunk], kept.Start, kept.Length);
}

/// <summary>Where a <see cref="KeptTexts"/> holds a text: its array, and its place and length there.</summary>
internal readonly record struct KeptText(int Chunk, int Start, int Length);
