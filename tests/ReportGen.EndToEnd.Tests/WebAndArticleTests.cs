using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ReportGen.EndToEnd.Tests;

public sealed partial class WebAndArticleTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    public static TheoryData<string> Meetings => new() { "y-yen-2021", "xuan-truong-2021" };

    private static string[] FactsOf(string id) => id == "y-yen-2021" ? SeedFacts.YYen : SeedFacts.XuanTruong;
    private static string[] ForeignNumbersOf(string id) => id == "y-yen-2021" ? SeedFacts.OnlyXuanTruong : SeedFacts.OnlyYYen;

    private static string Flat(string text) => Spaces().Replace(text, " ");

    private AngleSharp.Html.Dom.IHtmlDocument Page(string relative) => new HtmlParser().ParseDocument(build.Text(relative));

    [Theory]
    [MemberData(nameof(Meetings))]
    public void MeetingPage_ContainsEverySeedFactOfItsUnit(string id)
    {
        var page = Page($"{id}/index.html");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        var text = Flat(page.Body!.TextContent);
        Assert.All(FactsOf(id), fact => Assert.Contains(fact, text));
        Assert.All(ForeignNumbersOf(id), fact => Assert.DoesNotContain(fact, text));
        Assert.NotEmpty(page.QuerySelectorAll("table th"));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void MeetingPage_LinksResolveToFilesOfTheBuild(string id)
    {
        var page = Page($"{id}/index.html");
        var hrefs = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("booklet.pdf", hrefs);
        Assert.Contains("booklet-print.pdf", hrefs);
        foreach (var href in hrefs.Where(h => !h.StartsWith('#') && !h.Contains("://", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(build.Output, id, href)), $"{id}/index.html links to missing {href}");
        }
        // Self-contained: nothing is loaded from the network.
        Assert.Empty(page.QuerySelectorAll("link[href^='http'], script[src], img[src^='http']"));
    }

    [Theory]
    [InlineData("y-yen-2021", new[] { "CHƯƠNG TRÌNH HỘI NGHỊ", "BÁO CÁO", "QUYẾT ĐỊNH", "THAM LUẬN", "DANH SÁCH ĐẠI BIỂU" })]
    [InlineData("xuan-truong-2021", new[] { "CHƯƠNG TRÌNH HỘI NGHỊ", "BÁO CÁO", "THAM LUẬN", "DANH SÁCH ĐẠI BIỂU" })]
    public void MeetingPage_HasOneH1_EachDocumentIsASectionUnderAnH2(string id, string[] documents)
    {
        var page = Page($"{id}/index.html");
        // One page title for screen readers and search; the booklet's documents are its sections.
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.StartsWith("Hội nghị", h1.TextContent);
        // A heading's words, without its "#" self-link (hidden from screen readers).
        static string Words(AngleSharp.Dom.IElement heading) =>
            string.Concat(heading.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { ClassName: "anchor" }).Select(n => n.TextContent)).Trim();
        var sectionTitles = page.QuerySelectorAll("main section").Select(s => s.QuerySelector("h2") is { } h2 ? Words(h2) : null).ToList();
        Assert.All(documents, title => Assert.Contains(title, sectionTitles));
        // Headings inside a document follow one level further down: "I. KẾT QUẢ …" is an h3.
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent.StartsWith("I. ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("y-yen-2021", "Tập thể lao động xuất sắc")]
    [InlineData("xuan-truong-2021", "tăng 13%")]
    public void MeetingPage_DrawsTheBookletsChartsAsInlineSvg_NotAsCode(string id, string label)
    {
        var page = Page($"{id}/index.html");
        var figure = Assert.Single(page.QuerySelectorAll("figure.rg-chart"));
        var svg = figure.QuerySelector("svg");
        Assert.NotNull(svg);
        Assert.Contains(label, svg!.TextContent);
        Assert.Empty(page.QuerySelectorAll("pre, code"));
    }

    [Fact]
    public void Index_LinksEveryMeetingPageAndBooklet_AndTheRoundup()
    {
        var page = Page("index.html");
        var hrefs = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();
        foreach (var id in new[] { "y-yen-2021", "xuan-truong-2021" })
        {
            Assert.Contains($"{id}/index.html", hrefs);
            Assert.Contains($"{id}/booklet.pdf", hrefs);
            Assert.Contains($"{id}/booklet-print.pdf", hrefs);
        }
        Assert.Contains("nam-dinh-2021-01-23/index.html", hrefs);
        Assert.All(hrefs, h => Assert.True(File.Exists(Path.Combine(build.Output, h)), $"index links to missing {h}"));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void MeetingArticle_CarriesItsFacts_AndEndsWithTheByline(string id)
    {
        var article = Flat(build.Text($"{id}/article.md"));
        Assert.All(FactsOf(id), fact => Assert.Contains(fact, article));
        Assert.All(ForeignNumbersOf(id), fact => Assert.DoesNotContain(fact, article));
        Assert.Contains("Ngày 23-1, Huyện ủy, HĐND, UBND huyện", article);
        Assert.EndsWith("./. " + SeedFacts.Byline, article.TrimEnd());
    }

    [Fact]
    public void RoundupArticle_CarriesEveryFactOfTheSeedArticle_InTheSeedsOrder()
    {
        var article = Flat(build.Text("nam-dinh-2021-01-23/article.md"));
        Assert.Contains("# " + SeedFacts.RoundupTitle, article);
        Assert.All(SeedFacts.YYen.Concat(SeedFacts.XuanTruong), fact => Assert.Contains(fact, article));
        // Ý Yên first, then Xuân Trường, as in the seed; the byline closes the article.
        Assert.True(article.IndexOf("huyện Ý Yên tổ chức", StringComparison.Ordinal) < article.IndexOf("huyện Xuân Trường tổ chức", StringComparison.Ordinal));
        Assert.EndsWith("./. " + SeedFacts.Byline, article.TrimEnd());
    }

    [Fact]
    public void RoundupPage_ShowsTheArticle()
    {
        var page = Page("nam-dinh-2021-01-23/index.html");
        var text = Flat(page.Body!.TextContent);
        Assert.Contains(SeedFacts.RoundupTitle, text);
        Assert.All(SeedFacts.YYen.Concat(SeedFacts.XuanTruong), fact => Assert.Contains(fact, text));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
