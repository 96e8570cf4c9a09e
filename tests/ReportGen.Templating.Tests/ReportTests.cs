using ReportGen.Core.Model;

namespace ReportGen.Templating.Tests;

/// <summary>The report and the agenda: the Markdown the booklet and the web page are made of.</summary>
public sealed class ReportTests
{
    [Fact]
    public void Report_XuanTruong_HasItsFactsInVietnameseFormat()
    {
        var report = Repo.Renderer.Report(Repo.XuanTruong);

        foreach (var fact in new[]
        {
            "11/12", "12.278,27 ha", "124,46 tạ/ha", "103 triệu đồng", "5.809 tỷ đồng", "tăng 13% so với năm 2019",
            "37,2 triệu USD", "tăng 2% so với cùng kỳ năm trước", "XXIV", "nhiệm kỳ 2020-2025", "Quốc hội khóa XV", "2021-2026",
        })
        {
            Assert.Contains(fact, report, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("12278", report, StringComparison.Ordinal);
        Assert.DoesNotContain("18/21", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_YYen_HasItsFactsAndAwards()
    {
        var report = Repo.Renderer.Report(Repo.YYen);

        foreach (var fact in new[]
        {
            "18/21", "4 xã được UBND tỉnh công nhận đạt chuẩn NTM nâng cao", "6 thôn, xóm", "XXIV",
            "4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen", "“Cờ đơn vị dẫn đầu phong trào thi đua”",
            "29 tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”", "điển hình tiên tiến giai đoạn 2015-2020",
            "Quốc hội khóa XV", "2021-2026", "“mục tiêu kép”",
        })
        {
            Assert.Contains(fact, report, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("11/12", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HasTheHeadingsOfTheBooklet()
    {
        var lines = Repo.Renderer.Report(Repo.YYen).Split('\n');

        Assert.Equal("# BÁO CÁO", lines[0]);
        Assert.Contains("**Tổng kết công tác năm 2020, phương hướng, nhiệm vụ năm 2021**", lines);
        Assert.Contains("## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", lines);
        Assert.Contains("### 1. Chính trị và xây dựng Đảng", lines);
        Assert.Contains("### 4. Các chỉ tiêu chủ yếu", lines);
        Assert.Contains("## II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG", lines);
        Assert.Contains("## III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", lines);
        Assert.Contains("- Tiếp tục thực hiện “mục tiêu kép” vừa phòng chống dịch COVID-19, vừa phục hồi và phát triển kinh tế - xã hội.", lines);
    }

    [Fact]
    public void Report_NumbersSectionsAsTheyOccur_WhenThereIsNoEmulation()
    {
        var lines = Repo.Renderer.Report(Repo.XuanTruong).Split('\n');

        Assert.DoesNotContain(lines, l => l.Contains("THI ĐUA, KHEN THƯỞNG", StringComparison.Ordinal));
        Assert.Contains("## II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", lines);
    }

    [Fact]
    public void Report_HasTheIndicatorTable()
    {
        var lines = Repo.Renderer.Report(Repo.XuanTruong).Split('\n');
        var header = Array.IndexOf(lines, "| STT | Chỉ tiêu | ĐVT | Thực hiện | Tăng, giảm |");

        Assert.True(header >= 0, "no indicator table header");
        Assert.StartsWith("|--", lines[header + 1], StringComparison.Ordinal);
        Assert.Equal("| 1 | Tổng diện tích gieo trồng | ha | 12.278,27 | - |", lines[header + 2]);
        Assert.Equal("| 4 | Tổng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp năm 2020 | tỷ đồng | 5.809 | tăng 13% so với năm 2019 |", lines[header + 5]);
        Assert.Equal("| 5 | Giá trị hàng hóa xuất khẩu | triệu USD | 37,2 | tăng 2% so với cùng kỳ năm trước |", lines[header + 6]);
    }

    [Fact]
    public void Report_HasTheAwardsTable_HighestLevelFirst()
    {
        var meeting = CommuneMeeting(new Emulation
        {
            Awards =
            [
                new Award { Title = "Giấy khen", Giver = "Chủ tịch UBND xã", Level = AwardLevel.Commune, Recipients = [RecipientKind.Individual], Count = 2 },
                new Award { Title = "Bằng khen", Giver = "Thủ tướng Chính phủ", Level = AwardLevel.National, Recipients = [RecipientKind.Collective], Count = 1 },
            ],
        });
        var lines = Repo.Renderer.Report(meeting).Split('\n');
        var header = Array.IndexOf(lines, "| STT | Hình thức khen thưởng | Cấp | Đối tượng | Số lượng |");

        Assert.True(header >= 0, "no awards table header");
        Assert.Equal("| 1 | Bằng khen của Thủ tướng Chính phủ | Trung ương | Tập thể | 1 |", lines[header + 2]);
        Assert.Equal("| 2 | Giấy khen của Chủ tịch UBND xã | Xã | Cá nhân | 2 |", lines[header + 3]);
    }

    [Fact]
    public void Report_ListsAwardedPeopleByGivenName()
    {
        var meeting = CommuneMeeting(new Emulation
        {
            Awards =
            [
                new Award
                {
                    Title = "Giấy khen", Giver = "Chủ tịch UBND xã", Level = AwardLevel.Commune, Recipients = [RecipientKind.Individual], Count = 3,
                    Names =
                    [
                        new AwardRecipient { Name = "Trần Văn Bình", Unit = "Trưởng thôn Đông" },
                        new AwardRecipient { Name = "Nguyễn Thị Ánh" },
                        new AwardRecipient { Name = "Lê An" },
                    ],
                },
            ],
        });
        var report = Repo.Renderer.Report(meeting);

        Assert.Contains("- Lê An\n- Nguyễn Thị Ánh\n- Trần Văn Bình, Trưởng thôn Đông\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EscapesPipesInTableCells()
    {
        var meeting = new Meeting
        {
            Id = "x",
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Issuers = [new Issuer { ShortName = "UBND" }],
            Info = new MeetingInfo { Title = "tổng kết", Year = 2024, Date = new DateOnly(2025, 1, 10), Place = "Yên Tiến" },
            Results = new YearResults { Fields = [new ResultField { Name = "A", Indicators = [new Indicator { Name = "Thu | chi", Value = 1, Unit = "tỷ đồng" }] }] },
        };

        Assert.Contains("| 1 | Thu \\| chi | tỷ đồng | 1 |", Repo.Renderer.Report(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UsesOnlyTheMarkdownTheBookletCanSet()
    {
        foreach (var meeting in new[] { Repo.YYen, Repo.XuanTruong })
        {
            var report = Repo.Renderer.Report(meeting);
            Assert.DoesNotContain("####", report, StringComparison.Ordinal);
            // The only fenced blocks are named charts, which both media draw from one layout (PDF; web: SVG).
            var withoutCharts = System.Text.RegularExpressions.Regex.Replace(report, "```chart\n[a-z-]+\n```\n", "");
            Assert.DoesNotContain("```", withoutCharts, StringComparison.Ordinal);
            Assert.DoesNotContain("<", report, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Agenda_HasHeadingDateVenueAndTable()
    {
        var lines = Repo.Renderer.Agenda(Repo.YYen).Split('\n');

        Assert.Equal("# CHƯƠNG TRÌNH HỘI NGHỊ", lines[0]);
        Assert.Contains("**Hội nghị tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, triển khai nhiệm vụ năm 2021**", lines);
        Assert.Contains(lines, l => l.Contains("ngày 23 tháng 01 năm 2021", StringComparison.Ordinal)
            && l.Contains("Hội trường Trung tâm Văn hóa - Thể thao huyện Ý Yên", StringComparison.Ordinal));
        var header = Array.IndexOf(lines, "| Thời gian | Nội dung | Thực hiện |");
        Assert.True(header >= 0, "no agenda table");
        Assert.Equal("| 07:30 | Đón tiếp đại biểu | Văn phòng Huyện ủy |", lines[header + 2]);
        Assert.Equal("| 10:45 | Kết luận hội nghị; bế mạc | Đồng chí Bí thư Huyện ủy |", lines[header + 8]);
    }

    [Fact]
    public void Agenda_SaysSo_WhenTheProgrammeIsEmpty()
    {
        var meeting = new Meeting
        {
            Id = "x",
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Issuers = [new Issuer { ShortName = "UBND" }],
            Info = new MeetingInfo { Title = "tổng kết", Year = 2024, Date = new DateOnly(2025, 3, 5), Place = "Yên Tiến" },
        };
        var agenda = Repo.Renderer.Agenda(meeting);

        Assert.Contains("ngày 05 tháng 3 năm 2025", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("| Thời gian |", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Địa điểm", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public void AgendaAndReport_ParseAsMarkdownTables()
    {
        var html = MarkdownRenderer.ToHtml(Repo.Renderer.Agenda(Repo.YYen)) + MarkdownRenderer.ToHtml(Repo.Renderer.Report(Repo.YYen));

        Assert.Contains("<table class=\"rg-table\">", html, StringComparison.Ordinal);
        Assert.Matches("<td( class=\"rg-text\")?>Đón tiếp đại biểu</td>", html);
        Assert.Matches("<td( class=\"rg-text\")?>Bằng khen của Thủ tướng Chính phủ</td>", html);
    }

    /// <summary>A small commune meeting holding only the given emulation data.</summary>
    private static Meeting CommuneMeeting(Emulation emulation) => new()
    {
        Id = "x",
        Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
        Issuers = [new Issuer { ShortName = "UBND" }],
        Info = new MeetingInfo { Title = "tổng kết năm 2024", Year = 2024, Date = new DateOnly(2025, 1, 10), Place = "Yên Tiến" },
        Emulation = emulation,
    };
}
