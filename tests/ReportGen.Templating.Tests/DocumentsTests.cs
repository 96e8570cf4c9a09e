using ReportGen.Core.Model;
using ReportGen.Templating.Documents;
using Scriban.Runtime;

namespace ReportGen.Templating.Tests;

/// <summary>A meeting's booklet documents rendered to Markdown: what each kind holds, in which order.</summary>
public sealed class DocumentsTests
{
    private static Meeting Meeting(params BookletDocument[] documents) => new()
    {
        Id = "test-2021",
        Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
        Issuers = [new Issuer { Name = "Đảng ủy xã Yên Tiến", ShortName = "Đảng ủy", Kind = IssuerKind.Party }],
        Info = new MeetingInfo { Title = "tổng kết năm 2020", Year = 2020, Date = new DateOnly(2021, 1, 20), Place = "Yên Tiến" },
        Emulation = new Emulation
        {
            Awards =
            [
                new Award
                {
                    Title = "Giấy khen", Giver = "Chủ tịch UBND xã", Level = AwardLevel.Commune, Count = 3,
                    Recipients = [RecipientKind.Collective, RecipientKind.Individual],
                    Names =
                    [
                        new AwardRecipient { Name = "Phạm Thị Ánh", Kind = RecipientKind.Individual },
                        new AwardRecipient { Name = "Chi bộ thôn Bắc", Kind = RecipientKind.Collective },
                        new AwardRecipient { Name = "Nguyễn Văn An", Kind = RecipientKind.Individual },
                    ],
                },
                new Award { Title = "Bằng khen", Giver = "Chủ tịch UBND tỉnh", Level = AwardLevel.Province, Count = 1, Recipients = [RecipientKind.Individual] },
            ],
        },
        Documents = [.. documents],
        SourcePath = Path.Combine(Repo.Seeds, "2021", "test.yaml"),
    };

    /// <summary>The test meeting <paramref name="data"/> with other awards (and documents).</summary>
    private static Meeting WithAwards(Meeting data, List<Award> awards, params BookletDocument[] documents) => new()
    {
        Id = data.Id, Unit = data.Unit, Issuers = data.Issuers, Info = data.Info, SourcePath = data.SourcePath,
        Emulation = new Emulation { Awards = awards },
        Documents = [.. documents],
    };

    [Fact]
    public void AMeetingWithoutDocuments_GetsTheClassicBooklet()
    {
        // Xuân Trường's data without its documents: key.
        var path = Path.Combine(Repo.Seeds, "2021", "xuan-truong.yaml");
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"\ndocuments:[\s\S]*?\n(?=article:)", "\n");
        var meeting = (Meeting)ReportGen.Core.Loading.DataLoader.Parse(text, path);
        Assert.Empty(meeting.Documents);
        var documents = Repo.Renderer.Documents(meeting);

        Assert.Equal(["chuong-trinh", "bao-cao"], documents.Select(d => d.Id));
        Assert.Null(documents[0].Heading);
        Assert.NotNull(documents[1].Heading);
        Assert.Null(documents[1].Heading!.NumberLine);
        Assert.NotEmpty(documents[1].Appendix);
    }

    [Fact]
    public void AwardDecision_ListsAwardsHighestFirst_CollectivesThenPeopleByGivenName()
    {
        var meeting = Meeting(new BookletDocument { Kind = DocumentKind.AwardDecision, Number = 5 });
        var decision = Repo.Renderer.Documents(meeting).Single();

        Assert.StartsWith("# QUYẾT ĐỊNH\n", decision.Markdown, StringComparison.Ordinal);
        Assert.Equal("Số 05-QĐ/ĐU", decision.Heading!.NumberLine);
        var annex = decision.Annex;
        var bang = annex.IndexOf("### I. Bằng khen của Chủ tịch UBND tỉnh (1)", StringComparison.Ordinal);
        var giay = annex.IndexOf("### II. Giấy khen của Chủ tịch UBND xã (3)", StringComparison.Ordinal);
        Assert.True(bang >= 0 && giay > bang, annex);
        Assert.Contains("| 1 | Chi bộ thôn Bắc |", annex, StringComparison.Ordinal);
        Assert.Contains("| 2 | Nguyễn\u00A0Văn\u00A0An |", annex, StringComparison.Ordinal);
        Assert.Contains("| 3 | Phạm\u00A0Thị\u00A0Ánh |", annex, StringComparison.Ordinal);
        Assert.Contains("(Kèm theo Quyết định số 05-QĐ/ĐU ngày 20 tháng 01 năm 2021 của Đảng ủy xã Yên Tiến)", annex, StringComparison.Ordinal);
    }

    [Fact]
    public void AwardDecision_GrantsItsOwnBodysAwards_AndAnnouncesOthers()
    {
        // The decision of UBND xã Yên Tiến: its own chairman's Giấy khen is granted ("Tặng …"); a province's Bằng khen
        // beside it is announced and presented ("Công bố và trao").
        var council = new Issuer { Name = "Ủy ban nhân dân xã Yên Tiến", ShortName = "UBND", Kind = IssuerKind.Government };
        Award Giay(string giver, int count) => new()
        {
            Title = "Giấy khen", Giver = giver, Level = AwardLevel.Commune, Count = count,
            Recipients = [RecipientKind.Collective, RecipientKind.Individual],
        };
        var province = new Award { Title = "Bằng khen", Giver = "Chủ tịch UBND tỉnh", Level = AwardLevel.Province, Count = 1, Recipients = [RecipientKind.Individual] };
        var lao = new Award { Title = "Lao động tiên tiến", Verb = "tặng danh hiệu", Quoted = true, Giver = "UBND xã", Level = AwardLevel.Commune, Count = 29, Recipients = [RecipientKind.Individual] };
        string Article1(List<Award> awards)
        {
            var data = WithAwards(Meeting(), awards, new BookletDocument { Kind = DocumentKind.AwardDecision, Issuer = "UBND" });
            var meeting = new Meeting
            {
                Id = data.Id, Unit = data.Unit, Issuers = [council], Info = data.Info, SourcePath = data.SourcePath,
                Emulation = data.Emulation, Documents = data.Documents,
            };
            return Repo.Renderer.Documents(meeting).Single().Markdown.Split('\n').Single(l => l.StartsWith("**Điều 1.**", StringComparison.Ordinal));
        }

        Assert.Equal("**Điều 1.** Tặng Giấy khen của Chủ tịch UBND xã Yên Tiến cho 6 tập thể, cá nhân có thành tích xuất sắc trong công tác năm 2020 (có danh sách kèm theo).",
            Article1([Giay("Chủ tịch UBND xã Yên Tiến", 6)]));
        Assert.Equal("**Điều 1.** Tặng các hình thức khen thưởng cho 35 lượt tập thể, cá nhân có thành tích xuất sắc trong công tác năm 2020 (có danh sách kèm theo), gồm:",
            Article1([Giay("Chủ tịch UBND xã", 6), lao]));
        Assert.Equal("**Điều 1.** Công bố và trao các hình thức khen thưởng cho 7 lượt tập thể, cá nhân có thành tích xuất sắc trong công tác năm 2020 (có danh sách kèm theo), gồm:",
            Article1([Giay("Chủ tịch UBND xã Yên Tiến", 6), province]));
        // Another commune's chairman is another body.
        Assert.StartsWith("**Điều 1.** Công bố và trao", Article1([Giay("Chủ tịch UBND xã Yên Thắng", 6)]), StringComparison.Ordinal);
    }

    [Fact]
    public void AwardDecision_AfterADocumentOfAnotherBody_StillGrantsItsOwnBodysAwards()
    {
        // The Party committee's agenda comes first and the People's Committee's decision after it; both name no awards,
        // so they hold the meeting's awards. Whether the decision grants an award is the decision's issuer's question:
        // the awards made for the agenda (whose issuer gives none of them) once served the decision too, which then
        // "announced and presented" its own chairman's Giấy khen.
        var party = new Issuer { Name = "Đảng ủy xã Yên Tiến", ShortName = "Đảng ủy", Kind = IssuerKind.Party };
        var committee = new Issuer { Name = "Ủy ban nhân dân xã Yên Tiến", ShortName = "UBND", Kind = IssuerKind.Government };
        var giay = new Award
        {
            Title = "Giấy khen", Giver = "Chủ tịch UBND xã Yên Tiến", Level = AwardLevel.Commune, Count = 6,
            Recipients = [RecipientKind.Collective, RecipientKind.Individual],
        };
        var data = WithAwards(Meeting(), [giay],
            new BookletDocument { Kind = DocumentKind.Agenda, Issuer = "Đảng ủy" },
            new BookletDocument { Kind = DocumentKind.AwardDecision, Issuer = "UBND" },
            new BookletDocument { Kind = DocumentKind.DelegateList, Issuer = "Đảng ủy" });
        var meeting = new Meeting
        {
            Id = data.Id, Unit = data.Unit, Issuers = [party, committee], Info = data.Info, SourcePath = data.SourcePath,
            Emulation = data.Emulation, Documents = data.Documents,
        };

        var decision = Repo.Renderer.Documents(meeting).Single(d => d.Kind == DocumentKind.AwardDecision);

        Assert.Equal("**Điều 1.** Tặng Giấy khen của Chủ tịch UBND xã Yên Tiến cho 6 tập thể, cá nhân có thành tích xuất sắc trong công tác năm 2020 (có danh sách kèm theo).",
            decision.Markdown.Split('\n').Single(l => l.StartsWith("**Điều 1.**", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(MeetingKind.Ceremony, PeriodSpan.None, 0, "có thành tích xuất sắc (có danh sách kèm theo)")]
    [InlineData(MeetingKind.Conference, PeriodSpan.Quarter, 1, "có thành tích xuất sắc trong công tác quý I năm 2026 (có danh sách kèm theo)")]
    [InlineData(MeetingKind.Conference, PeriodSpan.Year, 0, "có thành tích xuất sắc trong công tác năm 2026 (có danh sách kèm theo)")]
    public void AwardDecision_NamesTheMeetingsPeriod_AndNoYearZero(MeetingKind kind, PeriodSpan span, int number, string expected)
    {
        // A ceremony has no period: its decision once read "trong công tác năm 0"; a quarter's is no year's work.
        var year = Meeting();
        var meeting = new Meeting
        {
            Id = year.Id, Unit = year.Unit, Issuers = year.Issuers, Emulation = year.Emulation, SourcePath = year.SourcePath,
            Info = new MeetingInfo
            {
                Kind = kind, Title = "kỷ niệm ngày truyền thống", Date = new DateOnly(2026, 4, 3), Place = "Yên Tiến",
                Period = new ReportPeriod { Span = span, Year = 2026, Number = number },
            },
            Documents = [new BookletDocument { Kind = DocumentKind.AwardDecision }],
        };

        var decision = Repo.Renderer.Documents(meeting).Single().Markdown;

        Assert.Contains(expected, decision, StringComparison.Ordinal);
        Assert.DoesNotContain("năm 0", decision, StringComparison.Ordinal); // nor in the summary the decision gets without one
    }

    /// <summary>The meeting's commune certificate and province certificate, then a province flag: not in the order announced.</summary>
    private static Meeting WithAFlagAfterTheCertificates()
    {
        var data = Meeting();
        return WithAwards(data,
        [
            data.Emulation.Awards[0],
            data.Emulation.Awards[1],
            new Award { Title = "Cờ thi đua", Giver = "UBND tỉnh", Level = AwardLevel.Province, Count = 1, Recipients = [RecipientKind.Collective] },
        ]);
    }

    [Fact]
    public void ReportsAwardsTable_IsHighestFirst_WhateverTheDatasOrder()
    {
        // The data lists, at one level, the province's certificate before its emulation flag, and the commune's giấy
        // khen before both: the table announces the flag, the certificate, then the giấy khen (AwardHierarchy).
        var meeting = WithAFlagAfterTheCertificates();

        var rows = Repo.Renderer.Report(meeting).Split('\n')
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| \d \| .*khen|^\| \d \| Cờ")).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Contains("Cờ thi đua của UBND tỉnh", rows[0], StringComparison.Ordinal);
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh", rows[1], StringComparison.Ordinal);
        Assert.Contains("Giấy khen của Chủ tịch UBND xã", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void AwardsByLevel_AreTheViewsOfTheAwardsList_InTheOrderAnnounced()
    {
        // The same views, ordered: made again, each award's recipients were viewed twice (a view and a dictionary per
        // name, twice over for a list of 34 500 names).
        var meeting = WithAFlagAfterTheCertificates();

        var emulation = (ModelObject)ScriptModel.Meeting(meeting)["emulation"]!;
        var awards = ((ScriptArray)emulation["awards"]!).Cast<ModelObject>().ToList();
        var byLevel = ((ScriptArray)emulation["awards_by_level"]!).Cast<ModelObject>().ToList();

        Assert.Equal(AwardHierarchy.Order(meeting.Emulation.Awards), byLevel.Select(v => v.Source));
        Assert.All(byLevel, view => Assert.Contains(awards, a => ReferenceEquals(a, view)));
        Assert.Equal(awards.Count, byLevel.Distinct().Count());
        Assert.True(((ScriptArray)emulation["awards_by_level"]!).IsReadOnly);
    }

    [Fact]
    public void ResultsIndicators_AreTheViewsOfEachFieldsIndicators_InTheirOrder()
    {
        // Two fields with indicators: the list runs on from one field's to the next's.
        var meeting = Repo.XuanTruong;
        Assert.True(meeting.Results.Fields.Count(f => f.Indicators.Count > 0) >= 2);
        var results = (ModelObject)ScriptModel.Meeting(meeting)["results"]!;
        var byField = ((ScriptArray)results["fields"]!).Cast<ModelObject>()
            .SelectMany(f => ((ScriptArray)f["indicators"]!).Cast<ModelObject>()).ToList();
        var all = ((ScriptArray)results["indicators"]!).Cast<ModelObject>().ToList();

        Assert.Equal(meeting.Results.Fields.SelectMany(f => f.Indicators), all.Select(v => v.Source));
        Assert.All(all.Zip(byField), pair => Assert.Same(pair.Second, pair.First));
        Assert.True(((ScriptArray)results["indicators"]!).IsReadOnly);
    }

    [Fact]
    public void DecisionAwards_GivenTheMeetingsView_HoldTheViewsItMade_InTheSameOrderAsViewsOfTheirOwn()
    {
        var meeting = WithAwards(Meeting(),
        [
            new Award
            {
                Title = "Giấy khen", Giver = "Chủ tịch UBND xã", Level = AwardLevel.Commune, Count = 4, Recipients = [RecipientKind.Individual, RecipientKind.Collective],
                Names =
                [
                    new AwardRecipient { Name = "Trần Văn Bình", Kind = RecipientKind.Individual },
                    new AwardRecipient { Name = "Trường Tiểu học A", Kind = RecipientKind.Collective },
                    new AwardRecipient { Name = "Nguyễn Văn Ân", Kind = RecipientKind.Individual },
                    new AwardRecipient { Name = "Lê Thị An", Kind = RecipientKind.Individual },
                ],
            },
            new Award { Title = "Cờ thi đua", Giver = "UBND tỉnh", Level = AwardLevel.Province, Count = 1, Recipients = [RecipientKind.Collective] },
        ]);
        var document = new BookletDocument { Kind = DocumentKind.AwardDecision };
        var view = ScriptModel.Meeting(meeting);
        var awardViews = ((ScriptArray)((ModelObject)view["emulation"]!)["awards"]!).Cast<ModelObject>().ToList();

        var shared = ScriptModel.DecisionAwards(meeting, document, view).Cast<ModelObject>().ToList();
        var own = ScriptModel.DecisionAwards(meeting, document).Cast<ModelObject>().ToList();

        static IEnumerable<object> Sources(ModelObject decided, string member) => ((ScriptArray)decided[member]!).Cast<ModelObject>().Select(v => v.Source);
        Assert.Equal(own.Select(a => a.Source), shared.Select(a => a.Source));
        for (var i = 0; i < shared.Count; i++)
        {
            Assert.Equal(Sources(own[i], "individuals"), Sources(shared[i], "individuals"));
            Assert.Equal(Sources(own[i], "collectives"), Sources(shared[i], "collectives"));
            Assert.Equal(own[i]["by_issuer"], shared[i]["by_issuer"]);
            var awardView = Assert.Single(awardViews, v => ReferenceEquals(v, shared[i]["award"]));
            var names = ((ScriptArray)awardView["names"]!).Cast<ModelObject>().ToList();
            Assert.All(((ScriptArray)shared[i]["individuals"]!).Cast<ModelObject>(), r => Assert.Contains(names, n => ReferenceEquals(n, r)));
        }
        // By given name, the Vietnamese way (a, ă, â …), the province's flag first.
        Assert.Equal(["Lê Thị An", "Nguyễn Văn Ân", "Trần Văn Bình"], Sources(shared[^1], "individuals").Cast<AwardRecipient>().Select(r => r.Name));
        Assert.Equal(["Trường Tiểu học A"], Sources(shared[^1], "collectives").Cast<AwardRecipient>().Select(r => r.Name));
    }

    [Fact]
    public void AwardDecision_NamingAnAwardWithItsGiver_LeavesOutTheOtherOfThatTitle()
    {
        // The commune's People's Committee and its Party committee both give a "Giấy khen": the People's Committee's
        // decision announces its own, named with its giver, not the Party's.
        var data = Meeting();
        var meeting = WithAwards(data,
        [
            data.Emulation.Awards[0],
            new Award { Title = "Giấy khen", Giver = "Ban Thường vụ Đảng ủy xã", Level = AwardLevel.Commune, System = AwardSystem.Party, Count = 2, Recipients = [RecipientKind.PartyMember] },
        ],
        new BookletDocument { Kind = DocumentKind.AwardDecision, Awards = ["Giấy khen của Chủ tịch UBND xã"] });

        var decision = Repo.Renderer.Documents(meeting).Single();

        Assert.Contains("được Chủ tịch UBND xã tặng Giấy khen", decision.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ban Thường vụ Đảng ủy xã", decision.Markdown + decision.Annex, StringComparison.Ordinal);
        // By its title alone, both are announced.
        meeting.Documents[0] = new BookletDocument { Kind = DocumentKind.AwardDecision, Awards = ["Giấy khen"] };
        Assert.Contains("Ban Thường vụ Đảng ủy xã", Repo.Renderer.Documents(meeting).Single().Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void DelegateList_IsByRankThenGivenName()
    {
        var meeting = Meeting(new BookletDocument
        {
            Kind = DocumentKind.DelegateList,
            Delegates =
            [
                new DelegateEntry { Rank = 2, Name = "Trần Văn Đức", Position = "Trưởng thôn" },
                new DelegateEntry { Rank = 2, Name = "Lê Thị Dung", Unit = "Hội Phụ nữ" },
                new DelegateEntry { Rank = 1, Name = "Vũ Văn Xuân", Position = "Bí thư", Unit = "Đảng ủy xã" },
            ],
        });
        var lines = Repo.Renderer.Documents(meeting).Single().Markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        Assert.Equal(
        [
            "| STT | Họ và tên | Chức vụ, đơn vị |",
            "| 1 | Vũ\u00A0Văn\u00A0Xuân | Bí thư, Đảng ủy xã |",
            "| 2 | Lê\u00A0Thị\u00A0Dung | Hội Phụ nữ |", // Dung before Đức: d < đ
            "| 3 | Trần\u00A0Văn\u00A0Đức | Trưởng thôn |",
        ], lines);
    }

    [Fact]
    public void DelegateList_WithGuests_StartsWithTheGuestsAndPresidingLeaders_NamedOnce()
    {
        var meeting = Meeting(new BookletDocument
        {
            Kind = DocumentKind.DelegateList,
            Guests = true,
            Delegates =
            [
                new DelegateEntry { Rank = 1, Name = "Vũ Văn Xuân", Position = "Bí thư", Unit = "Đảng ủy xã" },
                new DelegateEntry { Rank = 2, Name = "Lê Thị Dung", Unit = "Hội Phụ nữ" },
            ],
        });
        meeting.Info.Guests.Add(new Person { Name = "Trần Lê Đoài", Position = "Phó Chủ tịch UBND tỉnh" });
        meeting.Info.Presiding.Add(new Person { Name = "Vũ Văn Xuân", Position = "Bí thư Đảng ủy xã" });
        var lines = Repo.Renderer.Documents(meeting).Single().Markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        Assert.Equal(
        [
            "| STT | Họ và tên | Chức vụ, đơn vị |",
            "| 1 | Trần\u00A0Lê\u00A0Đoài | Phó Chủ tịch UBND tỉnh |",
            "| 2 | Vũ\u00A0Văn\u00A0Xuân | Bí thư Đảng ủy xã |", // presiding, not listed again below
            "| 3 | Lê\u00A0Thị\u00A0Dung | Hội Phụ nữ |",
        ], lines);
    }

    [Fact]
    public void EachDocumentsSection_IsNamedByWhatItIs_ASecondOfAKindNumbered()
    {
        // The ids name the web page's sections and the Word files an office sends on ("03-quyet-dinh-khen-thuong.docx").
        static BookletDocument Contribution(string unit) => new()
        {
            Kind = DocumentKind.Contribution, File = "y-yen-tham-luan-yen-tien.md", Summary = "Kinh nghiệm", Author = "Đồng chí A", Unit = unit,
        };
        var meeting = Meeting(
            new BookletDocument { Kind = DocumentKind.Agenda },
            new BookletDocument { Kind = DocumentKind.AwardDecision, Number = 5 },
            Contribution("Đảng bộ xã Yên Tiến"),
            Contribution("Đảng bộ xã Yên Lợi"),
            new BookletDocument { Kind = DocumentKind.DelegateList });
        Assert.Equal(["chuong-trinh", "quyet-dinh-khen-thuong", "tham-luan", "tham-luan-2", "danh-sach-dai-bieu"],
            Repo.Renderer.Documents(meeting).Select(d => d.Id));
    }

    [Fact]
    public void Agenda_NamesWhoPresidesAndWhoAttends()
    {
        var meeting = Meeting(new BookletDocument { Kind = DocumentKind.Agenda });
        meeting.Info.Guests.Add(new Person { Name = "Trần Lê Đoài", Position = "Phó Chủ tịch UBND tỉnh" });
        meeting.Info.Presiding.Add(new Person { Name = "Vũ Văn Xuân", Position = "Bí thư Đảng ủy xã" });
        var agenda = Repo.Renderer.Documents(meeting).Single().Markdown;
        Assert.Contains("Chủ trì hội nghị: đồng chí Vũ Văn Xuân, Bí thư Đảng ủy xã.", agenda, StringComparison.Ordinal);
        Assert.Contains("Đại biểu dự: đồng chí Trần Lê Đoài, Phó Chủ tịch UBND tỉnh.", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public void Contribution_TakesItsFile_WithItsHeadingsOneLevelDown_UnderItsTitle()
    {
        var meeting = Meeting(new BookletDocument
        {
            Kind = DocumentKind.Contribution, File = "y-yen-tham-luan-yen-tien.md", Summary = "Kinh nghiệm",
            Author = "Đồng chí A", Unit = "Đảng bộ xã Yên Tiến",
        });
        var contribution = Repo.Renderer.Documents(meeting).Single();

        Assert.StartsWith("# THAM LUẬN\n\n**Kinh nghiệm**\n", contribution.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Kết quả đạt được\n", contribution.Markdown, StringComparison.Ordinal);
        Assert.Null(contribution.Heading);
        Assert.Equal(new AuthorHeading("Đảng bộ xã Yên Tiến", "Đồng chí A"), contribution.AuthorHeading);
        Assert.Equal("Tham luận: Kinh nghiệm", contribution.ContentsTitle);
    }

    [Fact]
    public void TheReport_LeavesTheRecipientsNames_ToTheAwardDecisionsLists()
    {
        var alone = Meeting(new BookletDocument { Kind = DocumentKind.Report });
        var withDecision = Meeting(new BookletDocument { Kind = DocumentKind.Report }, new BookletDocument { Kind = DocumentKind.AwardDecision });

        Assert.Contains("Nguyễn Văn An", Repo.Renderer.Documents(alone).Single().Markdown, StringComparison.Ordinal);
        var documents = Repo.Renderer.Documents(withDecision);
        Assert.DoesNotContain("Nguyễn Văn An", documents[0].Markdown, StringComparison.Ordinal);
        Assert.Contains("Nguyễn\u00A0Văn\u00A0An", documents[1].Annex, StringComparison.Ordinal);
    }

    [Fact]
    public void AContentFileOutsideTheDataFolder_IsNeverRead_EvenFromAMeetingBuiltInCode()
    {
        var meeting = Meeting(new BookletDocument { Kind = DocumentKind.Markdown, File = "../../README.md" });
        var error = Assert.Throws<ReportGen.Core.Diagnostics.UserInputException>(() => Repo.Renderer.Documents(meeting));
        Assert.Equal("RG082", error.Diagnostics.Single().Code);
    }

    [Theory]
    [InlineData("# A\n\ntext\n\n## B\n", "## A\n\ntext\n\n### B\n")]
    [InlineData("```\n# not a heading\n```\n", "```\n# not a heading\n```\n")]
    [InlineData("###### six\n", "###### six\n")]
    public void Demote_MovesAtxHeadingsOneLevelDown_OutsideCode(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownHeadings.Demote(markdown));

    [Fact]
    public void Demote_FindsTheHeadingsMarkdigFinds_WithInlinesParsedOrNot()
    {
        // Demote reads the blocks only; the headings it moves are those of the full pipeline's tree, in lists,
        // quotes and after tables, and none in code, tables, front matter or a setext underline.
        const string markdown = "---\ntitle: \"# không\"\n---\n\n# Một *đậm* [x](y)\n\nĐoạn # không\n\n| # | A |\n|---|---|\n| # 1 | `#` |\n" +
            "\n- # Trong danh sách\n  ## Hai\n\n> ### Trích\n\n    # thụt vào\n\n~~~\n# rào\n~~~\n\nTiêu đề\n---\n\n#không\n\n  ##### năm\n###### sáu\n<div>\n# sau HTML\n</div>\n";
        var full = Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.HeadingBlock>(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline))
            .Where(h => !h.IsSetext && h.Level < 6).Select(h => h.Span.Start).Order().ToList();
        var expected = markdown;
        foreach (var start in Enumerable.Reverse(full))
        {
            expected = expected.Insert(start, "#");
        }

        Assert.Equal(6, full.Count); // một, danh sách, hai, trích, năm, sau HTML
        Assert.Equal(expected, MarkdownHeadings.Demote(markdown));
    }
}
