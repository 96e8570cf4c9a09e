using System.Text.RegularExpressions;
using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;
using UglyToad.PdfPig;
using PdfPage = UglyToad.PdfPig.Content.Page;
using Word = UglyToad.PdfPig.Content.Word;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The Ý Yên booklet bound from the documents its data lists (agenda, report, award decision with its lists,
/// a commune's contribution, the delegate list), read back with PdfPig. The expected orders below were
/// worked out by hand from booklet-conventions.md, not copied from the output.
/// </summary>
public sealed partial class BookletDocumentsTests(SeedBuildFixture build, ClassicBuildFixture classic) : IClassFixture<SeedBuildFixture>, IClassFixture<ClassicBuildFixture>
{
    private const string Id = "y-yen-2021";

    /// <summary>The 20 mm top margin, where the page number sits.</summary>
    private const double TopMargin = 56.7;

    private PdfDocument Open() => PdfDocument.Open(build.PathOf($"{Id}/booklet.pdf"));

    /// <summary>The page's lines of text below the top margin, top to bottom; <paramref name="where"/> picks words (a column).</summary>
    private static List<string> Lines(PdfPage page, Func<Word, bool>? where = null) =>
        page.GetWords()
            // The text block only: not the page number above it nor the draft mark below it.
            .Where(w => w.BoundingBox.Bottom < page.Height - TopMargin && w.BoundingBox.Bottom > 45 && (where is null || where(w)))
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => Plain(w.Text))))
            .ToList();

    /// <summary>Names are set with non-breaking spaces (kept on one line): read them as plain spaces.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    /// <summary>The left column of a document header (two fifths of the text block from the 30 mm margin).</summary>
    private static Func<Word, bool> LeftHalf(PdfPage page) => w => w.BoundingBox.Right < 85 + (page.Width - 85 - 42.5) * 0.4;

    /// <summary>The right column of a document header, and the half of the page a signature block stands in.</summary>
    private static Func<Word, bool> RightHalf(PdfPage page) => w => w.BoundingBox.Left > 85 + (page.Width - 85 - 42.5) * 0.4;

    /// <summary>The first page after the contents with a line that is exactly <paramref name="title"/>.</summary>
    private static int PageOf(PdfDocument pdf, string title) =>
        pdf.GetPages().Skip(2).First(p => Lines(p).Contains(title)).Number;

    /// <summary>The words of pages <paramref name="from"/> to <paramref name="to"/>, in the order they are drawn.</summary>
    private static string Text(PdfDocument pdf, int from, int to) =>
        string.Join(" ", Enumerable.Range(from, to - from + 1).SelectMany(n =>
        {
            var page = pdf.GetPage(n);
            return page.GetWords().Where(w => w.BoundingBox.Bottom < page.Height - TopMargin).Select(w => Plain(w.Text));
        }));

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{part}' is missing or out of order");
            at = next;
        }
    }

    [Fact]
    public void EachDocument_StartsAtTheTopOfANewPage_UnderItsOwnHeader()
    {
        using var pdf = Open();
        // (title of the document, first line of its header, read in the left column or across the page)
        var documents = new (string Title, string FirstLine, bool LeftColumn)[]
        {
            ("CHƯƠNG TRÌNH HỘI NGHỊ", "ĐẢNG BỘ TỈNH NAM ĐỊNH", true),
            ("BÁO CÁO", "ĐẢNG BỘ TỈNH NAM ĐỊNH", true),
            ("QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN", true), // no body above a People's Committee (docs/issuer-headers.md)
            ("THAM LUẬN", "ĐẢNG BỘ XÃ YÊN TIẾN", false),
            ("DANH SÁCH ĐẠI BIỂU", "ĐẢNG BỘ TỈNH NAM ĐỊNH", true),
        };
        var previous = 2;
        foreach (var (title, firstLine, leftColumn) in documents)
        {
            var number = PageOf(pdf, title);
            Assert.True(number > previous, $"{title} on page {number}, not after page {previous}");
            var page = pdf.GetPage(number);
            var lines = Lines(page, leftColumn ? LeftHalf(page) : null);
            Assert.Equal(firstLine, lines[0]);
            previous = number;
        }
    }

    [Fact]
    public void Numbers_TakeTheFormOfTheIssuersConventions()
    {
        using var pdf = Open();
        var report = pdf.GetPage(PageOf(pdf, "BÁO CÁO"));
        var decision = pdf.GetPage(PageOf(pdf, "QUYẾT ĐỊNH"));

        // Party (HD 36): no colon, a hyphen before the type code, the committee's code after the slash.
        Assert.Contains("Số 215-BC/HU", Lines(report, LeftHalf(report)));
        Assert.DoesNotContain(Lines(report), l => l.Contains("Số:", StringComparison.Ordinal));
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", Lines(report, RightHalf(report)));
        // State (NĐ 30): a colon after "Số", the type code after the slash, then the body's code.
        Assert.Contains("Số: 35/QĐ-UBND", Lines(decision, LeftHalf(decision)));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Lines(decision, RightHalf(decision)));
        Assert.Contains("Ý Yên, ngày 20 tháng 01 năm 2021", Lines(decision, RightHalf(decision)));
    }

    [Fact]
    public void TitleBlock_IsCentred_TheDecisionsBasesAreNot()
    {
        using var pdf = Open();
        var page = pdf.GetPage(PageOf(pdf, "QUYẾT ĐỊNH"));
        double Centre(string line)
        {
            var words = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .Single(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)) == line);
            return (words.Min(w => w.BoundingBox.Left) + words.Max(w => w.BoundingBox.Right)) / 2;
        }
        // The text block runs from the 30 mm margin to the 15 mm one.
        var middle = (85.04 + page.Width - 42.52) / 2;

        Assert.Equal(middle, Centre("Về việc công bố khen thưởng thành tích năm 2020"), 2.0);
        Assert.Equal(middle, Centre("ỦY BAN NHÂN DÂN HUYỆN Ý YÊN"), 2.0);
        Assert.Equal(middle, Centre("QUYẾT ĐỊNH:"), 2.0);
        Assert.True(Math.Abs(middle - Centre("Xét đề nghị của Trưởng phòng Nội vụ huyện.")) > 2, "a basis is set as a body paragraph");
    }

    [Fact]
    public void SignatureBlocks_StandInTheRightHalf_AuthorityPositionThenName()
    {
        using var pdf = Open();
        foreach (var (from, to, block) in new[]
        {
            (PageOf(pdf, "BÁO CÁO"), PageOf(pdf, "PHỤ LỤC") - 1, new[] { "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Vũ Hữu Bình" }),
            (PageOf(pdf, "QUYẾT ĐỊNH"), PageOf(pdf, "QUYẾT ĐỊNH"), new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Minh Khoa" }),
        })
        {
            // The signature closes the document's body: on its last page, before the appendix or annex.
            var page = Enumerable.Range(from, to - from + 1).Select(pdf.GetPage).Single(p => Lines(p, RightHalf(p)).Contains(block[0]));
            var right = Lines(page, RightHalf(page));
            var at = right.IndexOf(block[0]);
            Assert.Equal(block[1], right[at + 1]);
            Assert.Equal(block[2], right[at + 2]);
        }
    }

    [Fact]
    public void Contribution_IsHeadedByItsUnitAndAuthor_NotByAnIssuer()
    {
        using var pdf = Open();
        var page = pdf.GetPage(PageOf(pdf, "THAM LUẬN"));
        var lines = Lines(page);

        Assert.Equal(["ĐẢNG BỘ XÃ YÊN TIẾN", "Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã", "THAM LUẬN",
            "Xây dựng xã nông thôn mới nâng cao ở Yên Tiến"], lines.Take(4));
        Assert.DoesNotContain(lines, l => l.StartsWith("Số", StringComparison.Ordinal) || l.Contains("VIỆT NAM", StringComparison.Ordinal));
        // The file's own headings are the contribution's main headings.
        Assert.Contains("Kết quả đạt được", lines);
    }

    [Fact]
    public void AwardLists_HighestAwardFirst_CollectivesBeforeIndividuals_PeopleByGivenName()
    {
        using var pdf = Open();
        var text = Text(pdf, PageOf(pdf, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"), PageOf(pdf, "THAM LUẬN") - 1);

        // National before province; within the province: the emulation flag, the title "Tập thể lao động
        // xuất sắc", then the commendation of typical examples.
        AssertInOrder(text,
            "I. Bằng khen của Thủ tướng Chính phủ (4)",
            "II. “Cờ đơn vị dẫn đầu phong trào thi đua” của Chủ tịch UBND tỉnh (7)",
            "III. “Tập thể lao động xuất sắc” (29)",
            "IV. Khen thưởng điển hình tiên tiến giai đoạn 2015-2020 của UBND tỉnh (12)");
        // The data lists Vũ Thị Hằng first; collectives come first, then Bình before Hằng.
        AssertInOrder(text, "1 Nhân dân và cán bộ xã Yên Tiến", "2 Phòng Giáo dục và Đào tạo huyện Ý Yên",
            "3 Nguyễn Văn Bình", "4 Vũ Thị Hằng", "“Cờ đơn vị");
        // Given names in Vietnamese order: An < Ánh < Đức (d < đ < h) < Hải < Hậu (a < â) < Hùng < Lan.
        AssertInOrder(text, "5 Hội Nông dân xã Yên Bình", "6 Trần Văn An", "7 Phạm Thị Ánh", "8 Bùi Văn Đức",
            "9 Đỗ Văn Hải", "10 Lê Thị Hậu", "11 Hoàng Văn Hùng", "12 Nguyễn Thị Lan");
        Assert.Contains("29 Trường Tiểu học Yên Xá", text);
    }

    [Fact]
    public void DelegateList_IsInProtocolOrder_RankThenGivenName_WithPositionAndUnit()
    {
        using var pdf = Open();
        var start = PageOf(pdf, "DANH SÁCH ĐẠI BIỂU");
        var text = Text(pdf, start, pdf.NumberOfPages);

        // The leaders have ranks 1 to 14 of their own (protocol order: the data's); the heads of offices share
        // rank 15 and go by given name: Hải < Mai < Oanh < Phú < Quang < Sơn; the communes' secretaries share
        // rank 16: Bình < Cảnh < Duyên < Giang < … < Thu < Toàn < Vinh (h before o, as in "Thu" and "Toàn").
        AssertInOrder(text,
            "1 Nguyễn Văn Khải", "2 Trần Quốc Hưng", "3 Nguyễn Văn Tuấn", "4 Lê Thị Hạnh",
            "5 Đỗ Văn Cường", "6 Vũ Hữu Bình", "7 Trần Minh Khoa", "8 Nguyễn Thị Ánh",
            "12 Bùi Văn Đạt", "13 Trịnh Thị Huyền", "14 Đặng Văn Long",
            "15 Nguyễn Văn Hải", "16 Trần Thị Mai", "17 Vũ Thị Oanh", "18 Đinh Văn Phú", "19 Phạm Văn Quang", "20 Lê Văn Sơn",
            "21 Trần Văn Bình", "22 Nguyễn Văn Cảnh", "23 Phạm Thị Duyên", "32 Mai Thị Thu", "33 Lương Văn Toàn", "34 Tạ Văn Vinh");
        // Position, then the unit: "Phó Bí thư Thường trực, Tỉnh ủy Nam Định".
        Assert.Contains("Nguyễn Văn Khải Phó Bí thư Thường trực, Tỉnh ủy Nam Định", text);
    }

    [Fact]
    public void LongLists_FlowOverPages_AsTablesWithTheirHeaderRepeated()
    {
        using var pdf = Open();
        var delegates = PageOf(pdf, "DANH SÁCH ĐẠI BIỂU");
        Assert.True(pdf.NumberOfPages > delegates, "the delegate list fits one page: nothing to check");
        var next = pdf.GetPage(delegates + 1);
        Assert.Contains("STT Họ và tên Chức vụ, đơn vị", Lines(pdf.GetPage(delegates)));
        // The next page starts with the header row again, then goes on with the rows.
        Assert.Equal("STT Họ và tên Chức vụ, đơn vị", Lines(next)[0]);
        Assert.Matches(@"^\d+ ", Lines(next)[1]);

        // The 29 collectives' table continues on the next page under its header, too.
        var lists = PageOf(pdf, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG");
        Assert.Equal("STT Tập thể, cá nhân Chức vụ, đơn vị", Lines(pdf.GetPage(lists + 1))[0]);
    }

    [Fact]
    public void Bookmarks_OfTheDocuments_SayWhatTheContentsSay()
    {
        using var pdf = Open();
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        // The report and the decision by their summary, as the contents lists them, not by "BÁO CÁO", "QUYẾT ĐỊNH".
        Assert.Contains(titles, t => t.StartsWith("Báo cáo tổng kết công tác Đảng", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Quyết định về việc", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("BÁO CÁO", titles);
        Assert.DoesNotContain("QUYẾT ĐỊNH", titles);
    }

    [Fact]
    public void Contents_ListsEveryDocumentAndItsMainHeadings_WithTheirRealPages()
    {
        using var pdf = Open();
        var contents = pdf.GetPage(2);
        var lines = Lines(contents);
        Assert.Equal("MỤC LỤC", lines[0]);
        // A long entry wraps; its number is on its last line.
        var entries = new List<(string Title, int Page)>();
        var pending = "";
        foreach (var line in lines.Skip(1))
        {
            var match = Entry().Match(pending.Length == 0 ? line : pending + " " + line);
            if (match.Success)
            {
                entries.Add((match.Groups["title"].Value, int.Parse(match.Groups["page"].Value)));
                pending = "";
            }
            else
            {
                pending = pending.Length == 0 ? line : pending + " " + line;
            }
        }
        Assert.Equal("", pending);

        // Each document by its name and summary line; its main headings under it; the heading each
        // entry leads to, to find its page.
        var expected = new (string Title, string Heading)[]
        {
            ("CHƯƠNG TRÌNH HỘI NGHỊ", "CHƯƠNG TRÌNH HỘI NGHỊ"),
            ("Báo cáo tổng kết công tác Đảng, công tác thi đua khen thưởng năm 2020, phương hướng, nhiệm vụ năm 2021", "BÁO CÁO"),
            ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020"),
            ("II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG", "II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG"),
            ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021"),
            ("PHỤ LỤC", "PHỤ LỤC"),
            ("Quyết định về việc công bố khen thưởng thành tích năm 2020", "QUYẾT ĐỊNH"),
            ("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"),
            ("Tham luận: Xây dựng xã nông thôn mới nâng cao ở Yên Tiến", "THAM LUẬN"),
            ("Kết quả đạt được", "Kết quả đạt được"),
            ("Bài học kinh nghiệm", "Bài học kinh nghiệm"),
            ("Danh sách đại biểu dự Hội nghị tổng kết năm 2020", "DANH SÁCH ĐẠI BIỂU"),
        };
        Assert.Equal(expected.Select(e => e.Title), entries.Select(e => e.Title));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(PageOf(pdf, expected[i].Heading), entries[i].Page);
        }
    }

    [Theory]
    [InlineData("y-yen-2021")]
    [InlineData("xuan-truong-2021")]
    public void MeetingWithoutDocuments_StillBuildsTheClassicBooklet(string id)
    {
        // The seeds without their documents: agenda without header, report under the Party header,
        // unnumbered and unsigned, then the appendix at the end.
        using var pdf = PdfDocument.Open(classic.PathOf($"{id}/booklet.pdf"));
        var agenda = pdf.GetPage(PageOf(pdf, "CHƯƠNG TRÌNH HỘI NGHỊ"));
        var report = pdf.GetPage(PageOf(pdf, "BÁO CÁO"));

        Assert.Equal(3, agenda.Number);
        Assert.Equal("CHƯƠNG TRÌNH HỘI NGHỊ", Lines(agenda)[0]);
        Assert.Equal(agenda.Number + 1, report.Number);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", Lines(report, RightHalf(report)));
        Assert.DoesNotContain(Lines(report), l => l.StartsWith("Số", StringComparison.Ordinal));
        var text = Text(pdf, 3, pdf.NumberOfPages);
        Assert.DoesNotContain("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
        Assert.DoesNotContain("THAM LUẬN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("T/M", text, StringComparison.Ordinal);
        Assert.True(pdf.GetPages().Last().Width > pdf.GetPages().Last().Height, "the appendix ends the booklet, landscape");
    }

    [Fact]
    public void XuanTruongsReport_IsAStateDocument_NumberedAndSignedTheStateWay()
    {
        using var pdf = PdfDocument.Open(build.PathOf("xuan-truong-2021/booklet.pdf"));
        var report = pdf.GetPage(PageOf(pdf, "BÁO CÁO"));

        Assert.Contains("Số: 18/BC-UBND", Lines(report, LeftHalf(report)));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Lines(report));
        var signature = Enumerable.Range(report.Number, PageOf(pdf, "PHỤ LỤC") - report.Number).Select(pdf.GetPage)
            .Single(p => Lines(p, RightHalf(p)).Contains("TM. ỦY BAN NHÂN DÂN"));
        Assert.Contains("CHỦ TỊCH", Lines(signature, RightHalf(signature)));
        var contribution = pdf.GetPage(PageOf(pdf, "THAM LUẬN"));
        Assert.Equal("ĐẢNG BỘ XÃ XUÂN NGỌC", Lines(contribution)[0]);
    }

    [Fact]
    public void A5PrintCopy_OpensTheReportOnARightHandPage_AndRunsTheOthersOn_WithoutBlankPages()
    {
        var root = SeedBuildFixture.FindRepositoryRoot();
        var templatesDirectory = Path.Combine(root, "templates");
        var meeting = DataLoader.LoadDirectory(Path.Combine(root, "seeds")).Meetings.Single(m => m.Id == Id);
        var templates = TemplateRenderer.Load(templatesDirectory);
        var theme = BookletTheme.Load(Path.Combine(templatesDirectory, "theme.yaml"));
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var printCopy = PrintCopy.Create(new TextShaper(fonts), templatesDirectory, theme);
        // The theme asks a right-hand start for the report alone: a blank page costs paper in every copy.
        Assert.False(printCopy.Theme.DocumentsStartOnRight);
        Assert.Equal(["report"], printCopy.Theme.RightHandStarts);
        var pages = printCopy.Compose(meeting, templates.Documents(meeting));
        using var bytes = new MemoryStream();
        PdfWriter.Write(pages, bytes, new PdfMetadata("A5", "test", "", "", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));

        using var pdf = PdfDocument.Open(bytes.ToArray());
        var report = pdf.GetPages().Skip(2).First(p => Lines(p).Contains("BÁO CÁO")).Number;
        Assert.True(report % 2 == 1, $"the report starts on page {report}, a left-hand page");
        foreach (var title in new[] { "QUYẾT ĐỊNH", "THAM LUẬN", "DANH SÁCH ĐẠI BIỂU" })
        {
            // The others start on a new page, whichever side, with no blank page before them.
            var number = pdf.GetPages().Skip(2).First(p => Lines(p).Contains(title)).Number;
            Assert.NotEmpty(pdf.GetPage(number - 1).GetWords());
        }
        // Blank pages only where the report needs one and at the end, before the back cover (saddle stitching
        // takes pages in fours): never more than four in all.
        Assert.InRange(pdf.GetPages().Count(p => !p.GetWords().Any()), 0, 4);
        // The national name stays on one line on the narrow page (set smaller rather than broken).
        var decision = pdf.GetPages().Skip(2).First(p => Lines(p).Contains("QUYẾT ĐỊNH"));
        var words = decision.GetWords().ToList();
        var viet = words.Single(w => w.Text == "VIỆT");
        Assert.Contains(words, w => w.Text == "NAM" && Math.Abs(w.BoundingBox.Bottom - viet.BoundingBox.Bottom) < 1 && w.BoundingBox.Left > viet.BoundingBox.Right);
        // So do the Party's superior and issuing bodies: "ĐẢNG BỘ TỈNH NAM ĐỊNH", not "… NAM / ĐỊNH".
        var reportWords = pdf.GetPages().Skip(2).First(p => Lines(p).Contains("BÁO CÁO")).GetWords().ToList();
        var province = reportWords.Single(w => w.Text == "TỈNH");
        Assert.Contains(reportWords, w => w.Text == "ĐỊNH" && Math.Abs(w.BoundingBox.Bottom - province.BoundingBox.Bottom) < 1);
        // On the small pages a signature would fall alone on a page: it takes the body's last paragraph along.
        foreach (var authority in new[] { "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN" })
        {
            // Its line also holds "Nơi nhận:" on the left.
            var page = pdf.GetPages().Single(p => Lines(p).Any(l => l.Contains(authority, StringComparison.Ordinal)));
            Assert.True(Lines(page).FindIndex(l => l.Contains(authority, StringComparison.Ordinal)) > 0, $"{authority} stands alone at the top of page {page.Number}");
        }
        // The A4 reading copy has no blank page.
        using var a4 = Open();
        Assert.All(a4.GetPages(), p => Assert.NotEmpty(p.GetWords()));
    }

    [GeneratedRegex(@"^(?<title>.+?) (\. ?)*\.+ ?(?<page>\d+)$")]
    private static partial Regex Entry();
}
