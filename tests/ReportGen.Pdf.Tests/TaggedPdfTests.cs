using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportGen.Layout.Output;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Tagged PDF from pages whose items carry structure (issue 18): the structure tree and marked content as second
/// readers see them (poppler's pdfinfo, pdffonts, pdftotext; qpdf; PdfPig's objects), what the XMP claims, and the
/// text read back.
/// </summary>
public sealed partial class TaggedPdfTests(TaggedDocument document) : IClassFixture<TaggedDocument>
{
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfUaid = "http://www.aiim.org/pdfua/ns/id/";

    private byte[] Report() => TaggedDocument.Write(document.Report().Pages);

    [Fact]
    public void TaggedPages_AreTaggedForPoppler_AndClaimPdfA2aAndPdfUa1()
    {
        var bytes = Report();

        Assert.Matches(@"Tagged:\s+yes", PdfTools.Run("pdfinfo", bytes));
        var xmp = Xmp(bytes);
        Assert.Equal("2", xmp.Descendants(PdfAid + "part").Single().Value);
        Assert.Equal("A", xmp.Descendants(PdfAid + "conformance").Single().Value);
        Assert.Equal("1", xmp.Descendants(PdfUaid + "part").Single().Value);
        // PDF/A admits pdfuaid only with its schema described in the packet.
        Assert.Contains(xmp.Descendants(), e => e.Name.LocalName == "namespaceURI" && e.Value == PdfUaid.NamespaceName);
        using var pdf = PdfPigDocument.Open(bytes);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var markInfo = Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, catalog.Data["MarkInfo"]));
        Assert.True(Assert.IsType<BooleanToken>(markInfo.Data["Marked"]).Data);
        var preferences = Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, catalog.Data["ViewerPreferences"]));
        Assert.True(Assert.IsType<BooleanToken>(preferences.Data["DisplayDocTitle"]).Data);
    }

    [Fact]
    public void StructureTree_PagesWrittenLastFirst_ListsContentInReadingOrderAsWrittenInOrder()
    {
        // The writer takes pages in any order (a contents page waits for its numbers while the pages after it are
        // written): the paragraph that runs on to page 2 then has its part on page 2 noted before its part on page 1,
        // and its kids must still come in reading order.
        var (pages, _) = document.Report();
        using var stream = new MemoryStream();
        using (var writer = new PdfPageWriter(stream, new PdfMetadata("Báo cáo tổng kết", "Huyện ủy Ý Yên", "thử", "thử", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc))))
        {
            foreach (var page in pages.Reverse())
            {
                writer.Add(page);
            }
            writer.Finish(pages);
        }

        static List<string> Tree(byte[] pdf) => [.. PdfTools.Run("pdfinfo", pdf, "-struct-text").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("Object ", StringComparison.Ordinal))];
        var lastFirst = Tree(stream.ToArray());
        Assert.Contains("\"Đoạn văn này tiếp tục ở trang hai.\"", lastFirst);
        Assert.Equal(Tree(Report()), lastFirst);
    }

    [Fact]
    public void StructureTree_OfTwoTrees_AndOfTheThreadsNextDocument_HoldsEachElementOnce()
    {
        // The writer finds an element's node by its number in its tree (StructureElement.Ordinal): two trees on one
        // page number from 0 each, and a thread's next document numbers its own from 0 again.
        static IReadOnlyList<Page> TwoTrees(TaggedDocument document, string first, string second)
        {
            var one = new StructureElement(StructureRole.Document, null);
            var heading = new StructureElement(StructureRole.H1, one);
            var paragraph = new StructureElement(StructureRole.P, one);
            var two = new StructureElement(StructureRole.Part, null);
            var note = new StructureElement(StructureRole.P, two);
            var page = new Page(TaggedDocument.A4, 1);
            page.Items.Add(document.Run(first, 60, 100, 16, bold: true, element: heading));
            page.Items.Add(document.Run(second, 60, 140, element: note));
            page.Items.Add(document.Run("Đoạn thứ hai của văn bản.", 60, 180, element: paragraph));
            return [page];
        }
        static List<string> Tree(byte[] pdf) => [.. PdfTools.Run("pdfinfo", pdf, "-struct-text").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("Object ", StringComparison.Ordinal))];

        var first = Tree(TaggedDocument.Write(TwoTrees(document, "TIÊU ĐỀ MỘT", "Ghi chú một.")));
        var second = Tree(TaggedDocument.Write(TwoTrees(document, "TIÊU ĐỀ HAI", "Ghi chú hai.")));

        Assert.Equal(["Document", "H1 (block)", "\"TIÊU ĐỀ MỘT\"", "P (block)", "\"Đoạn thứ hai của văn bản.\"", "Part", "P (block)", "\"Ghi chú một.\""], first);
        Assert.Equal(["Document", "H1 (block)", "\"TIÊU ĐỀ HAI\"", "P (block)", "\"Đoạn thứ hai của văn bản.\"", "Part", "P (block)", "\"Ghi chú hai.\""], second);
    }

    [Fact]
    public void StructureTree_ReadByPoppler_ListsHeadingParagraphTableAndFigure_InReadingOrder()
    {
        var dump = PdfTools.Run("pdfinfo", Report(), "-struct-text");
        string[] expected =
        [
            "Document", "Sect", "H1", "\"BÁO CÁO TỔNG KẾT NĂM 2020\"",
            "P", "\"Năm 2020, huyện Ý Yên đã hoàn thành\"", "Link", "\"trang của huyện\"", "\"và các chỉ tiêu chủ yếu.\"",
            "\"Đoạn văn này tiếp tục ở trang hai.\"", // the paragraph's part on page 2, in its place
            "Table", "TR", "TH:", "/Scope /Column", "\"Chỉ tiêu\"", "TH:", "/Scope /Column", "\"Đơn vị\"",
            "TR", "TD", "\"Sản lượng lúa\"", "TD:", "/ColSpan 2", "\"nghìn tấn\"",
            "Figure:", "\"100\"", "Caption", "\"Biểu đồ 1. Sản lượng lúa\"",
        ];
        var lines = dump.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("Object ", StringComparison.Ordinal) && !l.StartsWith("/BBox", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, lines.Select(l => Regex.Replace(l, @"^(Sect|H1|P|Table|Link) .*$", "$1")));
        // Page numbers are artifacts: not in the tree.
        Assert.DoesNotContain("\"1\"", lines);
        Assert.DoesNotContain("\"2\"", lines);
    }

    [Fact]
    public void Figure_HasItsAlternativeText_AndABoxAroundItsItems_TableHeadersTheirScope()
    {
        using var pdf = PdfPigDocument.Open(Report());
        var elements = PdfTools.StructureTree(pdf);

        var figure = Assert.Single(elements, e => e.Role == "Figure");
        Assert.Equal("Biểu đồ sản lượng lúa: năm 2020 là 100 nghìn tấn", PdfTools.Text(pdf, figure.Dictionary, "Alt"));
        var layout = Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, figure.Dictionary.Data["A"]));
        Assert.Equal("Layout", PdfTools.Text(pdf, layout, "O"));
        var box = Assert.IsType<ArrayToken>(layout.Data["BBox"]).Data.Select(t => ((NumericToken)t).Double).ToArray();
        // The chart's frame: 60..360 across, 240..340 down from the top of an 841,89 pt page.
        Assert.Equal([60, 841.89 - 340, 360, 841.89 - 240], box, (a, b) => Math.Abs(a - b) < 0.01);

        var headers = elements.Where(e => e.Role == "TH").ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(headers, th => Assert.Equal("Column", PdfTools.Text(pdf, Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, th.Dictionary.Data["A"])), "Scope")));
        Assert.Equal(["Document", "Sect", "H1", "P", "Link", "Table", "TR", "TH", "TH", "TR", "TD", "TD", "Figure", "Caption"], elements.Select(e => e.Role));
    }

    [Fact]
    public void ParentTree_LeadsEveryMarkedContentSequenceBackToItsElement_AndPageNumbersAreArtifacts()
    {
        using var pdf = PdfPigDocument.Open(Report());
        var page = pdf.GetPage(1);
        var marked = page.GetMarkedContents();

        var number = Assert.Single(marked, m => m.IsArtifact && string.Concat(m.Letters.Select(l => l.Value)) == "1");
        Assert.Equal("Artifact", number.Tag);
        var tagged = marked.Where(m => !m.IsArtifact).ToList();
        Assert.Equal(Enumerable.Range(0, tagged.Count), tagged.Select(m => m.MarkedContentIdentifier));
        Assert.Equal(["H1", "P", "Link", "P", "TH", "TH", "TD", "TD", "Figure", "Caption"], tagged.Select(m => m.Tag));

        // The parent tree's array for page 1 names, per MCID, the element of that role.
        var root = Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]));
        var parentTree = Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, root.Data["ParentTree"]));
        var nums = Assert.IsType<ArrayToken>(parentTree.Data["Nums"]).Data;
        var key = ((NumericToken)page.Dictionary.Data["StructParents"]).Int;
        var index = nums.Select((t, i) => (t, i)).First(p => p.i % 2 == 0 && ((NumericToken)p.t).Int == key).i;
        var parents = Assert.IsType<ArrayToken>(PdfTools.Resolve(pdf, nums[index + 1])).Data;
        Assert.Equal(tagged.Select(m => m.Tag), parents.Select(p => PdfTools.Text(pdf, (DictionaryToken)PdfTools.Resolve(pdf, p), "S")));
        Assert.Equal("S", PdfTools.Text(pdf, page.Dictionary, "Tabs"));
    }

    [Fact]
    public void Text_ReadBackByPdfPig_IsTheRunsText_WithItsSpaces_AtTheRunsPositions()
    {
        var (pages, _) = document.Report();
        using var pdf = PdfPigDocument.Open(TaggedDocument.Write(pages));
        foreach (var page in pages)
        {
            var runs = page.Items.OfType<GlyphRun>().ToList();
            var letters = pdf.GetPage(page.Number).Letters;
            Assert.Equal(string.Concat(runs.Select(r => r.Text)), string.Concat(letters.Select(l => l.Value)));

            // Each glyph where the layout put it, justified spaces too (TJ adjustments from the font's real widths).
            var positions = runs.SelectMany(r => r.X.Select((x, i) => (X: x, Y: page.Size.Height - r.YAt(i)))).ToList();
            Assert.Equal(positions.Count, letters.Count);
            for (var i = 0; i < letters.Count; i++)
            {
                Assert.InRange(letters[i].StartBaseLine.X - positions[i].X, -0.02, 0.02);
                Assert.InRange(letters[i].StartBaseLine.Y - positions[i].Y, -0.02, 0.02);
            }
        }
    }

    [Fact]
    public void Link_IsAnAnnotationWithItsUri_AndBelongsToTheLinkElement()
    {
        using var pdf = PdfPigDocument.Open(Report());
        var page = pdf.GetPage(1);
        var link = Assert.Single(page.GetHyperlinks());
        Assert.Equal("https://yyen.namdinh.gov.vn/tin-t%E1%BB%A9c", link.Uri); // 7-bit ASCII, as PDF asks
        var annotation = Assert.Single(page.GetAnnotations());
        Assert.Equal("Trang của huyện", annotation.Content);
        Assert.True(annotation.AnnotationDictionary.Data.ContainsKey("StructParent"));

        var element = Assert.Single(PdfTools.StructureTree(pdf), e => e.Role == "Link");
        var kids = Assert.IsType<ArrayToken>(element.Dictionary.Data["K"]).Data.Select(k => PdfTools.Resolve(pdf, k)).ToList();
        var objr = Assert.Single(kids.OfType<DictionaryToken>(), k => PdfTools.Text(pdf, k, "Type") == "OBJR");
        Assert.IsType<IndirectReferenceToken>(objr.Data["Obj"]);
    }

    [Fact]
    public void InternalLink_LeadsToItsAnchorsPageAndHeight()
    {
        var one = new Page(TaggedDocument.A4, 1);
        one.Items.Add(document.Run("Mục 2", 60, 100));
        one.Items.Add(new InternalLink(new ReportGen.Layout.Rect(60, 88, 60, 16), "muc-2"));
        var two = new Page(TaggedDocument.A4, 2);
        two.Anchors.Add(new Anchor("muc-2", "Mục 2. Kết quả", 1, 300));
        two.Items.Add(document.Run("Mục 2. Kết quả", 60, 310));
        using var pdf = PdfPigDocument.Open(TaggedDocument.Write([one, two]));

        var annotation = Assert.Single(pdf.GetPage(1).GetAnnotations());
        var destination = Assert.IsType<ArrayToken>(annotation.AnnotationDictionary.Data["Dest"]).Data;
        var target = Assert.IsType<DictionaryToken>(PdfTools.Resolve(pdf, destination[0]));
        Assert.Equal(pdf.GetPage(2).Dictionary.Data["Contents"], target.Data["Contents"]);
        Assert.Equal("XYZ", ((NameToken)destination[1]).Data);
        Assert.Equal(TaggedDocument.A4.Height - 300, ((NumericToken)destination[3]).Double, 2);
        Assert.Equal("Mục 2. Kết quả", annotation.Content);
    }

    [Fact]
    public void Fonts_AreEmbeddedSubsets_WithToUnicode_ForPdffonts_AndQpdfFindsNoError()
    {
        var bytes = Report();
        var fonts = PdfTools.Run("pdffonts", bytes).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+LiberationSerif", line);
            Assert.Matches(@"CID TrueType\s+Identity-H\s+yes yes yes", line);
        });
        Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", bytes, "--check"));
    }

    [Fact]
    public void SamePages_GiveTheSameBytes()
    {
        Assert.Equal(Report(), Report());
    }

    [Fact]
    public void AGlyphThatStandsForTwoTexts_IsReadAsTheRightTextThroughActualText()
    {
        // The same glyph drawn for "A" and then for "Λ" (as a fallback might): the ToUnicode map keeps the first
        // text, so the second run carries its text in /ActualText, which poppler reads.
        var first = document.Run("A", 60, 100);
        var second = first with { Text = "Λ", Structure = null, X = [60], Y = [120] };
        var page = new Page(TaggedDocument.A4, 1);
        page.Items.Add(first);
        page.Items.Add(second);
        var bytes = TaggedDocument.Write([page]);

        var text = PdfTools.Run("pdftotext", bytes, "-raw", "{pdf}", "-");
        Assert.Equal(["A", "Λ"], text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l != "\f"));
    }

    [Fact]
    public void UntaggedPages_AreNotTagged_AndClaimNoPdfUa()
    {
        var (pages, _) = document.Report();
        foreach (var item in pages.SelectMany(p => p.Items))
        {
            item.Structure = null;
        }
        var bytes = TaggedDocument.Write(pages);

        Assert.Matches(@"Tagged:\s+no", PdfTools.Run("pdfinfo", bytes));
        var xmp = Xmp(bytes);
        Assert.Equal("B", xmp.Descendants(PdfAid + "conformance").Single().Value);
        Assert.Empty(xmp.Descendants(PdfUaid + "part"));
        Assert.DoesNotContain("/StructParents", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void AFigureWithoutAlternativeText_IsStillPdfA2a_ButNotClaimedAsPdfUa()
    {
        var (pages, _) = document.Report();
        var figure = new StructureElement(StructureRole.Figure, pages[0].Items.First(i => i.Structure is not null).Structure!.Parent);
        pages[0].Items.Add(new FilledRectangle(new ReportGen.Layout.Rect(100, 400, 50, 50), ReportGen.Layout.Color.Black) { Structure = figure });

        var xmp = Xmp(TaggedDocument.Write(pages));
        Assert.Equal("A", xmp.Descendants(PdfAid + "conformance").Single().Value);
        Assert.Empty(xmp.Descendants(PdfUaid + "part"));
    }

    private static XDocument Xmp(byte[] bytes)
    {
        using var pdf = PdfPigDocument.Open(bytes);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        using var stream = new MemoryStream(xmp.GetXmlBytes().ToArray());
        return XDocument.Load(stream);
    }
}
