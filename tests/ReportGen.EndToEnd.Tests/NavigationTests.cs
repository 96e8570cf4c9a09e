using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ReportGen.EndToEnd.Tests;

/// <summary>The contents page, its links and the bookmarks, checked against where the headings really are.</summary>
public sealed partial class NavigationTests(SeedBuildFixture build, ClassicBuildFixture classic) : IClassFixture<SeedBuildFixture>, IClassFixture<ClassicBuildFixture>
{
    public static TheoryData<string> Meetings => new() { "y-yen-2021", "xuan-truong-2021" };

    /// <summary>The number of the first page whose text has the heading at the start of a line.</summary>
    private static int PageOfHeading(PdfDocument pdf, string heading)
    {
        foreach (var page in pdf.GetPages().Skip(2))
        {
            var lines = page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom).GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Replace('\u00A0', ' '));
            // A long heading wraps: it starts a line and goes on over the next ones.
            var text = string.Join(" ", lines);
            if (lines.Any(l => l.StartsWith(heading, StringComparison.Ordinal)
                || (l.Length > 0 && heading.StartsWith(l, StringComparison.Ordinal) && text.Contains(heading, StringComparison.Ordinal))))
            {
                return page.Number;
            }
        }
        return -1;
    }

    /// <summary>The classic booklet (no documents listed); the listed documents' contents: BookletDocumentsTests.</summary>
    [Theory]
    [MemberData(nameof(Meetings))]
    public void Contents_ListsTheDocumentsAndMainParts_WithTheirRealPageNumbers(string id)
    {
        using var pdf = PdfDocument.Open(classic.PathOf($"{id}/booklet.pdf"));
        var contents = pdf.GetPage(2);
        var lines = contents.GetWords().Where(w => w.BoundingBox.Bottom < contents.Height - 57 && w.BoundingBox.Bottom > 45)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();

        Assert.Equal("MỤC LỤC", lines[0]);
        var entries = lines.Skip(1).Select(l => Entry().Match(l)).ToList();
        Assert.All(entries, e => Assert.True(e.Success, $"not a contents line: {e.Value}"));
        var titles = entries.Select(e => e.Groups["title"].Value).ToList();
        Assert.Equal("CHƯƠNG TRÌNH HỘI NGHỊ", titles[0]);
        Assert.Equal("BÁO CÁO", titles[1]);
        Assert.Contains("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", titles);
        Assert.Contains(titles, t => t.Contains("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", StringComparison.Ordinal));
        Assert.Equal("PHỤ LỤC", titles.Last());
        foreach (var entry in entries)
        {
            var title = entry.Groups["title"].Value;
            Assert.Equal(PageOfHeading(pdf, title), int.Parse(entry.Groups["page"].Value));
        }
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Contents_EveryEntryLinksInsideTheDocument(string id)
    {
        using var pdf = PdfDocument.Open(build.PathOf($"{id}/booklet.pdf"));
        var links = pdf.GetPage(2).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.True(links.Count >= 4, $"{links.Count} links");
        // Each link names a destination (/Dest), not a web address.
        Assert.All(links, l => Assert.True(l.AnnotationDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("Dest")), "a link without a destination"));
    }

    /// <summary>"BÁO CÁO" and "Báo cáo tổng kết …" compared in one case.</summary>
    private static string Sentence(string title) => title.ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Bookmarks_MirrorTheHeadings_NestedByLevel_AndOpenShown(string id)
    {
        using var pdf = PdfDocument.Open(build.PathOf($"{id}/booklet.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks!.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        var top = bookmarks.Roots.Select(r => r.Title).ToList();
        // The documents the data lists, in order, by the titles the contents gives them (a document with a
        // summary: its name and summary); the appendix right after the report.
        string[] kinds = id == "y-yen-2021"
            ? ["CHƯƠNG TRÌNH HỘI NGHỊ", "BÁO CÁO", "PHỤ LỤC", "QUYẾT ĐỊNH", "THAM LUẬN", "DANH SÁCH ĐẠI BIỂU"]
            : ["CHƯƠNG TRÌNH HỘI NGHỊ", "BÁO CÁO", "PHỤ LỤC", "THAM LUẬN", "DANH SÁCH ĐẠI BIỂU"];
        Assert.Equal(kinds.Length, top.Count);
        for (var i = 0; i < kinds.Length; i++)
        {
            Assert.StartsWith(Sentence(kinds[i]), Sentence(top[i]), StringComparison.Ordinal);
        }
        var report = bookmarks.Roots[1];
        Assert.Contains(report.Children, c => c.Title == "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020");
        foreach (var node in nodes)
        {
            // A document's bookmark leads to the page of its title heading ("BÁO CÁO"), the others to their heading.
            var kind = kinds.FirstOrDefault(k => Sentence(node.Title).StartsWith(Sentence(k), StringComparison.Ordinal) && node.Level == 0);
            Assert.Equal(PageOfHeading(pdf, kind ?? node.Title), node.PageNumber);
        }
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(build.PathOf($"{id}/booklet.pdf")));
        Assert.Matches(@"/PageMode\s*/UseOutlines", bytes);
    }

    [GeneratedRegex(@"^(?<title>.+?) (\. ?)*\.+ ?(?<page>\d+)$")]
    private static partial Regex Entry();
}
