using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Model;
using ReportGen.Docx;
using ReportGen.Templating.Documents;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The Word files (&lt;id&gt;/docx/*.docx) of the seeds: valid OOXML by the SDK's validator, read back with the SDK
/// (styles, tables, page, header and signature blocks), and opened by a real client, LibreOffice, whose PDF holds
/// every fact of the seed.
/// </summary>
public sealed class WordFilesTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    public static TheoryData<string> Meetings => new() { "y-yen-2021", "xuan-truong-2021" };

    private static string[] FactsOf(string id) => id == "y-yen-2021" ? SeedFacts.YYen : SeedFacts.XuanTruong;
    private static string[] ForeignNumbersOf(string id) => id == "y-yen-2021" ? SeedFacts.OnlyXuanTruong : SeedFacts.OnlyYYen;

    // A4 and the theme's margins (20/20/30/15 mm) in twentieths of a point.
    private const int A4Width = 11906, A4Height = 16838, Top = 1134, Bottom = 1134, Left = 1701, Right = 850;
    private const int ContentWidth = 9354;

    private List<string> Files(string id) => [.. Directory.GetFiles(build.PathOf($"{id}/docx"), "*.docx").Order(StringComparer.Ordinal)];

    private static WordprocessingDocument Open(string path) => WordprocessingDocument.Open(path, isEditable: false);

    private static Body BodyOf(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text));

    [Fact]
    public void WordFiles_OnePerDocument_NumberedInTheBookletsOrder()
    {
        Assert.Equal(["01-chuong-trinh.docx", "02-bao-cao.docx", "03-quyet-dinh-khen-thuong.docx", "04-tham-luan.docx", "05-danh-sach-dai-bieu.docx"],
            Files("y-yen-2021").Select(Path.GetFileName));
        Assert.Equal(["01-chuong-trinh.docx", "02-bao-cao.docx", "03-tham-luan.docx", "04-danh-sach-dai-bieu.docx"],
            Files("xuan-truong-2021").Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void WordFiles_ValidateWithTheOpenXmlValidator_WithoutErrors(string id)
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        foreach (var file in Files(id))
        {
            using var document = Open(file);
            var errors = validator.Validate(document).Select(e => $"{Path.GetFileName(file)} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void Validator_FindsTheErrorOfABrokenCopy_SoItsSilenceMeansSomething()
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(build.PathOf("y-yen-2021/docx/02-bao-cao.docx")));
        using var document = WordprocessingDocument.Open(stream, isEditable: true);
        // A paragraph's properties after its text: the schema wants them first.
        var paragraph = BodyOf(document).Elements<Paragraph>().First(p => p.Elements<Run>().Any());
        paragraph.AppendChild(new ParagraphProperties(new Justification { Val = JustificationValues.Left }));
        Assert.NotEmpty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void WordFiles_TitlesAndHeadings_UseWordsHeadingStyles(string id)
    {
        foreach (var file in Files(id))
        {
            using var document = Open(file);
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
            foreach (var level in new[] { 1, 2, 3 })
            {
                Assert.Equal($"heading {level}", styles[$"Heading{level}"].StyleName!.Val!.Value);
                Assert.NotNull(styles[$"Heading{level}"].StyleRunProperties!.Bold);
            }
            Assert.Equal(JustificationValues.Center, styles["Heading1"].StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(JustificationValues.Both, styles["Normal"].StyleParagraphProperties!.Justification!.Val!.Value);
            var headings = BodyOf(document).Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").ToList();
            Assert.NotEmpty(headings);
        }
        using var report = Open(build.PathOf($"{id}/docx/02-bao-cao.docx"));
        var paragraphs = BodyOf(report).Descendants<Paragraph>().ToList();
        Assert.Equal("BÁO CÁO", TextOf(paragraphs.First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")));
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2" && TextOf(p) == "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020");
        // HD 36 sets a Party document's name at 15 pt, NĐ 30 a state document's at 14 pt.
        var titleSize = report.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleRunProperties!.FontSize!.Val!.Value;
        Assert.Equal(id == "y-yen-2021" ? "30" : "28", titleSize);
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void WordFiles_AreA4WithTheThemesMargins_AndPageNumbersFromPageTwo(string id)
    {
        foreach (var file in Files(id))
        {
            using var document = Open(file);
            var first = BodyOf(document).Descendants<SectionProperties>().First();
            var size = first.GetFirstChild<PageSize>()!;
            Assert.Equal((A4Width, A4Height), ((int)size.Width!.Value, (int)size.Height!.Value));
            var margin = first.GetFirstChild<PageMargin>()!;
            Assert.Equal((Top, Bottom, Left, Right), (margin.Top!.Value, margin.Bottom!.Value, (int)margin.Left!.Value, (int)margin.Right!.Value));
            // A different first page whose header is empty; the others have the page number centred at the top.
            Assert.NotNull(first.GetFirstChild<TitlePage>());
            HeaderPart HeaderOf(HeaderFooterValues type) => (HeaderPart)document.MainDocumentPart!.GetPartById(
                first.Elements<HeaderReference>().Single(r => r.Type!.Value == type).Id!.Value!);
            Assert.Equal("", TextOf(HeaderOf(HeaderFooterValues.First).Header!));
            var pageNumber = HeaderOf(HeaderFooterValues.Default).Header!;
            Assert.Equal(" PAGE ", pageNumber.Descendants<SimpleField>().Single().Instruction!.Value);
            Assert.Equal(JustificationValues.Center, pageNumber.Descendants<Justification>().Single().Val!.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Report_HeaderIsABorderlessTwoColumnTable_AsTheIssuerKindWants(string id)
    {
        using var report = Open(build.PathOf($"{id}/docx/02-bao-cao.docx"));
        var header = Assert.IsType<Table>(BodyOf(report).ChildElements.First());
        Assert.Equal(2, header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var borders = header.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>().ToList();
        Assert.Equal(6, borders.Count);
        Assert.All(borders, b => Assert.Equal(BorderValues.None, b.Val!.Value));
        var cells = header.Descendants<TableCell>().Select(TextOf).ToList();
        Assert.Contains("ngày 20 tháng 01 năm 2021", cells[1]);
        if (id == "y-yen-2021")
        {
            // HD 36: superior body, issuing body and "*" on the left; ĐẢNG CỘNG SẢN VIỆT NAM on the right.
            Assert.StartsWith("ĐẢNG BỘ TỈNH NAM ĐỊNHHUYỆN ỦY Ý YÊN*", cells[0]);
            Assert.StartsWith("ĐẢNG CỘNG SẢN VIỆT NAM", cells[1]);
        }
        else
        {
            Assert.StartsWith("ỦY BAN NHÂN DÂNHUYỆN XUÂN TRƯỜNG", cells[0]);
            Assert.StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc", cells[1]);
        }
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Report_IndicatorTable_HasRulesAndARepeatedBoldHeaderRow_AcrossTheTextWidth(string id)
    {
        using var report = Open(build.PathOf($"{id}/docx/02-bao-cao.docx"));
        var table = BodyOf(report).Elements<Table>().First(t => TextOf(t).Contains("Chỉ tiêu", StringComparison.Ordinal));
        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>().ToList();
        Assert.All(borders, b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        var header = table.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(header.Descendants<Run>(), run => Assert.NotNull(run.RunProperties!.Bold));
        Assert.StartsWith("STT", TextOf(header));
        Assert.Null(table.Elements<TableRow>().Skip(1).First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(ContentWidth, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)));
        // The numbers' column is right-aligned, as the Markdown says.
        var numbers = table.Elements<TableRow>().Skip(1).First().Elements<TableCell>().Last(c => TextOf(c).Any(char.IsDigit));
        Assert.Equal(JustificationValues.Right, numbers.Descendants<Justification>().Single().Val!.Value);
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Report_Appendix_IsALandscapeSection_AfterThePortraitPages(string id)
    {
        using var report = Open(build.PathOf($"{id}/docx/02-bao-cao.docx"));
        var sections = BodyOf(report).Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.Equal(PageOrientationValues.Portrait, sections[0].GetFirstChild<PageSize>()!.Orient!.Value);
        var landscape = sections[1].GetFirstChild<PageSize>()!;
        Assert.Equal((PageOrientationValues.Landscape, A4Height, A4Width), (landscape.Orient!.Value, (int)landscape.Width!.Value, (int)landscape.Height!.Value));
        var appendix = BodyOf(report).ChildElements.SkipWhile(e => e.Descendants<SectionProperties>().FirstOrDefault() is null).Skip(1).ToList();
        Assert.Contains(appendix, e => e is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && TextOf(p) == "PHỤ LỤC");
        Assert.Contains(appendix, e => e is Table);
    }

    [Fact]
    public void Decision_SignatureAndRecipients_AreABorderlessTable_AndTheAnnexStartsOnANewPage()
    {
        using var decision = Open(build.PathOf("y-yen-2021/docx/03-quyet-dinh-khen-thuong.docx"));
        var body = BodyOf(decision);
        var signature = body.Elements<Table>().Single(t => TextOf(t).StartsWith("Nơi nhận:", StringComparison.Ordinal));
        Assert.All(signature.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
        var cells = signature.Descendants<TableCell>().ToList();
        Assert.Equal(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."], cells[0].Elements<Paragraph>().Select(TextOf));
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", TextOf(cells[1].Elements<Paragraph>().First()));
        Assert.Equal("Trần Minh Khoa", TextOf(cells[1].Elements<Paragraph>().Last()));
        // NĐ 30: "Nơi nhận:" bold italic 12 pt, its lines 11 pt.
        var label = cells[0].Descendants<Run>().First().RunProperties!;
        Assert.True(label.Bold is not null && label.Italic is not null && label.FontSize!.Val == "24");
        Assert.Equal("22", cells[0].Elements<Paragraph>().Last().Descendants<FontSize>().Single().Val!.Value);

        var annex = body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.PageBreakBefore is not null);
        Assert.Equal("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", TextOf(annex));
        Assert.True(body.ChildElements.ToList().IndexOf(annex) > body.ChildElements.ToList().IndexOf(signature));
    }

    [Fact]
    public void WordFiles_AreDatedByTheMeeting_NeverTheClock()
    {
        foreach (var file in Files("y-yen-2021"))
        {
            using (var zip = ZipFile.OpenRead(file))
            {
                Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2021, 1, 23), e.LastWriteTime.DateTime));
            }
            using var document = Open(file);
            var core = System.Xml.Linq.XDocument.Load(document.CoreFilePropertiesPart!.GetStream());
            Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-01-23T00:00:00Z</dcterms:created>", core.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
            Assert.Equal("vi-VN", core.Root!.Elements().Single(e => e.Name.LocalName == "language").Value);
        }
    }

    [Fact]
    public void DocxWriter_SignedStateCopy_PrintsTheMarkAndNumber_AndLeavesOutAChartWithoutData()
    {
        var issuer = new Issuer { Name = "Ủy ban nhân dân huyện Ý Yên", Kind = IssuerKind.Government };
        var document = new RenderedDocument("tai-lieu-2", DocumentKind.Report,
            "# BÁO CÁO\n\n**Kết quả năm 2020**\n\nĐoạn văn.\n\n```chart\nnone\n```\n\nBiểu đồ 1. Không có số liệu\n\n```chart\nawards\n```\n\nBiểu đồ 2. Khen thưởng\n")
        {
            Heading = new IssuerHeading(issuer, "", ["Ủy ban nhân dân", "huyện Ý Yên"], "Số: 12/BC-UBND", "Ý Yên, ngày 20 tháng 01 năm 2021"),
            Signer = new Signer { OnBehalf = "TM. Ủy ban nhân dân", Position = "Chủ tịch", Name = "Trần Minh Khoa", Signed = true },
        };
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream, new DocxSettings(), new DocxProperties("Báo cáo", "UBND", new DateTime(2021, 1, 20)), name => name == "awards");
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
        var text = string.Join("\n", BodyOf(word).Descendants<Paragraph>().Select(TextOf));
        Assert.Contains("Số: 12/BC-UBND", text);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nTrần Minh Khoa", text);
        Assert.Contains(DocxWriter.ChartNote, text);
        Assert.Contains("Biểu đồ 2. Khen thưởng", text);
        Assert.DoesNotContain("Biểu đồ 1", text);
        Assert.Single(BodyOf(word).Descendants<SectionProperties>());
    }

    [Fact]
    public void DocxWriter_LongTableKeptCompact_WritesEveryRowsCellsInOrder_WithTheHeaderRepeated()
    {
        // A table this long is kept compact in the document's tree (CompactTables): the Word file makes its rows again
        // one by one, the plain ones and those kept as Markdig made them (emphasis, a short row) alike.
        const int rows = 240;
        string Name(int i) => i % 50 == 7 ? $"**Trần Thị Mai {i}**" : $"Nguyễn Văn An {i}";
        var markdown = "| STT | Họ và tên | Điểm |\n|---:|---|--:|\n" + string.Concat(Enumerable.Range(1, rows)
            .Select(i => i == 100 ? $"| {i} | Lê Văn Tám |\n" : $"| {i} | {Name(i)} | {i % 10},{i % 4} |\n"));
        var document = new RenderedDocument("danh-sach", DocumentKind.Contribution, markdown);
        Assert.Empty(Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Extensions.Tables.Table>(document.MarkdownTree()).Single());
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream, new DocxSettings(), new DocxProperties("Danh sách", "UBND", new DateTime(2021, 1, 20)));
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);

        var table = Assert.Single(BodyOf(word).Elements<Table>());
        var written = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(TextOf).ToArray()).ToList();
        Assert.Equal(rows + 1, written.Count);
        Assert.Equal(["STT", "Họ và tên", "Điểm"], written[0]);
        for (var i = 1; i <= rows; i++)
        {
            Assert.Equal(i == 100 ? [$"{i}", "Lê Văn Tám", ""] : [$"{i}", Name(i).Trim('*'), $"{i % 10},{i % 4}"], written[i]);
        }
        Assert.Single(table.Elements<TableRow>(), r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null);
        var right = table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Last().Descendants<Paragraph>().Single().ParagraphProperties!.Justification!.Val!.Value);
        Assert.All(right, j => Assert.Equal(JustificationValues.Right, j));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
    }

    [Fact]
    public void DocxWriter_AnnexStartingWithATable_BreaksBeforeItsFirstCellOnly()
    {
        // Table cells share one paragraph setting per alignment (settings are values): the annex's page break goes
        // to a copy for its first cell, never to the setting the body's table and the annex's other cells hold.
        var document = new RenderedDocument("quyet-dinh", DocumentKind.Report,
            "# QUYẾT ĐỊNH\n\n| Xã | Số |\n|---|--:|\n| Yên Tiến | 12 |\n\nĐoạn văn.\n")
        {
            Annex = "| Xã | Số |\n|---|--:|\n| Yên Lợi | 3 |\n| Yên Bình | 4 |\n",
        };
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream, new DocxSettings(), new DocxProperties("Quyết định", "UBND", new DateTime(2021, 1, 20)));
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var tables = BodyOf(word).Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        var breaks = BodyOf(word).Descendants<Paragraph>().Where(p => p.ParagraphProperties?.PageBreakBefore is not null).ToList();
        Assert.Same(tables[1].Descendants<Paragraph>().First(), Assert.Single(breaks));
        foreach (var table in tables)
        {
            // Header cells centred, the numbers' column right-aligned as the Markdown says, in both tables.
            var alignments = table.Descendants<Paragraph>().Select(p => p.ParagraphProperties!.Justification!.Val!.Value).ToList();
            Assert.Equal(JustificationValues.Center, alignments[0]);
            Assert.Equal(JustificationValues.Center, alignments[1]);
            Assert.Equal(JustificationValues.Left, alignments[2]);
            Assert.Equal(JustificationValues.Right, alignments[3]);
        }
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
    }

    [Theory]
    [InlineData("Báo cáo > 3 & < 5", "\"UBND\" 'HĐND' ]]>")] // escaped markup characters
    [InlineData("Dòng một\nDòng hai", "UBND\thuyện")] // control characters
    public void DocxWriter_CoreProperties_ReadBackAsGiven(string title, string author)
    {
        var document = new RenderedDocument("bao-cao", DocumentKind.Report, "# BÁO CÁO\n\nĐoạn văn.\n");
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream, new DocxSettings(), new DocxProperties(title, author, new DateTime(2021, 1, 20, 7, 8, 9), new DateTime(2021, 2, 3)));
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Equal(title, word.PackageProperties.Title);
        Assert.Equal(author, word.PackageProperties.Creator);
        Assert.Equal(new DateTime(2021, 1, 20, 7, 8, 9), word.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(new DateTime(2021, 2, 3), word.PackageProperties.Modified!.Value.ToUniversalTime());
        Assert.Equal("vi-VN", word.PackageProperties.Language);
    }

    [Theory]
    [InlineData("Một\uFFFE hai & ba\uFFFF < bốn\uFFFE", "Một hai & ba < bốn")]
    [InlineData("\uFFFF\uFFFEđầu > cuối\uFFFF", "đầu > cuối")]
    [InlineData("a\u0001b\uFFFE&\u001Fc", "ab&c")]
    public void DocxWriter_LeavesOutWhatXmlCannotHold_BesideEscapedMarkup(string text, string readBack)
    {
        // U+FFFE and U+FFFF are searched apart from the rest (WordWriter.Escaped): before, between and after escapes.
        var document = new RenderedDocument("bao-cao", DocumentKind.Report, $"# BÁO CÁO\n\n{text}\n");
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream, new DocxSettings(), new DocxProperties("Báo cáo", "UBND", new DateTime(2021, 1, 20)));
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Contains(readBack, BodyOf(word).Descendants<Paragraph>().Select(TextOf));
    }

    [Fact]
    public void DocxWriter_WritesTheSameBytesTwice_AndEveryEntryReadsBackWhole()
    {
        // The writer makes its own zip (headers, CRC-32, deflate): .NET's reader checks each entry's CRC and size.
        var issuer = new Issuer { Name = "Ủy ban nhân dân huyện Ý Yên", Kind = IssuerKind.Government };
        var document = new RenderedDocument("bao-cao", DocumentKind.Report,
            "# BÁO CÁO\n\nĐoạn văn có dấu <, > và & cùng \"ngoặc kép\".\n\n| Xã | Số |\n|---|--:|\n| Yên Tiến | 12.278,27 |\n")
        {
            Heading = new IssuerHeading(issuer, "", ["Ủy ban nhân dân", "huyện Ý Yên"], "Số: 12/BC-UBND", "Ý Yên, ngày 20 tháng 01 năm 2021"),
        };
        byte[] Write()
        {
            using var stream = new MemoryStream();
            DocxWriter.Write(document, stream, new DocxSettings(), new DocxProperties("Báo cáo <năm>", "UBND & HĐND", new DateTime(2021, 1, 20)));
            return stream.ToArray();
        }
        var bytes = Write();
        Assert.Equal(bytes, Write());
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml",
            "docProps/core.xml", "_rels/.rels", "word/_rels/document.xml.rels", "[Content_Types].xml"], zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }
            Assert.Equal(entry.Length, content.Length);
            content.Position = 0;
            Assert.NotNull(System.Xml.Linq.XDocument.Load(content));
        }
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("Đoạn văn có dấu <, > và & cùng \"ngoặc kép\".", BodyOf(word).Descendants<Paragraph>().Select(TextOf));
        Assert.Equal("Báo cáo <năm>", word.PackageProperties.Title);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void WordFiles_OwnEntriesDeflatedAtLevel4_SharedPartsAtLevel6(string id)
    {
        // The levels chosen in docs/benchmarks.md ("Deflate levels", issue 19), written here as numbers and not taken
        // from ZipEntryData, so that a change of level, or an entry silently back at Optimal, fails here.
        foreach (var file in Files(id))
        {
            var bytes = File.ReadAllBytes(file);
            var entries = 0;
            for (var at = 0; System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) == 0x04034B50; entries++)
            {
                var compressedSize = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 18));
                var nameLength = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 26));
                var extraLength = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
                var name = System.Text.Encoding.ASCII.GetString(bytes, at + 30, nameLength);
                var deflated = bytes.AsSpan(at + 30 + nameLength + extraLength, compressedSize).ToArray();
                var level = name is "word/document.xml" or "docProps/core.xml" ? 4 : 6;
                var inflated = Inflate(deflated);
                Assert.True(deflated.AsSpan().SequenceEqual(Deflate(inflated, level)), $"{Path.GetFileName(file)}: {name} is not deflated at level {level}");
                if (name == "word/document.xml")
                {
                    Assert.NotEqual(Deflate(inflated, 4), Deflate(inflated, 6));
                }
                at += 30 + nameLength + extraLength + compressedSize;
            }
            Assert.True(entries >= 9, $"{Path.GetFileName(file)}: {entries} entries read");
        }

        static byte[] Inflate(byte[] deflated)
        {
            using var inflated = new MemoryStream();
            using (var stream = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress))
            {
                stream.CopyTo(inflated);
            }
            return inflated.ToArray();
        }

        static byte[] Deflate(byte[] data, int level)
        {
            using var deflated = new MemoryStream();
            using (var stream = new DeflateStream(deflated, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
            {
                stream.Write(data);
            }
            return deflated.ToArray();
        }
    }

    [LibreOfficeFact]
    public void LibreOffice_ConvertsEveryWordFile_AndTheTextHoldsEverySeedFact()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-docx-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var id in new[] { "y-yen-2021", "xuan-truong-2021" })
            {
                var pdfs = LibreOffice.ConvertToPdf(Files(id), Path.Combine(folder, id));
                var text = string.Join(" ", pdfs.Select(LibreOffice.TextOf));
                Assert.All(FactsOf(id), fact => Assert.Contains(fact, text));
                Assert.All(ForeignNumbersOf(id), fact => Assert.DoesNotContain(fact, text));
                Assert.All(["CHƯƠNG TRÌNH HỘI NGHỊ", "BÁO CÁO", "PHỤ LỤC", "Nơi nhận:", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020"], title => Assert.Contains(title, text));
                // The client kept the page: A4 portrait, and the report's appendix on a landscape page.
                using var report = PdfDocument.Open(pdfs[1]);
                Assert.Equal((595, 842), ((int)Math.Round(report.GetPage(1).Width), (int)Math.Round(report.GetPage(1).Height)));
                var last = report.GetPage(report.NumberOfPages);
                Assert.Equal((842, 595), ((int)Math.Round(last.Width), (int)Math.Round(last.Height)));
            }
            Assert.Contains("12.278,27", LibreOffice.TextOf(Path.Combine(folder, "xuan-truong-2021", "02-bao-cao.pdf")));
            Assert.Contains("QUYẾT ĐỊNH", LibreOffice.TextOf(Path.Combine(folder, "y-yen-2021", "03-quyet-dinh-khen-thuong.pdf")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
