using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Tests.PdfChecks;

namespace ReportGen.EndToEnd.Tests.PdfChecks;

/// <summary>
/// The seed booklets as built (reading copy and print copy) break none of the PDF/A-2 and PDF/UA-1 rules the checker
/// knows.
/// </summary>
public sealed class SeedBookletConformanceTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    public static TheoryData<string> Booklets() =>
    [
        "y-yen-2021/booklet.pdf",
        "y-yen-2021/booklet-print.pdf",
        "xuan-truong-2021/booklet.pdf",
        "xuan-truong-2021/booklet-print.pdf",
    ];

    [Theory]
    [MemberData(nameof(Booklets))]
    public void SeedBooklet_BreaksNoRuleTheCheckerKnows(string booklet)
    {
        var violations = PdfChecker.Check(build.PathOf(booklet));
        Assert.True(violations.Count == 0, $"{booklet}:\n" + string.Join("\n", violations.Take(40)));
    }

    /// <summary>
    /// Read through its structure by a second reader (poppler), the booklet's words stay apart where a line breaks
    /// and where a contents entry's dot leaders (artifacts) stand between its title and its page number.
    /// </summary>
    [Fact]
    public void StructureText_KeepsWordsApart_AcrossLineBreaksAndLeaders()
    {
        var info = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true };
        info.ArgumentList.Add("-struct-text");
        info.ArgumentList.Add(build.PathOf("y-yen-2021/booklet.pdf"));
        using var process = Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // The cover's title is set on four lines (issue 14's balanced breaks); read as one heading.
        Assert.Contains("\"TỔNG KẾT CÔNG TÁC ĐẢNG, CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2020, TRIỂN KHAI NHIỆM VỤ NĂM 2021\"", text, StringComparison.Ordinal);
        Assert.Matches(new Regex("\"CHƯƠNG TRÌNH HỘI NGHỊ [0-9]+\""), text);
        Assert.DoesNotContain("TÁCTHI", text, StringComparison.Ordinal);
    }
}
