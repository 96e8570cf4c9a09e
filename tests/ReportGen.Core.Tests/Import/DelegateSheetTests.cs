using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Import;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// A delegate list kept in Excel or saved as CSV: workbooks made here with the Open XML SDK the way offices fill
/// them (headings without diacritics in their own order, a number cell, a blank row, a total row, a row with no
/// name), read into the delegates of the list with each problem at its cell.
/// </summary>
public sealed class DelegateSheetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-sheet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string MakeWorkbook(string name, string sheetName, params (int Row, object?[] Cells)[] rows) =>
        // The heading "Họ và tên" merged over two cells, as offices often do.
        ReportGen.Tests.TestWorkbook.Write(Path.Combine(_folder, name), name.EndsWith(".xlsm", StringComparison.Ordinal)
            ? SpreadsheetDocumentType.MacroEnabledWorkbook
            : SpreadsheetDocumentType.Workbook, sheetName, ["C1:D1"], rows);

    /// <summary>Headings without diacritics, in another order: rank, unit, name (merged over C:D), position.</summary>
    private string OfficeWorkbook() => MakeWorkbook("dai-bieu.xlsx", "Sheet1",
        (1, ["STT", "Xep", "Ho va ten", null, "chuc vu", "Don vi cong tac"]),
        (2, [1, 2, "Phạm Văn Tâm", null, "Bí thư", "Huyện ủy Xuân Trường"]),
        (3, [2, 1, "Hoàng Văn Nam", null, "Phó Chủ tịch", "UBND tỉnh Nam Định"]),
        (4, [null, null, "  ", null, null, null]),
        (5, [3, 2, "Lê Thị Hoa", null, null, "Ban Tuyên giáo"]),
        (6, [4, 3, null, null, "Trưởng phòng", "Phòng Nội vụ"]),
        (7, [5, null, null, null, null, null]),
        (8, ["Tổng cộng", null, "3 đại biểu", null, null, null]));

    [Fact]
    public void Workbook_MapsItsColumnsByTheirHeadings_AndReadsTheDelegates()
    {
        var path = OfficeWorkbook();

        var result = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsx", Sheet = "Sheet1" });

        Assert.Equal(DelegateColumn.Ignored, result.Columns[1]);
        Assert.Equal(DelegateColumn.Rank, result.Columns[2]);
        Assert.Equal(DelegateColumn.Name, result.Columns[3]);
        Assert.Equal(DelegateColumn.Position, result.Columns[5]);
        Assert.Equal(DelegateColumn.Unit, result.Columns[6]);
        Assert.Collection(result.Delegates,
            d => { Assert.Equal(2, d.Rank); Assert.Equal("Phạm Văn Tâm", d.Name); Assert.Equal("Bí thư", d.Position); Assert.Equal("Huyện ủy Xuân Trường", d.Unit); },
            d => { Assert.Equal(1, d.Rank); Assert.Equal("Hoàng Văn Nam", d.Name); Assert.Equal("UBND tỉnh Nam Định", d.Unit); },
            d => { Assert.Equal(2, d.Rank); Assert.Equal("Lê Thị Hoa", d.Name); Assert.Null(d.Position); });
    }

    [Fact]
    public void Workbook_RowWithoutAName_IsAWarningAtItsCell()
    {
        var path = OfficeWorkbook();

        var result = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsx", Sheet = "sheet1" });

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.SheetRowWithoutName, warning.Code);
        Assert.StartsWith("dai-bieu.xlsx[Sheet1]!C6: ", warning.Message, StringComparison.Ordinal);
        Assert.Equal(path, warning.File);
        Assert.Equal(6, warning.Line);
        Assert.Equal(3, warning.Column);
    }

    [Fact]
    public void Workbook_WithoutARankColumn_GivesRankOne_AndABadRankIsSaid()
    {
        var noRank = MakeWorkbook("khong-xep.xlsx", "DS", (1, ["TT", "Họ tên", "Cơ quan"]), (2, [1, "Nguyễn Văn An", "Xã Xuân Ngọc"]));
        var badRank = MakeWorkbook("sai-xep.xlsx", "DS", (1, ["Thứ tự nghi thức", "Tên"]), (2, ["hai", "Trần Văn Bình"]));

        var plain = DelegateSheet.Read(noRank, new DelegatesFrom { File = "khong-xep.xlsx" });
        var wrong = DelegateSheet.Read(badRank, new DelegatesFrom { File = "sai-xep.xlsx" });

        var entry = Assert.Single(plain.Delegates);
        Assert.Equal((1, "Nguyễn Văn An", "Xã Xuân Ngọc"), (entry.Rank, entry.Name, entry.Unit));
        Assert.Empty(plain.Diagnostics);
        Assert.Equal(DelegateSheet.UnrankedRank, Assert.Single(wrong.Delegates).Rank);
        Assert.StartsWith("sai-xep.xlsx[DS]!A2: ", Assert.Single(wrong.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_WithoutANameColumn_OrTheSheet_IsAnError()
    {
        var path = MakeWorkbook("dai-bieu.xlsx", "Sheet1", (1, ["STT", "Chức vụ"]), (2, [1, "Bí thư"]));

        var noName = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsx" });
        var noSheet = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsx", Sheet = "Danh sách" });

        var error = Assert.Single(noName.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.SheetWithoutNameColumn, 1), (error.Severity, error.Code, error.Line));
        Assert.Contains("dai-bieu.xlsx[Sheet1]!A1", error.Message, StringComparison.Ordinal);
        var refused = Assert.Single(noSheet.Diagnostics);
        Assert.Equal(DiagnosticCodes.SheetRefused, refused.Code);
        Assert.Contains("Sheet1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAWorkbook_IsRefusedBeforeItIsOpened()
    {
        var path = Path.Combine(_folder, "dai-bieu.xlsx");
        File.WriteAllText(path, "STT,Họ và tên\n1,Nguyễn Văn An\n");

        var result = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsx" });

        Assert.Empty(result.Delegates);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.SheetRefused), (error.Severity, error.Code));
        Assert.Contains("dai-bieu.xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MacroWorkbook_IsReadForItsValues()
    {
        var path = MakeWorkbook("dai-bieu.xlsm", "Sheet1", (1, ["Họ và tên", "Đơn vị"]), (2, ["Nguyễn Văn An", "Xã Xuân Ngọc"]));

        var result = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsm" });

        Assert.Equal("Nguyễn Văn An", Assert.Single(result.Delegates).Name);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ZipBomb_IsRefusedBeforeItIsUnpacked()
    {
        var path = Path.Combine(_folder, "dai-bieu.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 70; i++)
            {
                stream.Write(zeros);
            }
        }

        var error = Assert.Single(DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.xlsx" }).Diagnostics);

        Assert.Equal(DiagnosticCodes.SheetRefused, error.Code);
        Assert.Contains("64 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WithTooManyRows_IsRefused()
    {
        var path = Path.Combine(_folder, "dai-bieu.csv");
        File.WriteAllText(path, "Họ và tên\n" + string.Concat(Enumerable.Range(1, SheetTable.MaxRows + 1).Select(i => $"Người {i}\n")));

        var error = Assert.Single(DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.csv" }).Diagnostics);

        Assert.Equal((Severity.Error, DiagnosticCodes.SheetRefused), (error.Severity, error.Code));
        Assert.Contains("20000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WithSemicolonsQuotesAndABom_IsRead()
    {
        var path = Path.Combine(_folder, "dai-bieu.csv");
        File.WriteAllText(path,
            "\"Họ và tên\";\"Chức vụ\";\"Đơn vị\";Thứ tự\r\n" +
            "\"Nguyễn Văn An\";\"Bí thư; kiêm Chủ tịch HĐND\";\"Đảng ủy xã \"\"Xuân Ngọc\"\"\";3\r\n" +
            ";;;\r\n" +
            "Trần Thị Bình;Phó Chủ tịch;UBND xã Xuân Hòa;1\r\n" +
            ";Trưởng ban;Ban Dân vận;2\r\n" +
            "Cộng;;;\r\n",
            new System.Text.UTF8Encoding(true));

        var result = DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.csv", Sheet = "ignored" });

        Assert.Collection(result.Delegates,
            d => { Assert.Equal((3, "Nguyễn Văn An", "Bí thư; kiêm Chủ tịch HĐND", "Đảng ủy xã \"Xuân Ngọc\""), (d.Rank, d.Name, d.Position, d.Unit)); },
            d => { Assert.Equal((1, "Trần Thị Bình"), (d.Rank, d.Name)); });
        var warning = Assert.Single(result.Diagnostics);
        Assert.StartsWith("dai-bieu.csv!A5: ", warning.Message, StringComparison.Ordinal);
        Assert.Equal((5, 1), (warning.Line, warning.Column));
    }

    [Fact]
    public void Csv_WithCommas_IsRead()
    {
        var path = Path.Combine(_folder, "dai-bieu.csv");
        File.WriteAllText(path, "Ten,Chuc vu,Co quan\n\"Lê Văn Cường\",\"Chủ tịch, Bí thư\",Xã Xuân Vinh\n");

        var entry = Assert.Single(DelegateSheet.Read(path, new DelegatesFrom { File = "dai-bieu.csv" }).Delegates);

        Assert.Equal(("Lê Văn Cường", "Chủ tịch, Bí thư", "Xã Xuân Vinh", 1), (entry.Name, entry.Position, entry.Unit, entry.Rank));
    }

    [Fact]
    public void Meeting_DelegatesFrom_FillsTheListAtLoading_AndOutsideTheFolderIsRefused()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "dai-bieu.csv"), "Họ và tên;Chức vụ;Đơn vị\nNguyễn Văn An;Bí thư;Đảng ủy xã Xuân Ngọc\n;Phó Bí thư;Xã Xuân Hòa\n");
        var seeds = Path.Combine(FindRepository(), "seeds", "2021");
        foreach (var md in Directory.EnumerateFiles(seeds, "*.md"))
        {
            File.Copy(md, Path.Combine(data, Path.GetFileName(md)));
        }
        var seed = Path.Combine(seeds, "xuan-truong.yaml");
        var text = File.ReadAllText(seed);
        var start = text.IndexOf("    delegates:", text.IndexOf("kind: delegate-list", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        var yaml = Path.Combine(data, "xuan-truong.yaml");
        File.WriteAllText(yaml, text[..start] + "    delegates_from: { file: dai-bieu.csv }\n" + (end < 0 ? "" : text[(end + 1)..]));

        var result = DataLoader.CheckFile(yaml);

        Assert.True(result.Value is Meeting, string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column} {d.Message}")));
        var meeting = (Meeting)result.Value!;
        var list = meeting.Documents.Single(d => d.Kind == DocumentKind.DelegateList);
        Assert.Equal("Nguyễn Văn An", Assert.Single(list.Delegates).Name);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SheetRowWithoutName && d.Message.StartsWith("dai-bieu.csv!A3", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DocumentWithoutDelegates);

        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: dai-bieu.csv", "file: ../dai-bieu.csv", StringComparison.Ordinal));
        var outside = DataLoader.CheckFile(yaml);
        Assert.Null(outside.Value);
        Assert.Contains(outside.Diagnostics, d => d.Code == DiagnosticCodes.DocumentFileOutside);
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "seeds", "2021")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("seeds/2021");
    }
}
