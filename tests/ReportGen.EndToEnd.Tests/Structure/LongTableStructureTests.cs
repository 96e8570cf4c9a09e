using Markdig;
using ReportGen.Booklet;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.EndToEnd.Tests.Structure;

/// <summary>
/// A table longer than the rows a table keeps from its making (<see cref="TableBody.KeptAhead"/>): its later rows are
/// made again as the layout reaches them, and again on a second layout. The structure tree must still hold each row,
/// cell and link once, each shown by its own words on the pages.
/// </summary>
public sealed class LongTableStructureTests
{
    private const int Rows = 150;

    [Fact]
    public void RowsMadeAgain_KeepOneTreeOfTheirCellsAndLinks_OverTwoLayouts()
    {
        var markdown = "| STT | Văn bản |\n|---:|---|\n" + string.Concat(Enumerable.Range(1, Rows)
            .Select(i => $"| {i} | [Quyết định số {i}/QĐ-UBND](https://ubnd.example.gov.vn/van-ban/{i}) ngày 15 tháng 12 năm 2021 |\n"));
        var (first, second, part) = LaidOutTwice(markdown);

        Assert.True(first.Count >= 5, $"{first.Count} pages");
        Assert.Equal(first.Select(PageTextOf), second.Select(PageTextOf));
        var table = Assert.Single(part.Children);
        Assert.Equal(StructureRole.Table, table.Role);
        Assert.Equal(Rows + 1, table.Children.Count);
        var walk = new StructureWalk(second);
        for (var i = 1; i <= Rows; i++)
        {
            var row = table.Children[i];
            Assert.Equal([StructureRole.TD, StructureRole.TD], row.Children.Select(c => c.Role));
            Assert.Equal(i.ToString(), walk.TextOf(row.Children[0]));
            // The cell's link and the words after it: made once, whichever layout made the row.
            var cell = row.Children[1];
            Assert.Equal([StructureRole.Link, StructureRole.Span], cell.Children.Select(c => c.Role));
            var link = cell.Children[0];
            Assert.Equal($"Quyết định số {i}/QĐ-UBND", walk.TextOf(link).Replace('\u00A0', ' ').Trim());
            var areas = walk.ItemsOf(link).Select(x => x.Item).OfType<LinkArea>().ToList();
            Assert.NotEmpty(areas);
            Assert.All(areas, a => Assert.EndsWith($"/van-ban/{i}", a.Uri, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Plain cells made again show their own words whatever their length: the texts kept for them between makings
    /// (<c>KeptTexts</c>) are packed into arrays that grow from half a kilobyte; texts cross from one array to the next, an
    /// empty cell stays empty, and a text longer than the largest array gets one of its own.
    /// </summary>
    [Fact]
    public void PlainRowsMadeAgain_ShowTheirOwnWords_WhateverTheirLength()
    {
        const int rows = 400;
        string[] syllables = ["Nguyễn", "Thị", "Hồng", "Văn", "Bình", "Trần", "Lê", "Phạm", "Hoàng", "Yến", "Khánh", "Đức"];
        string Words(int row) => row == 7 ? "" : string.Join(" ", Enumerable.Range(0, row % 37).Select(w => syllables[(row + w * 5) % syllables.Length]));
        var longest = string.Join(" ", Enumerable.Range(0, 8000).Select(w => syllables[w % syllables.Length]));
        Assert.True(longest.Length > 32 * 1024);
        var markdown = "| STT | Họ và tên |\n|---:|---|\n" + string.Concat(Enumerable.Range(1, rows)
            .Select(i => $"| {i} | {(i == 300 ? longest : Words(i))} |\n"));
        var (first, second, part) = LaidOutTwice(markdown);

        Assert.Equal(first.Select(PageTextOf), second.Select(PageTextOf));
        var table = Assert.Single(part.Children);
        var walk = new StructureWalk(second);
        static string Plain(string text) => string.Join(" ", text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var i = 1; i <= rows; i++)
        {
            var row = table.Children[i];
            Assert.Equal(i.ToString(), walk.TextOf(row.Children[0]));
            Assert.Equal(i == 300 ? longest : Words(i), Plain(walk.TextOf(row.Children[1])));
        }
    }

    /// <summary>
    /// A table long enough to be kept compact (<see cref="CompactTables"/>) is laid out from its rows made again as from
    /// Markdig's own: the same glyphs at the same places on the same pages, the same structure tree, its decimal commas
    /// lined up as before (the cells' decimals read from the compact text).
    /// </summary>
    [Fact]
    public void CompactTable_IsLaidOutAsTheTableMarkdigMade()
    {
        var markdown = "| STT | Họ và tên | Điểm |\n|---:|---|--:|\n" + string.Concat(Enumerable.Range(1, 300)
            .Select(i => i % 40 == 9 ? $"| {i} | *Lê Thị Hoa {i}* | {i} |\n" : $"| {i} | Nguyễn Văn An {i} | {i % 10}{(i % 3 == 0 ? "" : "," + new string('5', i % 3))} |\n"));
        var whole = Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
        var compact = CompactTables.Compact(Markdown.Parse(markdown, MarkdownRenderer.Pipeline));
        Assert.Empty(Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Extensions.Tables.Table>(compact).Single());

        var (wholeLayouts, wholePart) = LaidOut(whole, 1);
        var (compactLayouts, compactPart) = LaidOut(compact, 1);
        var (wholePages, compactPages) = (wholeLayouts[0], compactLayouts[0]);

        Assert.True(wholePages.Count >= 5, $"{wholePages.Count} pages");
        Assert.Equal(wholePages.Select(GlyphsOf), compactPages.Select(GlyphsOf));
        Assert.Equal(TreeOf(wholePart, new StructureWalk(wholePages)), TreeOf(compactPart, new StructureWalk(compactPages)));
        Assert.Contains(compactPages, p => PageTextOf(p).Contains("Lê Thị Hoa 49", StringComparison.Ordinal));

        static string GlyphsOf(Page page) => string.Join("|", page.Items.OfType<GlyphRun>().Select(r =>
            $"{r.Text}@{r.Left:0.###},{r.Baseline:0.###}:{string.Join(" ", r.Glyphs)}:{string.Join(" ", r.X.Select(x => x.ToString("0.###")))}"));
        static string TreeOf(StructureElement element, StructureWalk walk) =>
            $"{element.Role}({walk.TextOf(element)})[{string.Join(",", element.Children.Select(c => TreeOf(c, walk)))}]";
    }

    /// <summary>
    /// The Markdown's elements on A5-like pages, laid out once and again from their start (as the composer's fallback
    /// pass), and the part whose structure they fill.
    /// </summary>
    private static (IReadOnlyList<Page> First, IReadOnlyList<Page> Second, StructureElement Part) LaidOutTwice(string markdown)
    {
        var (layouts, part) = LaidOut(Markdown.Parse(markdown, MarkdownRenderer.Pipeline), 2);
        return (layouts[0], layouts[1], part);
    }

    /// <summary>A parsed document's elements on A5-like pages, laid out <paramref name="times"/> times from their start, and the part whose structure they fill.</summary>
    private static (IReadOnlyList<Page>[] Layouts, StructureElement Part) LaidOut(Markdig.Syntax.MarkdownDocument document, int times)
    {
        var theme = new BookletTheme();
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var setter = new ParagraphSetter(new TextShaper(fonts));
        var setup = new PageSetup(new Size(420, 595), 40, 40, 40, 40) { PageNumberStyle = new TextStyle(9) };
        var builder = new MarkdownLayoutBuilder(setter, theme, setup.ContentSize.Height, "danh-sach.md");
        var part = new StructureElement(StructureRole.Part, null);
        builder.StartDocument();
        var content = new Column([.. builder.Build(document, part)]);
        return ([.. Enumerable.Range(0, times).Select(_ => Paginator.Paginate(content, setup, setter))], part);
    }

    private static string PageTextOf(Page page) => string.Join(" ", page.Items.OfType<GlyphRun>().Select(r => r.Text));
}
