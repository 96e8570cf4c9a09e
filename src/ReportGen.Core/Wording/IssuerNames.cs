using ReportGen.Core.Model;

namespace ReportGen.Core.Wording;

/// <summary>
/// The names of the bodies that issue a meeting's documents, and the lines of a document header above and
/// for the issuing body, by rule (docs/issuer-headers.md: NĐ 30/2020 Phụ lục I for state bodies, HD 36-HD/VPTW
/// for Party bodies). The data's <c>superior</c> always wins; an empty one means no line above.
/// </summary>
public static class IssuerNames
{
    /// <summary>Words that open the name of a Party committee (cấp ủy), with the unit level each one already names.</summary>
    private static readonly (string Word, string? Level)[] CommitteeWords =
    [
        ("tỉnh ủy", "tỉnh"), ("thành ủy", "thành phố"), ("huyện ủy", "huyện"), ("quận ủy", "quận"),
        ("thị ủy", "thị xã"), ("đảng ủy", null), ("ban chấp hành", null),
    ];

    private static readonly string[] StateBodies = ["ủy ban nhân dân", "hội đồng nhân dân"];

    /// <summary>
    /// Bodies named together in a sentence: their short names, then the unit once: "Huyện ủy, HĐND, UBND huyện
    /// Ý Yên"; "Tỉnh ủy Ninh Bình" (the committee word already names the level); a body without a short name by
    /// its full name, without the unit again ("Đảng ủy xã Yên Tiến").
    /// </summary>
    public static string Group(Meeting meeting, IReadOnlyList<Issuer> issuers, string separator)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var names = issuers
            .Select(i => string.IsNullOrWhiteSpace(i.ShortName) ? i.Name.Trim() : i.ShortName.Trim())
            .Where(n => n.Length > 0)
            .ToList();
        if (names.Count == 0)
        {
            return Capitalised(meeting.Unit.FullName);
        }
        var last = DocumentConventions.Normalise(names[^1]);
        var unit = meeting.Unit;
        if (DocumentConventions.Normalise(unit.Name).Length > 0 && last.Contains(DocumentConventions.Normalise(unit.Name), StringComparison.Ordinal))
        {
            return string.Join(separator, names); // "Đảng ủy xã Yên Tiến" names its unit already
        }
        var committee = CommitteeWords.FirstOrDefault(c => last == c.Word);
        var suffix = committee.Level is { } level && level == DocumentConventions.Normalise(unit.Level) ? unit.Name : unit.FullName;
        return MeetingNames.Join(" ", string.Join(separator, names), suffix);
    }

    /// <summary>
    /// One body's full name for a header or a sentence: its name when it names the unit ("Ủy ban nhân dân
    /// huyện Ý Yên"), else its name and the unit.
    /// </summary>
    public static string FullName(Meeting meeting, Issuer issuer)
    {
        var name = string.IsNullOrWhiteSpace(issuer.Name) ? issuer.ShortName.Trim() : issuer.Name.Trim();
        return Group(meeting, [new Issuer { Name = name, Kind = issuer.Kind }], ", ");
    }

    /// <summary>Whether the body is a Party committee (Tỉnh ủy, Huyện ủy, Đảng ủy …) rather than one of its organs.</summary>
    public static bool IsPartyCommittee(Issuer issuer) =>
        issuer.Kind == IssuerKind.Party && CommitteeWords.Any(c => StartsWith(issuer.Name, c.Word) || StartsWith(issuer.ShortName, c.Word));

    /// <summary>Whether the body is a People's Committee or Council, which NĐ 30 heads with no body above it.</summary>
    public static bool IsPeoplesBody(Issuer issuer) =>
        issuer.Kind is IssuerKind.Government or IssuerKind.Council && StateBodies.Any(b => StartsWith(issuer.Name, b));

    /// <summary>
    /// The line above the issuing body, or empty for none: the data's <c>superior</c>; for a Party committee
    /// the Party organisation above it ("Đảng bộ tỉnh Nam Định" over "Huyện ủy Ý Yên"), none at the top of the map
    /// ("Tỉnh ủy Thừa Thiên Huế" alone); for an organ of a committee, the committee; for a state agency (Sở, Phòng,
    /// Văn phòng) the People's Committee it belongs to, for the Standing Committee of a council the council; none
    /// for a People's Committee or Council, for the Front and for a committee whose unit has no parent in the data.
    /// </summary>
    public static string Superior(Meeting meeting, Issuer issuer)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(issuer);
        if (issuer.Superior is not null)
        {
            return issuer.Superior.Trim();
        }
        var unit = meeting.Unit;
        switch (issuer.Kind)
        {
            case IssuerKind.Party when IsPartyCommittee(issuer):
                // A provincial committee stands alone ("TỈNH ỦY THỪA THIÊN HUẾ"); below it, the Party organisation
                // one level up ("ĐẢNG BỘ TỈNH NAM ĐỊNH" over "HUYỆN ỦY Ý YÊN"). With no parent known, no line.
                return unit.Parent is { } parent && parent.Name.Trim().Length > 0 ? $"Đảng bộ {parent.FullName.Trim()}" : "";
            case IssuerKind.Party:
                var committee = meeting.Issuers.FirstOrDefault(IsPartyCommittee);
                return committee is not null ? FullName(meeting, committee) : CommitteeName(unit);
            case IssuerKind.Council when !IsPeoplesBody(issuer):
                return $"HĐND {unit.FullName.Trim()}"; // Thường trực HĐND, the council's committees
            case IssuerKind.Government when !IsPeoplesBody(issuer):
                return $"UBND {unit.FullName.Trim()}"; // Sở, Phòng, Văn phòng HĐND và UBND
            default:
                return "";
        }
    }

    /// <summary>
    /// The issuing body's lines in a header: a People's Committee or Council in two, "ỦY BAN NHÂN DÂN" over
    /// "HUYỆN Ý YÊN"; a committee of the Front likewise, "ỦY BAN MTTQ VIỆT NAM" over "TỈNH NINH BÌNH"
    /// (docs/issuer-headers.md: the default; its full name on one line breaks inside "Tổ quốc" and the unit's
    /// name in the header's narrow column); anything else as its name. Not upper-cased here.
    /// </summary>
    public static IReadOnlyList<string> IssuingLines(Meeting meeting, Issuer issuer)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(issuer);
        var name = issuer.Name.Trim();
        foreach (var body in StateBodies)
        {
            if (IsPeoplesBody(issuer) && name.Length > body.Length + 1 && StartsWith(name, body))
            {
                return [name[..body.Length], name[(body.Length + 1)..].Trim()];
            }
        }
        if (issuer.Kind == IssuerKind.Front)
        {
            foreach (var body in FrontCommittees)
            {
                if (name.Length > body.Length + 1 && StartsWith(name, body))
                {
                    return [FrontCommitteeLine, name[(body.Length + 1)..].Trim()];
                }
            }
        }
        return [name];
    }

    /// <summary>How a Front committee's name opens, in full and shortened; its header line is the short form.</summary>
    private static readonly string[] FrontCommittees = ["ủy ban mặt trận tổ quốc việt nam", "ủy ban mttq việt nam"];

    private const string FrontCommitteeLine = "Ủy ban MTTQ Việt Nam";

    /// <summary>"Huyện ủy", "Đảng ủy": the committee word a Party committee's name opens with; null for another body.</summary>
    public static string? CommitteeWord(Issuer issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        if (issuer.Kind != IssuerKind.Party)
        {
            return null;
        }
        var word = CommitteeWords.FirstOrDefault(c => StartsWith(issuer.Name, c.Word) || StartsWith(issuer.ShortName, c.Word)).Word;
        return word is null || word == "ban chấp hành" ? null : MeetingNames.Capitalize(word);
    }

    /// <summary>"Tỉnh ủy Ninh Bình", "Huyện ủy Ý Yên", "Đảng ủy xã Yên Tiến": the committee of a unit.</summary>
    internal static string CommitteeName(OrganizationalUnit unit)
    {
        var level = DocumentConventions.Normalise(unit.Level);
        var word = CommitteeWords.FirstOrDefault(c => c.Level == level).Word;
        return word is null
            ? MeetingNames.Join(" ", "Đảng ủy", unit.FullName)
            : MeetingNames.Join(" ", MeetingNames.Capitalize(word), unit.Name);
    }

    private static string Capitalised(string text) => MeetingNames.Capitalize(text.Trim());

    private static bool StartsWith(string? text, string word) =>
        DocumentConventions.Normalise(text).StartsWith(word, StringComparison.Ordinal);

}
