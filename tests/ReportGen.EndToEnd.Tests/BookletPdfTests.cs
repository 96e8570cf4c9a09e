using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

public sealed class BookletPdfTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    public static TheoryData<string> Meetings => new() { "y-yen-2021", "xuan-truong-2021" };

    private static string[] FactsOf(string id) => id == "y-yen-2021" ? SeedFacts.YYen : SeedFacts.XuanTruong;
    private static string[] ForeignNumbersOf(string id) => id == "y-yen-2021" ? SeedFacts.OnlyXuanTruong : SeedFacts.OnlyYYen;

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Booklet_ContainsEverySeedFactOfItsUnit_AsSearchableText(string id)
    {
        var text = PdfText.Body(build.PathOf($"{id}/booklet.pdf"));
        Assert.All(FactsOf(id), fact => Assert.Contains(fact, text));
        Assert.All(ForeignNumbersOf(id), fact => Assert.DoesNotContain(fact, text));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Booklet_HasCoverAgendaReportAndTables(string id)
    {
        var text = PdfText.Body(build.PathOf($"{id}/booklet.pdf"));
        Assert.Contains("TÀI LIỆU HỘI NGHỊ", text);
        Assert.Contains("CHƯƠNG TRÌNH HỘI NGHỊ", text);
        Assert.Contains("ngày 23 tháng 01 năm 2021", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", text);
        Assert.Contains("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", text);
        // The indicator table's header row: its one-line cells stand side by side on one baseline, in column
        // order (a two-line cell such as "Thực hiện" is centred on them, so its first word is not on it).
        Assert.True(PdfText.HasRow(build.PathOf($"{id}/booklet.pdf"), "STT", "Chỉ", "ĐVT"), "indicator table header");
        Assert.Contains("Thực hiện", text);
    }

    [Fact]
    public void Booklet_CoverNamesTheIssuingBodiesAndPlace_WithoutPageNumber()
    {
        using var pdf = PdfDocument.Open(build.PathOf("y-yen-2021/booklet.pdf"));
        var cover = pdf.GetPage(1);
        var coverText = string.Join(" ", cover.GetWords().Select(w => w.Text));
        Assert.Contains("HUYỆN ỦY - HĐND - UBND HUYỆN Ý YÊN", coverText);
        Assert.Contains("Ý Yên, tháng 01 năm 2021", coverText);
        Assert.Contains("TỔNG KẾT CÔNG TÁC ĐẢNG", coverText);
        Assert.DoesNotContain(cover.GetWords(), w => w.BoundingBox.Bottom > cover.Height - 56);
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Booklet_IsA4_WithPageNumbersCentredAtTheTopFromPageTwo(string id)
    {
        using var pdf = PdfDocument.Open(build.PathOf($"{id}/booklet.pdf"));
        Assert.True(pdf.NumberOfPages >= 4, $"{pdf.NumberOfPages} pages");
        var landscapeSeen = false;
        foreach (var page in pdf.GetPages())
        {
            // A4 portrait; the indicator appendix on A4 landscape, right after the report (at the end when
            // the booklet is only the agenda and the report).
            var landscape = page.Width > page.Height;
            Assert.False(landscapeSeen && landscape && page.Width < pdf.GetPage(page.Number - 1).Width, "two landscape runs");
            landscapeSeen |= landscape;
            Assert.Equal(landscape ? 842 : 595, page.Width, 0);
            Assert.Equal(landscape ? 595 : 842, page.Height, 0);
            if (page.Number == 1)
            {
                continue;
            }
            // 20 mm top margin = 56,7 pt: the number sits inside it.
            var number = Assert.Single(page.GetWords(), w => w.BoundingBox.Bottom > page.Height - 56.7);
            Assert.Equal(page.Number.ToString(), number.Text);
            // Centred over the text block (left margin 30 mm, right 15 mm).
            var centre = (number.BoundingBox.Left + number.BoundingBox.Right) / 2;
            Assert.Equal((85.04 + page.Width - 42.52) / 2, centre, 1.5);
        }
        Assert.True(landscapeSeen, "the indicator appendix is set landscape");
        var firstLandscape = pdf.GetPages().First(p => p.Width > p.Height);
        Assert.Contains("PHỤ LỤC", string.Join(" ", firstLandscape.GetWords().Select(w => w.Text)));
    }

    [Theory]
    [InlineData("y-yen-2021/booklet.pdf")]
    [InlineData("y-yen-2021/booklet-print.pdf")]
    public void Pdf_HasNoStructParents_WithoutAStructureTree(string file)
    {
        // Skia marks pages with /StructParents but writes no structure tree: a dangling reference a checker reports.
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.PathOf(file)));
        Assert.True(text.Contains("/StructTreeRoot", StringComparison.Ordinal) || !text.Contains("/StructParents", StringComparison.Ordinal),
            "/StructParents on pages with no /StructTreeRoot");
        using var pdf = PdfDocument.Open(build.PathOf(file));
        Assert.True(pdf.NumberOfPages > 1);
    }

    [Fact]
    public void Booklet_FontsAreEmbeddedSubsets_OfTheTimesCompatibleFace()
    {
        using var pdf = PdfDocument.Open(build.PathOf("xuan-truong-2021/booklet.pdf"));
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.NotEmpty(fonts);
        // "ABCDEF+Name": a subset, embedded. Liberation Serif is shipped with the program (Times New Roman is not installed here).
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+LiberationSerif", f));
        Assert.Contains(fonts, f => f.EndsWith("-Bold", StringComparison.Ordinal));
        // The build says which face and why: the shipped one, since this machine has no Times New Roman.
        Assert.Equal(Localization.Messages.FontUsedShipped("Liberation Serif", "Times New Roman",
            Path.Combine(Layout.Fonts.FontLibrary.ShippedFontDirectory(), "LiberationSerif-Regular.ttf")), build.Report.FontUsed);
        // Subset, not merely named so: one whole Liberation Serif face is about 200 KB compressed, three
        // are embedded here; the booklet with only the glyphs it uses stays well under that.
        Assert.InRange(new FileInfo(build.PathOf("xuan-truong-2021/booklet.pdf")).Length, 10_000, 200_000);
    }

    [Fact]
    public void Booklet_MetadataComesFromTheData_NotTheClock()
    {
        using var pdf = PdfDocument.Open(build.PathOf("y-yen-2021/booklet.pdf"));
        var info = pdf.Information!;
        Assert.Equal("Tài liệu hội nghị tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, triển khai nhiệm vụ năm 2021", info.Title);
        Assert.Equal("Huyện ủy Ý Yên, Hội đồng nhân dân huyện Ý Yên, Ủy ban nhân dân huyện Ý Yên", info.Author);
        Assert.StartsWith("D:20210123", info.CreationDate);
    }

    [Fact]
    public void Build_ReportsPagesPerMeeting()
    {
        Assert.Equal(["xuan-truong-2021", "y-yen-2021"], build.Report.Meetings.Select(m => m.Id).Order());
        foreach (var meeting in build.Report.Meetings)
        {
            using var pdf = PdfDocument.Open(build.PathOf($"{meeting.Id}/booklet.pdf"));
            Assert.Equal(pdf.NumberOfPages, meeting.BookletPages);
        }
    }
}
