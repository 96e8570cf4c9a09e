using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Core.Model;
using ReportGen.Templating.Documents;

namespace ReportGen.Templating.Tests;

/// <summary>
/// A document's Markdown is parsed once per meeting and its tree shared by every output, read from several threads at
/// once: the web page must write from it what a tree of its own gave, and leave it as parsed.
/// </summary>
public sealed class SharedTreesTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    /// <summary>Everything the web page writes differently from Markdig: headings, tables, links, pictures, charts.</summary>
    private const string Markdown =
        "# BÁO CÁO\n\n## 1. Kết quả\n\n| STT | Chỉ tiêu | Ghi chú | Giá trị |\n|---|---|---|--:|\n| 1 | Tổng sản phẩm trên địa bàn tăng trưởng khá | - | 7,5 |\n| 2 | Thu ngân sách | – | 120 |\n\n" +
        "Xem [trang](https://example.vn/a), [lạ](javascript:alert(1)), <javascript:alert(2)>, <https://example.vn/b> và ![ảnh](https://example.vn/c.png).\n\n" +
        $"![hình](rg-image:{Key})\n\n```chart\nawards\n```\n\n*Biểu đồ 1. Khen thưởng, [nguồn](javascript:x)*\n\n```chart\nnone\n```\n\nChú thích của biểu đồ không có.\n\n" +
        "- mục một\n- mục hai\n\n```\nmã\n```\n";

    private static string Html(string markdown, MarkdownDocument? tree)
    {
        string? Charts(string name) => name == "awards" ? "<svg role=\"img\"></svg>" : null;
        WebImage? Images(string key) => key == Key ? new WebImage($"images/{key}.png", 400, 300) : null;
        return tree is null
            ? MarkdownRenderer.ToHtml(markdown, Charts, headingShift: 1, Images)
            : MarkdownRenderer.ToHtml(markdown, tree, Charts, headingShift: 1, Images);
    }

    /// <summary>What the other outputs read of a tree: its blocks, heading levels, table cells and links.</summary>
    private static string Shape(MarkdownDocument document) => string.Join("|", document.Descendants().Select(o => o switch
    {
        HeadingBlock heading => $"h{heading.Level}",
        TableRow row => $"row{row.Count}",
        Table table => $"table{table.ColumnDefinitions.Count}",
        LinkInline link => $"link:{link.Url}:{link.IsImage}:{Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(link)?.Classes?.Count ?? 0}",
        AutolinkInline autolink => $"autolink:{autolink.Url}",
        FencedCodeBlock code => $"code:{code.Info}",
        LiteralInline literal => literal.Content.ToString(),
        _ => o.GetType().Name,
    }));

    [Fact]
    public void ToHtml_FromASharedTree_WritesWhatItsOwnParseWrites_AndLeavesTheTreeAsParsed()
    {
        var tree = Markdig.Markdown.Parse(Markdown, MarkdownRenderer.Pipeline);
        var before = Shape(tree);

        var shared = Html(Markdown, tree);

        Assert.Equal(Html(Markdown, null), shared);
        Assert.Equal(before, Shape(tree));
        Assert.Equal(shared, Html(Markdown, tree));
        // What the web page made of it: the heading a level down, the empty column left out, the caption in the figure.
        Assert.Contains("<h2>BÁO CÁO", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Ghi chú", shared, StringComparison.Ordinal);
        Assert.Contains("<figcaption><em>Biểu đồ 1. Khen thưởng, <a href=\"\">nguồn</a></em></figcaption>", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Chú thích của biểu đồ không có", shared, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"images/{Key}.png\" class=\"rg-picture\" width=\"400\" height=\"300\"", shared, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.vn/c.png\">ảnh</a>", shared, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(2)", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", shared, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_FromOneTreeOnManyThreads_WritesTheSameHtml()
    {
        var tree = Markdig.Markdown.Parse(Markdown, MarkdownRenderer.Pipeline);
        var expected = Html(Markdown, null);

        var pages = new string[64];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => pages[i] = Html(Markdown, tree));

        Assert.All(pages, page => Assert.Equal(expected, page));
    }

    [Fact]
    public void MarkdownTree_IsParsedOnce_EvenWhenAskedFromManyThreads()
    {
        var document = new RenderedDocument("bao-cao", DocumentKind.Report, Markdown) { Annex = "## Phụ lục\n\nDanh sách.\n" };

        var trees = new MarkdownDocument[32];
        Parallel.For(0, trees.Length, i => trees[i] = document.MarkdownTree());

        Assert.All(trees, tree => Assert.Same(trees[0], tree));
        Assert.Same(document.AnnexTree(), document.AnnexTree());
        Assert.NotSame(document.MarkdownTree(), document.AnnexTree());
        Assert.IsType<HeadingBlock>(document.AnnexTree()[0]);
    }

    [Fact]
    public void MarkdownTree_OfACopyWithAnotherText_IsThatTextsTree_AndTheTreesAreNotPartOfTheValue()
    {
        var document = new RenderedDocument("bao-cao", DocumentKind.Report, "# Một\n");
        var parsed = document.MarkdownTree();

        var copy = document with { Markdown = "Đoạn văn.\n" };

        Assert.IsType<ParagraphBlock>(Assert.Single(copy.MarkdownTree()));
        Assert.Same(parsed, document.MarkdownTree());
        Assert.Equal(new RenderedDocument("bao-cao", DocumentKind.Report, "# Một\n"), document);
    }

    [Fact]
    public void Trees_AreLetGo_WhenTheLastReaderIsDone_AndAReaderAfterThatGetsTheSameTreeAgain()
    {
        var report = new RenderedDocument("bao-cao", DocumentKind.Report, Markdown) { Annex = "## Phụ lục\n\nDanh sách.\n" };
        var agenda = new RenderedDocument("chuong-trinh", DocumentKind.Agenda, "# CHƯƠNG TRÌNH\n\n- Khai mạc\n");
        var body = report.MarkdownTree();
        var annex = report.AnnexTree();
        var agendaTree = agenda.MarkdownTree();
        var readers = new TreeReaders([agenda, report], 3);

        readers.Done();
        readers.Done();
        Assert.Same(body, report.MarkdownTree());
        Assert.Same(agendaTree, agenda.MarkdownTree());

        readers.Done();
        var again = report.MarkdownTree();
        Assert.NotSame(body, again);
        Assert.NotSame(annex, report.AnnexTree());
        Assert.NotSame(agendaTree, agenda.MarkdownTree());
        Assert.Equal(Shape(body), Shape(again));
        Assert.Equal(Shape(annex), Shape(report.AnnexTree()));
        Assert.Same(again, report.MarkdownTree()); // parsed once again, then shared as before
    }
}
