using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Build;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// A commune sends its contribution as a Word file: the data names the .docx, and the booklet and the web page
/// carry its headings, text and table as they would the Markdown file (issue 16).
/// </summary>
public sealed class WordContributionTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("word");

    public void Dispose() => _workspace.Dispose();

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));

    [Fact]
    public void WordContribution_IsSetInTheBookletAndThePage_LikeAMarkdownOne()
    {
        var data = _workspace.Data;
        var docx = Path.Combine(data, "y-yen-tham-luan.docx");
        using (var document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            main.Document = new Document(new Body(
                Styled("Heading1", "Nước sạch nông thôn"),
                new Paragraph(new Run(new Text("Đến hết năm 2020 có 98,7% số hộ của xã Yên Tiến dùng nước sạch."))),
                new Table(new TableRow(Cell("Thôn"), Cell("Số hộ")), new TableRow(Cell("Thôn Đông"), Cell("412")))));
        }
        var yaml = Path.Combine(data, "y-yen.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: y-yen-tham-luan-yen-tien.md", "file: y-yen-tham-luan.docx", StringComparison.Ordinal));

        var report = SiteBuilder.Run(new BuildOptions(_workspace.Data, _workspace.Templates, _workspace.Output));

        Assert.Contains(report.Meetings, m => m.Id == "y-yen-2021");
        using var pdf = PdfDocument.Open(Path.Combine(_workspace.Output, "y-yen-2021", "booklet.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Nước sạch nông thôn", text, StringComparison.Ordinal);
        Assert.Contains("98,7% số hộ của xã Yên Tiến", text, StringComparison.Ordinal);
        Assert.Contains("Thôn Đông 412", text, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(_workspace.Output, "y-yen-2021", "index.html"));
        Assert.Contains("98,7% số hộ", page, StringComparison.Ordinal);
        Assert.Contains("<td>412</td>", page, StringComparison.Ordinal);
    }
}
