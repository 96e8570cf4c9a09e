using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Localization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests;

/// <summary>
/// A meeting's <c>documents:</c>: a content file must stay inside the data file's folder, exist and be
/// UTF-8; issuers and awards must be the meeting's own. Each problem at its line and column.
/// </summary>
public sealed class DocumentValidationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rg-documents-").FullName;
    private readonly string _data;

    public DocumentValidationTests()
    {
        _data = Path.Combine(_root, "data");
        Directory.CreateDirectory(Path.Combine(_data, "tham-luan"));
        File.WriteAllText(Path.Combine(_data, "tham-luan", "yen-tien.md"), "# Kết quả\n\nNội dung.\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(_root, "secret.md"), "outside", new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(_data, "latin1.md"), Encoding.Latin1.GetBytes("Tham lu\u00E2n"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Head = """
        id: test-2021
        unit:
          name: Ý Yên
          level: huyện
        issuers:
          - name: Huyện ủy Ý Yên
            short_name: Huyện ủy
            kind: party
          - name: Ủy ban nhân dân huyện Ý Yên
            short_name: UBND
            kind: government
        meeting:
          title: tổng kết năm 2020
          year: 2020
          date: 2021-01-23
          place: Ý Yên
          delegates: 100
        emulation:
          awards:
            - title: Bằng khen
              level: national
              count: 1
        documents:

        """;

    private FileCheck Check(string documents)
    {
        var path = Path.Combine(_data, "meeting.yaml");
        File.WriteAllText(path, Head + documents, new UTF8Encoding(false));
        return DataLoader.CheckFile(path);
    }

    /// <summary>The 1-based line of the first line of <paramref name="documents"/> holding <paramref name="text"/>.</summary>
    private static int LineOf(string documents, string text) =>
        Head.Split('\n').Length - 1 + documents.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void AFileInsideTheDataFolder_IsAccepted_AndLoaded()
    {
        var check = Check("  - kind: contribution\n    file: tham-luan/yen-tien.md\n    author: Đồng chí A\n    unit: Đảng bộ xã Yên Tiến\n");
        var meeting = Assert.IsType<Meeting>(check.Value);
        Assert.Empty(check.Diagnostics);
        Assert.Equal(DocumentKind.Contribution, meeting.Documents.Single().Kind);
    }

    [Theory]
    [InlineData("../secret.md", "RG082")]
    [InlineData("tham-luan/../../secret.md", "RG082")]
    [InlineData("..\\\\secret.md", "RG082")]
    [InlineData("/etc/passwd", "RG081")]
    [InlineData("C:/Windows/win.ini", "RG081")]
    [InlineData("khong-co.md", "RG083")]
    [InlineData("latin1.md", "RG084")]
    public void ABadFile_IsReportedAtItsValue(string file, string code)
    {
        var documents = $"  - kind: markdown\n    title: PHỤ LỤC\n    file: \"{file}\"\n";
        var check = Check(documents);

        Assert.Null(check.Value);
        var error = Assert.Single(check.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(LineOf(documents, "file:"), error.Line);
        Assert.Equal(11, error.Column); // the value, after "    file: "
        Assert.EndsWith("meeting.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void AContributionWithoutAFile_IsAnError_AtTheDocument()
    {
        var documents = "  - kind: contribution\n    author: Đồng chí A\n    unit: Đảng bộ xã Yên Tiến\n";
        var error = Assert.Single(Check(documents).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("RG080", LineOf(documents, "kind: contribution"), 5), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void AnUnknownIssuerOrAward_IsAnError_NamingTheKnownOnes()
    {
        var documents = "  - kind: report\n    issuer: HĐND\n  - kind: award-decision\n    issuer: UBND\n    awards: [Bằng khen, Giấy khen]\n";
        var errors = Check(documents).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("RG085", LineOf(documents, "issuer: HĐND"), 13), (errors[0].Code, errors[0].Line, errors[0].Column));
        Assert.Contains("Huyện ủy, UBND", errors[0].Message, StringComparison.Ordinal);
        // "Giấy khen", the second of the list, is not among the awards.
        Assert.Equal(("RG086", LineOf(documents, "awards:"), 25), (errors[1].Code, errors[1].Line, errors[1].Column));
    }

    [Fact]
    public void AnAwardNamedWithItsGiver_IsKnown_AndAnotherGiverIsNot()
    {
        // Two awards may share a title (a People's Committee's giấy khen, a Party committee's): the decision names one
        // by title and giver, as the booklet writes it.
        var text = Head.Replace("      level: national\n", "      giver: Thủ tướng Chính phủ\n      level: national\n", StringComparison.Ordinal);
        var path = Path.Combine(_data, "meeting.yaml");
        File.WriteAllText(path, text + "  - kind: award-decision\n    awards: [Bằng khen của Thủ tướng Chính phủ]\n", new UTF8Encoding(false));
        Assert.DoesNotContain(DataLoader.CheckFile(path).Diagnostics, d => d.Severity == Severity.Error);

        File.WriteAllText(path, text + "  - kind: award-decision\n    awards: [Bằng khen của Chủ tịch UBND tỉnh]\n", new UTF8Encoding(false));
        Assert.Equal("RG086", Assert.Single(DataLoader.CheckFile(path).Diagnostics, d => d.Severity == Severity.Error).Code);
    }

    [Fact]
    public void ADecisionsListThatDisagreesWithTheCount_IsAWarning_AtTheCount()
    {
        var text = Head.Replace("      count: 1\n", "      count: 2\n      names:\n        - name: Nguyễn Văn An\n          kind: individual\n", StringComparison.Ordinal)
            + "  - kind: award-decision\n";
        var path = Path.Combine(_data, "meeting.yaml");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var check = DataLoader.CheckFile(path);

        Assert.NotNull(check.Value);
        var warning = Assert.Single(check.Diagnostics);
        Assert.Equal(("RG089", Severity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("count: 2", StringComparison.Ordinal)) + 1, warning.Line);
        Assert.Contains("Bằng khen", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDelegateList_IsAWarning()
    {
        var check = Check("  - kind: delegate-list\n");
        Assert.NotNull(check.Value);
        Assert.Equal("RG087", Assert.Single(check.Diagnostics).Code);
    }

    [Fact]
    public void Messages_SpeakEnglishToo()
    {
        using var english = Messages.Use(Language.English);
        var error = Assert.Single(Check("  - kind: markdown\n    file: ../secret.md\n").Diagnostics);
        Assert.StartsWith("The path '../secret.md' leaves the data file's folder", error.Message, StringComparison.Ordinal);
    }
}
