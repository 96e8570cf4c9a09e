using ReportGen.Core.Model;

namespace ReportGen.Templating.Tests;

public sealed class ProseFunctionsTests
{
    [Fact]
    public void Issuers_JoinsShortNamesAndTheUnit_ForTheSeedMeeting()
    {
        Assert.Equal("Huyện ủy, HĐND, UBND huyện Ý Yên", ProseFunctions.Issuers(Repo.YYen));
    }

    [Fact]
    public void Issuers_TakesTheLevelFromTheData_WhenTheUnitIsACommune()
    {
        var meeting = new Meeting
        {
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Issuers =
            [
                new Issuer { Name = "Đảng ủy xã Yên Tiến", ShortName = "Đảng ủy" },
                new Issuer { Name = "Ủy ban nhân dân xã Yên Tiến", ShortName = "UBND" },
            ],
        };

        Assert.Equal("Đảng ủy, UBND xã Yên Tiến", ProseFunctions.Issuers(meeting));
        Assert.Equal("Đảng ủy - UBND xã Yên Tiến", ProseFunctions.Issuers(meeting, " - "));
    }

    [Fact]
    public void FieldSentence_JoinsSummaryAndIndicators_ForAgriculture()
    {
        var field = Repo.XuanTruong.Results.Fields.Single(f => f.Name == "Sản xuất nông nghiệp");

        Assert.Equal(
            "Trong đó, sản xuất nông nghiệp được quan tâm chỉ đạo; tổng diện tích gieo trồng đạt 12.278,27 ha; "
            + "năng suất lúa cả năm đạt 124,46 tạ/ha; giá trị thu được trên mỗi ha canh tác đạt 103 triệu đồng.",
            ProseFunctions.FieldSentence(field));
    }

    [Fact]
    public void FieldSentence_ContinuesTheClause_WhenThePhraseIsMarkedContinues()
    {
        var field = Repo.XuanTruong.Results.Fields.Single(f => f.Name.StartsWith("Công nghiệp", StringComparison.Ordinal));

        Assert.Equal(
            "Sản xuất công nghiệp, tiểu thủ công nghiệp trên địa bàn tiếp tục duy trì, phát triển với tổng giá trị năm 2020 "
            + "đạt 5.809 tỷ đồng, tăng 13% so với năm 2019; giá trị hàng hóa xuất khẩu đạt 37,2 triệu USD, tăng 2% so với cùng kỳ năm trước.",
            ProseFunctions.FieldSentence(field));
    }

    [Fact]
    public void FieldSentence_SeparatesPhrases_WhateverCaseTheDataWritesThem()
    {
        // The defect of issue 12: a lower-case phrase was glued to the one before ("… 16,2 tỷ đồng bê tông hóa 15 km").
        var field = new ResultField
        {
            Name = "Kinh tế",
            Indicators =
            [
                new Indicator { Name = "Thu hút đầu tư", Value = 16.2m, Unit = "tỷ đồng", Phrase = "Thu hút đầu tư {value}" },
                new Indicator { Name = "Bê tông hóa", Value = 15, Unit = "km", Phrase = "bê tông hóa {value} đường giao thông" },
                new Indicator { Name = "Hộ văn hóa", Value = 843, Unit = "hộ", Phrase = "Đảng bộ và Nhân dân xây dựng {value} gia đình văn hóa",
                    Share = new IndicatorShare { Percent = 81.2m, Of = "tổng số hộ" } },
            ],
        };
        Assert.Equal("Thu hút đầu tư 16,2 tỷ đồng; bê tông hóa 15 km đường giao thông; "
            + "Đảng bộ và Nhân dân xây dựng 843 hộ gia đình văn hóa, chiếm 81,2% tổng số hộ.", ProseFunctions.FieldSentence(field));
    }

    [Fact]
    public void IndicatorPhrase_ComparesWithThePlanAndThePeriodBefore_InPercentOrAsADifference()
    {
        var rice = new Indicator { Name = "Năng suất lúa", Value = 125.1m, Unit = "tạ/ha", Plan = 124.6m, Previous = 120 };
        Assert.Equal("năng suất lúa đạt 125,1 tạ/ha, bằng 100,4% kế hoạch, tăng 4,3% so với cùng kỳ", ProseFunctions.IndicatorPhrase(rice));
        var difference = new Indicator { Name = "Năng suất lúa", Value = 125.1m, Unit = "tạ/ha", Plan = 124.6m, Compare = ComparisonForm.Difference };
        Assert.Equal("năng suất lúa đạt 125,1 tạ/ha, vượt kế hoạch 0,5 tạ/ha", ProseFunctions.IndicatorPhrase(difference));
    }

    [Fact]
    public void FieldSentence_KeepsTheSummarysFullStopAndAppendsTheText_AsInTheSeed()
    {
        var field = Repo.YYen.Results.Fields.Single(f => f.Name == "Kinh tế và xây dựng nông thôn mới");

        Assert.Equal(
            "Kinh tế - xã hội tiếp tục phát triển, kết quả thu ngân sách đạt khá. Toàn huyện có 4 xã được UBND tỉnh công nhận "
            + "đạt chuẩn NTM nâng cao; 6 thôn, xóm được UBND huyện công nhận mô hình NTM kiểu mẫu năm 2019. Công tác giải phóng "
            + "mặt bằng có nhiều chuyển biến, tiến độ thi công các dự án được đẩy nhanh, cơ bản đáp ứng yêu cầu đề ra.",
            ProseFunctions.FieldSentence(field));
    }

    [Fact]
    public void FieldSentence_CapitalisesTheFirstPhrase_WhenThereIsNoSummary()
    {
        var field = new ResultField
        {
            Indicators =
            [
                new Indicator { Name = "Tổng thu ngân sách", Value = 1234.5m, Unit = "tỷ đồng", Change = new IndicatorChange { Percent = -2.5m, Against = "kế hoạch" } },
                new Indicator { Name = "UBND xã đạt chuẩn", Value = 3, Unit = "xã" },
            ],
        };

        Assert.Equal(
            "Tổng thu ngân sách đạt 1.234,5 tỷ đồng, giảm 2,5% so với kế hoạch; UBND xã đạt chuẩn đạt 3 xã.",
            ProseFunctions.FieldSentence(field));
    }

    [Fact]
    public void IndicatorPhrase_SaysBang_WhenTheChangeIsZero()
    {
        var indicator = new Indicator { Name = "Số hộ nghèo", Value = 120, Unit = "hộ", Change = new IndicatorChange { Percent = 0, Against = "năm 2019" } };

        Assert.Equal("số hộ nghèo đạt 120 hộ, bằng năm 2019", ProseFunctions.IndicatorPhrase(indicator));
    }

    [Fact]
    public void IndicatorPhrase_ReplacesValueInThePhrase_WithTheVietnameseQuantity()
    {
        var indicator = Repo.YYen.Results.Fields.SelectMany(f => f.Indicators).Single(i => i.Unit == "thôn, xóm");

        Assert.Equal("6 thôn, xóm được UBND huyện công nhận mô hình NTM kiểu mẫu năm 2019", ProseFunctions.IndicatorPhrase(indicator));
    }

    [Fact]
    public void AwardPhrase_WritesEachSeedAward_AsTheArticleDoes()
    {
        var phrases = Repo.YYen.Emulation.Awards.Select(ProseFunctions.AwardPhrase).ToList();

        Assert.Equal(
            [
                "4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen",
                "7 tập thể được Chủ tịch UBND tỉnh tặng “Cờ đơn vị dẫn đầu phong trào thi đua”",
                "29 tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”",
                "12 tập thể, cá nhân được UBND tỉnh khen thưởng điển hình tiên tiến giai đoạn 2015-2020",
            ],
            phrases);
    }

    [Fact]
    public void AwardsSentence_NamesTheUnitsLevel_FromTheData()
    {
        Assert.StartsWith("Trong năm huyện có 4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen; 7 tập thể", ProseFunctions.AwardsSentence(Repo.YYen));
        Assert.EndsWith("giai đoạn 2015-2020.", ProseFunctions.AwardsSentence(Repo.YYen));
        Assert.Equal("", ProseFunctions.AwardsSentence(Repo.XuanTruong));

        var commune = new Meeting
        {
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Emulation = new Emulation { Awards = [new Award { Title = "Giấy khen", Giver = "Chủ tịch UBND xã", Recipients = [RecipientKind.Individual], Count = 1200 }] },
        };
        Assert.Equal("Trong năm xã có 1.200 cá nhân được Chủ tịch UBND xã tặng Giấy khen.", ProseFunctions.AwardsSentence(commune));
    }

    [Fact]
    public void AwardsSentence_NamesTheHighestAwardsFirst_WhateverTheDatasOrder()
    {
        // A ceremony's data lists a commune's giấy khen before the Prime Minister's certificate; the sentence announces
        // them highest first (booklet-conventions.md), as the decision and its lists already do.
        var meeting = new Meeting
        {
            Unit = new OrganizationalUnit { Name = "Phú Quốc", Level = "đặc khu" },
            Info = new MeetingInfo { Kind = MeetingKind.Ceremony, Title = "kỷ niệm ngày truyền thống", Period = new ReportPeriod { Span = PeriodSpan.None } },
            Emulation = new Emulation
            {
                Awards =
                [
                    new Award { Title = "Giấy khen", Giver = "Chủ tịch UBND đặc khu", Level = AwardLevel.Commune, Recipients = [RecipientKind.Individual], Count = 6 },
                    new Award { Title = "Bằng khen", Giver = "Chủ tịch UBND tỉnh", Level = AwardLevel.Province, Recipients = [RecipientKind.Collective], Count = 4 },
                    new Award { Title = "Bằng khen", Giver = "Thủ tướng Chính phủ", Level = AwardLevel.National, Recipients = [RecipientKind.Collective], Count = 1 },
                ],
            },
        };

        Assert.Equal(
            "Đặc khu có 1 tập thể được Thủ tướng Chính phủ tặng Bằng khen; 4 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen; "
            + "6 cá nhân được Chủ tịch UBND đặc khu tặng Giấy khen.",
            ProseFunctions.AwardsSentence(meeting));
    }

    [Fact]
    public void Attendance_AtACeremony_SaysTheLeaderSpeaks_NotThatHeDirects()
    {
        var guest = new Person { Name = "Lâm Minh Thành", Position = "Bí thư Tỉnh ủy An Giang", Speaks = true };
        Meeting Of(MeetingKind kind) => new() { Info = new MeetingInfo { Kind = kind, Guests = [guest] } };

        Assert.EndsWith("Đồng chí Lâm Minh Thành phát biểu tại lễ.", ProseFunctions.Attendance(Of(MeetingKind.Ceremony)));
        Assert.EndsWith("Đồng chí Lâm Minh Thành phát biểu chỉ đạo hội nghị.", ProseFunctions.Attendance(Of(MeetingKind.Conference)));
    }

    [Fact]
    public void Targets_WritesTheTally()
    {
        Assert.Equal("hoàn thành 18/21 chỉ tiêu chủ yếu của năm 2020", ProseFunctions.Targets(Repo.YYen.Results));
        Assert.Equal("hoàn thành đạt và vượt 11/12 chỉ tiêu phát triển kinh tế - xã hội đã đề ra", ProseFunctions.Targets(Repo.XuanTruong.Results));
        Assert.Equal("", ProseFunctions.Targets(new YearResults()));
    }

    [Fact]
    public void ResultsLead_JoinsYearOverviewAndTally()
    {
        Assert.Equal(
            "Năm 2020, mặc dù tình hình đại dịch COVID-19 diễn biến phức tạp, tác động toàn diện lên các lĩnh vực nhưng Huyện ủy, "
            + "HĐND, UBND huyện đã tập trung lãnh đạo, hoàn thành 18/21 chỉ tiêu chủ yếu của năm 2020.",
            ProseFunctions.ResultsLead(Repo.YYen));
    }

    [Theory]
    [InlineData("Tổng diện tích gieo trồng", "tổng diện tích gieo trồng")]
    [InlineData("UBND huyện công nhận", "UBND huyện công nhận")]
    [InlineData("HĐND huyện", "HĐND huyện")]
    [InlineData("COVID-19 được kiểm soát", "COVID-19 được kiểm soát")]
    [InlineData("“Mục tiêu kép”", "“mục tiêu kép”")]
    [InlineData("Ý Yên", "Ý Yên")] // a place's name keeps its capitals
    [InlineData("Đảng bộ và Nhân dân", "Đảng bộ và Nhân dân")]
    [InlineData("Thu ngân sách", "thu ngân sách")]
    [InlineData("6 thôn, xóm", "6 thôn, xóm")]
    [InlineData("Dự Kỳ họp thứ 9 HĐND tỉnh khóa X", "dự Kỳ họp thứ 9 HĐND tỉnh khóa X")]   // a sitting's noun is no name
    [InlineData("Dự Lễ kỷ niệm ngày truyền thống", "dự Lễ kỷ niệm ngày truyền thống")]
    [InlineData("Tam Kỳ phát triển", "Tam Kỳ phát triển")]   // but a place whose name ends in "Kỳ" is
    [InlineData("", "")]
    public void LowerFirst_KeepsAcronyms(string text, string expected)
    {
        Assert.Equal(expected, ProseFunctions.LowerFirst(text));
    }

    [Theory]
    [InlineData("trong đó, sản xuất", "Trong đó, sản xuất")]
    [InlineData("huyện Ý Yên", "Huyện Ý Yên")]
    [InlineData("ủy ban", "Ủy ban")]
    [InlineData("“tập thể”", "“Tập thể”")]
    public void CapitalizeFirst_UpperCasesTheFirstLetter(string text, string expected)
    {
        Assert.Equal(expected, ProseFunctions.CapitalizeFirst(text));
    }

    [Theory]
    [InlineData(AwardLevel.National, "Trung ương")]
    [InlineData(AwardLevel.Province, "Tỉnh")]
    [InlineData(AwardLevel.District, "Huyện")]
    [InlineData(AwardLevel.Commune, "Xã")]
    public void LevelLabel_NamesEachLevel(AwardLevel level, string expected)
    {
        Assert.Equal(expected, ProseFunctions.LevelLabel(level));
    }

    [Fact]
    public void RecipientsLabel_JoinsKindsInDataOrder()
    {
        Assert.Equal("tập thể, cá nhân", ProseFunctions.RecipientsLabel([RecipientKind.Collective, RecipientKind.Individual]));
        Assert.Equal("cá nhân", ProseFunctions.RecipientsLabel([RecipientKind.Individual]));
    }

    [Fact]
    public void AwardForm_NamesTheAwardForTheTable()
    {
        var awards = Repo.YYen.Emulation.Awards;
        Assert.Equal("Bằng khen của Thủ tướng Chính phủ", ProseFunctions.AwardForm(awards[0]));
        Assert.Equal("“Tập thể lao động xuất sắc”", ProseFunctions.AwardForm(awards[2]));
        Assert.Equal("Khen thưởng điển hình tiên tiến giai đoạn 2015-2020 của UBND tỉnh", ProseFunctions.AwardForm(awards[3]));
    }

    [Theory]
    [InlineData("trật tự an toàn xã hội.", "trật tự an toàn xã hội./.")]
    [InlineData("trật tự an toàn xã hội", "trật tự an toàn xã hội./.")]
    [InlineData("trật tự an toàn xã hội./.\n", "trật tự an toàn xã hội./.")]
    [InlineData("tình hình mới;\n\n", "tình hình mới./.")]
    public void CloseArticle_EndsWithThePressMark(string text, string expected)
    {
        Assert.Equal(expected, ProseFunctions.CloseArticle(text));
    }

    [Fact]
    public void Paragraph_SkipsEmptyPartsAndEndsEachSentence()
    {
        Assert.Equal("Một. Hai? Ba.", ProseFunctions.Paragraph(["Một", null, " ", "Hai?", "Ba;"]));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(14, "XIV")]
    [InlineData(24, "XXIV")]
    public void Roman_WritesSectionNumbers(int number, string expected)
    {
        Assert.Equal(expected, ProseFunctions.Roman(number));
    }

    [Fact]
    public void ExamplesNote_ListsExampleFieldsInWords()
    {
        Assert.Equal(
            "Một số thông tin là ví dụ, cần thay bằng số liệu thật: địa điểm, số đại biểu, số bản in dự phòng, chương trình hội nghị, "
            + "danh sách được khen thưởng, số, người ký và nội dung các văn bản trong tập tài liệu.",
            ProseFunctions.ExamplesNote(Repo.YYen));
        Assert.Equal("", ProseFunctions.ExamplesNote(new Meeting()));
    }
}
