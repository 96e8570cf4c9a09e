using System.Globalization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Wording;

/// <summary>
/// How the documents name a meeting, from its kind, period and session, never from one example:
/// "Hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021", "Kỳ họp thứ 16 Hội đồng nhân dân huyện
/// Xuân Trường khóa XIX, nhiệm kỳ 2016-2021", "Lễ trao Huy hiệu Đảng đợt 3-2-2024"; and the bodies that hold it.
/// </summary>
public static class MeetingNames
{
    /// <summary>"hội nghị", "kỳ họp", "lễ": what a sentence calls the meeting.</summary>
    public static string Noun(Meeting meeting) => meeting.Info.Kind switch
    {
        MeetingKind.Session => "kỳ họp",
        MeetingKind.Ceremony => "lễ",
        _ => "hội nghị",
    };

    /// <summary>The cover's label: "TÀI LIỆU HỘI NGHỊ", "TÀI LIỆU KỲ HỌP", "TÀI LIỆU" for a ceremony.</summary>
    public static string CoverLabel(Meeting meeting) => meeting.Info.Kind switch
    {
        MeetingKind.Session => "TÀI LIỆU KỲ HỌP",
        MeetingKind.Ceremony => "TÀI LIỆU",
        _ => "TÀI LIỆU HỘI NGHỊ",
    };

    /// <summary>
    /// What the meeting does, in lower case after its noun: the data's title, or for a conference the one its
    /// period gives ("tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021", "sơ kết công tác 6 tháng đầu
    /// năm 2020, triển khai nhiệm vụ 6 tháng cuối năm 2020"); empty for a session or ceremony without one.
    /// </summary>
    public static string Title(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (!string.IsNullOrWhiteSpace(meeting.Info.Title))
        {
            return meeting.Info.Title.Trim();
        }
        if (meeting.Info.Kind != MeetingKind.Conference || Sitting(meeting).Length > 0)
        {
            return "";
        }
        var period = ReportPeriods.Resolve(meeting);
        return period.Span switch
        {
            PeriodSpan.None => "",
            PeriodSpan.Term => $"tổng kết {ReportPeriods.Phrase(period)}",
            _ => $"{ReportPeriods.SummingUp(period)} công tác {ReportPeriods.Phrase(period)}, triển khai nhiệm vụ {ReportPeriods.NextPhrase(period, meeting.Tasks.Year)}",
        };
    }

    /// <summary>
    /// The numbered sitting without its body: "kỳ họp thứ 16", "hội nghị lần thứ 20", with "(kỳ họp chuyên
    /// đề)" for an extraordinary one; empty when the meeting has no session.
    /// </summary>
    public static string Sitting(Meeting meeting)
    {
        if (meeting.Info.Session is not { } session || session.Number <= 0)
        {
            return "";
        }
        var number = session.Number.ToString(CultureInfo.InvariantCulture);
        var sitting = meeting.Info.Kind == MeetingKind.Session ? $"kỳ họp thứ {number}" : $"{Noun(meeting)} lần thứ {number}";
        return session.Extraordinary ? $"{sitting} (kỳ họp chuyên đề)" : sitting;
    }

    /// <summary>"khóa XIX, nhiệm kỳ 2016-2021", "khóa XIX", "nhiệm kỳ 2016-2021" or empty.</summary>
    public static string Term(Meeting meeting)
    {
        var session = meeting.Info.Session;
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(session?.Term))
        {
            parts.Add($"khóa {session.Term.Trim()}");
        }
        if (!string.IsNullOrWhiteSpace(session?.TermYears))
        {
            parts.Add($"nhiệm kỳ {session.TermYears.Trim()}");
        }
        return string.Join(", ", parts);
    }

    /// <summary>
    /// The body that sits in a numbered session: the data's, else the council among the issuers (a session) or
    /// the first issuer, by its full name ("Hội đồng nhân dân huyện Xuân Trường").
    /// </summary>
    public static string SittingBody(Meeting meeting)
    {
        if (!string.IsNullOrWhiteSpace(meeting.Info.Session?.Body))
        {
            return meeting.Info.Session.Body.Trim();
        }
        var issuer = meeting.Info.Kind == MeetingKind.Session
            ? meeting.Issuers.FirstOrDefault(i => i.Kind == IssuerKind.Council) ?? meeting.Issuers.FirstOrDefault()
            : meeting.Issuers.FirstOrDefault();
        // A Party committee sits as the Executive Committee of its Party organisation: "Hội nghị lần thứ 18 Ban
        // Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVI".
        if (issuer is not null && IssuerNames.IsPartyCommittee(issuer) && meeting.Info.Kind != MeetingKind.Session)
        {
            return $"Ban Chấp hành Đảng bộ {meeting.Unit.FullName.Trim()}";
        }
        return issuer is null ? meeting.Unit.FullName : IssuerNames.FullName(meeting, issuer);
    }

    /// <summary>
    /// The meeting's full name, capitalised, as the agenda, the cover and the page title give it:
    /// "Hội nghị tổng kết công tác năm 2020 …", "Kỳ họp thứ 16 Hội đồng nhân dân huyện Xuân Trường khóa XIX,
    /// nhiệm kỳ 2016-2021", "Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh Ninh Bình khóa XXII, tổng kết …",
    /// "Lễ trao Huy hiệu Đảng".
    /// </summary>
    public static string EventName(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var title = Title(meeting);
        var sitting = Sitting(meeting);
        if (sitting.Length == 0)
        {
            return Capitalize(Join(" ", Noun(meeting), title));
        }
        var session = meeting.Info.Session!;
        var term = string.IsNullOrWhiteSpace(session.Term) ? "" : $"khóa {session.Term.Trim()}";
        var years = string.IsNullOrWhiteSpace(session.TermYears) ? "" : $"nhiệm kỳ {session.TermYears.Trim()}";
        var name = Join(", ", Join(" ", sitting, SittingBody(meeting), term), years);
        return Capitalize(Join(", ", name, title));
    }

    /// <summary>
    /// A short name for a page title or a shared link, the unit first so a list of tabs or search results tells
    /// the meetings apart: "Huyện Ý Yên: Hội nghị tổng kết năm 2020", "Huyện Xuân Trường: Kỳ họp thứ 16 HĐND",
    /// "Xã Yên Tiến: Lễ trao Huy hiệu Đảng". The data's <c>short_title</c> wins for the part after the colon.
    /// </summary>
    public static string PageTitle(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        string name;
        if (!string.IsNullOrWhiteSpace(meeting.Info.ShortTitle))
        {
            name = meeting.Info.ShortTitle.Trim();
        }
        else if (Sitting(meeting) is { Length: > 0 } sitting)
        {
            name = meeting.Info.Kind == MeetingKind.Session ? Join(" ", sitting, "HĐND") : sitting;
        }
        else if (meeting.Info.Kind == MeetingKind.Conference && string.IsNullOrWhiteSpace(meeting.Info.Title)
            && ReportPeriods.Resolve(meeting) is { Span: not PeriodSpan.None } period)
        {
            name = Join(" ", Noun(meeting), ReportPeriods.SummingUp(period), ReportPeriods.Phrase(period));
        }
        else
        {
            // The first clause of the title, with the period when it lost it: "Hội nghị tổng kết công tác Đảng năm 2020"
            // (a clause ends at a comma or semicolon, or where "và triển khai …" starts the second half).
            var title = Title(meeting);
            var cut = title.IndexOfAny([',', ';']);
            var and = title.IndexOf(" và triển khai", StringComparison.OrdinalIgnoreCase);
            cut = cut < 0 ? and : and < 0 ? cut : Math.Min(cut, and);
            name = Join(" ", Noun(meeting), cut < 0 ? title : title[..cut]);
            if (!name.Any(char.IsDigit) && ReportPeriods.Resolve(meeting) is { Span: not PeriodSpan.None } own)
            {
                name = Join(" ", name, ReportPeriods.Phrase(own));
            }
        }
        return $"{Capitalize(meeting.Unit.FullName.Trim())}: {Capitalize(name)}";
    }

    /// <summary>
    /// The bodies holding the meeting, as a sentence names them: "Huyện ủy, HĐND, UBND huyện Ý Yên"; the
    /// cover upper-cases it with " - " between the bodies.
    /// </summary>
    public static string Hosts(Meeting meeting, string separator = ", ") => IssuerNames.Group(meeting, meeting.Issuers, separator);

    /// <summary>
    /// Who the article says holds the meeting: for a numbered sitting the body that sits, with its term ("HĐND
    /// huyện Xuân Trường khóa XIX, nhiệm kỳ 2016-2021", "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVI, nhiệm kỳ
    /// 2015-2020"), else the hosts.
    /// </summary>
    public static string Subject(Meeting meeting)
    {
        if (Sitting(meeting).Length > 0)
        {
            var council = meeting.Issuers.FirstOrDefault(i => i.Kind == IssuerKind.Council);
            var body = meeting.Info.Kind == MeetingKind.Session && string.IsNullOrWhiteSpace(meeting.Info.Session!.Body) && council is not null
                ? IssuerNames.Group(meeting, [council], ", ")
                : SittingBody(meeting);
            return Join(" ", body, Term(meeting));
        }
        return Hosts(meeting);
    }

    /// <summary>
    /// What the subject does, for the lead and the headline: "tổ chức hội nghị tổng kết …", "tổ chức kỳ họp
    /// thứ 16", "tổ chức lễ trao Huy hiệu Đảng".
    /// </summary>
    public static string Action(Meeting meeting)
    {
        var title = Title(meeting);
        var sitting = Sitting(meeting);
        if (sitting.Length > 0)
        {
            return Join(", ", $"tổ chức {sitting}", title);
        }
        return Join(" ", "tổ chức", Noun(meeting), title);
    }

    /// <summary>
    /// The article's headline: a subject and a verb. A conference whose title starts with its own verb
    /// ("tổng kết …", "sơ kết …", "triển khai …") takes it: "Huyện Ý Yên tổng kết công tác năm 2020 …";
    /// anything else says what is held: "HĐND huyện Xuân Trường khóa XIX tổ chức kỳ họp thứ 16". The unit is the
    /// subject only when a body that governs it (its Party committee, a state body) holds the conference; the Front
    /// or a Party organ speaks for itself: "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổng kết …", never
    /// "Tỉnh Ninh Bình tổng kết công tác Mặt trận …".
    /// </summary>
    public static string Headline(Meeting meeting)
    {
        var title = Title(meeting);
        if (meeting.Info.Kind == MeetingKind.Conference && Sitting(meeting).Length == 0 && StartsWithVerb(title))
        {
            return Capitalize(Join(" ", HeldByGoverningBody(meeting) ? meeting.Unit.FullName : Hosts(meeting), title));
        }
        return Capitalize(Join(" ", Subject(meeting), Action(meeting)));
    }

    /// <summary>
    /// Whether a body that governs the unit holds the meeting — its Party committee, its People's Council or
    /// Committee (or no issuer is named) — so that the meeting speaks for the whole unit: the headline's subject is the
    /// unit, and its indicators are the unit's economy and society. The Front, a union or a Party organ speaks for
    /// its own work.
    /// </summary>
    public static bool HeldByGoverningBody(Meeting meeting) =>
        meeting.Issuers.Count == 0
        || meeting.Issuers.Any(i => i.Kind is IssuerKind.Government or IssuerKind.Council || IssuerNames.IsPartyCommittee(i));

    private static readonly string[] OpeningVerbs = ["tổng kết", "sơ kết", "triển khai", "tổ chức", "kỷ niệm", "tuyên dương", "biểu dương", "trao", "đánh giá", "quán triệt"];

    private static bool StartsWithVerb(string title) =>
        OpeningVerbs.Any(v => title.StartsWith(v, StringComparison.OrdinalIgnoreCase));

    public static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Select(p => p?.Trim()).Where(p => !string.IsNullOrEmpty(p)));

    // Looked up once: GetCultureInfo takes a lock on each call, and the templates capitalise a few hundred texts per
    // meeting (3–6 % of the booklet documents' samples; docs/benchmarks.md, branch text-3).
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Upper-cases the first letter (the culture's casing, so "đ" becomes "Đ").</summary>
    public static string Capitalize(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return string.Concat(text.AsSpan(0, i), char.ToUpper(text[i], Vietnamese).ToString(), text.AsSpan(i + 1));
            }
            if (char.IsDigit(text[i]))
            {
                return text;
            }
        }
        return text;
    }
}
