namespace ReportGen.Templating.Formatting;

/// <summary>
/// An order on texts by a key worked out once for each text and kept for one sort, on one thread: a sort compares each
/// text with many others, and working both keys out again at every comparison was most of a long sort's cost
/// (<see cref="VietnameseCollation.KeepingKeys"/>, <see cref="VietnameseNameComparer.KeepingKeys"/>). A null text
/// sorts before every other.
/// </summary>
/// <param name="keyOf">The text's key.</param>
/// <param name="compare">Two texts by their keys (each text given beside its key).</param>
internal sealed class KeptKeysComparer<TKey>(Func<string, TKey> keyOf, Func<string, TKey, string, TKey, int> compare) : IComparer<string>
{
    private readonly Dictionary<string, TKey> _keys = new(StringComparer.Ordinal);

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        return compare(x, KeyOf(x), y, KeyOf(y));
    }

    private TKey KeyOf(string text)
    {
        if (!_keys.TryGetValue(text, out var key))
        {
            _keys[text] = key = keyOf(text);
        }
        return key;
    }
}
