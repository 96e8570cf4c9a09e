using ReportGen.Build;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// An office keeps its delegate list in Excel and saves it as CSV: the data names the file instead of listing the
/// delegates, and the booklet prints them as it would the YAML list; the file is an input of the incremental build (issue 16).
/// </summary>
public sealed class DelegateSheetTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("sheet");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void DelegateListFromCsv_IsSetInTheBookletAndThePage()
    {
        var data = _workspace.Data;
        File.WriteAllText(Path.Combine(data, "xuan-truong-dai-bieu.csv"),
            "STT;Họ và tên;Chức vụ;Đơn vị;Thứ tự\r\n" +
            "1;Vũ Thị Thanh Xuân;Phó Chủ tịch;UBND tỉnh Nam Định;1\r\n" +
            "2;\"Đinh Công Trứ\";\"Bí thư\";Huyện ủy Xuân Trường;2\r\n" +
            "Tổng cộng;;;;\r\n",
            new System.Text.UTF8Encoding(true));
        var yaml = Path.Combine(data, "xuan-truong.yaml");
        var text = File.ReadAllText(yaml);
        var start = text.IndexOf("    delegates:", text.IndexOf("kind: delegate-list", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        File.WriteAllText(yaml, text[..start] + "    delegates_from: { file: xuan-truong-dai-bieu.csv, header_row: 1 }\n" + text[(end + 1)..]);

        var report = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));

        Assert.Contains(report.Meetings, m => m.Id == "xuan-truong-2021");
        using var pdf = PdfDocument.Open(Path.Combine(_workspace.Output, "xuan-truong-2021", "booklet.pdf"));
        var booklet = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Vũ Thị Thanh Xuân", booklet, StringComparison.Ordinal);
        Assert.Contains("Đinh Công Trứ", booklet, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Văn Nam", booklet, StringComparison.Ordinal); // the YAML list it replaced
        Assert.True(booklet.IndexOf("Vũ Thị Thanh Xuân", StringComparison.Ordinal) < booklet.IndexOf("Đinh Công Trứ", StringComparison.Ordinal));
        // The web page names no delegates (only their number), the same for a list from the data or a sheet.
        Assert.True(File.Exists(Path.Combine(_workspace.Output, "xuan-truong-2021", "index.html")));

        // The sheet is an input of the meeting: changing it alone makes the next build set the booklet again.
        var csv = Path.Combine(data, "xuan-truong-dai-bieu.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("Đinh Công Trứ", "Đinh Công Thành", StringComparison.Ordinal), new System.Text.UTF8Encoding(true));
        var again = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));
        Assert.False(again.Meetings.Single(m => m.Id == "xuan-truong-2021").Unchanged);
        using var rebuilt = PdfDocument.Open(Path.Combine(_workspace.Output, "xuan-truong-2021", "booklet.pdf"));
        Assert.Contains("Đinh Công Thành", string.Join("\n", rebuilt.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))), StringComparison.Ordinal);
    }
}
