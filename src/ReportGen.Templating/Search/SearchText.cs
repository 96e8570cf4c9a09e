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

    /// <summary>The words and numbers of a text as they are written (not folded), in order (<see cref="WordSpansOf"/>).</summary>
    public static IEnumerable<string> Words(string text)
    {
        text ??= "";
        foreach (var (index, length) in WordSpansOf(text))
        {
            yield return text.Substring(index, length);
        }
    }

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

    /// <summary>
    /// Where the words of a text are, without a string for each: a word of letters and their marks (<c>\p{L}\p{M}\p{N}</c>)
    /// or a number (digits, with "." or "," only between digits), the words of search.js's pattern
    /// <c>[0-9]+(?:[.,][0-9]+)*|[\p{L}\p{M}\p{N}]+</c> (the tests read it from search.js and hold the scan to it). A plain
    /// scan: the same pattern's matcher took more than twice the time on the index's text (1,00 → 0,42 % of a
    /// 100-meeting build's samples; docs/benchmarks.md, "Issue 19, session 22").
    /// </summary>
    public static WordSpans WordSpansOf(string text) => new(text ?? "");

    /// <summary>The words of a text as (index, length), in order; see <see cref="WordSpansOf"/>.</summary>
    public struct WordSpans(string text)
    {
        private int _next;

        public (int Index, int Length) Current { get; private set; }

        public readonly WordSpans GetEnumerator() => this;

        public bool MoveNext()
        {
            for (var i = _next; i < text.Length; i++)
            {
                var c = text[i];
                if (IsAsciiDigit(c))
                {
                    // A number: digits, and "." or "," each followed by digits.
                    var end = i + 1;
                    while (true)
                    {
                        while (end < text.Length && IsAsciiDigit(text[end]))
                        {
                            end++;
                        }
                        if (end + 1 < text.Length && text[end] is '.' or ',' && IsAsciiDigit(text[end + 1]))
                        {
                            end++;
                            continue;
                        }
                        break;
                    }
                    return Found(i, end);
                }
                if (IsWordCharacter(c))
                {
                    var end = i + 1;
                    while (end < text.Length && IsWordCharacter(text[end]))
                    {
                        end++;
                    }
                    return Found(i, end);
                }
            }
            _next = text.Length;
            return false;
        }

        private bool Found(int start, int end)
        {
            Current = (start, end - start);
            _next = end;
            return true;
        }

        private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        /// <summary>A letter, a mark or a number: [\p{L}\p{M}\p{N}].</summary>
        private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\x7F' && CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        });
    }

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

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$")]
    private static partial Regex ViThousands();

    [GeneratedRegex(@"^[0-9]+,[0-9]+$")]
    private static partial Regex ViDecimal();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")]
    private static partial Regex EnThousands();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    private static partial Regex EnDecimal();
}
