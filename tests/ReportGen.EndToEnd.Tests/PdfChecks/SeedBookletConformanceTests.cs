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
}
