using UglyToad.PdfPig.Outline;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The bookmarks our PDF writer writes (PdfOutline): one per heading anchor, nested by level, pointing
/// at the heading's page, in the reading order; the print sheets have none.
/// </summary>
public sealed class OutlineTests(ArchivalFixture fixture) : IClassFixture<ArchivalFixture>
{
    [Fact]
    public void Bookmarks_MirrorTheAnchors_TitleLevelAndPage()
    {
        var bytes = ArchivalFixture.Write(fixture.YYen, ArchivalFixture.MetadataOf(fixture.YYenMeeting));
        using var pdf = PdfPigDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "no bookmarks");

        var expected = fixture.YYen.SelectMany(p => p.Anchors.Select(a => (a.Title, a.Level, p.Number))).ToList();
        var actual = new List<(string, int, int)>();
        void Walk(IEnumerable<BookmarkNode> nodes, int depth)
        {
            foreach (var node in nodes)
            {
                actual.Add((node.Title, depth, Assert.IsType<DocumentBookmarkNode>(node).PageNumber));
                Walk(node.Children, depth + 1);
            }
        }
        Walk(bookmarks.Roots, 1);

        Assert.NotEmpty(expected);
        // Levels in the outline are the nesting depth: the anchors' levels as they nest (1, 2, …) here.
        Assert.Equal(expected.Select(e => (e.Title, e.Number)), actual.Select(a => (a.Item1, a.Item3)));
        Assert.Equal(expected.Select(e => e.Level), actual.Select(a => a.Item2));
    }

    [Fact]
    public void PrintSheets_HaveNoBookmarks_AndOpenInPdfPig()
    {
        using var stream = new MemoryStream();
        PrintSheetWriter.Write(fixture.YYen, stream, ArchivalFixture.MetadataOf(fixture.YYenMeeting));
        using var pdf = PdfPigDocument.Open(stream.ToArray());
        Assert.False(pdf.TryGetBookmarks(out _));
        Assert.Equal(PrintSheetWriter.SheetCount(fixture.YYen.Count) * 2, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), page => Assert.NotEmpty(page.Letters)); // text stays text
    }
}
