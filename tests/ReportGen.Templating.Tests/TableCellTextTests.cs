using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Templating.Tests;

public sealed class TableCellTextTests
{
    [Fact]
    public void Of_IsTheCellsLiteralsJoinedAndTrimmed_AsMarkdigListsThem()
    {
        const string Markdown = """
            | Chỉ tiêu | Thực hiện |
            |---|---:|
            | Tổng **diện tích** gieo _trồng_ | **12.278,27** ha |
            |  | - |
            | [Xã Yên **Khánh**](https://example.org) `mã` | 85,7&nbsp;% |
            """;
        var table = Markdig.Markdown.Parse(Markdown, MarkdownRenderer.Pipeline).Descendants<Table>().Single();
        var cells = table.Descendants<TableCell>().ToList();
        Assert.Equal(6 + 2, cells.Count);
        foreach (var cell in cells)
        {
            var expected = string.Concat(cell.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            Assert.Equal(expected, TableCellText.Of(cell));
        }
        Assert.Equal("Tổng diện tích gieo trồng", TableCellText.Of(cells[2]));
        Assert.Equal("", TableCellText.Of(cells[4]));
    }
}
