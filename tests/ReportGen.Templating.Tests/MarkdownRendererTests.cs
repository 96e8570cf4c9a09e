namespace ReportGen.Templating.Tests;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Pipeline_IsBuiltOnce()
    {
        Assert.Same(MarkdownRenderer.Pipeline, MarkdownRenderer.Pipeline);
    }

    [Fact]
    public void ToHtml_OneConversionLeavesNothingToTheNext_ShiftChartsOrAFailureHalfWay()
    {
        // The thread's renderer is reused: each conversion must read as if it were the first.
        const string markdown = "# Tiêu đề\n\n- một\n  - hai\n\n```chart\nawards\n```\n\n*Biểu đồ 1*\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        var first = MarkdownRenderer.ToHtml(markdown, name => "<svg></svg>", headingShift: 1);
        var plain = MarkdownRenderer.ToHtml(markdown);

        Assert.Contains("<h2>Tiêu đề</h2>", first, StringComparison.Ordinal);
        Assert.Contains("<h1>Tiêu đề</h1>", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", plain, StringComparison.Ordinal); // no charts given: the chart and its caption are left out
        Assert.DoesNotContain("Biểu đồ 1", plain, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() =>
            MarkdownRenderer.ToHtml("- a\n  - b\n\n```chart\nx\n```\n", _ => throw new InvalidOperationException("half-way")));
        Assert.Equal(first, MarkdownRenderer.ToHtml(markdown, name => "<svg></svg>", headingShift: 1));
        Assert.Equal(plain, MarkdownRenderer.ToHtml(markdown));
    }

    [Fact]
    public void ToHtml_WithAnchors_GivesEveryHeadingItsIdAndSelfLink_UniqueOnThePage()
    {
        // Two sections of one page: ids from the section and the heading's text (marks, tags and entities dropped),
        // a repeated one numbered, the page's reserved ids avoided; the headings listed in order for the contents.
        var used = Documents.HeadingAnchors.Reserved(["bao-cao", "bao-cao-ket-qua"]);
        var headings = new List<Documents.WebHeading>();
        var html = MarkdownRenderer.ToHtml("# Kết quả\n\n## Kết quả\n\nĐoạn.\n\nDòng *một* & `hai`\n---\n", headingShift: 1,
            anchors: new Documents.SectionAnchors("bao-cao", used, headings));
        var annex = MarkdownRenderer.ToHtml("# Kết quả\n", anchors: new Documents.SectionAnchors("bao-cao", used, headings));
        var plain = MarkdownRenderer.ToHtml("# Kết quả\n");

        Assert.Equal(
            "<h2 id=\"bao-cao-ket-qua-2\">Kết quả <a class=\"anchor\" href=\"#bao-cao-ket-qua-2\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n" +
            "<h3 id=\"bao-cao-ket-qua-3\">Kết quả <a class=\"anchor\" href=\"#bao-cao-ket-qua-3\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n" +
            "<p>Đoạn.</p>\n" +
            "<h3 id=\"bao-cao-dong-mot-hai\">Dòng <em>một</em> &amp; <code>hai</code> <a class=\"anchor\" href=\"#bao-cao-dong-mot-hai\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n",
            html);
        Assert.StartsWith("<h1 id=\"bao-cao-ket-qua-4\">Kết quả <a ", annex, StringComparison.Ordinal);
        Assert.Equal("<h1>Kết quả</h1>\n", plain);
        Assert.Equal([(2, "bao-cao-ket-qua-2", "Kết quả"), (3, "bao-cao-ket-qua-3", "Kết quả"), (3, "bao-cao-dong-mot-hai", "Dòng một & hai"), (1, "bao-cao-ket-qua-4", "Kết quả")],
            headings.Select(h => (h.Level, h.Id, h.Text)));
    }

    [Fact]
    public void ToHtml_ShowsRawHtmlAsText()
    {
        var html = MarkdownRenderer.ToHtml("Đoạn <script>alert(1)</script> và <b onclick=\"x()\">đậm</b>\n\n<div>khối</div>\n");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div&gt;khối&lt;/div&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_PutsAChartAndItsCaptionParagraphInOneFigure_WithAFigcaption()
    {
        var html = MarkdownRenderer.ToHtml("Trước.\n\n```chart\nawards\n```\n\n*Biểu đồ 1. Khen thưởng & cấp*\n\nSau.\n",
            name => name == "awards" ? "<svg role=\"img\"></svg>" : null);

        Assert.Contains("<figure class=\"rg-chart\"><svg role=\"img\"></svg><figcaption><em>Biểu đồ 1. Khen thưởng &amp; cấp</em></figcaption></figure>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><em>Biểu đồ", html, StringComparison.Ordinal);
        Assert.Contains("<p>Trước.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Sau.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_AChartCaption_KeepsTheLinkPolicy_AndAChartWithoutCaptionHasNoFigcaption()
    {
        var html = MarkdownRenderer.ToHtml("```chart\nawards\n```\n\n*Biểu đồ 1.* [x](javascript:alert(1))\n\n```chart\nother\n```\n",
            _ => "<svg></svg>");

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption><em>Biểu đồ 1.</em> <a href=\"\">x</a></figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"rg-chart\"><svg></svg></figure>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RendersPipeTablesWithTheTableClass()
    {
        var html = MarkdownRenderer.ToHtml("| A | B |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<table class=\"rg-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_GivesHeaderCellsAColumnScope_AndBodyCellsNone()
    {
        var html = MarkdownRenderer.ToHtml("| A | B |\n|---|--:|\n| 1 | 2 |\n");

        Assert.Contains("<th scope=\"col\">A</th>", html, StringComparison.Ordinal);
        Assert.Matches("<th style=\"text-align: right;\"[^>]* scope=\"col\">B</th>", html);
        Assert.DoesNotContain("<td scope", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# CHƯƠNG TRÌNH HỘI NGHỊ\n\nThời gian.\n\n", "Chương trình hội nghị")]
    [InlineData("## I. KẾT QUẢ\n\n### 4. Các chỉ tiêu chủ yếu\n\n", "Các chỉ tiêu chủ yếu")]
    [InlineData("## II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG\n\nĐoạn văn.\n\n", "Công tác thi đua, khen thưởng")]
    [InlineData("Không có đề mục.\n\n", "Bảng số liệu")]
    public void ToHtml_CaptionsEachTableWithTheHeadingBeforeIt(string before, string caption)
    {
        var html = MarkdownRenderer.ToHtml(before + "| A | B |\n|---|---|\n| 1 | 2 |\n");

        // Named for screen readers (the region and the table); on screen the heading above says it already.
        Assert.Contains($"<div class=\"rg-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Bảng: {caption}\">\n<table class=\"rg-table\">\n<caption class=\"visually-hidden\">{caption}</caption>", html, StringComparison.Ordinal);
        Assert.EndsWith("</table>\n</div>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_LeavesOutAColumnOfNothingButDashes_AndMarksLongTextAndNumberColumns()
    {
        var html = MarkdownRenderer.ToHtml(
            "| STT | Tập thể, cá nhân | Chức vụ, đơn vị | Số |\n|--:|---|---|--:|\n" +
            "| 1 | Đảng bộ, chính quyền và nhân dân xã Yên Tiến | - | 12 |\n| 2 | Trạm Y tế xã Yên Bình | - | 7 |\n");

        Assert.DoesNotContain("Chức vụ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>-</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"rg-text\">Đảng bộ, chính quyền và nhân dân xã Yên Tiến</td>", html, StringComparison.Ordinal);
        Assert.Matches("<td style=\"text-align: right;\" class=\"rg-num\">12</td>", html);
        // A column with one real value among dashes stays.
        var kept = MarkdownRenderer.ToHtml("| A | B |\n|---|---|\n| 1 | - |\n| 2 | tăng 13% |\n");
        Assert.Contains("tăng 13%", kept, StringComparison.Ordinal);
        Assert.Contains("<td>-</td>", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ARowShorterThanTheTable_KeepsItsCellsInTheirColumns_WhenAColumnIsLeftOut()
    {
        // B holds nothing but a dash and a missing cell: left out. The short row is filled with empty cells (Markdig's
        // reading), the one under B left out with its column; the long row's C comes after A, in C's place.
        var html = MarkdownRenderer.ToHtml("| A | B | C |\n|---|---|--:|\n| 1 | - | 9 |\n| 2 |\n");

        Assert.DoesNotContain("<th>B</th>", html, StringComparison.Ordinal);
        var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Text.RegularExpressions.Regex.Matches(m.Groups[1].Value, "<t[dh][^>]*>([^<]*)</t[dh]>").Select(c => c.Groups[1].Value).ToArray())
            .ToArray();
        Assert.Equal([["A", "C"], ["1", "9"], ["2", ""]], rows);
        Assert.Contains("<td style=\"text-align: right;\" class=\"rg-num\">9</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_CaptionsTwoTablesEachWithItsOwnHeading_AndEscapesThem()
    {
        var html = MarkdownRenderer.ToHtml("## Một <b>\n\n| A |\n|---|\n| 1 |\n\n## Hai\n\n| B |\n|---|\n| 2 |\n");

        Assert.Equal(2, html.Split("<caption").Length - 1);
        Assert.Contains("<caption class=\"visually-hidden\">Một &lt;b&gt;</caption>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Bảng: Một &lt;b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"visually-hidden\">Hai</caption>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">Hai</caption>", StringComparison.Ordinal) > html.IndexOf("<th scope=\"col\">A", StringComparison.Ordinal));
    }

    [Fact]
    public void ToHtml_DropsUnsafeLinkTargetsAndTurnsImagesIntoLinks()
    {
        var html = MarkdownRenderer.ToHtml("[a](javascript:alert(1)) [b](https://example.com) [c](../index.html) ![d](https://example.com/x.png) [e](JaVa\tScRiPt:x)");

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../index.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/x.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_SkipsFrontMatter()
    {
        var html = MarkdownRenderer.ToHtml("---\ntitle: \"X\"\n---\n\n# Tiêu đề\n");

        Assert.DoesNotContain("title", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Tiêu đề</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ReturnsEmpty_ForNoText()
    {
        Assert.Equal("", MarkdownRenderer.ToHtml(""));
        Assert.Equal("", MarkdownRenderer.ToHtml("  \n"));
    }

    [Theory]
    [InlineData("a\n  b", "a b")]
    [InlineData(" a ", "a")]
    [InlineData(null, "")]
    public void Inline_PutsTextOnOneLine(string? text, string expected)
    {
        Assert.Equal(expected, MarkdownFunctions.Inline(text));
    }

    [Fact]
    public void Cell_EscapesPipesAndFillsEmptyCells()
    {
        Assert.Equal("thu \\| chi", MarkdownFunctions.Cell("thu | chi"));
        Assert.Equal("-", MarkdownFunctions.Cell(null));
    }

    [Fact]
    public void Yaml_QuotesAndEscapes()
    {
        Assert.Equal("\"Các huyện: \\\"Ý Yên\\\" \\\\ x\"", MarkdownFunctions.Yaml("Các huyện: \"Ý Yên\" \\ x"));
    }

    [Fact]
    public void ToHtml_ShowsAPictureOfOurOwn_FromTheFileTheCallerNames_AndAnyOtherImageAsText()
    {
        const string key = "0123456789abcdef0123456789abcdef";
        // A hostile description, as the Word file's Alt Text may carry one (escaped for Markdown as WordToMarkdown does).
        var markdown = $"![\\\"\\> \\<script\\>alert(1)\\</script\\>](rg-image:{key})\n\n![ảnh](rg-image:ffffffffffffffffffffffffffffffff)\n\n![ngoài](https://example.invalid/a.png)\n";

        var html = MarkdownRenderer.ToHtml(markdown, images: k => k == key ? new Documents.WebImage($"images/{k}.png", 454, 227) : null);

        Assert.Contains($"<img src=\"images/{key}.png\" class=\"rg-picture\" width=\"454\" height=\"227\" loading=\"lazy\" decoding=\"async\" alt=\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"&quot;&gt; &lt;script&gt;alert(1)&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        // A key the page has no file for, and an address outside: no <img>, nothing fetched.
        Assert.Single(html.Split("<img").Skip(1));
        Assert.Contains("ảnh", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rg-image:", html, StringComparison.Ordinal);
    }
}
