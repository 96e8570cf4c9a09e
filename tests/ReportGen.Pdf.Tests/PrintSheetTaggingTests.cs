using System.Text.RegularExpressions;
using ReportGen.Layout;
using ReportGen.Layout.Output;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The print copy of a tagged booklet: its A5 pages sit two-up on the sheets in saddle-stitch order, yet its
/// structure tree reads in the booklet's order; each sheet's marked content belongs to the sheet's page, and the
/// fold marks are artifacts.
/// </summary>
public sealed class PrintSheetTaggingTests(TaggedDocument document) : IClassFixture<TaggedDocument>
{
    /// <summary>Five A5 pages (the third landscape), one paragraph each, under one Document element.</summary>
    private (IReadOnlyList<Page> Pages, byte[] Pdf) Booklet()
    {
        var root = new StructureElement(StructureRole.Document, null);
        var pages = new List<Page>();
        for (var number = 1; number <= 5; number++)
        {
            var size = number == 3 ? new Size(TaggedDocument.A5.Height, TaggedDocument.A5.Width) : TaggedDocument.A5;
            var page = new Page(size, number);
            var pageNumber = document.Run(number.ToString(System.Globalization.CultureInfo.InvariantCulture), size.Width / 2, 40, 10);
            pageNumber.Artifact = ArtifactKind.Pagination;
            page.Items.Add(pageNumber);
            page.Items.Add(document.Run($"Đoạn văn của trang {number} trong tập", 60, 120, 11, element: new StructureElement(StructureRole.P, root)));
            pages.Add(page);
        }
        using var stream = new MemoryStream();
        PrintSheetWriter.Write(pages, stream, new PdfMetadata("Bản in", "ReportGen", "thử", "in", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)), versoShift: Units.Mm(8));
        return (pages, stream.ToArray());
    }

    [Fact]
    public void StructureTree_ReadsInTheBookletsOrder_ThoughPagesSitTwoUp()
    {
        var (_, pdf) = Booklet();

        Assert.Matches(@"Tagged:\s+yes", PdfTools.Run("pdfinfo", pdf));
        var paragraphs = Regex.Matches(PdfTools.Run("pdfinfo", pdf, "-struct-text"), "\"Đoạn văn của trang (\\d) trong tập\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["1", "2", "3", "4", "5"], paragraphs);
        Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", pdf, "--check"));
    }

    [Fact]
    public void EachSheetSidesMarkedContent_IsItsOwn_AndFoldMarksAreArtifacts()
    {
        var (_, bytes) = Booklet();
        using var pdf = PdfPigDocument.Open(bytes);

        // 5 pages padded to 8: sheet 1 front holds positions 8 (the last page, 5) and 1; its back 2 and 7 (a blank).
        var front = pdf.GetPage(1).GetMarkedContents();
        Assert.Equal(["5", "1"], front.Where(m => !m.IsArtifact).Select(m => Regex.Match(string.Concat(m.Letters.Select(l => l.Value)), @"\d").Value));
        Assert.Equal([0, 1], front.Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier));
        var back = pdf.GetPage(2).GetMarkedContents();
        Assert.Equal([0], back.Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier));
        // Every path on a sheet (the two fold marks) is inside an artifact.
        foreach (var page in pdf.GetPages())
        {
            var marked = page.GetMarkedContents();
            Assert.Equal(2, marked.Where(m => m.IsArtifact).Sum(m => m.Paths.Count));
            Assert.All(marked.Where(m => !m.IsArtifact), m => Assert.Empty(m.Paths));
        }
    }

    /// <summary>
    /// A thick print copy: 700 A5 pages of two paragraphs, more marks and notes than a chunk of the writer's lists holds
    /// (ChunkedList: 2 048), and one element with text on every page, whose parts come in the sheets' order (page 700
    /// and page 1 on the first sheet) and must be put back in the booklet's.
    /// </summary>
    [Fact]
    public void ThickBooklet_ReadsInTheBookletsOrder_AcrossChunksOfTheWritersLists()
    {
        const int PageCount = 700, ParagraphsPerPage = 2;
        var root = new StructureElement(StructureRole.Document, null);
        var running = new StructureElement(StructureRole.P, root);
        var pages = new List<Page>();
        for (var number = 1; number <= PageCount; number++)
        {
            var page = new Page(TaggedDocument.A5, number);
            page.Items.Add(document.Run($"Dòng chạy {number}", 40, 30, 8, element: running));
            for (var p = 1; p <= ParagraphsPerPage; p++)
            {
                page.Items.Add(document.Run($"Đoạn {number}.{p}", 40, 40 + p * 8, 7, element: new StructureElement(StructureRole.P, root)));
            }
            pages.Add(page);
        }
        using var stream = new MemoryStream();
        PrintSheetWriter.Write(pages, stream, new PdfMetadata("Bản in", "ReportGen", "thử", "in", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)), versoShift: 0);

        var kids = ElementTexts(stream.ToArray());
        Assert.Equal(1 + PageCount * ParagraphsPerPage, kids.Count);
        Assert.Equal(Enumerable.Range(1, PageCount).Select(n => $"Dòng chạy {n}"), kids[0]);
        Assert.Equal(
            Enumerable.Range(1, PageCount).SelectMany(n => Enumerable.Range(1, ParagraphsPerPage).Select(p => $"Đoạn {n}.{p}")),
            kids.Skip(1).Select(texts => Assert.Single(texts)));
    }

    /// <summary>
    /// The text of each kid of the Document element, one entry per marked-content sequence in the element's /K order
    /// (MCIDs on its /Pg, or marked-content references to other pages), read with PdfPig. (poppler's <c>pdfinfo
    /// -struct-text</c> draws the page again for every sequence: half a minute for this booklet.)
    /// </summary>
    private static List<List<string>> ElementTexts(byte[] bytes)
    {
        using var pdf = PdfPigDocument.Open(bytes);
        var objects = new ReportGen.Tests.PdfChecks.PdfObjects(pdf);
        // A sheet is known to the tree by its /StructParents; the text of each of its sequences by MCID.
        var texts = new Dictionary<(int Sheet, int Mcid), string>();
        foreach (var page in pdf.GetPages())
        {
            var sheet = objects.Int(page.Dictionary, "StructParents")!.Value;
            foreach (var marked in page.GetMarkedContents().Where(m => !m.IsArtifact))
            {
                texts[(sheet, marked.MarkedContentIdentifier)] = string.Concat(marked.Letters.Select(l => l.Value));
            }
        }
        var root = objects.Dictionary(pdf.Structure.Catalog.CatalogDictionary, "StructTreeRoot");
        var document = (DictionaryToken)objects.Resolve(objects.Array(root, "K")!.Data[0])!;
        var result = new List<List<string>>();
        foreach (var kid in objects.Array(document, "K")!.Data)
        {
            var element = (DictionaryToken)objects.Resolve(kid)!;
            var sheet = objects.Int(objects.Dictionary(element, "Pg"), "StructParents")!.Value;
            result.Add([.. objects.Array(element, "K")!.Data.Select(objects.Resolve).Select(k => k switch
            {
                NumericToken mcid => texts[(sheet, mcid.Int)],
                DictionaryToken reference => texts[(objects.Int(objects.Dictionary(reference, "Pg"), "StructParents")!.Value, objects.Int(reference, "MCID")!.Value)],
                _ => throw new InvalidDataException($"A kid of a paragraph: {k}"),
            })]);
        }
        return result;
    }

    [Fact]
    public void LandscapePage_IsTurnedAQuarter_ItsTextStillReadInOrder()
    {
        var (_, bytes) = Booklet();
        using var pdf = PdfPigDocument.Open(bytes);
        // Page 3 (landscape) is on sheet 2's front, right half (positions 6 and 3), turned: its letters run upwards.
        var sheet = pdf.GetPage(3);
        var words = sheet.GetWords().Where(w => w.Text.Contains('3')).ToList();
        var letters = sheet.Letters.Where(l => l.Value == "Đ").ToList();
        Assert.Contains(letters, l => Math.Abs(l.StartBaseLine.X - l.EndBaseLine.X) < 0.01 && l.EndBaseLine.Y > l.StartBaseLine.Y);
        Assert.NotEmpty(words);
    }
}
