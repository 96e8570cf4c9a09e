using System.Text;

namespace ReportGen.Core.Wording;

/// <summary>Where a tone mark sits on the vowel pairs oa, oe, uy of a syllable that ends there.</summary>
public enum ToneMarkStyle
{
    /// <summary>On the first vowel: "hóa", "khóa", "thủy", "ủy ban", "tòa" — the Government's current documents.</summary>
    New,

    /// <summary>On the second vowel: "hoá", "khoá", "thuỷ", "uỷ ban", "toà".</summary>
    Old,
}

/// <summary>
/// The two placements of Vietnamese tone marks. They differ only on a syllable whose vowels are exactly oa, oe or
/// uy with nothing after them: "hoá"/"hóa", "khoẻ"/"khỏe", "thuỷ"/"thủy". A syllable with a final letter ("hoàn",
/// "khoảng", "thuyết", "hoạch") is written one way in both styles and is never changed; in "quý", "quà" the u
/// belongs to the consonant qu, so the mark is on the vowel after it in both styles ("qúy", a typing slip, becomes
/// "quý"). A syllable is a run of letters; text is worked on in NFC.
/// </summary>
public static class ToneMarks
{
    // Grave, acute, hook above, tilde, dot below: the five marks, as NFD writes them after the vowel.
    private const string Marks = "\u0300\u0301\u0309\u0303\u0323";

    private static readonly string[] Initials =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    /// <summary>The text with every syllable that differs between the styles written in <paramref name="style"/>.</summary>
    public static string Apply(string text, ToneMarkStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHaveMarkedVowel(text))
        {
            return text;
        }
        text = text.Normalize(NormalizationForm.FormC);
        StringBuilder? result = null;
        foreach (var (start, length) in SyllablesWithPairLetters(text))
        {
            var syllable = text.AsSpan(start, length);
            var written = Rewrite(syllable, style);
            if (written is null)
            {
                continue;
            }
            result ??= new StringBuilder(text);
            for (var i = 0; i < length; i++)
            {
                result[start + i] = written[i];
            }
        }
        return result?.ToString() ?? text;
    }

    /// <summary>
    /// Whether <see cref="Apply"/> would give back other text than <paramref name="text"/>: a syllable written in the
    /// other style, or text not in NFC. Allocates nothing: most generated text (a web page is about 60 KB) is already in
    /// the style asked for, and copying each of its prose regions only to find that cost a tenth of rendering it.
    /// </summary>
    public static bool WouldChange(ReadOnlySpan<char> text, ToneMarkStyle style)
    {
        if (!MayHaveMarkedVowel(text))
        {
            return false;
        }
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            return true;
        }
        var from = 0;
        while (NextSyllableWithPairLetter(text, from, out var length) is var start && start >= 0)
        {
            if (Rewrite(text.Slice(start, length), style) is not null)
            {
                return true;
            }
            from = start + length;
        }
        return false;
    }

    /// <summary>
    /// Every syllable of <paramref name="text"/> (taken as it is, NFC expected) that shows a style, with its
    /// index, its letters and the style it is written in; syllables the same in both styles are not listed.
    /// </summary>
    public static IEnumerable<(int Index, string Syllable, ToneMarkStyle Style)> Styled(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHaveMarkedVowel(text))
        {
            yield break;
        }
        foreach (var (start, length) in SyllablesWithPairLetters(text))
        {
            if (StyleOf(text.AsSpan(start, length)) is { } style)
            {
                yield return (start, text.Substring(start, length), style);
            }
        }
    }

    /// <summary>The style a syllable is written in; null when it is the same in both (no pair, a final letter, no mark).</summary>
    public static ToneMarkStyle? StyleOf(ReadOnlySpan<char> syllable)
    {
        if (Pair(syllable) is not { } pair)
        {
            return null;
        }
        var (first, second) = (MarkOf(syllable[pair]), MarkOf(syllable[pair + 1]));
        return (first, second) switch
        {
            (not '\0', '\0') => ToneMarkStyle.New,
            ('\0', not '\0') => ToneMarkStyle.Old,
            _ => null,
        };
    }

    /// <summary>
    /// The syllable rewritten, or null when it stays as it is. Only the place of the mark changes, so the
    /// result has the syllable's length and each letter keeps its case.
    /// </summary>
    private static char[]? Rewrite(ReadOnlySpan<char> syllable, ToneMarkStyle style)
    {
        if (QuMarkSlip(syllable) is { } fixedQu)
        {
            return fixedQu;
        }
        if (Pair(syllable) is not { } pair || StyleOf(syllable) is not { } current || current == style)
        {
            return null;
        }
        var letters = syllable.ToArray();
        var (from, to) = style == ToneMarkStyle.New ? (pair + 1, pair) : (pair, pair + 1);
        var mark = MarkOf(letters[from]);
        letters[from] = BaseOf(letters[from]);
        letters[to] = WithMark(letters[to], mark);
        return letters;
    }

    /// <summary>
    /// Where the vowel pair oa, oe or uy starts when it ends the syllable and follows its initial consonant (or
    /// starts it): "h|oá", "th|uỷ", "|uỷ"; null otherwise ("hoàn", "quý", "khuya", "thuê").
    /// </summary>
    private static int? Pair(ReadOnlySpan<char> syllable)
    {
        // The pair ends the syllable: its last two letters are looked at before the initial consonant is sought,
        // which most syllables never need (seeking it was half the time of writing an output's tone marks).
        if (syllable.Length < 2)
        {
            return null;
        }
        var (first, second) = (Lower(BaseOf(syllable[^2])), Lower(BaseOf(syllable[^1])));
        if ((first, second) is not (('o', 'a') or ('o', 'e') or ('u', 'y')))
        {
            return null;
        }
        var initial = InitialLength(syllable);
        return syllable.Length - initial == 2 ? initial : null;
    }

    /// <summary>"qúy", "qùa": a mark typed on the u of qu, which is part of the consonant; moved to the vowel after it.</summary>
    private static char[]? QuMarkSlip(ReadOnlySpan<char> syllable)
    {
        if (syllable.Length < 3 || Lower(syllable[0]) != 'q' || Lower(BaseOf(syllable[1])) != 'u'
            || MarkOf(syllable[1]) == '\0' || !IsVowel(syllable[2]) || MarkOf(syllable[2]) != '\0')
        {
            return null;
        }
        var letters = syllable.ToArray();
        var mark = MarkOf(letters[1]);
        letters[1] = BaseOf(letters[1]);
        letters[2] = WithMark(letters[2], mark);
        return letters;
    }

    /// <summary>
    /// The length of the initial consonant. "gi" and "qu" count as consonants only before a vowel ("gì" is g + ì),
    /// which is also what keeps the u of "quý" out of the vowel pair.
    /// </summary>
    private static int InitialLength(ReadOnlySpan<char> syllable)
    {
        foreach (var initial in Initials)
        {
            if (syllable.Length <= initial.Length || !StartsWithLetters(syllable, initial))
            {
                continue;
            }
            if (initial is "gi" or "qu" && !IsVowel(syllable[initial.Length]))
            {
                continue;
            }
            return initial.Length;
        }
        return 0;
    }

    /// <summary>Whether the syllable starts with the consonant's letters (any case; the u of "qu" may carry a stray mark).</summary>
    private static bool StartsWithLetters(ReadOnlySpan<char> syllable, string initial)
    {
        for (var i = 0; i < initial.Length; i++)
        {
            var letter = Lower(initial[i] == 'u' ? BaseOf(syllable[i]) : syllable[i]);
            if (letter != initial[i])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsVowel(char c) => Lower(BaseOf(c)) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y'
        || "ăâêôơưĂÂÊÔƠƯ".Contains(BaseOf(c), StringComparison.Ordinal);

    // Letters from À to ỹ, decomposed once: their letter without the tone mark, and the mark.
    private const char TableStart = '\u00C0', TableEnd = '\u1EFF';
    private static readonly (char Base, char Mark)[] Decomposed = BuildTable();

    private static (char Base, char Mark)[] BuildTable()
    {
        var table = new (char, char)[TableEnd - TableStart + 1];
        for (var c = TableStart; c <= TableEnd; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var mark = decomposed.Skip(1).FirstOrDefault(m => Marks.Contains(m, StringComparison.Ordinal));
            var rest = mark == '\0' ? decomposed : decomposed.Remove(decomposed.IndexOf(mark, StringComparison.Ordinal), 1);
            var composed = rest.Normalize(NormalizationForm.FormC);
            table[c - TableStart] = (composed.Length == 1 ? composed[0] : c, mark);
        }
        return table;
    }

    // The letters of the table in lower case, found once: char.ToLowerInvariant asks ICU for every letter outside ASCII
    // (đ, ư, ơ …), which showed in the profile of writing an output's tone marks.
    private static readonly char[] LowerCase =
        [.. Enumerable.Range(TableStart, TableEnd - TableStart + 1).Select(c => char.ToLowerInvariant((char)c))];

    /// <summary>char.ToLowerInvariant, the table's letters read from <see cref="LowerCase"/>.</summary>
    private static char Lower(char c) => c is >= TableStart and <= TableEnd ? LowerCase[c - TableStart] : char.ToLowerInvariant(c);

    /// <summary>The tone mark of a letter (a combining character), or '\0' when it has none.</summary>
    private static char MarkOf(char letter) => letter is >= TableStart and <= TableEnd ? Decomposed[letter - TableStart].Mark : '\0';

    /// <summary>The letter without its tone mark, keeping its other marks ("ế" → "ê").</summary>
    private static char BaseOf(char letter) => letter is >= TableStart and <= TableEnd ? Decomposed[letter - TableStart].Base : letter;

    private static char WithMark(char letter, char mark)
    {
        var composed = (letter.ToString() + mark).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : letter;
    }

    /// <summary>A letter, or a combining mark of text not yet in NFC: what a syllable is made of.</summary>
    private static bool IsSyllableLetter(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The syllables (runs of letters, and of combining marks for text not yet in NFC) that hold a letter
    /// <see cref="IsPairLetter"/> says: the only ones <see cref="Rewrite"/> and <see cref="StyleOf"/> can answer for.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> SyllablesWithPairLetters(string text)
    {
        var from = 0;
        while (NextSyllableWithPairLetter(text, from, out var length) is var start && start >= 0)
        {
            yield return (start, length);
            from = start + length;
        }
    }

    /// <summary>
    /// Which letters from <see cref="TableStart"/> on have a tone mark on a, e, o, u or y, in either case: a syllable can
    /// change style only through one of them (the marked letter of its pair oa, oe or uy, or the marked u of "qúy").
    /// Looking for them alone, rather than stepping through every syllable and asking of each character whether it is a
    /// letter, took the tone marks' share of a 100-meeting build's samples from 4,2 to 2,3–2,5 % (docs/benchmarks.md,
    /// "Issue 19, session 22"). A table, not <c>SearchValues</c>: Vietnamese has a letter near these in every word, and
    /// the vectorized search for fifty letters spread over the alphabet (a probabilistic map) checked each such letter
    /// again: it alone took more time than all the syllables had (4,3 % of the build's samples against 4,2 %).
    /// </summary>
    private static readonly bool[] IsPairLetter =
        [.. Enumerable.Range(TableStart, TableEnd - TableStart + 1)
            .Select(c => MarkOf((char)c) != '\0' && char.ToLowerInvariant(BaseOf((char)c)) is 'a' or 'e' or 'o' or 'u' or 'y')];

    private static int IndexOfPairLetter(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= TableStart && c <= TableEnd && IsPairLetter[c - TableStart])
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where the first syllable at or after <paramref name="from"/> that holds one of the letters <see cref="IsPairLetter"/> says starts
    /// (-1: none), and its length. <paramref name="from"/> is the text's start or a syllable's end, so the syllable found
    /// is the one the text's syllables, taken in turn, would give.
    /// </summary>
    private static int NextSyllableWithPairLetter(ReadOnlySpan<char> text, int from, out int length)
    {
        length = 0;
        var found = IndexOfPairLetter(text, from);
        if (found < 0)
        {
            return -1;
        }
        var start = found;
        while (start > from && IsSyllableLetter(text[start - 1]))
        {
            start--;
        }
        var end = found + 1;
        while (end < text.Length && IsSyllableLetter(text[end]))
        {
            end++;
        }
        length = end - start;
        return start;
    }

    /// <summary>A cheap test first: most text has no marked vowel that could be part of a pair.</summary>
    private static bool MayHaveMarkedVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= TableStart && (MarkOf(c) != '\0' || c is >= '\u0300' and <= '\u036F'))
            {
                return true;
            }
        }
        return false;
    }
}
