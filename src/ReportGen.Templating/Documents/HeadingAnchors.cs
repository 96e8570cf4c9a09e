using System.Globalization;
using System.Net;
using System.Text;

namespace ReportGen.Templating.Documents;

/// <summary>One heading of a web page: its level (2 for a document's title), its id and its text.</summary>
public sealed record WebHeading(int Level, string Id, string Text);

/// <summary>
/// The rule for the ids of a web page's headings, each with a link to itself ("#", shown on hover); the ids are given
/// as the HTML is written (<see cref="SectionAnchors"/>). Ids are made from the section's id and the
/// heading's words without marks ("bao-cao-ket-qua-thuc-hien-nhiem-vu-nam-2020"), so a link shared today
/// still leads there after the next build; a repeated heading gets "-2", "-3".
/// </summary>
public static class HeadingAnchors
{
    /// <summary>A heading's text from its HTML as Markdig wrote it (tags dropped, entities read): the text its id is made from.</summary>
    public static string TextOf(string innerHtml) =>
        WebUtility.HtmlDecode(innerHtml.Contains('<') ? WithoutTags(innerHtml) : innerHtml).Trim();

    /// <summary>
    /// The HTML without its tags: each '&lt;' to the next '&gt;' is dropped; a '&lt;' with none after it stays, with the rest.
    /// A plain scan, not a regular expression: an expression's time limit is wall-clock time, which a long collection or
    /// a starved computer can run out, and a build must not die of a heading's id.
    /// </summary>
    private static string WithoutTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            if (close < 0)
            {
                text.Append(html, at, html.Length - at);
                break;
            }
            text.Append(html, at, open - at);
            at = close + 1;
        }
        return text.ToString();
    }

    /// <summary>
    /// What follows a heading's own HTML inside its element: the self-link. The mark is for the mouse (copy the link of
    /// a heading); screen readers and the keyboard have the page's contents, and the heading's name stays its own words.
    /// </summary>
    public static string SelfLink(string id) => $" <a class=\"anchor\" href=\"#{id}\" aria-hidden=\"true\" tabindex=\"-1\">#</a>";

    /// <summary>
    /// The id of a heading of a section, unique among <paramref name="used"/> (which it joins): the one rule for
    /// the page and for the search index, which must link to the same place.
    /// </summary>
    public static string IdFor(string sectionId, string headingText, ISet<string> used)
    {
        ArgumentNullException.ThrowIfNull(used);
        return Unique($"{sectionId}-{Slug(headingText)}".TrimEnd('-'), used);
    }

    /// <summary>The ids a page's headings may not take: its sections' and "top".</summary>
    public static HashSet<string> Reserved(IEnumerable<string> sectionIds) =>
        new(sectionIds.Append("top"), StringComparer.Ordinal);

    /// <summary>"I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020" → "i-ket-qua-thuc-hien-nhiem-vu-nam-2020" (at most 60 letters).</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The letters and digits of each character's plain form, runs of anything else one '-', none at either end.
        var slug = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text)
        {
            if (PlainOfChar(c) is not { } plain)
            {
                return SlugOfWhole(text);
            }
            foreach (var p in plain)
            {
                if (p == '-')
                {
                    dash = slug.Length > 0;
                    continue;
                }
                if (dash)
                {
                    slug.Append('-');
                    dash = false;
                }
                slug.Append(p);
            }
        }
        return Shortened(slug.ToString());
    }

    /// <summary>The slug of a text with a character outside <see cref="PlainOfChar"/>'s ranges: the text decomposed as a whole.</summary>
    private static string SlugOfWhole(string text) =>
        Shortened(string.Join('-', Plain(text).Split('-', StringSplitOptions.RemoveEmptyEntries)));

    private static string Shortened(string slug) => slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');

    /// <summary>
    /// A text without its marks, lower case, 'đ' as 'd', every character but a-z and 0-9 a '-': the rule of the ids.
    /// </summary>
    private static string Plain(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c == 'đ' || c == 'Đ' ? 'd' : c);
            plain.Append(lower is >= 'a' and <= 'z' or >= '0' and <= '9' ? lower : '-');
        }
        return plain.ToString();
    }

    /// <summary>
    /// <see cref="Plain"/> of one character, kept once made, for the characters of Vietnamese headings: the Latin letters
    /// (U+0000–U+024F, U+1E00–U+1EFF), the combining marks U+0300–U+036F and the punctuation U+2000–U+206F; null for
    /// others. These decompose into a letter and marks only, so a text of them decomposed as a whole (the marks put in
    /// order, then dropped) gives their plain forms one after the other. Decomposing every heading's text was about
    /// 5 % of the web page's samples in the thread-time profile (docs/benchmarks.md, "Text outputs: heading ids, …", branch text-3).
    /// </summary>
    private static string? PlainOfChar(char c)
    {
        if (c is not (<= '\u024F' or (>= '\u0300' and <= '\u036F') or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2000' and <= '\u206F')))
        {
            return null;
        }
        // Filled as met, by any thread: each entry is one string reference, the same whoever makes it.
        return PlainOfChars[c] ??= Plain(c.ToString());
    }

    private static readonly string?[] PlainOfChars = new string?[0x2070];

    private static string Unique(string id, ISet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }
}
