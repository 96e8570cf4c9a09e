using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating;
using ReportGen.Templating.Documents;
using UglyToad.PdfPig;
using PdfPage = UglyToad.PdfPig.Content.Page;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The contents' page numbers are the pages its headings are printed on, read back from the PDF: for a contents that
/// runs over three pages (so everything after it moves on by two), headings on landscape appendix pages, documents
/// that open on a right-hand page after a blank one, and a back cover. The booklet is laid out once, each entry's
/// number drawn after the pagination; this checks that the numbers it draws are the real ones.
/// </summary>
public sealed partial class ContentsNumbersTests(BookletFixture booklet) : IClassFixture<BookletFixture>
{
    private readonly TextShaper _shaper = booklet.Shaper;
    private readonly BookletTheme _theme = booklet.Theme;
    private readonly TemplateRenderer _templates = booklet.Templates;

    /// <summary>A title, dot leaders, the page number.</summary>
    [GeneratedRegex(@"^(?<title>.+?) (\. ?)*\.+ ?(?<page>\d+)$")]
    private static partial Regex Entry();

    /// <summary>Ý Yên's documents, then a contribution of many sections with a landscape appendix of sections too.</summary>
    /// <param name="emptyHeading">
    /// A heading with no words (<c>#</c> alone) in the last document: it prints no anchor, so the contents cannot be
    /// made from the headings the Markdown gave and the composer learns them from a first layout.
    /// </param>
    /// <param name="streamed">Each page written as soon as it is laid out, as the build does (the contents page last, once its numbers are drawn).</param>
    private byte[] Booklet(BookletTheme theme, bool emptyHeading, bool streamed = false)
    {
        var meeting = (Meeting)DataLoader.LoadFile(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "y-yen.yaml"));
        var sections = string.Join("\n\n", Enumerable.Range(1, 70).Select(i =>
            $"## Phần {i}\n\n" + string.Join(" ", Enumerable.Repeat($"Nội dung của phần {i}, viết đủ dài để các phần chia nhau nhiều trang.", i % 4 * 3))));
        var appendix = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"## Bảng {i}\n\n| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n" + string.Join("\n", Enumerable.Range(1, 12).Select(r => $"| Chỉ tiêu {r} | {r * 10} | {r * 11} |"))));
        var documents = _templates.Documents(meeting).Append(new RenderedDocument("tham-luan-dai", DocumentKind.Contribution, "# THAM LUẬN DÀI\n\n" + sections)
        {
            Appendix = appendix,
        }).Append(new RenderedDocument("ket-luan", DocumentKind.Contribution, "# KẾT LUẬN\n\n" + (emptyHeading ? "#\n\n" : "") + "## Phần cuối\n\nHết."));
        var composer = new BookletComposer(_shaper, theme) { BackCover = true };
        var metadata = new PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));
        using var output = new MemoryStream();
        if (streamed)
        {
            PdfWriter.Write(sink => composer.Compose(meeting, [.. documents], sink: sink), output, metadata);
        }
        else
        {
            PdfWriter.Write(composer.Compose(meeting, [.. documents]), output, metadata);
        }
        return output.ToArray();
    }

    /// <summary>A page's lines of text, top to bottom, without the page number in the top margin nor the draft mark in the bottom one.</summary>
    private static List<string> Lines(PdfPage page) =>
        [.. page.GetWords()
            .Where(w => w.BoundingBox.Bottom < page.Height - 56.7 && w.BoundingBox.Bottom > 45)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text.Replace('\u00A0', ' '))))];

    /// <summary>The contents' entries, from the pages that hold them: a long entry wraps, its number on its last line.</summary>
    private static (List<(string Title, int Page)> Entries, List<int> ContentsPages) ReadContents(PdfDocument pdf)
    {
        var entries = new List<(string, int)>();
        var pages = new List<int>();
        foreach (var page in pdf.GetPages().Skip(1))
        {
            var lines = Lines(page);
            var matches = lines.Select(l => Entry().Match(l)).Where(m => m.Success).ToList();
            if (matches.Count == 0 || matches.Count < lines.Count / 2)
            {
                break; // past the contents
            }
            pages.Add(page.Number);
            var pending = "";
            foreach (var line in lines.Where(l => l != "MỤC LỤC"))
            {
                var match = Entry().Match(pending.Length == 0 ? line : pending + " " + line);
                if (match.Success)
                {
                    entries.Add((match.Groups["title"].Value, int.Parse(match.Groups["page"].Value, CultureInfo.InvariantCulture)));
                    pending = "";
                }
                else
                {
                    pending = pending.Length == 0 ? line : pending + " " + line;
                }
            }
        }
        return (entries, pages);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)] // laid out twice: the pages of the first layout, written already, are forgotten
    public void EveryEntrysNumber_IsThePageItsHeadingIsPrintedOn_ThoughTheContentsRunsOverPages(bool documentsStartOnRight, bool emptyHeading, bool streamed)
    {
        using var pdf = PdfDocument.Open(Booklet(_theme with { DocumentsStartOnRight = documentsStartOnRight }, emptyHeading, streamed));
        var (entries, contentsPages) = ReadContents(pdf);

        Assert.True(contentsPages.Count >= 2, $"the contents fills {contentsPages.Count} page(s)");
        Assert.Contains(entries, e => e.Title == "Phần 70");
        Assert.Contains(entries, e => e.Title == "Bảng 6");
        Assert.Equal("Phần cuối", entries[^1].Title);
        var after = contentsPages[^1];
        var printed = pdf.GetPages().Where(p => p.Number > after).ToDictionary(p => p.Number, Lines);
        foreach (var (title, number) in entries.Where(e => e.Title.StartsWith("Phần ", StringComparison.Ordinal) || e.Title.StartsWith("Bảng ", StringComparison.Ordinal)))
        {
            var page = Assert.Single(printed, p => p.Value.Contains(title)).Key;
            Assert.True(page == number, $"'{title}' is on page {page}, the contents says {number}");
        }
        // The appendix's headings stand on landscape pages.
        var table = entries.Single(e => e.Title == "Bảng 1").Page;
        Assert.True(pdf.GetPage(table).Width > pdf.GetPage(table).Height, "the appendix is landscape");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AStreamedBooklet_ReadsAsTheBookletWrittenWhole(bool emptyHeading)
    {
        var whole = Booklet(_theme, emptyHeading);
        var streamed = Booklet(_theme, emptyHeading, streamed: true);

        Assert.Equal(PdfTools.Run("pdftotext", whole, "-layout", "{pdf}", "-"), PdfTools.Run("pdftotext", streamed, "-layout", "{pdf}", "-"));
        // The same structure; only the link annotations' object numbers differ (pages are numbered as they are written).
        static string Structure(byte[] pdf) => Regex.Replace(PdfTools.Run("pdfinfo", pdf, "-struct-text"), @"Object \d+ 0", "Object n 0");
        Assert.Equal(Structure(whole), Structure(streamed));
        Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", streamed, "--check"));
        using var pdf = PdfDocument.Open(streamed);
        using var wholePdf = PdfDocument.Open(whole);
        Assert.Equal(wholePdf.NumberOfPages, pdf.NumberOfPages);
    }

    [Fact]
    public void AStreamedPrintCopy_ReadsAsThePrintCopyWrittenWhole()
    {
        var theme = BookletTheme.Load(ReportGen.Tests.RepositoryRoot.Of("templates", "theme-a5.yaml"));
        var meeting = (Meeting)DataLoader.LoadFile(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "y-yen.yaml"));
        var documents = _templates.Documents(meeting).Append(new RenderedDocument("tham-luan-dai", DocumentKind.Contribution,
            "# THAM LUẬN DÀI\n\n" + string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"## Phần {i}\n\nNội dung của phần {i}, viết đủ dài để các phần chia nhau nhiều trang."))))
            .ToList();
        var metadata = new PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));
        using var whole = new MemoryStream();
        PrintSheetWriter.Write(new BookletComposer(_shaper, theme) { BackCover = true }.Compose(meeting, documents), whole, metadata, versoShift: 10);
        using var streamed = new MemoryStream();
        using (var sheets = new PrintSheetPages(streamed, metadata, versoShift: 10))
        {
            var pages = new BookletComposer(_shaper, theme) { BackCover = true }.Compose(meeting, documents, sink: sheets);
            Assert.All(pages, p => Assert.True(p.Handed && p.Items.Count == 0));
            sheets.Finish(pages);
        }

        Assert.Equal(PdfTools.Run("pdftotext", whole.ToArray(), "-layout", "{pdf}", "-"), PdfTools.Run("pdftotext", streamed.ToArray(), "-layout", "{pdf}", "-"));
        Assert.Equal(PdfTools.Run("pdfinfo", whole.ToArray(), "-struct-text"), PdfTools.Run("pdfinfo", streamed.ToArray(), "-struct-text"));
        Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", streamed.ToArray(), "--check"));
    }
}
