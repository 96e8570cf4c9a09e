using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Templating.Tests;

/// <summary>
/// A long table of plain rows is read from its lines before Markdig parses them (<see cref="PlainTableLines"/>, through
/// <see cref="CompactTables.Parse"/>): every row an output is shown, and every output, must be what Markdig makes of the
/// whole text, whichever way each table was read.
/// </summary>
public sealed class PlainTableLinesTests
{
    private static MarkdownDocument Whole(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline);

    /// <summary>
    /// The tables of <paramref name="markdown"/> as the outputs share them, row by row and cell by cell against Markdig's
    /// whole parse, and the web page of both; returns how many tables were read from their lines.
    /// </summary>
    private static int AssertSameAsWhole(string markdown)
    {
        var shared = CompactTables.Parse(markdown);
        var whole = Whole(markdown);
        var tables = shared.Descendants<Table>().ToList();
        var wholeTables = whole.Descendants<Table>().ToList();
        Assert.Equal(wholeTables.Count, tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = TableRows.Of(tables[t]);
            var parsed = wholeTables[t].OfType<TableRow>().ToList();
            Assert.Equal(parsed.Count, rows.Count);
            Assert.Equal(wholeTables[t].ColumnDefinitions.Select(d => d.Alignment), tables[t].ColumnDefinitions.Select(d => d.Alignment));
            for (var r = 0; r < rows.Count; r++)
            {
                Assert.Equal(CompactTablesTests.Describe(parsed[r]), CompactTablesTests.Describe(rows[r]));
                Assert.Equal(parsed[r].Count, rows.CellCount(r));
                for (var c = 0; c < parsed[r].Count; c++)
                {
                    Assert.Equal(TableCellText.Of((TableCell)parsed[r][c]), rows.CellText(r, c).ToString());
                }
            }
        }
        Assert.Equal(MarkdownRenderer.ToHtml(markdown), MarkdownRenderer.ToHtml(markdown, shared));
        return tables.Count(CompactTables.IsReadFromLines);
    }

    [Fact]
    public void LongListOfPlainRows_IsReadFromItsLines_AndShowsTheRowsMarkdigMakes()
    {
        // As the award list's template writes it: names glued with non-breaking spaces, units with commas, "-" for none.
        var markdown = new StringBuilder("## Danh sách\n\nMột đoạn trước.\n\n| STT | Họ và tên | Đơn vị |\n|--:|---|:-:|\n");
        for (var i = 1; i <= 300; i++)
        {
            markdown.Append($"| {i} | Nguyễn\u00A0Văn\u00A0Bình {i} | {(i % 7 == 0 ? "-" : $"Phòng số {i % 12}, xã Yên Tiến")} |\n");
        }
        markdown.Append("\nĐoạn cuối.\n");

        Assert.Equal(1, AssertSameAsWhole(markdown.ToString()));
    }

    [Theory]
    [InlineData("| {0} | **Tên {0}** |\n")] // emphasis
    [InlineData("| {0} | Tên {0} |  \n")] // spaces after the last bar
    [InlineData("{0} | Tên {0} |\n")] // no first bar
    [InlineData("| {0} |   |\n")] // an empty cell
    [InlineData("| {0} | Tên {0} | thêm |\n")] // a cell more than the header
    [InlineData("| {0} |\n")] // a cell fewer
    [InlineData("| {0} | Tổ 1 \\| Tổ 2 |\n")] // an escaped bar
    [InlineData("| {0} | Ngô &amp; Cộng sự |\n")] // an entity
    [InlineData("| {0} | Tab\there |\n")] // a tab
    [InlineData("| {0} | Tên {0} |\n---\n")] // a line of dashes after the last row: a heading's underline?
    [InlineData("| {0} | Tên {0} |\n===\n")]
    public void LongTable_WithOneRowNotPlain_IsLeftToMarkdig_AndShowsTheSame(string oddRow)
    {
        var markdown = new StringBuilder("| STT | Tên |\n|---|---|\n");
        for (var i = 1; i <= 200; i++)
        {
            markdown.Append(i == (oddRow.Contains("\n-", StringComparison.Ordinal) || oddRow.Contains("\n=", StringComparison.Ordinal) ? 200 : 150)
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, oddRow, i)
                : $"| {i} | Tên {i} |\n");
        }

        Assert.Equal(0, AssertSameAsWhole(markdown.ToString()));
    }

    [Fact]
    public void RandomTables_ReadFromTheirLinesOrNot_ShowWhatMarkdigMakes()
    {
        // Cells of plain letters, Vietnamese, figures and punctuation, with now and then a character an inline parser
        // starts at, spaces of other kinds at a cell's edges, an empty cell, a row a cell short or long, a line without its
        // bars; tables at the top level, after a line of text, in a list item or a quote; delimiter rows of every alignment.
        var random = new Random(2027);
        string[] plain = ["Nguyễn", "Văn", "Bình", "Ý\u00A0Yên", "12.278,27", "85,7 %", "-", ":", "#1", "(ghi chú)", "a/b", "\"trích\"", "x'y", "Tổ 3", "2021-2025", "4\u20075", "~", "^", "=", "+", "$5", "{", "}"];
        string[] odd = ["*", "_", "`", "[", "]", "!", "<", ">", "&", "\\", "\t", "**đậm**", "[a](b)", "&amp;", "<b>", "\\|", "\u2007\u20084"];
        var fromLines = 0;
        var cases = 60;
        for (var n = 0; n < cases; n++)
        {
            var columns = random.Next(1, 6);
            var rows = random.Next(CompactTables.LongestKeptWhole, CompactTables.LongestKeptWhole + 120);
            var oddness = random.Next(4) == 0 ? 0.02 : 0.0;
            string Cell()
            {
                var words = random.Next(1, 4);
                var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => random.NextDouble() < oddness ? odd[random.Next(odd.Length)] : plain[random.Next(plain.Length)]));
                var before = random.Next(6) == 0 ? "" : new string(' ', random.Next(1, 3));
                var after = random.Next(6) == 0 ? "" : new string(' ', random.Next(1, 3));
                if (random.NextDouble() < oddness)
                {
                    text = random.Next(3) switch { 0 => "", 1 => "\u00A0" + text, _ => text + "\u2007" };
                }
                return before + text + after;
            }
            string Row(int cells, bool bars = true) => (bars ? "|" : "") + string.Join('|', Enumerable.Range(0, cells).Select(_ => Cell())) + (bars ? "|" : "");
            var delimiter = "|" + string.Join('|', Enumerable.Range(0, columns).Select(_ => random.Next(4) switch { 0 => "---", 1 => ":--", 2 => "--:", _ => " :-: " })) + "|";
            var table = new StringBuilder(Row(columns)).Append('\n').Append(delimiter).Append('\n');
            for (var r = 0; r < rows; r++)
            {
                var cells = random.NextDouble() < oddness ? Math.Max(1, columns + random.Next(-1, 2)) : columns;
                table.Append(Row(cells, bars: random.NextDouble() >= oddness)).Append(random.NextDouble() < oddness ? " " : "").Append('\n');
            }
            var markdown = random.Next(5) switch
            {
                0 => "Một dòng chữ.\n" + table, // the table's paragraph starts with text
                1 => "- Mục\n\n" + string.Concat(table.ToString().Split('\n').Select(l => l.Length == 0 ? "" : "  " + l + "\n")), // in a list item
                2 => "> " + table.ToString().TrimEnd('\n').Replace("\n", "\n> ", StringComparison.Ordinal) + "\n", // in a quote
                _ => "# Bảng\n\n" + table + "\nĐoạn sau.\n",
            };
            fromLines += AssertSameAsWhole(markdown);
        }
        // The cases read from their lines are the plain top-level ones: enough of them for the comparison to mean something.
        Assert.InRange(fromLines, cases / 4, cases * 3 / 4);
    }
}
