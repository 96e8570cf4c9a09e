using System.IO.Compression;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Import;
using ReportGen.Core.Loading;
using ReportGen.Tests;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// Word and Excel files written by hand, part by part, as other programs (and damaged copies, and hostile ones) write them:
/// what Word itself would not write but a file from many hands may hold. Each is read or refused with a reason, never
/// a crash: damaged XML, a DTD that would expand, numbers that are not numbers, a span wider than any table, "Strict Open
/// XML", moved text, a package without its root relationships, a picture's relationship that climbs out of the package,
/// part names in another case, a sheet whose part is missing.
/// </summary>
public sealed class OfficeFilesFromManyHandsTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly string _folder = Directory.CreateTempSubdirectory("rg-office-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A zip of the given parts, in order, as a program that knows nothing of the SDK writes one.</summary>
    private string Package(string name, params (string Part, object Content)[] parts)
    {
        var path = Path.Combine(_folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (part, content) in parts)
        {
            using var stream = zip.CreateEntry(part).Open();
            stream.Write(content as byte[] ?? Encoding.UTF8.GetBytes((string)content));
        }
        return path;
    }

    private static string Relationships(params (string Id, string Type, string Target, bool External)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"{(r.External ? " TargetMode=\"External\"" : "")}/>"))
        + "</Relationships>";

    private const string WordTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private static string DocumentXml(string body, string w = W) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{w}\" xmlns:r=\"{R}\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + $"<w:body>{body}</w:body></w:document>";

    /// <summary>A Word file of one body, with the package's root relationship unless told otherwise, and any further parts.</summary>
    private string Word(string name, string body, string w = W, bool rootRelationships = true, params (string Part, object Content)[] more)
    {
        var document = DocumentXml(body, w);
        var parts = new List<(string, object)> { ("[Content_Types].xml", WordTypes) };
        if (rootRelationships)
        {
            parts.Add(("_rels/.rels", Relationships(("rId1", RelationshipTypes + "officeDocument", "word/document.xml", false))));
        }
        parts.Add(("word/document.xml", document));
        parts.AddRange(more);
        return Package(name, [.. parts]);
    }

    private static string Paragraph(string text, string properties = "") =>
        $"<w:p><w:r>{(properties.Length > 0 ? $"<w:rPr>{properties}</w:rPr>" : "")}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    [Fact]
    public void DamagedXml_AndADtd_AreRefusedWithTheReason_AndTheCheckSaysSo()
    {
        const string Unclosed = "<w:p><w:r><w:t>Báo cáo</w:t></w:r>";
        var damaged = Word("hong.docx", Unclosed);
        // Where it breaks, in the sender's words, not the parser's advice to programmers: at the name of "</w:body>",
        // which closes the body while its paragraph is still open.
        var refused = Assert.Throws<WordFileRefusedException>(() => WordToMarkdown.Convert(damaged));
        var column = DocumentXml(Unclosed).IndexOf("</w:body>", StringComparison.Ordinal) + "</".Length + 1;
        Assert.Equal($"its XML cannot be read (line 1, position {column})", refused.Message);

        // A billion laughs: the entities are never expanded, the DTD itself is refused.
        var laughs = Package("cuoi.docx", ("[Content_Types].xml", WordTypes),
            ("_rels/.rels", Relationships(("rId1", RelationshipTypes + "officeDocument", "word/document.xml", false))),
            ("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + $"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"));
        Assert.Equal("its XML cannot be read", Assert.Throws<WordFileRefusedException>(() => WordToMarkdown.Convert(laughs)).Message);

        // In a meeting's data: the file is named at the line that binds it, as an error; no exception escapes.
        File.Copy(damaged, Path.Combine(_folder, "tham-luan.docx"));
        var check = DataLoader.CheckFile(ContributionMeeting.Write(_folder, "tham-luan.docx"));
        var error = Assert.Single(check.Diagnostics, d => d.Code == DiagnosticCodes.WordFileRefused);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("meeting.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersThatAreNotNumbers_ReadAsAbsent_AndASpanWiderThanAnyTable_IsBounded()
    {
        var path = Word("so.docx",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"x\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Mục một</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"-3\"/><w:numId w:val=\"y\"/></w:numPr></w:pPr><w:r><w:t>Mục hai</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"99999999\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Mục ba</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p><w:r><w:t>Ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");

        var markdown = WordToMarkdown.Convert(path).Markdown;

        Assert.Contains("- Mục một\n- Mục hai\n", markdown, StringComparison.Ordinal);
        // Word has nine list levels (0–8): a level past them is the last one, not a line of spaces.
        Assert.Contains("\n" + new string(' ', 8 * 3) + "- Mục ba\n", markdown, StringComparison.Ordinal);
        var header = markdown.Split('\n').Single(l => l.StartsWith("| Ô", StringComparison.Ordinal));
        // Word's grid has at most 63 columns.
        Assert.Equal(63, header.Count(c => c == '|') - 1);
    }

    [Fact]
    public void AStrictOpenXmlDocument_ReadsAsTheUsualOne()
    {
        const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        var body = Paragraph("Kết quả nổi bật", "<w:b w:val=\"on\"/>") + Paragraph("Năm 2025 xã hoàn thành các chỉ tiêu.", "<w:b w:val=\"off\"/>");

        var strict = WordToMarkdown.Convert(Word("strict.docx", body, w: Strict)).Markdown;
        var usual = WordToMarkdown.Convert(Word("usual.docx", body)).Markdown;

        Assert.Equal("## Kết quả nổi bật\n\nNăm 2025 xã hoàn thành các chỉ tiêu.\n", strict);
        Assert.Equal(usual, strict);
    }

    [Fact]
    public void MovedText_IsTakenAtItsNewPlace_AndSaidAsATrackedChange()
    {
        var path = Word("di-chuyen.docx",
            "<w:p><w:r><w:t xml:space=\"preserve\">Xã </w:t></w:r>"
            + "<w:moveFrom w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">đã </w:t></w:r></w:moveFrom>"
            + "<w:r><w:t xml:space=\"preserve\">hoàn thành </w:t></w:r>"
            + "<w:moveTo w:id=\"2\" w:author=\"A\"><w:r><w:t>sớm</w:t></w:r></w:moveTo><w:r><w:t>.</w:t></w:r></w:p>");

        var (markdown, notes) = WordToMarkdown.Convert(path);

        Assert.Equal("Xã hoàn thành sớm.\n", markdown);
        Assert.Equal(WordLoss.TrackedChanges, Assert.Single(notes).Loss);
    }

    [Fact]
    public void APackageWithoutItsRootRelationships_IsReadFromItsUsualMainPart()
    {
        var path = Word("khong-quan-he.docx", Paragraph("Báo cáo tóm tắt."), rootRelationships: false);

        Assert.Equal("Báo cáo tóm tắt.\n", WordToMarkdown.Convert(path).Markdown);
    }

    [Fact]
    public void APictureWhoseRelationshipClimbsOutOfThePackage_IsRefusedAsLinked_AndPartNamesMatchInAnyCase()
    {
        static string Drawing(string id, string name) =>
            $"<w:r><w:drawing><wp:inline><wp:extent cx=\"1270000\" cy=\"635000\"/><wp:docPr id=\"1\" name=\"{name}\" descr=\"Ảnh {name}\"/>"
            + $"<a:graphic><a:graphicData><a:blip r:embed=\"{id}\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
        var path = Word("anh.docx",
            $"<w:p><w:r><w:t>Một</w:t></w:r>{Drawing("rId5", "Leo")}</w:p><w:p><w:r><w:t>Hai</w:t></w:r>{Drawing("rId6", "Hoa")}</w:p>"
            + $"<w:p><w:r><w:t>Ba</w:t></w:r>{Drawing("rId7", "Mat")}</w:p>",
            more: [
                ("word/_rels/document.xml.rels", Relationships(
                    ("rId5", RelationshipTypes + "image", "../../../etc/anh.png", false),
                    ("rId6", RelationshipTypes + "image", "Media/ANH%201.PNG", false),
                    ("rId7", RelationshipTypes + "image", "media/khong-co.png", false))),
                ("word/media/anh 1.png", PictureContribution.Png),
            ]);

        var content = WordToMarkdown.Convert(path);

        var linked = Assert.Single(content.Notes, n => n.Loss == WordLoss.PictureLinked);
        Assert.Equal((1, "../../../etc/anh.png"), (linked.Paragraph, linked.Detail));
        var missing = Assert.Single(content.Notes, n => n.Loss == WordLoss.PictureUnsupported);
        Assert.Equal(3, missing.Paragraph);
        // The part named in another case, with an escaped space, is the picture; its size is Word's (100 × 50 pt).
        var image = Assert.Single(content.Images.Values);
        Assert.Equal(PictureContribution.Png, image.Bytes);
        Assert.Equal((100, 50), (image.NaturalWidthPt, image.NaturalHeightPt));
        Assert.Contains($"Hai\n\n![Ảnh Hoa](rg-image:{image.Key})\n", content.Markdown, StringComparison.Ordinal);
    }

    /// <summary>A workbook of one sheet "Chỉ tiêu" (and a second listed whose part is missing), in the given namespaces.</summary>
    private string Workbook(string name, string main, string relationships, string relationshipTypes)
    {
        var sheet = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Năm 2025</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>7.5</v></c></row></sheetData></worksheet>";
        return Package(name,
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", Relationships(("rId1", relationshipTypes + "officeDocument", "/xl/workbook.xml", false))),
            ("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{relationships}\"><sheets>"
                + "<sheet name=\"Chỉ tiêu\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Biểu đồ\" sheetId=\"2\" r:id=\"rId9\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", Relationships(
                ("rId1", relationshipTypes + "worksheet", "worksheets/sheet1.xml", false),
                ("rId2", relationshipTypes + "sharedStrings", "sharedStrings.xml", false))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{main}\"><si><t>Chỉ tiêu</t></si><si><t>Tăng trưởng</t></si></sst>"));
    }

    [Theory]
    [InlineData("http://schemas.openxmlformats.org/spreadsheetml/2006/main", R, RelationshipTypes)]
    [InlineData("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://purl.oclc.org/ooxml/officeDocument/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/")]
    public void AWorkbook_UsualOrStrict_IsRead_AndASheetWithoutItsPart_IsRefusedByName(string main, string relationships, string types)
    {
        var path = Workbook("chi-tieu.xlsx", main, relationships, types);

        var table = SheetTable.Read(path, "chi-tieu.xlsx");

        Assert.Equal("Chỉ tiêu", table.Sheet);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(("Chỉ tiêu", "Năm 2025"), (table.Rows[0].Cells[1], table.Rows[0].Cells[2]));
        Assert.Equal(("Tăng trưởng", "7.5"), (table.Rows[1].Cells[1], table.Rows[1].Cells[2]));
        Assert.Contains(2, table.Rows[1].NumberCells!);
        var refused = Assert.Throws<SheetFileRefusedException>(() => SheetTable.Read(path, "chi-tieu.xlsx", "Biểu đồ"));
        Assert.Contains("'Biểu đồ' is not a worksheet", refused.Message, StringComparison.Ordinal);
        var none = Assert.Throws<SheetFileRefusedException>(() => SheetTable.Read(path, "chi-tieu.xlsx", "Dân số"));
        Assert.Contains("Chỉ tiêu, Biểu đồ", none.Message, StringComparison.Ordinal);
    }
}
