using ReportGen.Core.Diagnostics;
using ReportGen.Core.Import;
using ReportGen.Tests;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// A conference programme kept in Excel: workbooks made here with the Open XML SDK (headings without diacritics in
/// another order, times in Excel's time cells and as text, blank rows, a row with no item), read into agenda items
/// with each problem at its cell (issue 16).
/// </summary>
public sealed class AgendaSheetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-agenda-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void HeadingsWithoutDiacritics_InAnotherOrder_AndTimeCells_AreRead()
    {
        // 07:30 and 08:00 as Excel keeps times (a fraction of a day); 08:15 typed as text "8h15".
        var path = TestWorkbook.Write(Path.Combine(_folder, "chuong-trinh.xlsx"), "CT", ["B1:C1"],
            (1, ["Nguoi trinh bay", "Noi dung chuong trinh", null, "Thoi gian"]),
            (2, ["Văn phòng Huyện ủy", "Đón tiếp đại biểu", null, 0.3125]),
            (3, [null, null, null, null]),
            (4, ["Đồng chí Bí thư Huyện ủy", "Khai mạc hội nghị", null, 8.0 / 24]),
            (6, [null, "Báo cáo tổng kết", null, "8h15"]),
            (7, ["Đồng chí Phó Bí thư", null, null, "9h00"]));

        var result = AgendaSheet.Read(path, new AgendaFrom { File = "chuong-trinh.xlsx", Sheet = "CT" });

        Assert.Collection(result.Items,
            i => Assert.Equal(("07:30", "Đón tiếp đại biểu", "Văn phòng Huyện ủy"), (i.Time, i.Item, i.By)),
            i => Assert.Equal(("08:00", "Khai mạc hội nghị", "Đồng chí Bí thư Huyện ủy"), (i.Time, i.Item, i.By)),
            i => Assert.Equal(("8h15", "Báo cáo tổng kết", (string?)null), (i.Time, i.Item, i.By)));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.SheetRowWithoutContent, 7, 2), (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.StartsWith("chuong-trinh.xlsx[CT]!B7: ", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["by", "item", "time"], result.Reading!.Columns.Select(c => c.Key));
    }

    [Fact]
    public void WithoutAnItemColumn_IsAnErrorAtTheHeaderRow()
    {
        var path = Path.Combine(_folder, "chuong-trinh.csv");
        File.WriteAllText(path, "Tiêu đề chương trình\nGiờ;Việc;Người trình bày\n07:30;Đón tiếp;Văn phòng\n");

        var result = AgendaSheet.Read(path, new AgendaFrom { File = "chuong-trinh.csv", HeaderRow = 2 });

        Assert.Empty(result.Items);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.SheetMissingColumn, 2, 1), (error.Severity, error.Code, error.Line, error.Column));
        Assert.StartsWith("chuong-trinh.csv!A2: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Việc\"", error.Message, StringComparison.Ordinal);
    }
}
