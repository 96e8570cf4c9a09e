using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Templating.Documents;
using ReportGen.Templating.Search;

namespace ReportGen.Templating.Tests;

/// <summary>
/// A long table's plain body rows are kept as where their cells' text lies (<see cref="CompactTables"/>) and shown again
/// when an output reads them (<see cref="TableRows"/>): each row shown must be the row Markdig made, and every output
/// must write from the compact tree what it writes from the whole one.
/// </summary>
public sealed class CompactTablesTests
{
    /// <summary>
    /// A list of <paramref name="rows"/> names with a number column, a column of dashes and a right-aligned column of
    /// figures, and rows that must stay Markdig's: emphasis, a link, an escaped bar, an empty cell, a short row, a long one,
    /// an entity.
    /// </summary>
    private static string LongList(int rows)
    {
        var markdown = new StringBuilder("## Danh sách khen thưởng\n\n| STT | Họ và tên | Ghi chú | Điểm |\n|---:|---|---|--:|\n");
        string[] names = ["Nguyễn Thị Hồng", "Trần Văn Bình", "Lê Đức Khánh", "Phạm Thị Yến", "Hoàng Văn Tiến  "];
        for (var i = 1; i <= rows; i++)
        {
            markdown.Append(i switch
            {
                3 => $"| {i} | **Đặng Văn Nam** | - | 7,5 |\n",
                5 => $"| {i} | [Trường Tiểu học](https://example.vn/{i}) | - | 12 |\n",
                8 => $"| {i} | Tổ 1 \\| Tổ 2 | - | 9,25 |\n",
                13 => $"| {i} |  | - | 8 |\n",
                21 => $"| {i} | Bùi Thị Lan |\n",
                34 => $"| {i} | Vũ Văn Hải | - | 6,5 | thêm |\n",
                55 => $"| {i} | Ngô &amp; Cộng sự | - | 10 |\n",
                _ => $"| {i} | {names[i % names.Length]} {i} | - | {i % 10},{i % 7} |\n",
            });
        }
        return markdown.Append("\nĐoạn cuối.\n").ToString();
    }

    private static MarkdownDocument Whole(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline);

    private static MarkdownDocument Compact(string markdown) => CompactTables.Compact(Whole(markdown));

    private static Table TableOf(MarkdownDocument document) => document.Descendants<Table>().Single();

    /// <summary>All a reader can see of a row: its blocks and inlines, their types, settings and texts, in order.</summary>
    internal static string Describe(TableRow row)
    {
        var text = new StringBuilder($"{row.GetType().Name} header={row.IsHeader} cells={row.Count}");
        foreach (TableCell cell in row)
        {
            text.Append($" [{cell.GetType().Name} index={cell.ColumnIndex} span={cell.ColumnSpan}x{cell.RowSpan} blocks={cell.Count}");
            foreach (var block in cell)
            {
                text.Append($" {block.GetType().Name}");
                if (block is LeafBlock { Inline: { } inline })
                {
                    Inlines(inline, text);
                }
            }
            text.Append(']');
        }
        return text.ToString();

        static void Inlines(ContainerInline container, StringBuilder text)
        {
            text.Append($" ({container.GetType().Name}");
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append($" {literal.GetType().Name}:'{literal.Content}' escaped={literal.IsFirstCharacterEscaped} newline={literal.Content.NewLine}");
                        break;
                    case ContainerInline nested:
                        Inlines(nested, text);
                        break;
                    default:
                        text.Append($" {inline.GetType().Name}:{inline}");
                        break;
                }
            }
            text.Append(')');
        }
    }

    [Fact]
    public void LongTable_IsKeptCompact_AndEachRowShownIsTheRowMarkdigMade()
    {
        var markdown = LongList(400);
        var whole = TableOf(Whole(markdown));
        var compact = TableOf(Compact(markdown));

        var rows = TableRows.Of(compact);
        Assert.Empty(compact); // Markdig's rows let go: only the compact body holds them
        Assert.Equal(whole.Count, rows.Count);
        Assert.Equal(5, rows.Columns);
        Assert.Equal(whole.ColumnDefinitions.Select(d => d.Alignment), compact.ColumnDefinitions.Select(d => d.Alignment));
        for (var r = 0; r < rows.Count; r++)
        {
            var parsed = (TableRow)whole[r];
            Assert.Equal(Describe(parsed), Describe(rows[r]));
            Assert.Equal(parsed.IsHeader, rows.IsHeader(r));
            Assert.Equal(parsed.Count, rows.CellCount(r));
            for (var c = 0; c < parsed.Count; c++)
            {
                Assert.Equal(TableCellText.Of((TableCell)parsed[c]), rows.CellText(r, c).ToString());
            }
        }
        // The rows with anything but one literal (or no block) a cell stay Markdig's; the others are shown one after the
        // other in one row of the reader's own. Markdig fills every row up to the longest one's five cells, with cells of
        // no block: the shown row takes them and gives them back from row to row (21, 22, 34 above).
        int[] kept = [0, 3, 5, 8, 13, 55];
        var shown = rows[1];
        foreach (var r in Enumerable.Range(0, rows.Count))
        {
            if (kept.Contains(r))
            {
                Assert.Same(rows[r], rows[r]);
                Assert.NotSame(shown, rows[r]);
            }
            else
            {
                Assert.Same(shown, rows[r]);
            }
        }
        Assert.Equal("Hoàng Văn Tiến   4", rows.CellText(4, 1).ToString());
        Assert.Equal(["21", "Bùi Thị Lan", "", "", ""], Enumerable.Range(0, 5).Select(c => rows.CellText(21, c).ToString()));
        Assert.Equal("thêm", rows.CellText(34, 4).ToString());
    }

    [Theory]
    [InlineData(CompactTables.LongestKeptWhole - 1)]
    [InlineData(0)]
    public void ShortTable_OrOneOfFewPlainRows_StaysAsParsed(int plainRows)
    {
        var markdown = plainRows > 0
            ? "| STT | Tên |\n|---|---|\n" + string.Concat(Enumerable.Range(1, plainRows).Select(i => $"| {i} | Tên {i} |\n"))
            : "| STT | Tên |\n|---|---|\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"| {i} | **Tên {i}** |\n"));

        var table = TableOf(Compact(markdown));

        Assert.Equal(TableOf(Whole(markdown)).Count, table.Count);
        var rows = TableRows.Of(table);
        Assert.All(Enumerable.Range(0, rows.Count), r => Assert.Same(table[r], rows[r]));
    }

    [Fact]
    public void WebPage_FromACompactTree_IsTheWebPageOfTheWholeTree()
    {
        var markdown = LongList(300);

        var html = MarkdownRenderer.ToHtml(markdown, Compact(markdown));

        Assert.Equal(MarkdownRenderer.ToHtml(markdown), html);
        // What the web page makes of the table: the column of dashes left out, numbers in their class, every name there.
        Assert.DoesNotContain("Ghi chú", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align: right;\" class=\"rg-num\">2,2</td>", html, StringComparison.Ordinal);
        Assert.Contains("Lê Đức Khánh 297", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchText_OfACompactTree_IsTheSearchTextOfTheWholeTree()
    {
        var markdown = LongList(300);
        var document = new RenderedDocument("danh-sach", Core.Model.DocumentKind.Contribution, markdown);
        Assert.Empty(TableOf(document.MarkdownTree())); // the document's shared tree is kept compact

        var page = Repo.Renderer.SearchPageOf(Repo.XuanTruong, [document]);

        var entries = page.Parts.Where(p => p.Anchor.StartsWith("danh-sach", StringComparison.Ordinal)).SelectMany(p => p.Entries).ToList();
        // A roundup's article is parsed on its own, whole: the same Markdown gives its entries from Markdig's rows.
        var roundup = Repo.Renderer.SearchPageOf(Repo.Data.Roundups[0], [], markdown);
        Assert.Equal(roundup.Parts[1].Entries, entries);
        Assert.Equal(302, entries.Count); // the heading, 300 rows, the last paragraph
        Assert.Equal("21 · Bùi Thị Lan", entries[21].Text);
    }
}
