using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

public sealed class PaginationTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private static string Words(int count, string prefix = "từ") =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    [Fact]
    public void Paginate_LongContentFlowsOntoFollowingPages_InsideTheMargins()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(i => (Element)fixture.Paragraph($"Đoạn{i} " + Words(40))).ToList();
        var pages = fixture.Paginate(new Column(paragraphs, 6), LayoutFixture.SmallPage(200, 300));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        var bodyRuns = pages.SelectMany(p => PageText.Runs(p).Where(r => r.Baseline > 10)).ToList();
        Assert.All(bodyRuns, r => Assert.InRange(r.Baseline, 10, 290));
        Assert.All(bodyRuns, r => Assert.True(r.Left >= 9.99f && r.Right <= 190.01f, $"{r.Text} at {r.Left}..{r.Right}"));
        // Every word is drawn exactly once, in order.
        var text = string.Join(" ", pages.Select(p => string.Join(" ", PageText.Runs(p).Where(r => r.Baseline > 10).Select(r => r.Text))));
        Assert.Equal(string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Đoạn{i} " + Words(40))), text);
    }

    [Fact]
    public void Paginate_PageNumbersCentredInTheTopMargin_FromPageTwo()
    {
        var pages = fixture.Paginate(new Column([fixture.Paragraph(Words(300))]), LayoutFixture.SmallPage(200, 200));
        Assert.True(pages.Count >= 3);
        Assert.DoesNotContain(PageText.Runs(pages[0]), r => r.Baseline < 10);
        for (var i = 1; i < pages.Count; i++)
        {
            var number = Assert.Single(PageText.Runs(pages[i]), r => r.Baseline < 10);
            Assert.Equal((i + 1).ToString(), number.Text);
            Assert.InRange((number.Left + number.Right) / 2, 99, 101);
        }
    }

    [Fact]
    public void Paginate_ParagraphSplit_LeavesAtLeastTwoLinesOnEachSide()
    {
        // Each line is ~14.4 pt; the filler leaves room for exactly one more line on page 1.
        var filler = new Spacer(280 - 10 - 10 - 14.4f * 1.5f);
        var paragraph = fixture.Paragraph(Words(60));
        var pages = fixture.Paginate(new Column([filler, paragraph]), LayoutFixture.SmallPage(200, 280));
        Assert.DoesNotContain(PageText.Runs(pages[0]), r => r.Baseline > 10); // no orphan line left behind
        Assert.StartsWith("từ1 ", PageText.Of(pages[1]));
    }

    [Fact]
    public void Paginate_TableOf300Rows_RepeatsItsHeaderOnEveryPage()
    {
        var style = new TextStyle(9);
        Element Cell(string text) => new Padding(new TextBlock(fixture.Setter, [new TextSpan(text, style)], new ParagraphStyle()), 2, 2, 2, 2);
        var header = new List<IReadOnlyList<Element>> { new[] { Cell("STT"), Cell("Họ và tên"), Cell("Đơn vị") } };
        var rows = Enumerable.Range(1, 300)
            .Select(i => (IReadOnlyList<Element>)new[] { Cell(i.ToString()), Cell($"Nguyễn Văn Người{i}"), Cell("Xã Yên Bằng") })
            .ToList();
        var table = new Table([1, 4, 3], header, rows);

        var pages = fixture.Paginate(table, LayoutFixture.SmallPage(300, 420));

        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            var first = PageText.Runs(page).Where(r => r.Baseline > 10).OrderBy(r => r.Baseline).ThenBy(r => r.Left).First();
            Assert.Equal("STT", first.Text);
        }
        var numbers = pages.SelectMany(p => PageText.Runs(p).Where(r => r.Baseline > 10 && r.Left < 40 && int.TryParse(r.Text, out _)))
            .Select(r => int.Parse(r.Text)).ToList();
        Assert.Equal(Enumerable.Range(1, 300), numbers);
    }

    [Fact]
    public void Paginate_HeadingAtTheFootOfAPage_MovesToTheNextPageWithItsText()
    {
        var filler = new Spacer(200 - 20 - 20); // leaves room for the heading only
        var heading = new HeadingAnchor(fixture.Paragraph("I. KẾT QUẢ", 12, TextAlignment.Left), "h1", "I. KẾT QUẢ", 2);
        var content = new Column([filler, new KeepWithNext(heading, fixture.Paragraph(Words(50)), 4, 180)]);

        var pages = fixture.Paginate(content, LayoutFixture.SmallPage(200, 200));

        Assert.DoesNotContain("KẾT QUẢ", PageText.Of(pages[0]));
        Assert.StartsWith("I. KẾT QUẢ từ1", PageText.Of(pages[1]).Replace("2 ", "", StringComparison.Ordinal));
        Assert.Equal("h1", Assert.Single(pages[1].Anchors).Name);
    }

    [Fact]
    public void Paginate_AnchorsOnly_FindsTheSamePagesAndAnchors_AndDrawsNothing()
    {
        // The contents' first pass (when the headings the Markdown gave are not the anchors printed) lays out for the
        // anchors only: the pages must break exactly as in the real layout, or the contents would list other headings.
        Element Content() => new Column(
        [
            new KeepWithNext(new HeadingAnchor(fixture.Paragraph("I. MỘT", 12, TextAlignment.Left), "h1", "I. MỘT", 1), fixture.Paragraph(Words(400)), 4, 180),
            new KeepWithNext(new HeadingAnchor(fixture.Paragraph("II. HAI", 12, TextAlignment.Left), "h2", "II. HAI", 1), fixture.Paragraph(Words(150)), 4, 180),
            new PageBreak(),
            new HeadingAnchor(fixture.Paragraph("III. BA", 12, TextAlignment.Left), "h3", "III. BA", 1),
        ], 4);
        var setup = LayoutFixture.SmallPage(200, 200);

        var real = Paginator.Paginate([new Section(Content(), setup)], fixture.Setter);
        var anchorsOnly = Paginator.Paginate([new Section(Content(), setup)], fixture.Setter, anchorsOnly: true);

        Assert.True(real.Count > 3, $"{real.Count} pages: too few to show anything");
        Assert.Equal(real.Count, anchorsOnly.Count);
        Assert.Equal(real.SelectMany(p => p.Anchors.Select(a => (a.Name, p.Number))), anchorsOnly.SelectMany(p => p.Anchors.Select(a => (a.Name, p.Number))));
        Assert.All(anchorsOnly, p => Assert.Empty(p.Items));
        Assert.All(real.Skip(1), p => Assert.NotEmpty(p.Items));
    }

    [Fact]
    public void Paginate_PageBreak_StartsANewPage()
    {
        var pages = fixture.Paginate(new Column([fixture.Paragraph("một"), new PageBreak(), fixture.Paragraph("hai")]), LayoutFixture.SmallPage(200, 200));
        Assert.Equal(2, pages.Count);
        Assert.Equal("một", PageText.Of(pages[0]));
        Assert.Contains("hai", PageText.Of(pages[1]));
    }

    [Fact]
    public void Paginate_ContentTallerThanAnyPage_IsAnErrorNamingIt()
    {
        var huge = fixture.Paragraph("Chữ", size: 400);
        var error = Assert.Throws<LayoutException>(() => fixture.Paginate(huge, LayoutFixture.SmallPage(200, 200)));
        Assert.Contains("Chữ", error.Message);
    }
}
