using ReportGen.Build;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

public sealed class PrintPlanTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    [Fact]
    public void PrintPlan_ListsPagesSheetsCopiesAndTotals_FromThePrintFilesAndTheData()
    {
        var plan = build.Text("print-plan.md");
        var rows = plan.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        var expectedTotal = 0;
        foreach (var (id, copies) in new[] { ("y-yen-2021", 350 + 20), ("xuan-truong-2021", 280 + 15) })
        {
            using var pdf = PdfDocument.Open(build.PathOf($"{id}/booklet-print.pdf"));
            var sheets = pdf.NumberOfPages / 2; // two sides to a sheet
            var row = rows.Single(r => r.StartsWith($"| {id} |", StringComparison.Ordinal));
            var cells = row.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            Assert.Equal((sheets * 4).ToString(), cells[2]);
            // One blank page in each: the one before the report, which opens on a right-hand page (page 5); the
            // booklet has room for it in its last sheet, so it costs no paper (the padding pages would be blank).
            Assert.Equal("1", cells[3]);
            Assert.Equal(sheets.ToString(), cells[4]);
            Assert.Equal(copies.ToString(), cells[5]);
            Assert.Equal(ReportGen.Templating.Formatting.VietnameseFormat.Number(sheets * copies), cells[6]);
            Assert.Equal("0", cells[7]);
            expectedTotal += sheets * copies;
        }
        Assert.Contains($"**{ReportGen.Templating.Formatting.VietnameseFormat.Number(expectedTotal)}**", rows.Single(r => r.Contains("Tổng cộng", StringComparison.Ordinal)));
        Assert.Contains("in hai mặt lật theo cạnh ngắn", plan);
    }

    [Fact]
    public void PrintPlan_WithoutADelegateCount_SaysSo_NeverASilentZero()
    {
        var plan = PrintPlan.ToMarkdown([new PrintJob("a-2025", "xã A", 3, 10, NoDelegates: true), new PrintJob("b-2025", "xã B", 2, 50)]);
        Assert.Contains("| a-2025 | xã A | 12 | 0 | 3 | 10 (chưa có số đại biểu) | 30 | 0 |", plan, StringComparison.Ordinal);
        Assert.Contains("| b-2025 | xã B | 8 | 0 | 2 | 50 | 100 | 0 |", plan, StringComparison.Ordinal);
        Assert.Contains("a-2025 chưa ghi số đại biểu", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("b-2025 chưa ghi", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintPlan_SaysWhatRightHandStartsCost_AndWhereToChangeIt()
    {
        var plan = PrintPlan.ToMarkdown([new PrintJob("a-2025", "xã A", 6, 300) { BlankPages = 3, SheetsForBlanks = 1 }]);
        Assert.Contains("| a-2025 | xã A | 24 | 3 | 6 | 300 | 1.800 | 300 |", plan, StringComparison.Ordinal);
        Assert.Contains("tốn thêm 300 tờ A4", plan, StringComparison.Ordinal);
        Assert.Contains("right_hand_starts", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteUrl_PutsTheMeetingPagesAddressAndQrCodeOnThePrintedBackCover()
    {
        var output = Path.Combine(Path.GetTempPath(), "reportgen-qr-" + Guid.NewGuid().ToString("N"));
        try
        {
            SiteBuilder.Run(new BuildOptions(Path.Combine(build.RepositoryRoot, "seeds"), Path.Combine(build.RepositoryRoot, "templates"), output,
                SiteUrl: "https://vanphong.example.vn/hoi-nghi/"));
            using var pdf = PdfDocument.Open(Path.Combine(output, "y-yen-2021", "booklet-print.pdf"));
            // Sheet 1 front, left half: the back cover.
            var front = pdf.GetPage(1);
            var backCover = string.Concat(front.Letters.Where(l => l.BoundingBox.Centroid.X < front.Width / 2).Select(l => l.Value));
            Assert.Contains("https://vanphong.example.vn/hoi-nghi/y-yen-2021/", backCover);
            // Without the option the back cover is blank (the shared build has no site address).
            using var plain = PdfDocument.Open(build.PathOf("y-yen-2021/booklet-print.pdf"));
            var plainFront = plain.GetPage(1);
            Assert.DoesNotContain(plainFront.Letters, l => l.BoundingBox.Centroid.X < plainFront.Width / 2);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, true);
            }
        }
    }
}
