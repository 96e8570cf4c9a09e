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
    /// The Markdown's elements on A5-like pages, laid out once and again from their start (as the composer's fallback
    /// pass), and the part whose structure they fill.
    /// </summary>
    private static (IReadOnlyList<Page> First, IReadOnlyList<Page> Second, StructureElement Part) LaidOutTwice(string markdown)
    {
        var theme = new BookletTheme();
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var setter = new ParagraphSetter(new TextShaper(fonts));
        var setup = new PageSetup(new Size(420, 595), 40, 40, 40, 40) { PageNumberStyle = new TextStyle(9) };
        var builder = new MarkdownLayoutBuilder(setter, theme, setup.ContentSize.Height, "danh-sach.md");
        var part = new StructureElement(StructureRole.Part, null);
        builder.StartDocument();
        var content = new Column([.. builder.Build(Markdown.Parse(markdown, MarkdownRenderer.Pipeline), part)]);
        return (Paginator.Paginate(content, setup, setter), Paginator.Paginate(content, setup, setter), part);
    }

    private static string PageTextOf(Page page) => string.Join(" ", page.Items.OfType<GlyphRun>().Select(r => r.Text));
}
