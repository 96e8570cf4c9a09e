namespace ReportGen.Templating.Formatting;

/// <summary>
/// A text's place in an order worked out once, as one row of numbers: two keys compare number by number, the shorter
/// first when one is the start of the other, as two strings compare by their characters. A sort that compares each text
/// with many others then reads each text once (<see cref="VietnameseCollation.KeyOf"/>,
/// <see cref="VietnameseNameComparer.KeyOf"/>).
/// </summary>
/// <remarks>
/// A key is the levels of its order one after another, each closed by <see cref="EndOfLevel"/> and each weight raised
/// above it (<see cref="Weight"/>): where two keys first differ is where their texts first differ at the first level that
/// tells them apart, and a level that is the start of the other's ends there with a number below any weight, so the
/// shorter sorts first, level by level, as the comparers do.
/// </remarks>
public sealed class CollationKey(int[] weights) : IComparable<CollationKey>
{
    /// <summary>Closes a list of levels (a name's words): below <see cref="EndOfLevel"/>, so fewer words sort first.</summary>
    internal const int EndOfList = 0;

    /// <summary>Closes a level: below every weight, so a level that is the start of the other's sorts first.</summary>
    internal const int EndOfLevel = 1;

    private readonly int[] _weights = weights;

    /// <summary>The key of no text (null): the start of every other key, so before it.</summary>
    public static CollationKey First { get; } = new([]);

    /// <summary>A weight of a level as the key holds it: above the two ends.</summary>
    internal static int Weight(int value) => value + 2;

    /// <summary>Scratch lists longer than this are let go after use, not kept for the thread's next key.</summary>
    internal const int KeptLength = 4096;

    [ThreadStatic]
    private static List<int>? t_scratch;

    /// <summary>This thread's list to write a key into, empty; <see cref="Of"/> makes the key of what was written.</summary>
    internal static List<int> Start()
    {
        var key = t_scratch ??= new List<int>(128);
        key.Clear();
        return key;
    }

    /// <summary>The key of what was written into <see cref="Start"/>'s list.</summary>
    internal static CollationKey Of(List<int> written)
    {
        var key = new CollationKey([.. written]);
        if (written.Capacity > KeptLength)
        {
            t_scratch = null;
        }
        return key;
    }

    internal static void AppendLevel(List<int> key, List<int> values)
    {
        foreach (var value in values)
        {
            key.Add(Weight(value));
        }
        key.Add(EndOfLevel);
    }

    public int CompareTo(CollationKey? other) =>
        other is null ? 1 : _weights.AsSpan().SequenceCompareTo(other._weights);
}
