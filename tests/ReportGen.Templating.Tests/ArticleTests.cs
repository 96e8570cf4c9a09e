namespace ReportGen.Templating.Tests;

/// <summary>The press articles built from the seed data carry the facts of the seed article, in its order.</summary>
public sealed class ArticleTests
{
    /// <summary>Every fact of the seed article, written as the article writes it.</summary>
    public static readonly string[] SeedFacts =
    [
        "Huyện ủy, HĐND, UBND huyện Ý Yên", "Huyện ủy, HĐND, UBND huyện Xuân Trường", "Ngày 23-1",
        "18/21 chỉ tiêu chủ yếu của năm 2020", "11/12 chỉ tiêu phát triển kinh tế - xã hội",
        "12.278,27 ha", "124,46 tạ/ha", "103 triệu đồng", "5.809 tỷ đồng", "tăng 13% so với năm 2019",
        "37,2 triệu USD", "tăng 2% so với cùng kỳ năm trước",
        "4 xã được UBND tỉnh công nhận đạt chuẩn NTM nâng cao", "6 thôn, xóm được UBND huyện công nhận mô hình NTM kiểu mẫu năm 2019",
        "lần thứ XXIV", "nhiệm kỳ 2020-2025", "Ban TVTU",
        "4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen",
        "7 tập thể được Chủ tịch UBND tỉnh tặng “Cờ đơn vị dẫn đầu phong trào thi đua”",
        "29 tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”",
        "12 tập thể, cá nhân được UBND tỉnh khen thưởng điển hình tiên tiến giai đoạn 2015-2020",
        "Quốc hội khóa XV", "nhiệm kỳ 2021-2026",
        "Đức Thiện và Xuân Thu",
    ];

    /// <summary>Whole sentences of the seed article that the articles reproduce word for word.</summary>
    public static readonly string[] SeedSentences =
    [
        "Ngày 23-1, Huyện ủy, HĐND, UBND huyện Ý Yên tổ chức hội nghị tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, triển khai nhiệm vụ năm 2021.",
        "Năm 2020, mặc dù tình hình đại dịch COVID-19 diễn biến phức tạp, tác động toàn diện lên các lĩnh vực nhưng Huyện ủy, HĐND, UBND huyện đã tập trung lãnh đạo, hoàn thành 18/21 chỉ tiêu chủ yếu của năm 2020.",
        "Kinh tế - xã hội tiếp tục phát triển, kết quả thu ngân sách đạt khá. Toàn huyện có 4 xã được UBND tỉnh công nhận đạt chuẩn NTM nâng cao; 6 thôn, xóm được UBND huyện công nhận mô hình NTM kiểu mẫu năm 2019.",
        "Trong năm huyện có 4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen; 7 tập thể được Chủ tịch UBND tỉnh tặng “Cờ đơn vị dẫn đầu phong trào thi đua”; 29 tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”",
        "Lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 trên địa bàn huyện.",
        "Tiếp tục thực hiện “mục tiêu kép” vừa phòng chống dịch COVID-19, vừa phục hồi và phát triển kinh tế - xã hội.",
        "bảo đảm quốc phòng - an ninh đáp ứng yêu cầu, nhiệm vụ trong tình hình mới.",
        "Năm 2020, trong điều kiện đại dịch COVID-19 diễn biến phức tạp, dưới sự lãnh đạo, chỉ đạo của Huyện ủy, HĐND, UBND huyện, cán bộ, đảng viên và các tầng lớp nhân dân trong huyện Xuân Trường đã nỗ lực, khắc phục khó khăn, hoàn thành đạt và vượt 11/12 chỉ tiêu phát triển kinh tế - xã hội đã đề ra.",
        "Trong đó, sản xuất nông nghiệp được quan tâm chỉ đạo; tổng diện tích gieo trồng đạt 12.278,27 ha; năng suất lúa cả năm đạt 124,46 tạ/ha; giá trị thu được trên mỗi ha canh tác đạt 103 triệu đồng.",
        "Năm 2021, Huyện ủy Xuân Trường tập trung lãnh đạo đưa nghị quyết đại hội đảng các cấp và Nghị quyết đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025 vào cuộc sống, tạo ra bước chuyển biến rõ nét trên các lĩnh vực.",
        "Tiếp tục đẩy mạnh thực hiện xây dựng xã NTM nâng cao, khu dân cư NTM kiểu mẫu.",
        "Tập trung hoàn thành các dự án, công trình nâng cấp hạ tầng cơ sở phục vụ phát triển kinh tế - xã hội.",
        "Tăng cường củng cố quốc phòng - an ninh, giữ vững an ninh chính trị, trật tự an toàn xã hội./.",
    ];

    private static string RoundupArticle => Repo.Renderer.RoundupArticle(Repo.Roundup, Repo.Data.Meetings);

    [Fact]
    public void RoundupArticle_CarriesEverySeedFact()
    {
        var article = RoundupArticle;
        var missing = SeedFacts.Where(fact => !article.Contains(fact, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "missing: " + string.Join(" | ", missing));
    }

    [Fact]
    public void RoundupArticle_ReproducesTheSeedSentences()
    {
        var article = RoundupArticle;
        var missing = SeedSentences.Where(sentence => !article.Contains(sentence, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "missing: " + string.Join(" | ", missing));
    }

    [Fact]
    public void RoundupArticle_CarriesEveryTaskOfBothMeetings()
    {
        var article = RoundupArticle;
        foreach (var meeting in new[] { Repo.YYen, Repo.XuanTruong })
        {
            Assert.Contains(meeting.Tasks.Direction!.Trim(), article, StringComparison.Ordinal);
            foreach (var item in meeting.Tasks.Items)
            {
                Assert.Contains(item.Trim().TrimEnd('.'), article, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void RoundupArticle_FollowsTheSeedsOrderOfIdeas()
    {
        var article = RoundupArticle;
        string[] inOrder =
        [
            "# Các huyện: Ý Yên, Xuân Trường triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2021\n",
            "UBND huyện Ý Yên tổ chức hội nghị", "18/21", "XXIV", "6 thôn, xóm", "Năm 2020 công tác thi đua",
            "“Tập thể lao động xuất sắc”", "Năm 2021 Đảng bộ huyện Ý Yên", "Quốc hội khóa XV",
            "UBND huyện Xuân Trường tổ chức hội nghị", "11/12", "12.278,27 ha", "5.809 tỷ đồng", "37,2 triệu USD",
            "Công tác xây dựng Đảng được đẩy mạnh", "Năm 2021, Huyện ủy Xuân Trường", "Quốc hội khóa XV",
            "trật tự an toàn xã hội./.",
        ];

        var position = 0;
        foreach (var idea in inOrder)
        {
            var found = article.IndexOf(idea, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{idea}' is missing or out of order");
            position = found + idea.Length;
        }
    }

    [Fact]
    public void RoundupArticle_EndsWithThePressMarkThenTheBylineAlone()
    {
        var article = RoundupArticle;

        Assert.EndsWith("trật tự an toàn xã hội./.\n\nĐức Thiện và Xuân Thu\n", article, StringComparison.Ordinal);
        Assert.Equal(1, Count(article, "./."));
    }

    [Fact]
    public void RoundupArticle_PutsEachBlockInItsOwnParagraph()
    {
        var body = RoundupArticle.Split("\n# ", 2)[1];
        var paragraphs = body.Split("\n\n").Skip(1).ToList(); // after the title line

        // Ý Yên: lead, results, emulation, tasks; Xuân Trường: lead, results, tasks (no awards); byline.
        Assert.Equal(8, paragraphs.Count);
        Assert.StartsWith("Ngày 23-1, Huyện ủy, HĐND, UBND huyện Ý Yên", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Năm 2020 công tác thi đua", paragraphs[2], StringComparison.Ordinal);
        Assert.StartsWith("Ngày 23-1, Huyện ủy, HĐND, UBND huyện Xuân Trường", paragraphs[4], StringComparison.Ordinal);
        Assert.All(paragraphs, p => Assert.DoesNotContain('\n', p.TrimEnd('\n')));
    }

    [Fact]
    public void RoundupArticle_StartsWithFrontMatter()
    {
        Assert.StartsWith(
            "---\ntitle: \"Các huyện: Ý Yên, Xuân Trường triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2021\"\ndate: 2021-01-23\n",
            RoundupArticle, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundupArticle_FollowsTheRoundupsOrder_WhateverTheOrderOfTheMeetingsGiven()
    {
        var article = Repo.Renderer.RoundupArticle(Repo.Roundup, [Repo.XuanTruong, Repo.YYen]);

        Assert.True(article.IndexOf("huyện Ý Yên tổ chức", StringComparison.Ordinal) < article.IndexOf("huyện Xuân Trường tổ chức", StringComparison.Ordinal));
    }

    [Fact]
    public void RoundupArticle_Throws_WhenAMeetingOfTheRoundupIsNotGiven()
    {
        Assert.Throws<ArgumentException>(() => Repo.Renderer.RoundupArticle(Repo.Roundup, [Repo.YYen]));
    }

    [Fact]
    public void MeetingArticle_FromDocumentsWhoseViewWasLetGo_IsTheSameArticle()
    {
        // The build lets the documents' template view go once the text outputs are made (TemplateRenderer.ViewsRead); an
        // article asked for afterwards reads a view of its own, and says the same.
        var documents = Repo.Renderer.Documents(Repo.YYen);
        var withView = Repo.Renderer.MeetingArticle(Repo.YYen, documents);

        TemplateRenderer.ViewsRead(documents);

        Assert.Equal(withView, Repo.Renderer.MeetingArticle(Repo.YYen, documents));
        Assert.Equal(Repo.Renderer.MeetingArticle(Repo.YYen), withView);
        Assert.Contains("18/21", withView, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingArticle_YYen_HasItsFactsAndNotXuanTruongs()
    {
        var article = Repo.Renderer.MeetingArticle(Repo.YYen);

        foreach (var fact in new[] { "18/21", "4 xã được UBND tỉnh", "6 thôn, xóm", "XXIV", "4 tập thể, cá nhân", "29 tập thể", "Quốc hội khóa XV", "2021-2026" })
        {
            Assert.Contains(fact, article, StringComparison.Ordinal);
        }

        foreach (var other in new[] { "11/12", "12.278,27", "124,46", "5.809", "37,2", "Xuân Trường tổ chức" })
        {
            Assert.DoesNotContain(other, article, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MeetingArticle_XuanTruong_HasItsFactsAndNotYYens()
    {
        var article = Repo.Renderer.MeetingArticle(Repo.XuanTruong);

        foreach (var fact in new[] { "11/12", "12.278,27 ha", "124,46 tạ/ha", "103 triệu đồng", "5.809 tỷ đồng", "tăng 13%", "37,2 triệu USD", "tăng 2%", "Quốc hội khóa XV" })
        {
            Assert.Contains(fact, article, StringComparison.Ordinal);
        }

        foreach (var other in new[] { "18/21", "29 tập thể", "Thủ tướng", "Ý Yên", "6 thôn" })
        {
            Assert.DoesNotContain(other, article, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MeetingArticle_HasFrontMatterTitleLeadAndByline()
    {
        var article = Repo.Renderer.MeetingArticle(Repo.YYen);
        var lines = article.TrimEnd('\n').Split('\n');

        Assert.Equal("---", lines[0]);
        Assert.Contains("unit: \"huyện Ý Yên\"", lines);
        Assert.Contains("# Huyện Ý Yên tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, triển khai nhiệm vụ năm 2021", lines);
        Assert.Contains("Ngày 23-1, Huyện ủy, HĐND, UBND huyện Ý Yên tổ chức hội nghị tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, triển khai nhiệm vụ năm 2021.", lines);
        Assert.Equal("Đức Thiện và Xuân Thu", lines[^1]);
        Assert.EndsWith("nhiệm vụ trong tình hình mới./.", lines[^3], StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingArticle_LeavesOutTheEmulationParagraph_WhenThereIsNone()
    {
        var article = Repo.Renderer.MeetingArticle(Repo.XuanTruong);

        Assert.DoesNotContain("Trong năm huyện có", article, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", article, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
