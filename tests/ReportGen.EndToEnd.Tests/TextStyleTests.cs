using System.Net;
using System.Text.RegularExpressions;
using ReportGen.Build;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Wording;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// Issue 14, point 11: one placement of tone marks and one style of quotation marks in every output. A meeting
/// whose data mixes "khoá" and "khóa" and types straight quotes comes out in the theme's placement with curly
/// quotes in the booklet, the web page and the article alike, and is told where the data mixes them.
/// </summary>
public sealed partial class TextStyleTests : IDisposable
{
    private readonly SeedWorkspace _work = new("text-style", copyTemplates: true);

    public void Dispose() => _work.Dispose();

    private string Contribution => Path.Combine(_work.Data, "y-yen-tham-luan-yen-tien.md");

    /// <summary>
    /// y-yen writes the new placement; its contribution gets a line in the old one with straight quotes, and a
    /// summary of its data file gets straight quotes too.
    /// </summary>
    private void MixTheData()
    {
        File.AppendAllText(Contribution, "\nLớp \"khoá học\" ở nhà văn hoá thôn được duy trì.\n");
        var data = Path.Combine(_work.Data, "y-yen.yaml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("kết quả thu ngân sách đạt khá.",
            "phong trào \"Dân vận khéo\" được nhân rộng.", StringComparison.Ordinal));
    }

    private BuildReport Build(string toneMarks)
    {
        var theme = Path.Combine(_work.Templates, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("tone_marks: new", $"tone_marks: {toneMarks}", StringComparison.Ordinal));
        return SiteBuilder.Run(new BuildOptions(_work.Data, _work.Templates, _work.Output) { Only = "y-yen-2021" });
    }

    private string Booklet => PdfText.Body(Path.Combine(_work.Output, "y-yen-2021", "booklet.pdf"));

    /// <summary>The web page's text, tags and the style sheet taken out, entities read.</summary>
    private string Page => WebUtility.HtmlDecode(Tags().Replace(Styles().Replace(File.ReadAllText(Path.Combine(_work.Output, "y-yen-2021", "index.html")), ""), " "));

    /// <summary>The article after its front matter (whose quotes are YAML's syntax).</summary>
    private string Article => File.ReadAllText(Path.Combine(_work.Output, "y-yen-2021", "article.md")).Split("\n---\n", 2)[1];

    private static IEnumerable<string> WordsIn(string text, ToneMarkStyle style) =>
        ToneMarks.Styled(text).Where(s => s.Style == style).Select(s => s.Syllable).Distinct();

    [Fact]
    public void MixedData_ComesOutInTheNewPlacement_WithCurlyQuotes_Everywhere_AndIsWarnedWhereItMixes()
    {
        MixTheData();
        var report = Build("new");

        var warning = Assert.Single(report.Warnings, w => w.Code == DiagnosticCodes.MixedToneMarks);
        Assert.Equal(Contribution, warning.File);
        var lines = File.ReadAllLines(Contribution);
        var line = Array.FindIndex(lines, l => l.Contains("khoá học", StringComparison.Ordinal));
        Assert.Equal((line + 1, lines[line].IndexOf("khoá", StringComparison.Ordinal) + 1), (warning.Line, warning.Column));
        Assert.Contains("“khoá”", warning.Message, StringComparison.Ordinal);

        foreach (var (medium, text) in new[] { ("booklet", Booklet), ("page", Page), ("article", Article) })
        {
            Assert.True(!WordsIn(text, ToneMarkStyle.Old).Any(), $"{medium}: old placement left: {string.Join(", ", WordsIn(text, ToneMarkStyle.Old))}");
            Assert.Contains("ủy", text, StringComparison.Ordinal);
            Assert.Contains("phong trào “Dân vận khéo” được nhân rộng", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Dân vận khéo\"", text, StringComparison.Ordinal);
        }
        foreach (var (medium, text) in new[] { ("booklet", Booklet), ("page", Page) })
        {
            Assert.Contains("Lớp “khóa học” ở nhà văn hóa thôn", text, StringComparison.Ordinal);
            Assert.Contains("Phong trào “Ngày thứ bảy văn minh”", text, StringComparison.Ordinal);
            Assert.True(!text.Contains('"', StringComparison.Ordinal), $"{medium}: a straight quote is left");
        }
    }

    [Fact]
    public void OldPlacementInTheTheme_GivesHoaEverywhere_OurOwnWordsAndNamesIncluded()
    {
        MixTheData();
        var report = Build("old");

        var warning = Assert.Single(report.Warnings, w => w.Code == DiagnosticCodes.MixedToneMarks);
        Assert.Contains("kiểu cũ (hoá, thuỷ) của giao diện", warning.Message, StringComparison.Ordinal);
        foreach (var (medium, text) in new[] { ("booklet", Booklet), ("page", Page), ("article", Article) })
        {
            Assert.True(!WordsIn(text, ToneMarkStyle.New).Any(), $"{medium}: new placement left: {string.Join(", ", WordsIn(text, ToneMarkStyle.New))}");
            // "Huyện uỷ" is the data's name; the booklet's headers and the article's lead also make it from rules.
            Assert.Contains("Huyện uỷ", text, StringComparison.Ordinal);
        }
        Assert.Contains("Lớp “khoá học” ở nhà văn hoá thôn", Booklet, StringComparison.Ordinal);
        Assert.Contains("Lớp “khoá học” ở nhà văn hoá thôn", Page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("<style[^>]*>.*?</style>|<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Styles();
}
