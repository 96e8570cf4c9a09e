using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Templating.Search;

/// <summary>
/// How the site's search reads text, the same for the index (here) and for the reader's query
/// (<c>templates/search.js</c>, which must follow these rules line for line): Unicode NFC, lower case,
/// no diacritics ("Thi đua" → "thi dua"), words of letters, numbers of digits with "." and "," between
/// digits, and a number indexed under the forms a reader may type ("12.278,27" → "12278" and "12278,27").
/// </summary>
public static partial class SearchText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>NFC, lower case (vi), every combining mark removed, "đ" read as "d": "Thi Đua" → "thi dua".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.Normalize(NormalizationForm.FormC).ToLower(Vietnamese).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(c == 'đ' ? 'd' : c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words and numbers of a text as they are written (not folded), in order.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text ?? "").Select(m => m.Value);

    /// <summary>
    /// Every form under which the index files a text: each word folded, each number under its forms
    /// (<see cref="NumberForms"/>); distinct, in order of first appearance.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            foreach (var form in FormsOf(word))
            {
                if (form.Length > 0 && seen.Add(form))
                {
                    tokens.Add(form);
                }
            }
        }
        return tokens;
    }

    /// <summary>Where <see cref="Words"/> finds the words of a text, without a string or match object for each.</summary>
    internal static Regex.ValueMatchEnumerator WordMatches(string text) => WordPattern().EnumerateMatches(text);

    /// <summary>The forms under which one word is filed: folded, or a number's forms (some may be empty).</summary>
    internal static IReadOnlyList<string> FormsOf(string word)
    {
        var folded = Fold(word);
        return IsNumber(folded) ? NumberForms(folded) : [folded];
    }

    /// <summary>
    /// The forms of a number: its whole part without separators, and with its decimals after a comma when it
    /// has some. Vietnamese first ("12.278,27", "124,46": dots group thousands, the comma marks decimals),
    /// then English ("12,278.27", "12278.27"); "12.278" is twelve thousand, as Vietnamese writes it. Digits
    /// joined by separators in no such pattern (a date "23.01.2021", a clause "1.2.3") give each group.
    /// </summary>
    public static IReadOnlyList<string> NumberForms(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        string whole, decimals;
        if (ViThousands().IsMatch(number) || ViDecimal().IsMatch(number))
        {
            var comma = number.IndexOf(',', StringComparison.Ordinal);
            whole = (comma < 0 ? number : number[..comma]).Replace(".", "", StringComparison.Ordinal);
            decimals = comma < 0 ? "" : number[(comma + 1)..];
        }
        else if (EnThousands().IsMatch(number) || EnDecimal().IsMatch(number))
        {
            var dot = number.IndexOf('.', StringComparison.Ordinal);
            whole = (dot < 0 ? number : number[..dot]).Replace(",", "", StringComparison.Ordinal);
            decimals = dot < 0 ? "" : number[(dot + 1)..];
        }
        else
        {
            return [.. number.Split('.', ',').Where(g => g.Length > 0).Distinct(StringComparer.Ordinal)];
        }
        return decimals.Length == 0 ? [whole] : [whole, whole + "," + decimals];
    }

    private static bool IsNumber(string word) => word.Length > 0 && word[0] is >= '0' and <= '9';

    /// <summary>A word (letters and their marks) or a number (digits, with "." or "," only between digits).</summary>
    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]+)*|[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$")]
    private static partial Regex ViThousands();

    [GeneratedRegex(@"^[0-9]+,[0-9]+$")]
    private static partial Regex ViDecimal();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")]
    private static partial Regex EnThousands();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    private static partial Regex EnDecimal();
}
