using ReportGen.Core.Model;
using ReportGen.Core.Wording;

namespace ReportGen.Core.Tests;

/// <summary>
/// How the documents name a meeting, its period and its bodies (Core/Wording), by rule: each expectation below
/// is the form a secretariat writes (docs/issuer-headers.md, booklet-conventions.md), not our output copied.
/// </summary>
public sealed class WordingTests
{
    private static Meeting Meeting(string level = "huyện", string name = "Ý Yên", OrganizationalUnit? parent = null,
        MeetingKind kind = MeetingKind.Conference, ReportPeriod? period = null, int year = 0, string date = "2021-01-23",
        string title = "", SessionInfo? session = null, params Issuer[] issuers) => new()
    {
        Id = "x",
        Unit = new OrganizationalUnit { Name = name, Level = level, Parent = parent },
        Issuers = [.. issuers],
        Info = new MeetingInfo { Kind = kind, Period = period, Year = year, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Title = title, Place = name, Session = session },
    };

    private static readonly OrganizationalUnit NamDinh = new() { Name = "Nam Định", Level = "tỉnh" };
    private static readonly Issuer HuyenUy = new() { Name = "Huyện ủy Ý Yên", ShortName = "Huyện ủy", Kind = IssuerKind.Party };
    private static readonly Issuer Hdnd = new() { Name = "Hội đồng nhân dân huyện Ý Yên", ShortName = "HĐND", Kind = IssuerKind.Council };
    private static readonly Issuer Ubnd = new() { Name = "Ủy ban nhân dân huyện Ý Yên", ShortName = "UBND", Kind = IssuerKind.Government };

    [Theory]
    [InlineData(PeriodSpan.Year, 0, "năm 2020", "năm 2021")]
    [InlineData(PeriodSpan.FirstHalf, 0, "6 tháng đầu năm 2020", "6 tháng cuối năm 2020")]
    [InlineData(PeriodSpan.NineMonths, 0, "9 tháng đầu năm 2020", "3 tháng cuối năm 2020")]
    [InlineData(PeriodSpan.Quarter, 1, "quý I năm 2020", "quý II năm 2020")]
    [InlineData(PeriodSpan.Quarter, 4, "quý IV năm 2020", "quý I năm 2021")]
    [InlineData(PeriodSpan.Month, 12, "tháng 12 năm 2020", "tháng 1 năm 2021")]
    public void Period_IsNamedAsReportsNameIt_AndSoIsTheNext(PeriodSpan span, int number, string phrase, string next)
    {
        var period = ReportPeriods.Resolve(Meeting(period: new ReportPeriod { Span = span, Year = 2020, Number = number }));
        Assert.Equal(phrase, ReportPeriods.Phrase(period));
        Assert.Equal(next, ReportPeriods.NextPhrase(period));
        Assert.False(period.Inferred);
    }

    [Theory]
    [InlineData("2021-01-23", PeriodSpan.Year, "năm 2020")]       // January: the year before
    [InlineData("2024-12-20", PeriodSpan.Year, "năm 2024")]       // December: its own year, never the one before
    [InlineData("2020-07-10", PeriodSpan.FirstHalf, "6 tháng đầu năm 2020")]
    [InlineData("2022-09-28", PeriodSpan.NineMonths, "9 tháng đầu năm 2022")]
    [InlineData("2023-04-05", PeriodSpan.Quarter, "quý I năm 2023")]
    public void PeriodWithoutYear_IsTakenFromTheDate_AndSaidSo(string date, PeriodSpan span, string phrase)
    {
        var period = ReportPeriods.Resolve(Meeting(date: date, period: new ReportPeriod { Span = span }));
        Assert.Equal(phrase, ReportPeriods.Phrase(period));
        Assert.True(period.Inferred);
    }

    [Fact]
    public void ConferenceWithoutTitle_TakesOneFromItsPeriod()
    {
        Assert.Equal("sơ kết công tác 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm 2020",
            MeetingNames.Title(Meeting(period: new ReportPeriod { Span = PeriodSpan.FirstHalf, Year = 2020 }, issuers: Ubnd)));
        Assert.Equal("tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021", MeetingNames.Title(Meeting(year: 2020, issuers: Ubnd)));
    }

    [Fact]
    public void CouncilSession_IsAKyHop_NotAHoiNghi()
    {
        var meeting = Meeting(kind: MeetingKind.Session, period: new ReportPeriod { Span = PeriodSpan.FirstHalf, Year = 2020 },
            session: new SessionInfo { Number = 16, Term = "XIX", TermYears = "2016-2021" }, issuers: Hdnd);
        Assert.Equal("Kỳ họp thứ 16 Hội đồng nhân dân huyện Ý Yên khóa XIX, nhiệm kỳ 2016-2021", MeetingNames.EventName(meeting));
        Assert.Equal("HĐND huyện Ý Yên khóa XIX, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 16", MeetingNames.Headline(meeting));
        Assert.Equal("TÀI LIỆU KỲ HỌP", MeetingNames.CoverLabel(meeting));
        Assert.DoesNotContain("hội nghị", MeetingNames.EventName(meeting), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ceremony_IsALe()
    {
        var meeting = Meeting(kind: MeetingKind.Ceremony, title: "trao Huy hiệu Đảng đợt 3-2-2024", issuers: HuyenUy);
        Assert.Equal("Lễ trao Huy hiệu Đảng đợt 3-2-2024", MeetingNames.EventName(meeting));
        Assert.Equal(PeriodSpan.None, ReportPeriods.Resolve(meeting).Span);
        Assert.Equal("Huyện ủy Ý Yên tổ chức lễ trao Huy hiệu Đảng đợt 3-2-2024", MeetingNames.Headline(meeting));
    }

    [Fact]
    public void Hosts_NameTheUnitOnce()
    {
        Assert.Equal("Huyện ủy, HĐND, UBND huyện Ý Yên", MeetingNames.Hosts(Meeting(parent: NamDinh, issuers: [HuyenUy, Hdnd, Ubnd])));
        var tinhUy = new Issuer { Name = "Tỉnh ủy Ninh Bình", ShortName = "Tỉnh ủy", Kind = IssuerKind.Party };
        Assert.Equal("Tỉnh ủy Ninh Bình", MeetingNames.Hosts(Meeting(level: "tỉnh", name: "Ninh Bình", issuers: tinhUy)));
        var dangUy = new Issuer { Name = "Đảng ủy xã Yên Tiến", Kind = IssuerKind.Party };
        Assert.Equal("Đảng ủy xã Yên Tiến", MeetingNames.Hosts(Meeting(level: "xã", name: "Yên Tiến", issuers: dangUy)));
    }

    [Fact]
    public void Headers_FollowTheRules_ForEachKindAndLevel()
    {
        var district = Meeting(parent: NamDinh, issuers: [HuyenUy, Hdnd, Ubnd]);
        Assert.Equal("Đảng bộ tỉnh Nam Định", IssuerNames.Superior(district, HuyenUy));
        Assert.Equal(["Huyện ủy Ý Yên"], IssuerNames.IssuingLines(district, HuyenUy));
        // NĐ 30 in practice: a People's Committee or Council has no body above it, and its name takes two lines.
        Assert.Equal("", IssuerNames.Superior(district, Ubnd));
        Assert.Equal(["Ủy ban nhân dân", "huyện Ý Yên"], IssuerNames.IssuingLines(district, Ubnd));
        Assert.Equal("", IssuerNames.Superior(district, Hdnd));
        // A provincial committee stands alone: never a bare "ĐẢNG BỘ".
        var tinhUy = new Issuer { Name = "Tỉnh ủy Ninh Bình", ShortName = "Tỉnh ủy", Kind = IssuerKind.Party };
        Assert.Equal("", IssuerNames.Superior(Meeting(level: "tỉnh", name: "Ninh Bình", issuers: tinhUy), tinhUy));
        // A commune after 2025 sits under its province.
        var dangUy = new Issuer { Name = "Đảng ủy xã Yên Tiến", ShortName = "Đảng ủy", Kind = IssuerKind.Party };
        var ninhBinh = new OrganizationalUnit { Name = "Ninh Bình", Level = "tỉnh" };
        Assert.Equal("Đảng bộ tỉnh Ninh Bình", IssuerNames.Superior(Meeting(level: "xã", name: "Yên Tiến", parent: ninhBinh, date: "2026-01-07", issuers: dangUy), dangUy));
        // An agency of the People's Committee, and the Standing Committee of a council.
        var phong = new Issuer { Name = "Phòng Nội vụ", Kind = IssuerKind.Government };
        Assert.Equal("UBND huyện Ý Yên", IssuerNames.Superior(district, phong));
        var thuongTruc = new Issuer { Name = "Thường trực HĐND huyện Ý Yên", Kind = IssuerKind.Council };
        Assert.Equal("HĐND huyện Ý Yên", IssuerNames.Superior(district, thuongTruc));
        // An organ of a committee sits under the committee; the data's superior always wins, empty included.
        var banTuyenGiao = new Issuer { Name = "Ban Tuyên giáo Huyện ủy", Kind = IssuerKind.Party };
        Assert.Equal("Huyện ủy Ý Yên", IssuerNames.Superior(district, banTuyenGiao));
        Assert.Equal("", IssuerNames.Superior(district, new Issuer { Name = "Huyện ủy Ý Yên", Kind = IssuerKind.Party, Superior = "" }));
        // The Front: no line unless the data gives one (no rule found).
        Assert.Equal("", IssuerNames.Superior(district, new Issuer { Name = "Ủy ban MTTQ Việt Nam huyện Ý Yên", Kind = IssuerKind.Front }));
    }

    [Fact]
    public void FrontCommittee_IsHeadedInTwoLines_AndHoldsItsOwnConference()
    {
        // A province's Front committee (after 1/7/2025): "ỦY BAN MTTQ VIỆT NAM / TỈNH NINH BÌNH" (docs/issuer-headers.md),
        // not its full name on one line; the article's headline names the committee, not the province.
        var front = new Issuer { Name = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình", ShortName = "Ủy ban MTTQ Việt Nam", Kind = IssuerKind.Front };
        var meeting = Meeting(level: "tỉnh", name: "Ninh Bình", date: "2026-01-09", title: "tổng kết công tác Mặt trận năm 2025", issuers: front);
        Assert.Equal(["Ủy ban MTTQ Việt Nam", "tỉnh Ninh Bình"], IssuerNames.IssuingLines(meeting, front));
        Assert.Equal("", IssuerNames.Superior(meeting, front));
        Assert.Equal("Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổng kết công tác Mặt trận năm 2025", MeetingNames.Headline(meeting));
        // The unit stays the subject when a body that governs it holds the conference.
        Assert.Equal("Huyện Ý Yên tổng kết công tác năm 2020", MeetingNames.Headline(Meeting(title: "tổng kết công tác năm 2020", issuers: [HuyenUy, front])));
    }

    [Theory]
    [InlineData(110.0, 100.0, null, 15.0, "kế hoạch", false)]   // 110 of 100 is +10 %, not +15 %
    [InlineData(110.0, 100.0, null, 10.0, "kế hoạch", true)]
    [InlineData(105.13, null, 100.0, 5.1, "cùng kỳ năm trước", true)]  // 5,13 % rounds to the stated 5,1 %
    [InlineData(105.13, null, 100.0, 5.3, "cùng kỳ năm trước", false)]
    public void StatedChange_IsCheckedAgainstTheNumbers_BeyondRounding(double value, double? plan, double? previous, double percent, string against, bool agrees)
    {
        var indicator = new Indicator
        {
            Value = (decimal)value, Plan = (decimal?)plan, Previous = (decimal?)previous,
            Change = new IndicatorChange { Percent = Math.Round((decimal)percent, 2), Against = against },
        };
        Assert.Equal(agrees, IndicatorComparisons.CheckStated(indicator)!.Value.Agrees);
    }

    [Fact]
    public void StatedChange_AgainstSomethingTheDataLacks_IsNotChecked() =>
        Assert.Null(IndicatorComparisons.CheckStated(new Indicator { Value = 5, Change = new IndicatorChange { Percent = 13, Against = "năm 2019" } }));

    [Theory]
    [InlineData("hoi-thinh-2026.yaml", "Xã Hội Thịnh: Hội nghị tổng kết nhiệm vụ chính trị năm 2025")] // "… và triển khai …" cut
    [InlineData("long-dien-2020.yaml", "Huyện Long Điền: Kỳ họp thứ 12 HĐND")]
    public void PageTitle_IsShort_AndStartsWithTheUnit(string file, string title)
    {
        var meeting = (Meeting)Loading.DataLoader.LoadFile(ReportGen.Tests.RepositoryRoot.Of("tests", "ReportGen.EndToEnd.Tests", "Corpus", file));
        Assert.Equal(title, MeetingNames.PageTitle(meeting));
    }
}
