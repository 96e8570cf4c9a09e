using ReportGen.Build;
using ReportGen.Tests;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The statistics office's indicator workbook and the office's programme workbook named by the data instead of
/// typed into it: the booklet's indicator table and agenda, and the web page, carry their values; the workbooks
/// are inputs of the incremental build (issue 16).
/// </summary>
public sealed class IndicatorAndAgendaSheetTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("sheet-tables");

    public void Dispose() => _workspace.Dispose();

    /// <summary>An indicator workbook as offices head it: two heading rows with merged cells, a text number, a heading row, a total.</summary>
    private void WriteIndicators(string value) => TestWorkbook.Write(Path.Combine(_workspace.Data, "chi-tieu.xlsx"), "Nông nghiệp",
        ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"],
        (1, ["TT", "Chi tieu", "DVT", "Năm 2020", null, "Cùng kỳ năm trước"]),
        (2, [null, null, null, "Kế hoạch", "Thực hiện", null]),
        (3, ["I", "Trồng trọt", null, null, null, null]),
        (4, [1, "Diện tích lúa chất lượng cao", "ha", 3000, value, "3.200"]),
        (5, [2, "Sản lượng thủy sản nuôi trồng", "tấn", null, 8125.5, 7900]),
        (6, [null, null, null, null, null, null]),
        (7, [null, "Tổng cộng", null, null, null, null]));

    private void WriteAgenda() => TestWorkbook.Write(Path.Combine(_workspace.Data, "chuong-trinh.xlsx"), "Sheet1", [],
        (1, ["Thoi gian", "Noi dung", "Nguoi trinh bay"]),
        (2, [0.3125, "Đón tiếp đại biểu dự hội nghị tổng kết", "Văn phòng Huyện ủy"]),
        (3, [8.0 / 24, "Khai mạc hội nghị theo bảng tính", "Đồng chí Bí thư Huyện ủy"]));

    [Fact]
    public void IndicatorsAndAgendaFromWorkbooks_AreInTheBookletAndThePage_AndRebuiltWhenTheSheetChanges()
    {
        WriteIndicators("3.456,78");
        WriteAgenda();
        var yaml = Path.Combine(_workspace.Data, "xuan-truong.yaml");
        var text = File.ReadAllText(yaml);
        // The first field's indicators and the whole programme come from the workbooks instead of the YAML.
        var start = text.IndexOf("      indicators:\n        - name: Tổng diện tích gieo trồng", StringComparison.Ordinal);
        var end = text.IndexOf("    - name: Công nghiệp", StringComparison.Ordinal);
        text = text[..start] + "      indicators_from: { file: chi-tieu.xlsx, sheet: Nông nghiệp, header_row: 2 }\n" + text[end..];
        var lines = text.Split('\n').ToList();
        var agenda = lines.FindIndex(l => l.StartsWith("  agenda:", StringComparison.Ordinal));
        var next = agenda + 1;
        while (next < lines.Count && (lines[next].StartsWith("    ", StringComparison.Ordinal) || lines[next].Length == 0))
        {
            next++;
        }
        lines.RemoveRange(agenda, next - agenda);
        lines.Insert(agenda, "  agenda_from: { file: chuong-trinh.xlsx }");
        text = string.Join('\n', lines);
        File.WriteAllText(yaml, text);

        var report = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));

        Assert.Contains(report.Meetings, m => m.Id == "xuan-truong-2021" && !m.Unchanged);
        var pdf = Path.Combine(_workspace.Output, "xuan-truong-2021", "booklet.pdf");
        var booklet = PdfText.Body(pdf);
        // The agenda: times from Excel's time cells, items and presenters in their row.
        Assert.True(PdfText.HasRow(pdf, "07:30", "Đón", "tiếp"), "07:30 | Đón tiếp … in one row of the agenda");
        Assert.True(PdfText.HasRow(pdf, "08:00", "Khai", "mạc"), "08:00 | Khai mạc … in one row of the agenda");
        Assert.Contains("Khai mạc hội nghị theo bảng tính", booklet, StringComparison.Ordinal);
        Assert.DoesNotContain("Đón tiếp đại biểu Văn phòng HĐND và UBND huyện", booklet, StringComparison.Ordinal); // the YAML's programme is gone
        // The indicator table: the text "3.456,78" read as a number, the plan, the computed TH/KH and so cùng kỳ.
        Assert.True(PdfText.HasRow(pdf, "ha", "3.000", "3.456,78"), "ha | 3.000 | 3.456,78 in the indicator table");
        Assert.True(PdfText.HasRow(pdf, "3.456,78", "115,2"), "TH/KH 115,2 % computed from the sheet's numbers");
        Assert.True(PdfText.HasRow(pdf, "tấn", "8.125,5"), "tấn | 8.125,5 in the indicator table");
        Assert.Contains("Diện tích lúa chất lượng cao", booklet, StringComparison.Ordinal);
        Assert.DoesNotContain("Trồng trọt", booklet, StringComparison.Ordinal); // a heading row of the sheet, not an indicator
        Assert.DoesNotContain("Tổng cộng", booklet, StringComparison.Ordinal);
        // The web page carries the same.
        var page = File.ReadAllText(Path.Combine(_workspace.Output, "xuan-truong-2021", "index.html"));
        Assert.Contains("3.456,78", page, StringComparison.Ordinal);
        Assert.Contains("Diện tích lúa chất lượng cao", page, StringComparison.Ordinal);
        Assert.Contains("Khai mạc hội nghị theo bảng tính", page, StringComparison.Ordinal);
        Assert.Contains("07:30", page, StringComparison.Ordinal);

        // 'reportgen check' says how each column was understood, before anyone trusts the booklet's numbers.
        var check = new StringWriter();
        Assert.Equal(Cli.CommandLine.Success, Cli.CommandLine.Run(["check", "--data", _workspace.Data, "--templates", _workspace.Templates], check, new StringWriter()));
        Assert.Contains("chi-tieu.xlsx[Nông nghiệp]: đọc được 2 chỉ tiêu; các cột: A \"TT\" → không dùng, B \"Chi tieu\" → name, C \"DVT\" → unit, "
            + "D \"Kế hoạch\" → plan, E \"Thực hiện\" → value, F \"Cùng kỳ năm trước\" → previous.", check.ToString(), StringComparison.Ordinal);
        Assert.Contains("chuong-trinh.xlsx[Sheet1]: đọc được 2 mục chương trình; các cột: A \"Thoi gian\" → time, B \"Noi dung\" → item, C \"Nguoi trinh bay\" → by.",
            check.ToString(), StringComparison.Ordinal);

        // The workbook is an input of the meeting: changing it alone makes the next build set the booklet again.
        var unchanged = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));
        Assert.True(unchanged.Meetings.Single(m => m.Id == "xuan-truong-2021").Unchanged);
        WriteIndicators("3.512,4");
        var again = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));
        Assert.False(again.Meetings.Single(m => m.Id == "xuan-truong-2021").Unchanged);
        Assert.True(PdfText.HasRow(pdf, "ha", "3.000", "3.512,4"), "the new value after the sheet changed");
    }
}
