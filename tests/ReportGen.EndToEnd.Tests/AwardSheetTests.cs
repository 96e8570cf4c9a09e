using ReportGen.Build;
using ReportGen.Core.Diagnostics;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The emulation office keeps an award's names in Excel and saves them as CSV: the data names the file instead of
/// listing them, the booklet's award list prints them as it would the YAML list, RG089 still counts them against
/// 'count', and the file is an input of the incremental build (issue 16).
/// </summary>
public sealed class AwardSheetTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("award-sheet");

    public void Dispose() => _workspace.Dispose();

    private static string BookletText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void AwardNamesFromCsv_AreInTheBookletsAwardList_AndCountedByRG089()
    {
        var data = _workspace.Data;
        var csv = Path.Combine(data, "y-yen-khen-thuong.csv");
        File.WriteAllText(csv,
            "STT;Tên tập thể, cá nhân;\"Chức vụ, đơn vị\";Đối tượng\r\n" +
            "1;Đặng Thị Mai Hương;Hiệu trưởng Trường Mầm non Yên Trung;cá nhân\r\n" +
            "2;Trường Mầm non Yên Trung;;tập thể\r\n" +
            "3;Lương Văn Khải;Chủ tịch UBND xã Yên Phú;cá nhân\r\n" +
            ";;;\r\n" +
            "4;Hợp tác xã Yên Phú;;tập thể\r\n" +
            "5;Bùi Thị Nguyệt;Trưởng Trạm Y tế xã Yên Phú;cá nhân\r\n" +
            "Tổng cộng;;;\r\n",
            new System.Text.UTF8Encoding(true));
        var yaml = Path.Combine(data, "y-yen.yaml");
        var text = File.ReadAllText(yaml);
        var start = text.IndexOf("      names:", text.IndexOf("  awards:", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("    - title:", start, StringComparison.Ordinal);
        File.WriteAllText(yaml, text[..start] + "      names_from: { file: y-yen-khen-thuong.csv, header_row: 1 }\n" + text[end..]);

        var report = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));

        Assert.Contains(report.Meetings, m => m.Id == "y-yen-2021");
        var booklet = BookletText(Path.Combine(_workspace.Output, "y-yen-2021", "booklet.pdf"));
        foreach (var name in new[] { "Đặng Thị Mai Hương", "Trường Mầm non Yên Trung", "Lương Văn Khải", "Hợp tác xã Yên Phú", "Bùi Thị Nguyệt" })
        {
            Assert.Contains(name, booklet, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Vũ Thị Hằng", booklet, StringComparison.Ordinal); // the YAML list it replaced
        // Collectives first in the sheet's order, then individuals by given name (Hương, Khải, Nguyệt).
        Assert.True(booklet.IndexOf("Hợp tác xã Yên Phú", StringComparison.Ordinal) < booklet.IndexOf("Đặng Thị Mai Hương", StringComparison.Ordinal));
        Assert.True(booklet.IndexOf("Đặng Thị Mai Hương", StringComparison.Ordinal) < booklet.IndexOf("Lương Văn Khải", StringComparison.Ordinal));
        Assert.True(booklet.IndexOf("Lương Văn Khải", StringComparison.Ordinal) < booklet.IndexOf("Bùi Thị Nguyệt", StringComparison.Ordinal));
        // 'count: 4' and five names read: the decision would contradict itself.
        var count = Assert.Single(report.Warnings, d => d.Code == DiagnosticCodes.DocumentAwardNamesCount && d.File.EndsWith("y-yen.yaml", StringComparison.Ordinal));
        Assert.Contains("5", count.Message, StringComparison.Ordinal);
        Assert.Contains("Bằng khen", count.Message, StringComparison.Ordinal);

        // The sheet is an input of the meeting: changing it alone makes the next build set the booklet again.
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("Lương Văn Khải", "Lương Văn Khánh", StringComparison.Ordinal), new System.Text.UTF8Encoding(true));
        var again = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));
        Assert.False(again.Meetings.Single(m => m.Id == "y-yen-2021").Unchanged);
        Assert.Contains("Lương Văn Khánh", BookletText(Path.Combine(_workspace.Output, "y-yen-2021", "booklet.pdf")), StringComparison.Ordinal);
    }
}
