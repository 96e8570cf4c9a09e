using System.Text;

namespace ReportGen.Templating.Formatting;

/// <summary>
/// Orders Vietnamese personal names the Vietnamese way: by given name first, then by family and
/// middle names.
/// </summary>
/// <remarks>
/// <para>
/// A Vietnamese name is written family name, middle names, given name ("Nguyễn Văn An"), and
/// people are known and listed by the given name, the last word: lists of delegates, award
/// winners and staff are sorted An, Ánh, Bình, … whatever the family name. With so few family
/// names (Nguyễn alone is about 40% of the population) sorting by the first word would be
/// useless. Names with the same given name are then ordered word by word from the start.
/// </para>
/// <para>
/// Each word is compared in Vietnamese alphabetical order (<see cref="VietnameseCollation"/>, the same on every
/// machine). Ordinal (code point) order is wrong for
/// Vietnamese: it puts "Ánh" after "Bình" and "Hậu" before "Hằng", accidents of where Unicode
/// encodes the letters. Vietnamese treats ă, â, đ, ê, ô, ơ, ư as letters of their own
/// (a &lt; ă &lt; â, d &lt; đ, e &lt; ê, o &lt; ô &lt; ơ, u &lt; ư) and tone marks as a secondary
/// difference.
/// </para>
/// <para>
/// Names are NFC-normalized and their whitespace trimmed and collapsed first, so the same name
/// typed on different keyboards (precomposed or combining marks, double spaces) compares equal.
/// Names that collate equal but are different strings are ordered by code point, so that the
/// order is total and sorting is deterministic.
/// </para>
/// </remarks>
public sealed class VietnameseNameComparer : IComparer<string>
{
    // Our own Vietnamese order, not the operating system's (which differs between ICU and Windows' NLS).
    private readonly VietnameseCollation _collation = VietnameseCollation.Instance;

    private VietnameseNameComparer()
    {
    }

    /// <summary>The comparer (it has no state).</summary>
    public static VietnameseNameComparer Instance { get; } = new();

    /// <summary>
    /// Returns the names sorted by <see cref="Instance"/>, as they were given (not normalized);
    /// the sort is stable, so names that compare equal keep their input order.
    /// </summary>
    public static IReadOnlyList<string> Sort(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.OrderBy(KeyOf).ToArray();
    }

    /// <summary>
    /// The key of <paramref name="name"/>: keys compare as <see cref="Compare(string?, string?)"/> compares their names
    /// (null first). Sorting by it (<c>OrderBy(x => VietnameseNameComparer.KeyOf(…))</c>) splits and weighs each name
    /// once: a comparer does it again at every comparison (sorting a list of 34 500 award winners made a gigabyte of
    /// such keys), and one that kept them looked both up at every comparison (two fifths of the sort, docs/benchmarks.md).
    /// </summary>
    public static CollationKey KeyOf(string? name)
    {
        if (name is null)
        {
            return CollationKey.First;
        }
        // In the order Compare(NameKey, NameKey, VietnameseCollation) reads them: the given name, the other words from
        // the start and their end (fewer words first), then the whole name.
        var parts = NameKey.From(name);
        var key = CollationKey.Start();
        VietnameseCollation.AppendKey(parts.GivenName, parts.GivenName, key);
        foreach (var word in parts.OtherNames)
        {
            VietnameseCollation.AppendKey(word, word, key);
        }
        key.Add(CollationKey.EndOfList);
        foreach (var c in parts.Normalized)
        {
            key.Add(CollationKey.Weight(c));
        }
        key.Add(CollationKey.EndOfLevel);
        return CollationKey.Of(key);
    }

    /// <inheritdoc />
    /// <remarks>A null name sorts before every other name.</remarks>
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

        return Compare(NameKey.From(x), NameKey.From(y), _collation);
    }

    /// <summary>Two names' parts, their words in <paramref name="words"/>' order. <see cref="KeyOf"/> follows it step by step.</summary>
    private static int Compare(NameKey x, NameKey y, VietnameseCollation words)
    {
        var result = words.Compare(x.GivenName, y.GivenName);
        if (result != 0)
        {
            return result;
        }

        var count = Math.Min(x.OtherNames.Length, y.OtherNames.Length);
        for (var i = 0; i < count; i++)
        {
            result = words.Compare(x.OtherNames[i], y.OtherNames[i]);
            if (result != 0)
            {
                return result;
            }
        }

        result = x.OtherNames.Length.CompareTo(y.OtherNames.Length);
        return result != 0 ? result : string.CompareOrdinal(x.Normalized, y.Normalized);
    }

    /// <summary>A name split into the parts it is sorted by.</summary>
    private sealed record NameKey(string Normalized, string GivenName, string[] OtherNames)
    {
        public static NameKey From(string name)
        {
            var words = name.Normalize(NormalizationForm.FormC)
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0
                ? new NameKey("", "", [])
                : new NameKey(string.Join(' ', words), words[^1], words[..^1]);
        }
    }
}
