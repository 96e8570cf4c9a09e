using ReportGen.Booklet;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Docx;
using ReportGen.Templating.Documents;

namespace ReportGen.Build;

/// <summary>
/// The Word files of a meeting: one .docx per document of the booklet, in &lt;id&gt;/docx/ as
/// "01-chuong-trinh.docx", "02-bao-cao.docx" (the booklet's order), set with the booklet's theme.
/// </summary>
public static class WordFiles
{
    /// <summary>The Word files' page and sizes: the booklet's A4 theme (templates/theme.yaml).</summary>
    public static DocxSettings SettingsOf(BookletTheme theme) => new()
    {
        PaperWidthMm = theme.Paper.WidthMm, PaperHeightMm = theme.Paper.HeightMm,
        MarginTopMm = theme.MarginsMm.Top, MarginBottomMm = theme.MarginsMm.Bottom,
        MarginLeftMm = theme.MarginsMm.Left, MarginRightMm = theme.MarginsMm.Right,
        FontName = theme.Fonts.Stack.FirstOrDefault() ?? "Times New Roman",
        BodySize = theme.Body.Size, LineHeight = theme.Body.LineHeight,
        FirstLineIndentCm = theme.Body.FirstLineIndentCm, ParagraphSpacingPt = theme.Body.ParagraphSpacingPt,
        TitleSize = theme.Headings.TitleSize, StateTitleSize = theme.Headings.StateTitleSize,
        Level2Size = theme.Headings.Level2Size, Level3Size = theme.Headings.Level3Size,
        HeadingSpaceBeforePt = theme.Headings.SpaceBeforePt,
        TableSize = theme.Table.Size, CellPaddingPt = theme.Table.CellPaddingPt, HeaderFill = theme.Table.HeaderFill,
        PageNumberSize = theme.PageNumber.Size,
    };

    /// <summary>The folder-relative path of a document's Word file.</summary>
    public static string PathOf(Meeting meeting, int index, RenderedDocument document) =>
        $"{meeting.Id}/docx/{index + 1:00}-{document.Id}.docx";

    /// <param name="sourceDateEpoch">SOURCE_DATE_EPOCH when given: the files' modification date; otherwise the meeting's date.</param>
    public static void Add(Meeting meeting, IReadOnlyList<RenderedDocument> documents, DocxSettings settings, OutputFiles files,
        DateTimeOffset? sourceDateEpoch, Spelling spelling)
    {
        var charts = ChartFactory.For(meeting);
        bool HasChart(string name) => charts(name) is { Bars.Count: > 0 };
        // The conference date, not the clock: the same data gives the same file.
        var created = meeting.Info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        string Spelled(string text) => ToneMarks.Apply(text, spelling.ToneMarks);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var author = document.Heading?.Issuer.Name ?? string.Join(", ", meeting.Issuers.Select(issuer => issuer.Name));
            var properties = new DocxProperties(Spelled(Title(document)), Spelled(author), created, sourceDateEpoch?.UtcDateTime);
            files.Add(PathOf(meeting, i, document), stream => DocxWriter.Write(document, stream, settings, properties, HasChart));
        }
    }

    /// <summary>Its entry in the contents, or its title heading's words.</summary>
    private static string Title(RenderedDocument document) =>
        document.ContentsTitle ?? document.Markdown.Split('\n').Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))?[2..].Replace("*", "", StringComparison.Ordinal).Trim()
        ?? document.Id;
}
