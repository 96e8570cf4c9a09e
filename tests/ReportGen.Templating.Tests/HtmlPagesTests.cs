using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Core.Model;

namespace ReportGen.Templating.Tests;

/// <summary>The web pages: valid, Vietnamese, self-contained, with the right links, and safe against the data.</summary>
public sealed class HtmlPagesTests
{
    private const string Script = "<script>alert('x')</script>";

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string MeetingPage(Meeting meeting)
    {
        var renderer = Repo.Renderer;
        return renderer.MeetingPage(meeting,
            MarkdownRenderer.ToHtml(renderer.Agenda(meeting)),
            MarkdownRenderer.ToHtml(renderer.Report(meeting)));
    }

    private static string RoundupPage() =>
        Repo.Renderer.RoundupPage(Repo.Roundup, Repo.Data.Meetings,
            MarkdownRenderer.ToHtml(Repo.Renderer.RoundupArticle(Repo.Roundup, Repo.Data.Meetings)));

    public static TheoryData<string> Pages() => new() { "meeting", "roundup", "index" };

    private static string Page(string which) => which switch
    {
        "meeting" => MeetingPage(Repo.YYen),
        "roundup" => RoundupPage(),
        _ => Repo.Renderer.Index(Repo.Data),
    };

    [Fact]
    public void MeetingPage_TitleStartsWithTheUnit_AndSharedLinkTagsNeedTheSitesAddress()
    {
        var renderer = Repo.Renderer;
        var documents = renderer.Documents(Repo.YYen);
        var local = Parse(renderer.MeetingPage(Repo.YYen, documents, (markdown, anchors) => MarkdownRenderer.ToHtml(markdown, anchors: anchors)));
        // Short, the unit first: a row of tabs or search results tells the meetings apart (was 120–180 characters).
        Assert.Equal("Huyện Ý Yên: Hội nghị tổng kết công tác Đảng năm 2020", local.Title);
        Assert.StartsWith("Huyện Ý Yên tổng kết", local.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Null(local.QuerySelector("link[rel=canonical]"));
        Assert.Empty(local.QuerySelectorAll("meta[property^='og:']"));

        const string url = "https://vanphong.example.vn/hoi-nghi/y-yen-2021/";
        var shared = Parse(renderer.MeetingPage(Repo.YYen, documents, (markdown, anchors) => MarkdownRenderer.ToHtml(markdown, anchors: anchors), url));
        Assert.Equal(url, shared.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(url, shared.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(local.Title, shared.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("vi_VN", shared.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(shared.QuerySelector("meta[property='og:description']")!.GetAttribute("content")));
    }

    [Fact]
    public void RoundupPage_KeepsEverythingInLandmarks_WithAHeadingPerUnit()
    {
        var page = Parse(RoundupPage());
        // Nothing but landmarks at the top: the date and the download link are inside the article's header.
        Assert.All(page.Body!.Children, e => Assert.Contains(e.LocalName, new[] { "nav", "main", "footer" }));
        Assert.NotNull(page.QuerySelector("main article header time"));
        var units = page.QuerySelectorAll("main article section > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Huyện Ý Yên", "Huyện Xuân Trường"], units);
        // Each unit's part is its own text: Ý Yên's section does not run into Xuân Trường's.
        var sections = page.QuerySelectorAll("main article section").ToList();
        Assert.Contains("18/21", sections[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("12.278,27", sections[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("12.278,27", sections[1].TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", "i-ket-qua-thuc-hien-nhiem-vu-nam-2020")]
    [InlineData("Đảng bộ xã Yên Tiến", "dang-bo-xa-yen-tien")]
    [InlineData("“Cờ đơn vị dẫn đầu” (7)", "co-don-vi-dan-dau-7")]
    [InlineData("  -- Ke\u0302\u0301t qua\u0309 --  ", "ket-qua")] // marks typed apart (decomposed), dashes at the ends
    [InlineData("Kết quả 🎉 năm 2020 – 中文", "ket-qua-nam-2020")] // characters with no plain form
    [InlineData("BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2020 VÀ PHƯƠNG HƯỚNG", "bao-cao-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020-va-ph")]
    public void HeadingIds_AreTheWordsWithoutMarks(string heading, string slug) =>
        Assert.Equal(slug, ReportGen.Templating.Documents.HeadingAnchors.Slug(heading));

    [Theory]
    [InlineData("Kết quả <em>nổi bật</em> năm 2020", "Kết quả nổi bật năm 2020")]
    [InlineData("<strong>I.</strong> A &amp; B &lt;C&gt;", "I. A & B <C>")]
    [InlineData("a <b", "a <b")] // a '<' with no '>' after it stays, as it was written
    [InlineData("<a href=\"x\">Tham luận</a> <code>x</code>", "Tham luận x")]
    public void HeadingText_IsTheHtmlWithoutItsTags_EntitiesRead(string innerHtml, string text) =>
        Assert.Equal(text, ReportGen.Templating.Documents.HeadingAnchors.TextOf(innerHtml));

    [Theory]
    [InlineData("Ǆ ǅ ǆ ǈ Ŀ ŉ ſ ß Æ ø ħ ŧ Ơ ư ĩ Ỹ ỵ ḍ ṃ")]
    [InlineData("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020\u00a0— “BẢO ĐẢM” ‘AN NINH’ … ‰ ′")]
    [InlineData("a\u0323\u0302 o\u031b\u0301 Ơ\u0300 \u0340\u0341\u0343\u0344x e\u0301\u0302")]
    public void HeadingIds_OfTheLatinLetters_AreThoseOfTheTextDecomposedAsAWhole(string heading)
    {
        // A character outside the Latin letters and punctuation (here an emoji, at the end, so it adds only a '-' that is
        // dropped) makes the id from the text decomposed as a whole; the same text without it, character by character.
        var slug = ReportGen.Templating.Documents.HeadingAnchors.Slug(heading);
        Assert.Equal(ReportGen.Templating.Documents.HeadingAnchors.Slug(heading + " 🎉"), slug);
        Assert.NotEqual("", slug);
    }

    [Fact]
    public void MeetingPage_SignedDocuments_CarryTheBookletsNoticeOfRecipients()
    {
        var renderer = Repo.Renderer;
        var documents = renderer.Documents(Repo.YYen);
        var page = Parse(renderer.MeetingPage(Repo.YYen, documents, (markdown, anchors) => MarkdownRenderer.ToHtml(markdown, anchors: anchors)));
        var decision = page.QuerySelectorAll("section").First(s => s.QuerySelector(".signature")?.TextContent.Contains("TM. ỦY BAN NHÂN DÂN", StringComparison.Ordinal) == true);
        var recipients = decision.QuerySelector(".signing .recipients")!;
        Assert.Equal("Nơi nhận:", recipients.QuerySelector(".label")!.TextContent);
        Assert.Equal(["- Như Điều 3;", "- Lưu: VT."], recipients.QuerySelectorAll("p:not(.label)").Select(p => p.TextContent).ToArray());
        // Not signed yet: no mark, and a document without a signer has no block at all.
        Assert.Null(page.QuerySelector(".signature .signed"));
        Assert.Equal(documents.Count(d => d.Signer is not null), page.QuerySelectorAll(".signing").Length);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_IsVietnameseHtml5ForPhones(string which)
    {
        var html = Page(which);
        var document = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Contains("width=device-width", document.QuerySelector("meta[name=viewport]")?.GetAttribute("content") ?? "", StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.NotNull(document.QuerySelector("head style"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_LoadsNothingFromOutside(string which)
    {
        var document = Parse(Page(which));

        Assert.Empty(document.QuerySelectorAll("link, img, iframe, object, embed, video, audio, source"));
        AssertOnlyOurScripts(document);
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain("//", a.GetAttribute("href")!, StringComparison.Ordinal));
        // And the browser is told so: only the site's own script files, nothing fetched from elsewhere.
        var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content") ?? "";
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    /// <summary>
    /// Scripts only from our own files beside the index (the search, docs/security.md): no inline script, no
    /// script from elsewhere, no handler attribute on any element.
    /// </summary>
    private static void AssertOnlyOurScripts(IDocument document)
    {
        Assert.All(document.QuerySelectorAll("script"), script =>
        {
            Assert.Contains(script.GetAttribute("src"), new[] { "search-index.js", "search.js" });
            Assert.Equal("", script.TextContent);
        });
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Index_LoadsTheSearchIndexThenTheSearch_AndHidesTheFormUntilTheScriptRuns()
    {
        var document = Parse(Repo.Renderer.Index(Repo.Data));

        Assert.Equal(["search-index.js", "search.js"], document.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "").ToArray());
        var form = document.QuerySelector("form#search")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Tìm trong mọi hội nghị và bài tổng hợp", document.QuerySelector("label[for=search-q]")!.TextContent);
        // Every meeting is listed without the script, with what the filters read.
        var items = document.QuerySelectorAll("#listing li[data-kind]");
        Assert.Equal(Repo.Data.Meetings.Count + Repo.Data.Roundups.Count, items.Length);
        var xuanTruong = items.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "xuan-truong-2021/index.html");
        Assert.Equal(("2021", "huyện Xuân Trường", "conference"), (xuanTruong.GetAttribute("data-year"), xuanTruong.GetAttribute("data-unit"), xuanTruong.GetAttribute("data-kind")));
        var roundup = items.Single(li => li.GetAttribute("data-kind") == "roundup");
        Assert.Equal(["huyện Xuân Trường", "huyện Ý Yên"], roundup.GetAttribute("data-unit")!.Split('|').Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["", "huyện Xuân Trường", "huyện Ý Yên"], document.QuerySelectorAll("#filter-unit option").Select(o => o.GetAttribute("value") ?? "").ToArray());
        // Under each year, a heading per unit.
        Assert.Equal(["Huyện Xuân Trường", "Huyện Ý Yên"], document.QuerySelectorAll("section.year h3").Select(h => h.TextContent).ToArray());
    }

    [Fact]
    public void MeetingPage_HasASearchFormThatGoesToTheIndex()
    {
        var form = Parse(MeetingPage(Repo.YYen)).QuerySelector("nav form.site-search")!;

        Assert.Equal(("../index.html", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
    }

    [Fact]
    public void MeetingPage_LinksTheBookletTheArticleAndTheIndex()
    {
        var document = Parse(MeetingPage(Repo.YYen));
        var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("booklet.pdf", links);
        Assert.Contains("booklet-print.pdf", links);
        Assert.Contains("Bản in gấp đôi A5", document.QuerySelector(".downloads")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("article.md", links);
        Assert.Contains("../index.html", links);
    }

    [Fact]
    public void MeetingPage_ShowsTitleUnitDateAgendaAndReport()
    {
        var document = Parse(MeetingPage(Repo.YYen));
        var text = document.Body!.TextContent;

        Assert.Equal("Hội nghị tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, triển khai nhiệm vụ năm 2021", document.QuerySelector("header h1")?.TextContent);
        Assert.Contains("HUYỆN ỦY - HĐND - UBND HUYỆN Ý YÊN", text, StringComparison.Ordinal);
        Assert.Contains("ngày 23 tháng 01 năm 2021", text, StringComparison.Ordinal);
        Assert.Contains("CHƯƠNG TRÌNH HỘI NGHỊ", document.QuerySelector("#chuong-trinh")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("18/21", document.QuerySelector("#bao-cao")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("table"), t => Assert.True(t.ClassList.Contains(MarkdownRenderer.TableClass)));
        Assert.Equal(3, document.QuerySelectorAll("table").Length);
    }

    [Fact]
    public void MeetingPage_TablesHaveCaptionsAndColumnHeaders()
    {
        var document = Parse(MeetingPage(Repo.YYen));
        var tables = document.QuerySelectorAll("table");

        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector(":scope > caption")?.TextContent));
            Assert.NotEmpty(t.QuerySelectorAll("th"));
            Assert.All(t.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        });
        var captions = tables.Select(t => t.QuerySelector("caption")!.TextContent).ToList();
        Assert.Contains("Chương trình hội nghị", captions);
        Assert.Contains("Các chỉ tiêu chủ yếu", captions);
    }

    [Fact]
    public void PageStyle_HasAPrintStyleAndReadableColours()
    {
        var style = Parse(MeetingPage(Repo.YYen)).QuerySelector("style")!.TextContent;
        var print = style[style.IndexOf("@media print", StringComparison.Ordinal)..];

        Assert.Contains("color: #1a1a1a; background: #fff;", style, StringComparison.Ordinal);
        Assert.Contains("a { color: #0b4fa8; }", style, StringComparison.Ordinal);
        Assert.Contains("nav, .downloads, footer, .to-top, .anchor { display: none; }", print, StringComparison.Ordinal);
        Assert.Contains("main > section + section { break-before: page;", print, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", style, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", print, StringComparison.Ordinal);
        Assert.Contains("a[href^=\"http\"]::after", print, StringComparison.Ordinal);
        Assert.DoesNotContain("a::after", print, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingPage_WritesVietnameseAsText_NotAsEntities()
    {
        Assert.Contains("công tác Đảng", MeetingPage(Repo.YYen), StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingPage_WarnsAboutExampleValues()
    {
        var document = Parse(MeetingPage(Repo.YYen));

        Assert.Contains("địa điểm", document.QuerySelector(".note")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingPage_EscapesScriptsInEveryDataString()
    {
        var meeting = HostileMeeting();
        var html = MeetingPage(meeting);
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, img, b, i"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains(Script, document.QuerySelector("header h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Script, document.QuerySelector(".issuers")!.TextContent, StringComparison.OrdinalIgnoreCase); // upper-cased
        Assert.Contains(Script, document.QuerySelector("#chuong-trinh")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Script, document.QuerySelector("#bao-cao")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Script, document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingPage_DoesNotPassRawHtmlFromAMarkdownField()
    {
        var document = Parse(MeetingPage(HostileMeeting()));
        var report = document.QuerySelector("#bao-cao")!;

        Assert.Empty(report.QuerySelectorAll("img, script, iframe"));
        Assert.Contains("<img src=x onerror=alert(1)>", report.TextContent, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://example.com\"></iframe>", report.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundupPage_ShowsTheArticleAndLinksItsMeetings()
    {
        var document = Parse(RoundupPage());
        var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal("Các huyện: Ý Yên, Xuân Trường triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2021", document.QuerySelector("article h1")?.TextContent);
        Assert.Contains("12.278,27 ha", document.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("title:", document.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("../index.html", links);
        Assert.Contains("article.md", links);
        Assert.Contains("../y-yen-2021/index.html", links);
        Assert.Contains("../xuan-truong-2021/booklet.pdf", links);
    }

    [Fact]
    public void RoundupPage_NamesEachMeetingsDocuments_AsASentenceDoes()
    {
        // "Tài liệu hội nghị của Huyện Ý Yên" kept the heading's capital; a ceremony's are no conference's documents.
        var links = Parse(RoundupPage()).QuerySelectorAll("p.more a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Tài liệu hội nghị của huyện Ý Yên", "Tài liệu hội nghị của huyện Xuân Trường"], links);

        var ceremony = new Meeting
        {
            Id = "phu-quoc-2026", Unit = new OrganizationalUnit { Name = "Phú Quốc", Level = "đặc khu" },
            Issuers = [new Issuer { Name = "Ủy ban nhân dân đặc khu Phú Quốc", ShortName = "UBND", Kind = IssuerKind.Government }],
            Info = new MeetingInfo { Kind = MeetingKind.Ceremony, Title = "kỷ niệm ngày truyền thống", Date = new DateOnly(2026, 1, 15), Place = "Phú Quốc" },
        };
        var roundup = new Roundup { Id = "an-giang-2026-01-15", Title = "An Giang", Date = new DateOnly(2026, 1, 15), Meetings = ["phu-quoc-2026"] };
        var page = Parse(Repo.Renderer.RoundupPage(roundup, [ceremony], ""));
        Assert.Equal("Tài liệu lễ của đặc khu Phú Quốc", page.QuerySelector("p.more a")?.TextContent);
    }

    [Fact]
    public void Index_LinksEveryMeetingPageAndBookletAndTheRoundup()
    {
        var document = Parse(Repo.Renderer.Index(Repo.Data));
        var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();

        foreach (var id in new[] { "y-yen-2021", "xuan-truong-2021" })
        {
            Assert.Contains($"{id}/index.html", links);
            Assert.Contains($"{id}/booklet.pdf", links);
            Assert.Contains($"{id}/booklet-print.pdf", links);
        }

        Assert.Contains("nam-dinh-2021-01-23/index.html", links);
        Assert.Contains("Huyện Ý Yên", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ngày 23 tháng 01 năm 2021", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_GroupsMeetingsByTheYearHeld_NewestFirst()
    {
        var later = new Meeting
        {
            Id = "yen-tien-2025",
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Issuers = [new Issuer { ShortName = "UBND" }],
            Info = new MeetingInfo { Title = "tổng kết năm 2024", Year = 2024, Date = new DateOnly(2025, 1, 10), Place = "Yên Tiến" },
        };
        var data = new DataSet([.. Repo.Data.Meetings, later], Repo.Data.Roundups);
        var document = Parse(Repo.Renderer.Index(data));
        var headings = document.QuerySelectorAll("#listing h2").Select(h => h.TextContent).ToList();

        Assert.Equal(["Năm 2025", "Năm 2021", "Bài tổng hợp"], headings);
        var section2025 = document.QuerySelectorAll("section").First(s => s.QuerySelector("h2")!.TextContent == "Năm 2025");
        Assert.Single(section2025.QuerySelectorAll("li"));
        Assert.Contains("yen-tien-2025/index.html", section2025.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_CountsEachKindOfMeeting_ByItsOwnNoun()
    {
        // A council's sitting is no "hội nghị": two conferences and a sitting are "2 hội nghị, 1 kỳ họp".
        var sitting = new Meeting
        {
            Id = "hdnd-yen-tien-2025",
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Issuers = [new Issuer { Name = "Hội đồng nhân dân xã Yên Tiến", ShortName = "HĐND", Kind = IssuerKind.Council }],
            Info = new MeetingInfo { Kind = MeetingKind.Session, Title = "kỳ họp thứ 12", Year = 2025, Date = new DateOnly(2025, 12, 20), Place = "Yên Tiến" },
        };
        var document = Parse(Repo.Renderer.Index(new DataSet([.. Repo.Data.Meetings, sitting], Repo.Data.Roundups)));
        Assert.Equal("2 hội nghị, 1 kỳ họp, 1 bài tổng hợp.", document.QuerySelector("header p.meta")?.TextContent);
        Assert.Equal("2 hội nghị, 1 bài tổng hợp.", Parse(Repo.Renderer.Index(Repo.Data)).QuerySelector("header p.meta")?.TextContent);
        // The heading and the search box name what the site holds, not "Hội nghị tổng kết" for a council's sitting.
        Assert.Equal(("Tài liệu hội nghị và kỳ họp", "Tài liệu hội nghị và kỳ họp"), (document.QuerySelector("h1")?.TextContent, document.Title));
        Assert.Equal("Tìm trong mọi hội nghị, kỳ họp và bài tổng hợp", document.QuerySelector("label[for=search-q]")?.TextContent);
    }

    [Fact]
    public void Index_OfSittingsAndCeremoniesAlone_IsHeadedByThemWithoutRoundups()
    {
        Meeting Held(string id, MeetingKind kind, string title) => new()
        {
            Id = id,
            Unit = new OrganizationalUnit { Name = "Yên Tiến", Level = "xã" },
            Issuers = [new Issuer { Name = "Hội đồng nhân dân xã Yên Tiến", ShortName = "HĐND", Kind = IssuerKind.Council }],
            Info = new MeetingInfo { Kind = kind, Title = title, Year = 2025, Date = new DateOnly(2025, 12, 20), Place = "Yên Tiến" },
        };
        var sittings = Parse(Repo.Renderer.Index(new DataSet([Held("ky-hop-12", MeetingKind.Session, "kỳ họp thứ 12")], [])));
        var both = Parse(Repo.Renderer.Index(new DataSet(
            [Held("ky-hop-12", MeetingKind.Session, "kỳ họp thứ 12"), Held("le-ky-niem", MeetingKind.Ceremony, "kỷ niệm 80 năm")], [])));

        Assert.Equal(("Tài liệu kỳ họp", "Tìm trong mọi kỳ họp"),
            (sittings.QuerySelector("h1")?.TextContent, sittings.QuerySelector("label[for=search-q]")?.TextContent));
        Assert.Equal(("Tài liệu kỳ họp và lễ", "Tìm trong mọi kỳ họp và lễ"),
            (both.QuerySelector("h1")?.TextContent, both.QuerySelector("label[for=search-q]")?.TextContent));
    }

    [Fact]
    public void Index_EscapesDataStrings()
    {
        var hostile = HostileMeeting();
        var document = Parse(Repo.Renderer.Index(new DataSet([hostile], [])));

        AssertOnlyOurScripts(document);
        Assert.Contains(Script, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingPage_InsertsLargeReportsWhole()
    {
        var big = "<p>" + new string('x', 300_000) + "</p>";
        var html = Repo.Renderer.MeetingPage(Repo.YYen, "", big);

        Assert.Contains(big, html, StringComparison.Ordinal);
    }

    /// <summary>A meeting whose every text tries to inject HTML.</summary>
    private static Meeting HostileMeeting() => new()
    {
        Id = "hostile-2025",
        Unit = new OrganizationalUnit { Name = "Yên " + Script, Level = "xã" },
        Issuers = [new Issuer { Name = "Đảng ủy", ShortName = "Đảng ủy" }],
        Info = new MeetingInfo
        {
            Title = "tổng kết " + Script,
            Year = 2024,
            Date = new DateOnly(2025, 1, 10),
            Place = "Yên " + Script,
            Venue = "Hội trường " + Script,
            Agenda = [new AgendaItem { Time = "08:00", Item = "Khai mạc " + Script, By = "<b>Chủ tịch</b>" }],
        },
        Results = new YearResults
        {
            Overview = "mọi việc " + Script,
            Fields =
            [
                new ResultField
                {
                    Name = "<i>Kinh tế</i>",
                    Summary = "Kinh tế phát triển " + Script,
                    Indicators = [new Indicator { Name = "Thu " + Script, Value = 1, Unit = "tỷ đồng" }],
                    Text = "Văn bản <img src=x onerror=alert(1)> và <iframe src=\"https://example.com\"></iframe>.",
                },
            ],
        },
        Emulation = new Emulation { Summary = "Thi đua " + Script, Awards = [new Award { Title = Script, Count = 1, Recipients = [RecipientKind.Individual] }] },
        Tasks = new NextYearTasks { Year = 2025, Direction = "Năm 2025 " + Script, Items = [Script] },
        Article = new ArticleInfo { Byline = Script },
        Examples = [Script],
    };
}
