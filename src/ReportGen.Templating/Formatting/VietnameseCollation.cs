using System.Text;

namespace ReportGen.Templating.Formatting;

/// <summary>
/// Vietnamese alphabetical order, computed here rather than asked of the operating system: .NET sorts with
/// ICU on Linux and with NLS (or no collation at all) on some Windows machines, and a delegate list must come
/// out in the same order on every machine. The order of the dictionaries: letters a ă â b c d đ e ê g h i k l
/// m n o ô ơ p q r s t u ư v x y (f j w z of foreign words in their Latin places); then, between words
/// spelled alike, the tone: none, huyền, hỏi, ngã, sắc, nặng ("Thanh" &lt; "Thành" &lt; "Thạnh"); then
/// lower case before capitals; then code points, so the order is total.
/// </summary>
public sealed class VietnameseCollation : IComparer<string>
{
    public static VietnameseCollation Instance { get; } = new();

    private VietnameseCollation()
    {
    }

    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

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
        return Compare(x, Key.Of(x), y, Key.Of(y));
    }

    /// <summary>
    /// The key of <paramref name="text"/>: keys compare as <see cref="Compare(string?, string?)"/> compares their texts
    /// (null first). Sorting by it (<c>OrderBy(x => VietnameseCollation.KeyOf(…))</c>) weighs each text once: a comparer
    /// decomposes both texts again at every comparison (the index page's sorts of 100 meetings by unit were an eighth
    /// of its making, docs/benchmarks.md, branch site-end).
    /// </summary>
    public static CollationKey KeyOf(string? text)
    {
        if (text is null)
        {
            return CollationKey.First;
        }
        var key = CollationKey.Start();
        AppendKey(text, text.Normalize(NormalizationForm.FormC), key);
        return CollationKey.Of(key);
    }

    /// <summary>
    /// Appends the weights of <paramref name="text"/> in the order <c>Compare(string, Key, string, Key)</c> reads
    /// them: its letters, then their tones, then their case, then its code points in NFC (<paramref name="composed"/>).
    /// Each level is closed by <see cref="CollationKey.EndOfLevel"/>, below every weight, so a shorter level sorts first as
    /// it does there, and one text's key is never the start of another's.
    /// </summary>
    internal static void AppendKey(string text, string composed, List<int> key)
    {
        // The levels are weighed into lists of this thread's, kept for the next text: a long list's sort weighs
        // thousands of names, and lists of their own were most of what its keys cost.
        var (letters, tones, cases) = t_levels ??= ([], [], []);
        letters.Clear();
        tones.Clear();
        cases.Clear();
        Weigh(text, letters, tones, cases);
        CollationKey.AppendLevel(key, letters);
        CollationKey.AppendLevel(key, tones);
        CollationKey.AppendLevel(key, cases);
        foreach (var c in composed)
        {
            key.Add(CollationKey.Weight(c));
        }
        key.Add(CollationKey.EndOfLevel);
        if (letters.Capacity > CollationKey.KeptLength)
        {
            t_levels = null;
        }
    }

    [ThreadStatic]
    private static (List<int> Letters, List<int> Tones, List<int> Cases)? t_levels;

    private static int Compare(string x, Key a, string y, Key b)
    {
        var result = Sequence(a.Letters, b.Letters);
        if (result == 0)
        {
            result = Sequence(a.Tones, b.Tones);
        }
        if (result == 0)
        {
            result = Sequence(a.Cases, b.Cases);
        }
        return result != 0 ? result : string.CompareOrdinal(x.Normalize(NormalizationForm.FormC), y.Normalize(NormalizationForm.FormC));
    }

    private static int Sequence(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>A text as three levels of weights: its letters, their tones, their case (then the text in NFC breaks a tie).</summary>
    private sealed record Key(int[] Letters, int[] Tones, int[] Cases)
    {
        public static Key Of(string text)
        {
            var letters = new List<int>(text.Length);
            var tones = new List<int>(text.Length);
            var cases = new List<int>(text.Length);
            Weigh(text, letters, tones, cases);
            return new Key([.. letters], [.. tones], [.. cases]);
        }
    }

    /// <summary>Adds the weights of <paramref name="text"/>'s letters, of their tones and of their case, one a letter each.</summary>
    private static void Weigh(string text, List<int> letters, List<int> tones, List<int> cases)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var lower = char.ToLowerInvariant(c);
            // The marks that make a letter of its own (ă â ê ô ơ ư) and the tone, from the marks after it.
            var (shape, tone) = ('\0', 0);
            while (i + 1 < decomposed.Length && IsMark(decomposed[i + 1]))
            {
                var mark = decomposed[++i];
                if (ToneOf(mark) is var t and > 0)
                {
                    tone = t;
                }
                else
                {
                    shape = mark;
                }
            }
            letters.Add(Weight(lower, shape));
            tones.Add(tone);
            cases.Add(char.IsUpper(c) ? 1 : 0);
        }
    }

    /// <summary>Digits first, then the alphabet, then anything else by code point.</summary>
    private static int Weight(char lower, char shape)
    {
        var letter = (lower, shape) switch
        {
            ('a', '\u0306') => 'ă',
            ('a', '\u0302') => 'â',
            ('e', '\u0302') => 'ê',
            ('o', '\u0302') => 'ô',
            ('o', '\u031B') => 'ơ',
            ('u', '\u031B') => 'ư',
            _ => lower,
        };
        if (char.IsDigit(letter))
        {
            return 0x100 + letter;
        }
        var rank = letter < AlphabetRanks.Length ? AlphabetRanks[letter] : -1;
        return rank >= 0 ? 0x200 + rank : 0x1000 + letter;
    }

    /// <summary>Each letter's place in <see cref="Alphabet"/> (−1 for a character not in it), up to its last letter: read for every letter weighed.</summary>
    private static readonly int[] AlphabetRanks = RanksOf(Alphabet);

    private static int[] RanksOf(string alphabet)
    {
        var ranks = new int[alphabet.Max() + 1];
        Array.Fill(ranks, -1);
        for (var i = 0; i < alphabet.Length; i++)
        {
            ranks[alphabet[i]] = i;
        }
        return ranks;
    }

    private static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static int ToneOf(char mark) => mark switch
    {
        '\u0300' => 1, // huyền
        '\u0309' => 2, // hỏi
        '\u0303' => 3, // ngã
        '\u0301' => 4, // sắc
        '\u0323' => 5, // nặng
        _ => 0,
    };
}
