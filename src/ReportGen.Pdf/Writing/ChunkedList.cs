namespace ReportGen.Pdf.Writing;

/// <summary>
/// A list that grows a chunk of <see cref="ChunkLength"/> items at a time instead of doubling one array. A 1 000-page
/// booklet's marks, structure parts and page-fragment notes run to a hundred thousand and more: one array each, doubled
/// as it grew, made megabytes of large-object arrays, which the collector frees only in a full collection, so a thick
/// booklet's memory grew with its pages (docs/benchmarks.md, "Large arrays"). A chunk stays below the large-object
/// threshold (85 000 bytes by default) for items of up to 40 bytes; the structure tree's nodes (about 48 bytes) make
/// a large object of each chunk where the threshold is the default, which is no growth: their lists are the thread's,
/// made once and kept from one document to the next (the native package's threshold is 1 MB, ReportGen.Cli.csproj).
/// </summary>
/// <remarks>
/// Kept by a thread from one document to the next, as the lists it replaces were: <see cref="Clear"/> keeps the chunks
/// (and lets go of what the items referred to), <see cref="TrimTo"/> drops the ones beyond a count.
/// </remarks>
internal sealed class ChunkedList<T>
{
    private const int Shift = 11;

    /// <summary>Items per chunk: 2 048, 80 KB of 40-byte items.</summary>
    public const int ChunkLength = 1 << Shift;

    private const int Mask = ChunkLength - 1;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>, to read or change in place.</summary>
    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} items.");
            }
            return ref _chunks[index >> Shift][index & Mask];
        }
    }

    public void Add(T item)
    {
        if (Count >> Shift == _chunks.Count)
        {
            _chunks.Add(new T[ChunkLength]);
        }
        _chunks[Count >> Shift][Count & Mask] = item;
        Count++;
    }

    /// <summary>Empties the list: its chunks are kept, their items cleared (references in them would keep a document alive).</summary>
    public void Clear()
    {
        for (var c = 0; c < _chunks.Count && c << Shift < Count; c++)
        {
            Array.Clear(_chunks[c], 0, Math.Min(ChunkLength, Count - (c << Shift)));
        }
        Count = 0;
    }

    /// <summary>Keeps room for at most <paramref name="items"/> (rounded up to whole chunks); the list must hold no more.</summary>
    public void TrimTo(int items)
    {
        var keep = (items + Mask) >> Shift;
        if (Count > keep << Shift)
        {
            throw new InvalidOperationException("Only an emptied list is trimmed below its count.");
        }
        if (_chunks.Count > keep)
        {
            _chunks.RemoveRange(keep, _chunks.Count - keep);
        }
    }

    /// <summary>Room for how many items the chunks held give.</summary>
    public int Capacity => _chunks.Count << Shift;
}
