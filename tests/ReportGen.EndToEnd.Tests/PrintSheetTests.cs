using System.Text;
using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using PdfPage = UglyToad.PdfPig.Content.Page;
using Word = UglyToad.PdfPig.Content.Word;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The print copy, booklet-print.pdf: A5 pages two-up on A4 landscape sheets in saddle-stitch order. The
/// sheets are read back with PdfPig and compared with the A5 pages the build lays out (composed again
/// here, the way <see cref="PrintCopy"/> does it).
/// </summary>
public sealed class PrintSheetTests(SeedBuildFixture build, PrintSheetTests.A5Layout a5) : IClassFixture<SeedBuildFixture>, IClassFixture<PrintSheetTests.A5Layout>
{
    /// <summary>The fold: half the width of an A4 sheet turned sideways (841,89 pt).</summary>
    private const double Fold = 841.89 / 2;

    public static TheoryData<string> Meetings => new() { "y-yen-2021", "xuan-truong-2021" };

    /// <summary>Facts short enough to sit on one A5 page, so reading a sheet finds them whole.</summary>
    private static string[] FactsOf(string id) => id == "y-yen-2021"
        ? ["18/21 chỉ tiêu chủ yếu của năm 2020", "“Tập thể lao động xuất sắc”", "“mục tiêu kép”"]
        : ["12.278,27 ha", "124,46 tạ/ha", "5.809 tỷ đồng", "37,2 triệu USD"];

    /// <summary>Facts that stand in the report's paragraphs only (not in a table or chart as well).</summary>
    private static string[] BodyFactsOf(string id) => id == "y-yen-2021"
        ? ["18/21 chỉ tiêu chủ yếu của năm 2020", "“mục tiêu kép”"]
        : ["12.278,27 ha", "124,46 tạ/ha", "5.809 tỷ đồng", "37,2 triệu USD"];

    private string PrintPdf(string id) => build.PathOf($"{id}/booklet-print.pdf");

    /// <summary>8 mm, in points: many office printers leave 4–6 mm at the sheet's edges unprinted.</summary>
    private const double SafeInk = 8 * 72 / 25.4;

    [Theory]
    [MemberData(nameof(Meetings))]
    public void PrintCopy_PutsNoInkWithin8MillimetresOfASheetEdge(string id)
    {
        using var pdf = PdfDocument.Open(PrintPdf(id));
        foreach (var sheet in pdf.GetPages())
        {
            foreach (var letter in sheet.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= SafeInk && box.Right <= sheet.Width - SafeInk
                    && box.Bottom >= SafeInk && box.Top <= sheet.Height - SafeInk,
                    $"'{letter.Value}' on sheet side {sheet.Number} at ({box.Left:0.#}, {box.Bottom:0.#})–({box.Right:0.#}, {box.Top:0.#}) pt is within 8 mm of the edge");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void PrintCopy_CoverIsCentredOnItsPage_NotOnTheTextBlock(string id)
    {
        using var pdf = PdfDocument.Open(PrintPdf(id));
        // The cover is the first sheet's right half; its label line is centred.
        var words = pdf.GetPage(1).GetWords().Where(w => w.BoundingBox.Left > Fold).ToList();
        var label = words.First(w => w.Text == "TÀI");
        var line = words.Where(w => Math.Abs(w.BoundingBox.Bottom - label.BoundingBox.Bottom) < 1).ToList();
        var centre = (line.Min(w => w.BoundingBox.Left) + line.Max(w => w.BoundingBox.Right)) / 2;
        Assert.Equal(Fold + Fold / 2, centre, 2.9); // within 1 mm of the A5 page's centre
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void PrintCopy_IsWholeA4LandscapeSheets_TwoSidesEach(string id)
    {
        Assert.True(File.Exists(PrintPdf(id)), "booklet-print.pdf is missing");
        using var pdf = PdfDocument.Open(PrintPdf(id));
        var a5Pages = a5.Pages(id).Count;
        var sheets = (a5Pages + 3) / 4;

        Assert.Equal(2 * sheets, pdf.NumberOfPages);
        Assert.Equal(sheets, build.Report.Meetings.Single(m => m.Id == id).PrintSheets);
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(841.89, page.Width, 0.5);
            Assert.Equal(595.28, page.Height, 0.5);
        });
        Assert.StartsWith("Bản in tập tài liệu (A5, gấp đôi): ", pdf.Information.Title);
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void PrintCopy_KeepsTheTextAsText_AndHoldsNoImage(string id)
    {
        using var pdf = PdfDocument.Open(PrintPdf(id));
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.All(FactsOf(id), fact => Assert.Contains(fact, text));
        Assert.All(pdf.GetPages(), page => Assert.Empty(page.GetImages()));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void FirstSheetFront_HasTheBackCoverOnTheLeft_AndTheCoverOnTheRight(string id)
    {
        using var pdf = PdfDocument.Open(PrintPdf(id));
        var front = pdf.GetPage(1);
        var pages = a5.Pages(id);

        var label = front.GetWords().Where(w => w.Text is "TÀI" or "LIỆU" or "HỘI" or "NGHỊ").ToList();
        Assert.True(label.Count >= 4, "the cover's label TÀI LIỆU HỘI NGHỊ is not on the first sheet's front");
        Assert.All(label, w => Assert.True(w.BoundingBox.Left > Fold, $"'{w.Text}' at x = {w.BoundingBox.Left:0}"));
        AssertHalfHolds(front, leftHalf: false, pages[0]);
        AssertHalfHolds(front, leftHalf: true, pages[^1]);
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void EveryHalfSheet_HoldsThePageOfTheImposition_AndPaddingIsBlank(string id)
    {
        using var pdf = PdfDocument.Open(PrintPdf(id));
        var pages = a5.Pages(id);
        var sides = Imposition.SaddleStitch(pages.Count);
        Assert.Equal(sides.Count, pdf.NumberOfPages);

        for (var i = 0; i < sides.Count; i++)
        {
            var sheet = pdf.GetPage(i + 1);
            foreach (var (leftHalf, page) in new[] { (true, sides[i].Left), (false, sides[i].Right) })
            {
                if (page is { } number)
                {
                    AssertHalfHolds(sheet, leftHalf, pages[number - 1]);
                }
                else
                {
                    // A padding page: not even a page number.
                    Assert.Empty(LettersOf(sheet, leftHalf));
                }
            }
        }
    }

    /// <summary>
    /// Body text at least 10,5 pt on the printed A5 pages. Allowed smaller, never below 9,5 pt: tables and
    /// chart captions (theme-a5.yaml table.size 9,5), page numbers (page_number.size 10), chart labels
    /// (theme-a5.yaml chart.size 10, shrunk when they must down to chart.minimum_size 9,5) and "Nơi nhận"
    /// (NĐ 30 sets it two sizes under the body: 10 and 9,5 pt here).
    /// </summary>
    [Theory]
    [MemberData(nameof(Meetings))]
    public void PrintedText_IsAtLeast10Point5_ExceptTablesCaptionsPageNumbersAndChartLabels_NeverBelow9Point5(string id)
    {
        using var pdf = PdfDocument.Open(PrintPdf(id));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(letters);

        var smallest = letters.MinBy(l => l.PointSize)!;
        Assert.True(smallest.PointSize >= 9.5 - 0.01, $"'{smallest.Value}' at {smallest.PointSize:0.##} pt");
        var smallSizes = letters.Select(l => Math.Round(l.PointSize, 1)).Where(s => s < 10.5).Distinct().Order().ToList();
        Assert.All(smallSizes, size => Assert.Contains(size, new[] { 9.5, 10.0 }));

        // The body is the size most letters have, and the facts of the report's paragraphs are set in it.
        var body = letters.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        Assert.True(body >= 10.5, $"body text at {body} pt");
        foreach (var fact in BodyFactsOf(id))
        {
            var factLetters = pdf.GetPages().SelectMany(p => FindWords(p, fact)).SelectMany(w => w.Letters).ToList();
            Assert.NotEmpty(factLetters);
            Assert.All(factLetters, l => Assert.True(l.PointSize >= 10.5 - 0.01, $"'{fact}' has a letter at {l.PointSize:0.##} pt"));
        }
    }

    [Fact]
    public void A5Theme_IsA5Paper_WithThePrintMinimums()
    {
        var theme = BookletTheme.Load(Path.Combine(build.RepositoryRoot, "templates", PrintCopy.ThemeFile));
        AssertPrintable(theme);
        Assert.True(theme.MarginsMm.Left >= theme.MarginsMm.Right, "the left margin is the spine's: it is the wider one");
    }

    [Fact]
    public void WithoutAnA5Theme_TheA4ThemeIsScaledToA5_ButNotBelowTheMinimums()
    {
        var a4 = new BookletTheme();
        var theme = PrintCopy.FromA4(a4);

        AssertPrintable(theme);
        Assert.Equal(PrintCopy.MinimumBodySize, theme.Body.Size); // 14 pt × 148/210 = 9,9 pt: raised to the minimum
        Assert.Equal(a4.Fonts.Stack, theme.Fonts.Stack);
        Assert.InRange(theme.MarginsMm.Left, 10, a4.MarginsMm.Left - 1);
    }

    private static void AssertPrintable(BookletTheme theme)
    {
        Assert.Equal(148, theme.Paper.WidthMm);
        Assert.Equal(210, theme.Paper.HeightMm);
        Assert.True(theme.Body.Size >= 10.5f, $"body {theme.Body.Size} pt");
        Assert.All(new[] { theme.Headings.TitleSize, theme.Headings.Level2Size, theme.Headings.Level3Size }, size => Assert.True(size >= theme.Body.Size));
        Assert.All(new[] { theme.Table.Size, theme.PageNumber.Size, theme.Footer.Size }, size => Assert.True(size >= 9.5f, $"{size} pt"));
        Assert.All(new[] { theme.Cover.IssuerSize, theme.Cover.LabelSize, theme.Cover.TitleSize, theme.Cover.PlaceSize }, size => Assert.True(size >= 10.5f, $"cover {size} pt"));
    }

    /// <summary>Every character the A5 page's text runs draw is on that half of the sheet.</summary>
    private static void AssertHalfHolds(PdfPage sheet, bool leftHalf, ReportGen.Layout.Output.Page page)
    {
        var expected = Characters(string.Concat(page.Items.OfType<GlyphRun>().Select(r => r.Text)));
        if (expected.Count == 0)
        {
            // A page without text (the back cover when no site address is set) leaves its half empty.
            Assert.Empty(LettersOf(sheet, leftHalf));
            return;
        }
        var found = Characters(string.Concat(LettersOf(sheet, leftHalf).Select(l => l.Value)));
        var missing = expected.Where(e => found.GetValueOrDefault(e.Key) < e.Value).Select(e => e.Key).ToList();
        Assert.True(missing.Count == 0,
            $"page {page.Number} is not on the {(leftHalf ? "left" : "right")} half of sheet side {sheet.Number}: missing '{string.Concat(missing)}'");
    }

    private static IEnumerable<Letter> LettersOf(PdfPage sheet, bool leftHalf) =>
        sheet.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)
            && (l.BoundingBox.Centroid.X < Fold) == leftHalf);

    private static Dictionary<char, int> Characters(string text) =>
        text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c))
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The words of the sheet that spell <paramref name="phrase"/> (in reading order, joined by spaces).</summary>
    private static IEnumerable<Word> FindWords(PdfPage sheet, string phrase)
    {
        var words = sheet.GetWords().ToList();
        var starts = new List<int>();
        var text = new StringBuilder();
        foreach (var word in words)
        {
            starts.Add(text.Length);
            text.Append(word.Text).Append(' ');
        }
        var at = text.ToString().IndexOf(phrase, StringComparison.Ordinal);
        return at < 0 ? [] : words.Where((w, i) => starts[i] < at + phrase.Length && starts[i] + w.Text.Length > at);
    }

    /// <summary>The A5 pages of each seed meeting, laid out with the repository's templates and A5 theme.</summary>
    public sealed class A5Layout
    {
        private readonly Lazy<Dictionary<string, IReadOnlyList<ReportGen.Layout.Output.Page>>> _pages = new(Compose);

        public IReadOnlyList<ReportGen.Layout.Output.Page> Pages(string id) => _pages.Value[id];

        private static Dictionary<string, IReadOnlyList<ReportGen.Layout.Output.Page>> Compose()
        {
            var root = SeedBuildFixture.FindRepositoryRoot();
            var seeds = Path.Combine(root, "seeds");
            var templatesDirectory = Path.Combine(root, "templates");
            var data = DataLoader.LoadDirectory(seeds);
            var templates = TemplateRenderer.Load(templatesDirectory);
            var theme = BookletTheme.Load(Path.Combine(templatesDirectory, "theme.yaml"));
            using var fonts = FontLibrary.Load(theme.Fonts.Stack, [Path.Combine(seeds, theme.Fonts.UserFolder)]);
            var printCopy = PrintCopy.Create(new TextShaper(fonts), templatesDirectory, theme);
            return data.Meetings.ToDictionary(m => m.Id, m =>
                printCopy.Compose(m, templates.Documents(m)));
        }
    }
}
