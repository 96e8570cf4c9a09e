using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Import;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// The names of an award kept in Excel or saved as CSV (issue 16): a workbook made here with the Open XML SDK as the
/// emulation office fills it (headings without diacritics, a blank row, a total row, a row with no name), a CSV file,
/// a list of 12 000 names, and the names filled into the award at loading, still counted against 'count' (RG089).
/// </summary>
public sealed class AwardSheetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-award-sheet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string MakeWorkbook(string name, string sheetName, params (int Row, string?[] Cells)[] rows) =>
        ReportGen.Tests.TestWorkbook.Write(Path.Combine(_folder, name), "Bằng khen" == sheetName ? sheetName : "Sheet1", [],
            [.. rows.Select(r => (r.Row, r.Cells.Cast<object?>().ToArray()))]);

    [Fact]
    public void Workbook_MapsItsHeadingsWithoutDiacritics_SkipsBlankAndTotalRows_AndSaysTheRowWithoutAName()
    {
        var path = MakeWorkbook("khen-thuong.xlsx", "Bằng khen",
            (1, ["STT", "Doi tuong", "Ten tap the, ca nhan", "Chuc vu", "Don vi"]),
            (2, ["1", "ca nhan", "Vũ Thị Hằng", "Hiệu trưởng", "Trường Tiểu học Yên Lương"]),
            (3, ["2", "Tập thể", "Nhân dân và cán bộ xã Yên Tiến", null, null]),
            (4, [null, null, " ", null, null]),
            (5, ["3", "ca nhan", null, "Chủ tịch", "UBND xã Yên Bằng"]),
            (6, ["4", "nhóm", "Phòng Giáo dục và Đào tạo", null, "UBND huyện Ý Yên"]),
            (7, ["Tổng cộng", null, "3", null, null]));

        var result = AwardSheet.Read(path, new NamesFrom { File = "khen-thuong.xlsx", Sheet = "Bằng khen", HeaderRow = 1 },
            [RecipientKind.Collective, RecipientKind.Individual]);

        Assert.Equal(
            [("Vũ Thị Hằng", RecipientKind.Individual, "Hiệu trưởng, Trường Tiểu học Yên Lương"),
             ("Nhân dân và cán bộ xã Yên Tiến", RecipientKind.Collective, null),
             ("Phòng Giáo dục và Đào tạo", RecipientKind.Individual, "UBND huyện Ý Yên")],
            result.Names.Select(n => (n.Name, n.Kind, n.Unit)).ToList());
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SheetRowWithoutName);
        Assert.Equal(Severity.Warning, missing.Severity);
        Assert.Equal((5, 3), (missing.Line, missing.Column));
        Assert.StartsWith("khen-thuong.xlsx[Bằng khen]!C5", missing.Message, StringComparison.Ordinal);
        var kind = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SheetBadRecipientKind);
        Assert.StartsWith("khen-thuong.xlsx[Bằng khen]!B6", kind.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void Csv_WithAJoinedPositionAndUnit_TakesTheAwardsOnlyKind_AndWithoutANameColumnIsAnError()
    {
        var path = Path.Combine(_folder, "khen-thuong.csv");
        File.WriteAllText(path, "STT;\"Tập thể, cá nhân\";\"Chức vụ, đơn vị\"\r\n1;Trường Tiểu học Yên Tiến;Phòng Giáo dục\r\n2;Trạm Y tế xã Yên Bằng;\r\n",
            new System.Text.UTF8Encoding(true));

        var result = AwardSheet.Read(path, new NamesFrom { File = "khen-thuong.csv" }, [RecipientKind.Collective]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [("Trường Tiểu học Yên Tiến", RecipientKind.Collective, "Phòng Giáo dục"), ("Trạm Y tế xã Yên Bằng", RecipientKind.Collective, null)],
            result.Names.Select(n => (n.Name, n.Kind, n.Unit)).ToList());

        File.WriteAllText(path, "STT;Đơn vị\r\n1;Xã Yên Tiến\r\n");
        var error = Assert.Single(AwardSheet.Read(path, new NamesFrom { File = "khen-thuong.csv" }).Diagnostics);
        Assert.Equal((DiagnosticCodes.SheetWithoutNameColumn, Severity.Error), (error.Code, error.Severity));
    }

    [Fact]
    public void Csv_TotalRows_InEverySpelling_AreSkipped_AndNamesThatStartLikeThem_AreKept()
    {
        // Totals as offices type them: capitals, no diacritics, decomposed marks (NFD), a colon, two spaces; and names and
        // units whose first letters are those of a total, which are names all the same.
        string[] totals = ["Tổng cộng", "TỔNG CỘNG:", "Tong cong", "Tổng cộng".Normalize(System.Text.NormalizationForm.FormD), "Tổng  cộng",
            "Cộng", "cộng:", "Tổng số"];
        string[] names = ["Công an xã Yên Tiến", "Chuyên viên Trần Văn Tổng", "Trường Tiểu học Yên Cường", "Tô Thị Cộng", "Cô Nguyễn Thị Tông",
            "To Văn Cong", "C", "T", "Tạ Thị Tổng", "Cù Văn Cộng"];
        var text = new System.Text.StringBuilder("STT;Họ và tên;Đơn vị\r\n");
        for (var i = 0; i < names.Length; i++)
        {
            text.Append(i + 1).Append(';').Append(names[i]).Append(";Xã Yên Tiến\r\n");
            text.Append(';').Append(totals[i % totals.Length]).Append(";\r\n");
        }
        var path = Path.Combine(_folder, "khen-thuong.csv");
        File.WriteAllText(path, text.ToString(), new System.Text.UTF8Encoding(true));

        var result = AwardSheet.Read(path, new NamesFrom { File = "khen-thuong.csv" }, [RecipientKind.Individual]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(names, result.Names.Select(n => n.Name));
    }

    [Fact]
    public void Csv_OfTwelveThousandNames_IsRead()
    {
        var path = Path.Combine(_folder, "huy-hieu.csv");
        var text = new System.Text.StringBuilder("STT,Họ và tên,Đơn vị\n");
        for (var i = 1; i <= 12_000; i++)
        {
            text.Append(i).Append(",Nguyễn Văn ").Append(i).Append(",Chi bộ thôn ").Append(i % 50).Append('\n');
        }
        File.WriteAllText(path, text.ToString());

        var result = AwardSheet.Read(path, new NamesFrom { File = "huy-hieu.csv" }, [RecipientKind.PartyMember]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(12_000, result.Names.Count);
        Assert.All(result.Names, n => Assert.Equal(RecipientKind.PartyMember, n.Kind));
        Assert.Equal("Nguyễn Văn 12000", result.Names[^1].Name);
    }

    [Fact]
    public void Meeting_NamesFrom_FillsTheAwardAtLoading_IsCountedAgainstCount_AndOutsideTheFolderIsRefused()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "khen-thuong.csv"),
            "STT;Họ và tên;\"Chức vụ, đơn vị\"\n1;Vũ Thị Hằng;Hiệu trưởng Trường Tiểu học Yên Lương\n2;Nguyễn Văn Bình;Chủ tịch UBND xã Yên Bằng\n3;;Xã Yên Tiến\n");
        var seeds = Path.Combine(FindRepository(), "seeds", "2021");
        foreach (var md in Directory.EnumerateFiles(seeds, "*.md"))
        {
            File.Copy(md, Path.Combine(data, Path.GetFileName(md)));
        }
        var yaml = Path.Combine(data, "y-yen.yaml");
        File.WriteAllText(yaml, WithNamesFrom(File.ReadAllText(Path.Combine(seeds, "y-yen.yaml")), "khen-thuong.csv"));

        var result = DataLoader.CheckFile(yaml);

        Assert.True(result.Value is Meeting, string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column} {d.Message}")));
        var award = ((Meeting)result.Value!).Emulation.Awards[0];
        Assert.Equal(["Vũ Thị Hằng", "Nguyễn Văn Bình"], award.Names.Select(n => n.Name).ToList());
        Assert.All(award.Names, n => Assert.Equal(RecipientKind.Individual, n.Kind)); // mixed award: a unit makes an individual
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SheetRowWithoutName && d.Message.StartsWith("khen-thuong.csv!B4", StringComparison.Ordinal));
        // The count says 4, the sheet gave 2: said at the award's 'count', as for a list in the data.
        var count = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DocumentAwardNamesCount);
        Assert.Contains("2", count.Message, StringComparison.Ordinal);
        Assert.Equal("      count: 4", File.ReadAllLines(yaml)[count.Line - 1]);

        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: khen-thuong.csv", "file: ../khen-thuong.csv", StringComparison.Ordinal));
        var outside = DataLoader.CheckFile(yaml);
        Assert.Null(outside.Value);
        Assert.Contains(outside.Diagnostics, d => d.Code == DiagnosticCodes.DocumentFileOutside);
    }

    /// <summary>Ý Yên's data with the names of its first award ("Bằng khen") replaced by a sheet.</summary>
    internal static string WithNamesFrom(string text, string file)
    {
        var start = text.IndexOf("      names:", text.IndexOf("  awards:", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("    - title:", start, StringComparison.Ordinal);
        return text[..start] + $"      names_from: {{ file: {file}, header_row: 1 }}\n" + text[end..];
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
