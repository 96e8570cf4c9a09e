using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Templating.Documents;

/// <summary>One heading of a web page: its level (2 for a document's title), its id and its text.</summary>
public sealed record WebHeading(int Level, string Id, string Text);

/// <summary>
/// The rule for the ids of a web page's headings, each with a link to itself ("#", shown on hover); the ids are given
/// as the HTML is written (<see cref="SectionAnchors"/>). Ids are made from the section's id and the
/// heading's words without marks ("bao-cao-ket-qua-thuc-hien-nhiem-vu-nam-2020"), so a link shared today
/// still leads there after the next build; a repeated heading gets "-2", "-3".
/// </summary>
public static partial class HeadingAnchors
{
    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    /// <summary>A heading's text from its HTML as Markdig wrote it (tags dropped, entities read): the text its id is made from.</summary>
    public static string TextOf(string innerHtml) => WebUtility.HtmlDecode(Tag().Replace(innerHtml, "")).Trim();

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
        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }

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
