using System.Text.RegularExpressions;
using ReportGen.Core.Model;

namespace ReportGen.Core.Wording;

/// <summary>
/// Whether an award's giver ("Chủ tịch UBND đặc khu Phú Quốc", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh") is the
/// body that issues a decision: a decision grants its own body's awards ("Tặng Giấy khen …") and announces those of
/// others ("Công bố và trao …"). Compared as offices write them: short forms spelt out, the leader or standing organ
/// that signs for the body left aside, the unit named in full or by its level alone ("UBND huyện"), never left out.
/// </summary>
public static partial class AwardGivers
{
    /// <summary>Short forms of the bodies, as a giver's text may write them (lower case, after <see cref="DocumentConventions.Normalise"/>).</summary>
    private static readonly (string Short, string Full)[] ShortForms =
    [
        ("ubnd", "ủy ban nhân dân"),
        ("hđnd", "hội đồng nhân dân"),
        ("mttq", "mặt trận tổ quốc"),
    ];

    /// <summary>Who signs or gives for the body: "Chủ tịch UBND …", "Ban Thường trực Ủy ban MTTQ …", "Thường trực HĐND …".</summary>
    [GeneratedRegex(@"^(chủ tịch|ban thường trực|thường trực|ban thường vụ|thường vụ|ban chấp hành)\s+")]
    private static partial Regex ForTheBody();

    /// <summary>
    /// True when <paramref name="giver"/> names <paramref name="issuer"/>: its full name, or that name without the
    /// unit's own name ("UBND đặc khu", "Huyện ủy"), after the signing leader or organ. False for another body,
    /// another unit, a giver left empty, or a body without its level ("Chủ tịch UBND" could be any level's).
    /// </summary>
    public static bool IsIssuer(Meeting meeting, Issuer issuer, string? giver)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(issuer);
        if (string.IsNullOrWhiteSpace(giver) || string.IsNullOrWhiteSpace(issuer.Name))
        {
            return false;
        }
        var given = Body(giver);
        var name = Body(IssuerNames.FullName(meeting, issuer));
        if (given == name)
        {
            return true;
        }
        // Without the unit's own name: "ủy ban nhân dân đặc khu" for "… đặc khu phú quốc" (the level stays), "huyện ủy"
        // for "huyện ủy ý yên" (the committee word names the level).
        var unitName = Spelt(meeting.Unit.Name);
        return unitName.Length > 0 && name.EndsWith(" " + unitName, StringComparison.Ordinal)
            && given == name[..^(unitName.Length + 1)];
    }

    /// <summary>The body a text names: normalised, short forms spelt out, without the leader or organ that acts for it.</summary>
    private static string Body(string text)
    {
        var spelt = Spelt(text);
        // "Ban Thường trực Ủy ban MTTQ" acts for the committee, as "TM. BAN THƯỜNG TRỰC" signs its decisions.
        while (ForTheBody().Match(spelt) is { Success: true } leader)
        {
            spelt = spelt[leader.Length..];
        }
        return spelt;
    }

    private static string Spelt(string? text)
    {
        var words = DocumentConventions.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (shortForm, full) in ShortForms)
            {
                if (words[i] == shortForm)
                {
                    words[i] = full;
                }
            }
        }
        return string.Join(' ', words);
    }
}
