using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Templating.Documents;

/// <summary>One heading of a web page: its level (2 for a document's title), its id and its text.</summary>
public sealed record WebHeading(int Level, string Id, string Text);

/// <summary>
/// Gives every heading of a document's HTML a stable id and a link to itself ("#", shown on hover), and lists
/// the headings for the page's contents. Ids are made from the section's id and the
/// heading's words without marks ("bao-cao-ket-qua-thuc-hien-nhiem-vu-nam-2020"), so a link shared today
/// still leads there after the next build; a repeated heading gets "-2", "-3".
/// </summary>
/// <remarks>
/// It reads the HTML Markdig wrote from our Markdown with raw HTML disabled: every "&lt;hN&gt;" in it is a
/// heading, with no attributes, and its content is escaped text and inline tags.
/// </remarks>
public static partial class HeadingAnchors
{
    [GeneratedRegex(@"<h([1-6])>(.*?)</h\1>", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    /// <summary>The HTML with ids and self-links on its headings; <paramref name="used"/> collects the page's ids.</summary>
    public static string Add(string html, string sectionId, ISet<string> used, List<WebHeading> headings)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(used);
        ArgumentNullException.ThrowIfNull(headings);
        return Heading().Replace(html, match =>
        {
            var level = match.Groups[1].Value;
            var inner = match.Groups[2].Value;
            var text = WebUtility.HtmlDecode(Tag().Replace(inner, "")).Trim();
            var id = IdFor(sectionId, text, used);
            headings.Add(new WebHeading(int.Parse(level, CultureInfo.InvariantCulture), id, text));
            // The mark is for the mouse (copy the link of a heading); screen readers and the keyboard have the
            // page's contents, and the heading's name stays its own words.
            return $"<h{level} id=\"{id}\">{inner} <a class=\"anchor\" href=\"#{id}\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h{level}>";
        });
    }

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
