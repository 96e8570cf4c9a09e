namespace ReportGen.Pdf.Writing;

/// <summary>
/// Where a document's page fragments are kept until their sheets are written (<see cref="PageContent.Fragment"/>): their
/// bytes one after the other in chunks of 64 KB, their notes one after the other in one list; a fragment names its
/// place in both. Kept by each thread from one document to the next (a print copy of a meeting fits in a few chunks):
/// an array and a growing list of notes per page were two thirds of what the print copy allocated (docs/benchmarks.md,
/// branch pdf-word). A 64 KB chunk stays out of the large object heap; a fragment longer than that gets a chunk of its own.
/// </summary>
internal sealed class PageFragments
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Chunks kept for the next document (a megabyte); notes likewise (16 384: a print copy of a meeting has a few thousand).</summary>
    private const int MaximumChunksKept = 16, MaximumNotesKept = 16 * 1024;

    [ThreadStatic]
    private static PageFragments? _free;

    private readonly List<byte[]> _chunks = [];
    private int _chunk; // the chunk being filled
    private int _used;  // how much of it is

    public ChunkedList<PageFragment.Note> Notes { get; } = new();

    /// <summary>The thread's store, or a new one if it is taken (a second document written on this thread meanwhile).</summary>
    public static PageFragments Take()
    {
        var fragments = _free ?? new PageFragments();
        _free = null;
        return fragments;
    }

    /// <summary>Forgets the document's fragments and gives the store back to the thread.</summary>
    public void Release()
    {
        Notes.Clear(); // the elements go with the document
        _chunk = 0;
        _used = 0;
        if (_chunks.Count > MaximumChunksKept)
        {
            _chunks.RemoveRange(MaximumChunksKept, _chunks.Count - MaximumChunksKept);
        }
        Notes.TrimTo(MaximumNotesKept);
        _free = this;
    }

    /// <summary>A copy of <paramref name="content"/> kept until <see cref="Release"/>: the array and where in it.</summary>
    public (byte[] Array, int Start) Keep(ReadOnlySpan<byte> content)
    {
        while (_chunk < _chunks.Count && _used + content.Length > _chunks[_chunk].Length)
        {
            _chunk++;
            _used = 0;
        }
        if (_chunk == _chunks.Count)
        {
            _chunks.Add(new byte[Math.Max(ChunkSize, content.Length)]);
            _used = 0;
        }
        var array = _chunks[_chunk];
        var start = _used;
        content.CopyTo(array.AsSpan(start));
        _used += content.Length;
        return (array, start);
    }
}
