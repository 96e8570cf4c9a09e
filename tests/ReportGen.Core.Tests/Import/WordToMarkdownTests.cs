using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Import;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Tests.Import;

/// <summary>
/// A commune's contribution sent as a Word file: made here with the Open XML SDK the way Word writes one
/// (heading styles, direct bold, lists with levels, a table with merged cells, tracked changes, comments), read
/// into Markdown, and checked as part of a meeting's data.
/// </summary>
public sealed class WordToMarkdownTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-word-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Run Text(string text, bool bold = false, bool italic = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold || italic)
        {
            run.PrependChild(new RunProperties(bold ? new Bold() : null!, italic ? new Italic() : null!));
        }
        return run;
    }

    private static Paragraph Styled(string style, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. content]);

    private static Paragraph Item(int numId, int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), Text(text));

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        return new TableCell(properties, new Paragraph(Text(text)));
    }

    /// <summary>A contribution as a commune's secretary writes one in Word.</summary>
    private string MakeContribution(bool withChanges = true)
    {
        var path = Path.Combine(_folder, "tham-luan.docx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            // Word in Vietnamese keeps the built-in name; the id may be anything.
            new Style(new StyleName { Val = "heading 2" }) { Type = StyleValues.Paragraph, StyleId = "Tiu2" });
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 0 },
                new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 1 }) { AbstractNumberId = 1 },
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
        var body = new Body(
            Styled("Heading1", Text("Kết quả đạt được")),
            new Paragraph(Text("Xã đã huy động "), Text("12.278,27", bold: true), Text(" triệu đồng cho "), Text("nông thôn mới", italic: true), Text(".")),
            Item(1, 0, "Đường giao thông nông thôn"),
            Item(1, 1, "Cứng hóa 12 km"),
            Item(2, 0, "Bước thứ nhất"),
            new Paragraph(Text("Bài học kinh nghiệm", bold: true)),
            Styled("Tiu2", Text("Số liệu")),
            new Table(
                new TableRow(Cell("Chỉ tiêu"), Cell("Năm 2020"), Cell("Năm 2021")),
                new TableRow(Cell("Thu nhập bình quân", merge: MergedCellValues.Restart), Cell("45 triệu | người", span: 2)),
                new TableRow(Cell("", merge: MergedCellValues.Continue), Cell("50"), Cell("55"))),
            new Paragraph(Text("Dấu * và _ trong văn bản.")));
        if (withChanges)
        {
            body.Append(new Paragraph(Text("Năm 2021 "),
                new InsertedRun(Text("phấn đấu ")) { Id = "1", Author = "A" },
                new DeletedRun(new Run(new DeletedText("cố gắng "))) { Id = "2", Author = "A" },
                Text("hoàn thành.")));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(Text("Xem lại số liệu"))) { Id = "1", Author = "B" });
        }
        main.Document = new Document(body);
        return path;
    }

    [Fact]
    public void Contribution_BecomesTheMarkdownASecretaryWouldType()
    {
        var (markdown, _) = WordToMarkdown.Convert(MakeContribution(withChanges: false));

        Assert.Contains("# Kết quả đạt được\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Xã đã huy động **12.278,27** triệu đồng cho *nông thôn mới*.", markdown, StringComparison.Ordinal);
        Assert.Contains("- Đường giao thông nông thôn\n   - Cứng hóa 12 km\n", markdown, StringComparison.Ordinal);
        Assert.Contains("1. Bước thứ nhất\n\n## ", markdown, StringComparison.Ordinal);
        // A short paragraph wholly in bold is a heading typed by hand; a heading style by its Word name.
        Assert.Contains("## Bài học kinh nghiệm\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Số liệu\n", markdown, StringComparison.Ordinal);
        // The table: merged cells become empty cells, a "|" in a cell stays text.
        Assert.Contains("| Chỉ tiêu | Năm 2020 | Năm 2021 |\n|---|---|---|\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Thu nhập bình quân | 45 triệu \\| người |   |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("|   | 50 | 55 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Dấu \\* và \\_ trong văn bản.", markdown, StringComparison.Ordinal);
        // The same Markdown the pipeline parses: the table is a table.
        var parsed = Markdig.Markdown.ToHtml(markdown, Markdig.MarkdownExtensions.UsePipeTables(new Markdig.MarkdownPipelineBuilder()).Build());
        Assert.Contains("<td>45 triệu | người</td>", parsed, StringComparison.Ordinal);
    }

    [Fact]
    public void TrackedChanges_AreTakenAsAccepted_AndCommentsLeftOut_EachSaidOnceWithItsParagraph()
    {
        var (markdown, notes) = WordToMarkdown.Convert(MakeContribution());

        Assert.Contains("Năm 2021 phấn đấu hoàn thành.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("cố gắng", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Xem lại số liệu", markdown, StringComparison.Ordinal);
        var changes = Assert.Single(notes, n => n.Loss == WordLoss.TrackedChanges);
        Assert.StartsWith("Năm 2021", changes.Excerpt, StringComparison.Ordinal);
        Assert.True(changes.Paragraph >= 10, $"paragraph {changes.Paragraph}");
        Assert.Single(notes, n => n.Loss == WordLoss.Comments);
    }

    [Fact]
    public void NotAWordFile_AndAZipBomb_AreRefused_NeverOpened()
    {
        var text = Path.Combine(_folder, "not-word.docx");
        File.WriteAllText(text, "this is text");
        Assert.Throws<WordFileRefusedException>(() => WordToMarkdown.Convert(text));

        // 100 MB of zeros in a few hundred KB: refused from the zip's directory, before anything is unpacked.
        var bomb = Path.Combine(_folder, "bomb.docx");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++)
            {
                stream.Write(zeros);
            }
        }
        Assert.True(new FileInfo(bomb).Length < 1024 * 1024);
        var refused = Assert.Throws<WordFileRefusedException>(() => WordToMarkdown.Convert(bomb));
        Assert.Contains("MB", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingData_TakesAWordContribution_AndSaysWhereItLostSomething()
    {
        MakeContribution();
        var path = ContributionMeeting.Write(_folder, "tham-luan.docx");

        var check = DataLoader.CheckFile(path);

        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        var warning = Assert.Single(check.Diagnostics, d => d.Code == "RG130" && d.Message.Contains("Track Changes", StringComparison.Ordinal)
            || d.Code == "RG130" && d.Message.Contains("tracked changes", StringComparison.Ordinal));
        Assert.EndsWith("tham-luan.docx", warning.File, StringComparison.Ordinal);
        Assert.True(warning.Line >= 10);

        File.WriteAllText(Path.Combine(_folder, "tham-luan.docx"), "not a zip");
        var refused = Assert.Single(DataLoader.CheckFile(path).Diagnostics, d => d.Code == "RG131");
        Assert.Equal(Diagnostics.Severity.Error, refused.Severity);
        Assert.EndsWith("meeting.yaml", refused.File, StringComparison.Ordinal);
    }
}
