using ReportGen.Core.Model;

namespace ReportGen.Templating.Tests;

/// <summary>
/// Every period a report may cover gives the headings, summary and appendix caption a secretariat writes for it,
/// including spans no seed and no corpus meeting has (a quarter, a month, a term); nothing says "NĂM" for a half.
/// </summary>
public sealed class PeriodWordingTests
{
    private static Meeting Meeting(ReportPeriod period) => new()
    {
        Id = "ky-bao-cao",
        Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã", Parent = new OrganizationalUnit { Name = "Ninh Bình", Level = "tỉnh" } },
        Issuers = [new Issuer { Name = "Ủy ban nhân dân xã Yên Tiến", ShortName = "UBND", Kind = IssuerKind.Government }],
        Info = new MeetingInfo { Period = period, Date = new DateOnly(2026, 7, 10), Place = "Yên Tiến", Delegates = 50 },
        Results = new YearResults
        {
            Overview = "kinh tế tiếp tục phát triển",
            Fields = [new ResultField { Name = "Kinh tế", Indicators = [new Indicator { Name = "Thu ngân sách", Value = 12.5m, Unit = "tỷ đồng", Plan = 20 }] }],
        },
        Tasks = new NextYearTasks { Items = ["Đẩy mạnh thu ngân sách."] },
    };

    [Theory]
    [InlineData(PeriodSpan.FirstHalf, 0, "6 THÁNG ĐẦU NĂM 2026", "6 THÁNG CUỐI NĂM 2026", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026")]
    [InlineData(PeriodSpan.NineMonths, 0, "9 THÁNG ĐẦU NĂM 2026", "3 THÁNG CUỐI NĂM 2026", "Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026, phương hướng, nhiệm vụ 3 tháng cuối năm 2026")]
    [InlineData(PeriodSpan.Quarter, 2, "QUÝ II NĂM 2026", "QUÝ III NĂM 2026", "Kết quả thực hiện nhiệm vụ quý II năm 2026, phương hướng, nhiệm vụ quý III năm 2026")]
    [InlineData(PeriodSpan.Month, 6, "THÁNG 6 NĂM 2026", "THÁNG 7 NĂM 2026", "Kết quả thực hiện nhiệm vụ tháng 6 năm 2026, phương hướng, nhiệm vụ tháng 7 năm 2026")]
    [InlineData(PeriodSpan.Year, 0, "NĂM 2026", "NĂM 2027", "Tổng kết công tác năm 2026, phương hướng, nhiệm vụ năm 2027")]
    public void Report_NamesItsPeriod_AndTheNext(PeriodSpan span, int number, string period, string next, string summary)
    {
        var meeting = Meeting(new ReportPeriod { Span = span, Year = 2026, Number = number });
        var report = Repo.Renderer.Report(meeting);
        Assert.Contains($"## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ {period}\n", report, StringComparison.Ordinal);
        Assert.Contains($"## II. PHƯƠNG HƯỚNG, NHIỆM VỤ {next}\n", report, StringComparison.Ordinal);
        Assert.Contains($"**{summary}**", report, StringComparison.Ordinal);
        var appendix = Repo.Renderer.Appendix(meeting);
        Assert.Contains($"**Các chỉ tiêu kinh tế - xã hội chủ yếu {period.ToLowerInvariant().Replace("quý ii", "quý II", StringComparison.Ordinal)}**", appendix, StringComparison.Ordinal);
        Assert.Contains("| 62,5 |", appendix, StringComparison.Ordinal); // TH/KH: 12,5 of 20
    }

    [Fact]
    public void Appendix_CitesTheOneBodysReport_ForItsPeriod()
    {
        var meeting = Meeting(new ReportPeriod { Span = PeriodSpan.FirstHalf, Year = 2026 });
        meeting.Issuers.Add(new Issuer { Name = "Hội đồng nhân dân xã Yên Tiến", ShortName = "HĐND", Kind = IssuerKind.Council });
        // The report stands under the first issuer's header; the appendix names that body, not all the hosts.
        Assert.Contains("*(Kèm theo Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 của UBND xã Yên Tiến)*",
            Repo.Renderer.Appendix(meeting), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IssuerKind.Front, "Ủy ban MTTQ Việt Nam xã Yên Tiến", "**Các chỉ tiêu chủ yếu năm 2026**")]
    [InlineData(IssuerKind.Party, "Đảng ủy xã Yên Tiến", "**Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026**")]
    [InlineData(IssuerKind.Council, "Hội đồng nhân dân xã Yên Tiến", "**Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026**")]
    public void AppendixTitle_NamesTheUnitsEconomy_OnlyWhenAGoverningBodyHoldsTheMeeting(IssuerKind kind, string name, string title)
    {
        // The Front's indicators are its own work's (funds raised, houses built), not the commune's economy.
        var meeting = Meeting(new ReportPeriod { Span = PeriodSpan.Year, Year = 2026 });
        meeting.Issuers.Clear();
        meeting.Issuers.Add(new Issuer { Name = name, ShortName = "BTT", Kind = kind });
        Assert.Contains(title, Repo.Renderer.Appendix(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void Term_IsSummedUp_AndTheNextTermPlanned()
    {
        var report = Repo.Renderer.Report(Meeting(new ReportPeriod { Span = PeriodSpan.Term, From = 2020, To = 2025 }));
        Assert.Contains("## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NHIỆM KỲ 2020-2025\n", report, StringComparison.Ordinal);
        Assert.Contains("## II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025-2030\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPeriod_HasNoPeriodInItsHeadings()
    {
        // A meeting with no period takes its title from the data.
        var meeting = Meeting(new ReportPeriod { Span = PeriodSpan.None });
        var report = Repo.Renderer.Report(new Meeting
        {
            Id = meeting.Id, Unit = meeting.Unit, Issuers = meeting.Issuers, Results = meeting.Results, Tasks = meeting.Tasks,
            Info = new MeetingInfo { Title = "điển hình tiên tiến giai đoạn 2020-2025", Period = meeting.Info.Period, Date = meeting.Info.Date, Place = "Yên Tiến" },
        });
        Assert.Contains("## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n", report, StringComparison.Ordinal);
        Assert.Contains("## II. PHƯƠNG HƯỚNG, NHIỆM VỤ\n", report, StringComparison.Ordinal);
        Assert.DoesNotContain("NĂM", report, StringComparison.Ordinal);
    }
}
