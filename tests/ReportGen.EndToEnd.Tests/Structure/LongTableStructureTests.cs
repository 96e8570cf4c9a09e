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
        var theme = new BookletTheme();
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var setter = new ParagraphSetter(new TextShaper(fonts));
        var setup = new PageSetup(new Size(420, 595), 40, 40, 40, 40) { PageNumberStyle = new TextStyle(9) };
        var builder = new MarkdownLayoutBuilder(setter, theme, setup.ContentSize.Height, "danh-sach.md");
        var part = new StructureElement(StructureRole.Part, null);
        builder.StartDocument();
        var content = new Column([.. builder.Build(Markdown.Parse(markdown, MarkdownRenderer.Pipeline), part)]);

        var first = Paginator.Paginate(content, setup, setter);
        var second = Paginator.Paginate(content, setup, setter); // from its start again, as the composer's fallback pass

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

    private static string PageTextOf(Page page) => string.Join(" ", page.Items.OfType<GlyphRun>().Select(r => r.Text));
}
