using ReportGen.Core.Diagnostics;
using ReportGen.Core.Import;
using ReportGen.Tests;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// A field's indicators kept in Excel as the statistics office sends them: workbooks made here with the Open XML
/// SDK (headings without diacritics in their own order, a heading of two rows with merged cells, numbers typed as
/// text, a heading row inside the table, a total row, blank rows) and CSV text, read into indicators with each
/// problem at its cell (issue 16).
/// </summary>
public sealed class IndicatorSheetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-indicators-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Workbook(string name, IEnumerable<string> merged, params (int Row, object?[] Cells)[] rows) =>
        TestWorkbook.Write(Path.Combine(_folder, name), "Sheet1", merged, rows);

    private static IndicatorsFrom From(string file, int headerRow = 1) => new() { File = file, Sheet = "Sheet1", HeaderRow = headerRow };

    [Fact]
    public void HeadingsWithoutDiacritics_InAnotherOrder_AreMatched()
    {
        var path = Workbook("chi-tieu.xlsx", [],
            (1, ["DVT", "Thuc hien", "STT", "Ke hoach", "Chi tieu", "Danh gia"]),
            (2, ["ha", 12278.27, 1, 12000, "Tổng diện tích gieo trồng", "Đạt"]),
            (3, ["tạ/ha", 124.46, 2, null, "Năng suất lúa cả năm", "chua dat"]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"));

        Assert.Empty(result.Diagnostics);
        Assert.Collection(result.Indicators,
            i => Assert.Equal(("Tổng diện tích gieo trồng", "ha", 12278.27m, 12000m, true), (i.Name, i.Unit, i.Value, i.Plan, i.Achieved)),
            i => Assert.Equal(("Năng suất lúa cả năm", "tạ/ha", 124.46m, (decimal?)null, false), (i.Name, i.Unit, i.Value, i.Plan, i.Achieved)));
        var reading = result.Reading!;
        Assert.Equal("chi-tieu.xlsx[Sheet1]", reading.Where);
        Assert.Equal(2, reading.Rows);
        Assert.Equal(["unit", "value", null, "plan", "name", "achieved"], reading.Columns.Select(c => c.Key));
        Assert.Contains("E \"Chi tieu\" → name", reading.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRowHeading_WithMergedCells_IsUnderstood()
    {
        // STT, Chỉ tiêu and ĐVT merged down over two rows; "Năm 2020" over Kế hoạch | Thực hiện; "So sánh (%)" over TH/KH | Cùng kỳ.
        var path = Workbook("chi-tieu.xlsx", ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
            (1, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2020", null, "So sánh (%)", null]),
            (2, [null, null, null, "Kế hoạch", "Thực hiện", "TH/KH", "Cùng kỳ"]),
            (3, [1, "Tổng diện tích gieo trồng", "ha", 12000, "12.278,27", 102.3, 102]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx", headerRow: 2), year: 2020);

        Assert.Empty(result.Diagnostics);
        var indicator = Assert.Single(result.Indicators);
        Assert.Equal(("Tổng diện tích gieo trồng", "ha", 12000m, 12278.27m), (indicator.Name, indicator.Unit, indicator.Plan, indicator.Value));
        // No previous value to compute "so cùng kỳ" from: the sheet's 102 % is kept as the stated change, +2 %.
        Assert.Equal((2m, "cùng kỳ năm trước"), (indicator.Change!.Percent, indicator.Change.Against));
        Assert.Equal(["-", "name", "unit", "plan", "value", "value/plan (%)", "value/previous (%)"],
            result.Reading!.Columns.Select(c => c.Key ?? "-"));
        Assert.Equal(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "TH/KH", "Cùng kỳ"], result.Reading.Columns.Select(c => c.Heading));
    }

    [Fact]
    public void HeadingsNamingYears_AreTakenForTheReportsYear_TheYearBefore_AndNotTheNext()
    {
        var path = Workbook("chi-tieu.xlsx", [],
            (1, ["Chỉ tiêu", "ĐVT", "Thực hiện năm 2019", "Kế hoạch năm 2020", "Ước thực hiện năm 2020", "Kế hoạch năm 2021"]),
            (2, ["Giá trị hàng hóa xuất khẩu", "triệu USD", 36.5, 37, 37.2, 40]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"), year: 2020);

        var indicator = Assert.Single(result.Indicators);
        Assert.Equal((36.5m, 37m, 37.2m), (indicator.Previous, indicator.Plan, indicator.Value));
        Assert.Equal(["name", "unit", "previous", "plan", "value", null], result.Reading!.Columns.Select(c => c.Key));
    }

    [Fact]
    public void TextNumbers_AreReadAsNumbers_TheVietnameseWayInAWorkbook()
    {
        var path = Workbook("chi-tieu.xlsx", [],
            (1, ["Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch", "Cùng kỳ"]),
            (2, ["Diện tích", "ha", "12.278,27", "12.000", "12 037,5"]),
            (3, ["Giá trị", "tỷ đồng", "5.809", "1.234.567", "5.140,3"]),
            (4, ["Tỷ lệ", "%", "85,7%", "0.125", "-"]),
            (5, ["Xuất khẩu", "triệu USD", "12,278.27", null, null]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([12278.27m, 5809m, 85.7m, 12278.27m], result.Indicators.Select(i => i.Value));
        Assert.Equal([12000m, 1234567m, 0.125m, null], result.Indicators.Select(i => i.Plan));
        Assert.Equal([12037.5m, 5140.3m, null, null], result.Indicators.Select(i => i.Previous));
    }

    [Theory]
    [InlineData("12.278,27", true, "12278.27")]
    [InlineData("12,278.27", true, "12278.27")]
    [InlineData("12.278", true, "12278")]
    [InlineData("12.278", false, "12.278")]
    [InlineData("12,278", false, "12278")]
    [InlineData("12,5", false, "12.5")]
    [InlineData("0.125", true, "0.125")]
    [InlineData("1.234.567", true, "1234567")]
    [InlineData("\u22125,2", true, "-5.2")]
    [InlineData("+102,3 %", true, "102.3")]
    public void SheetNumbers_ReadWhatAPersonTyped(string text, bool decimalComma, string expected)
    {
        Assert.True(SheetNumbers.TryParse(text, decimalComma, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("12,5a")]
    [InlineData("1.2.3,4,5")]
    [InlineData("1.23.456")]
    [InlineData("12..5")]
    [InlineData("khoảng 12")]
    public void SheetNumbers_RefuseWhatIsNoNumber(string text) => Assert.False(SheetNumbers.TryParse(text, true, out _));

    [Fact]
    public void BlankRows_AHeadingRowInside_AndATotalRow_AreSkipped()
    {
        var path = Workbook("chi-tieu.xlsx", [],
            (1, ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"]),
            (2, ["I", "Kinh tế", null, null]),
            (3, [1, "Tổng giá trị sản xuất", "tỷ đồng", 5809]),
            (4, [null, "   ", null, null]),
            (6, [2, "Vốn đầu tư", "tỷ đồng", 1200]),
            (7, ["", "Tổng cộng", null, 7009]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Tổng giá trị sản xuất", "Vốn đầu tư"], result.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void MissingRequiredColumn_IsAnErrorAtTheHeaderRow_NamingTheHeadingsFound()
    {
        var path = Workbook("chi-tieu.xlsx", [], (1, ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"]), (2, [1, "Diện tích", "ha", 12000]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"));

        Assert.Empty(result.Indicators);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.SheetMissingColumn, path, 1, 1), (error.Severity, error.Code, error.File, error.Line, error.Column));
        Assert.StartsWith("chi-tieu.xlsx[Sheet1]!A1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Kế hoạch\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Thực hiện", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadNumber_IsAnErrorNamingItsCell()
    {
        var path = Workbook("chi-tieu.xlsx", [],
            (1, ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"]),
            (2, [1, "Diện tích", "ha", 12278.27]),
            (7, [2, "Năng suất", "tạ/ha", "124,46 tạ"]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"));

        Assert.Single(result.Indicators);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.SheetBadNumber, 7, 4), (error.Severity, error.Code, error.Line, error.Column));
        Assert.StartsWith("chi-tieu.xlsx[Sheet1]!D7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"124,46 tạ\"", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"{path}(7,4): error RG138: {error.Message}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorWithoutAResult_IsAnErrorAtTheEmptyCell()
    {
        var path = Workbook("chi-tieu.xlsx", [], (1, ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]), (2, ["Diện tích", "ha", 12000, null]));

        var error = Assert.Single(IndicatorSheet.Read(path, From("chi-tieu.xlsx")).Diagnostics);

        Assert.Equal((Severity.Error, DiagnosticCodes.SheetMissingValue, 2, 4), (error.Severity, error.Code, error.Line, error.Column));
        Assert.StartsWith("chi-tieu.xlsx[Sheet1]!D2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PercentThatDisagreesWithTheRow_IsAWarningAtItsCell_AndABadAssessmentToo()
    {
        var path = Workbook("chi-tieu.xlsx", [],
            (1, ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "TH/KH (%)", "Đánh giá"]),
            (2, ["Diện tích", "ha", 12000, 12278.27, 102.3, "Đạt"]),
            (3, ["Năng suất", "tạ/ha", 120, 124.46, 110, "tốt"]));

        var result = IndicatorSheet.Read(path, From("chi-tieu.xlsx"));

        Assert.Equal(2, result.Indicators.Count);
        Assert.Collection(result.Diagnostics.OrderBy(d => d.Column),
            d => Assert.Equal((DiagnosticCodes.SheetComparisonDisagrees, 3, 5, Severity.Warning), (d.Code, d.Line, d.Column, d.Severity)),
            d => Assert.Equal((DiagnosticCodes.SheetBadAssessment, 3, 6, Severity.Warning), (d.Code, d.Line, d.Column, d.Severity)));
        Assert.Contains("103,72", result.Diagnostics.First(d => d.Column == 5).Message, StringComparison.Ordinal);
        Assert.Null(result.Indicators[1].Achieved);
    }

    [Fact]
    public void Csv_SeparatedByCommas_ReadsADotAsTheDecimalMark()
    {
        var path = Path.Combine(_folder, "chi-tieu.csv");
        File.WriteAllText(path, "Chi tieu,DVT,Thuc hien,Ke hoach\nDiện tích,ha,12.278,\"12,000\"\nNăng suất,tạ/ha,\"1,124.46\",\n");

        var result = IndicatorSheet.Read(path, new IndicatorsFrom { File = "chi-tieu.csv" });

        Assert.Empty(result.Diagnostics);
        Assert.Equal([12.278m, 1124.46m], result.Indicators.Select(i => i.Value));
        Assert.Equal([12000m, null], result.Indicators.Select(i => i.Plan));
        Assert.Equal("chi-tieu.csv", result.Reading!.Where);
    }

    [Fact]
    public void Meeting_IndicatorsAndAgendaFrom_FillTheModelAtLoading_AndAreReported()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        var seeds = ReportGen.Tests.RepositoryRoot.Of("seeds", "2021");
        foreach (var md in Directory.EnumerateFiles(seeds, "*.md"))
        {
            File.Copy(md, Path.Combine(data, Path.GetFileName(md)));
        }
        File.WriteAllText(Path.Combine(data, "chi-tieu.csv"), "Chỉ tiêu;ĐVT;Thực hiện\nDiện tích lúa;ha;8.456,5\n", new System.Text.UTF8Encoding(true));
        File.WriteAllText(Path.Combine(data, "chuong-trinh.csv"), "Thời gian;Nội dung;Người trình bày\n13:30;Đón tiếp đại biểu;Văn phòng\n");
        var text = File.ReadAllText(Path.Combine(seeds, "xuan-truong.yaml"));
        text = text.Replace("      indicators:\n        - name: Tổng diện tích gieo trồng",
            "      indicators_from: { file: chi-tieu.csv }\n      indicators:\n        - name: Tổng diện tích gieo trồng", StringComparison.Ordinal);
        text = text.Replace("  agenda:", "  agenda_from: { file: chuong-trinh.csv }\n  agenda:", StringComparison.Ordinal);
        var yaml = Path.Combine(data, "xuan-truong.yaml");
        File.WriteAllText(yaml, text);

        var result = DataLoader.CheckFile(yaml);

        Assert.True(result.Value is Meeting, string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column} {d.Message}")));
        var meeting = (Meeting)result.Value!;
        var field = meeting.Results.Fields[0];
        Assert.Equal(("Diện tích lúa", 8456.5m), (field.Indicators[^1].Name, field.Indicators[^1].Value));
        Assert.Equal("Tổng diện tích gieo trồng", field.Indicators[0].Name); // the data's own indicators first
        Assert.Equal(("13:30", "Đón tiếp đại biểu", "Văn phòng"), (meeting.Info.Agenda[^1].Time, meeting.Info.Agenda[^1].Item, meeting.Info.Agenda[^1].By));
        Assert.Equal(["chi-tieu.csv", "chuong-trinh.csv"], meeting.SheetsRead.Select(r => r.Where).Order(StringComparer.Ordinal));

        File.WriteAllText(yaml, text.Replace("file: chi-tieu.csv", "file: ../chi-tieu.csv", StringComparison.Ordinal));
        var outside = DataLoader.CheckFile(yaml);
        Assert.Null(outside.Value);
        Assert.Contains(outside.Diagnostics, d => d.Code == DiagnosticCodes.DocumentFileOutside);

        // Written in another case than on disk (it works on Windows): found like every other referenced file, with RG148.
        File.WriteAllText(yaml, text.Replace("file: chi-tieu.csv", "file: Chi-Tieu.csv", StringComparison.Ordinal)
            .Replace("file: chuong-trinh.csv", "file: CHUONG-TRINH.csv", StringComparison.Ordinal));
        var otherCase = DataLoader.CheckFile(yaml);
        Assert.True(otherCase.Value is Meeting, string.Join("\n", otherCase.Diagnostics));
        var found = (Meeting)otherCase.Value!;
        Assert.Equal("Diện tích lúa", found.Results.Fields[0].Indicators[^1].Name);
        Assert.Equal("Đón tiếp đại biểu", found.Info.Agenda[^1].Item);
        Assert.Equal(2, otherCase.Diagnostics.Count(d => d.Code == DiagnosticCodes.FileNameCaseDiffers));
    }
}
