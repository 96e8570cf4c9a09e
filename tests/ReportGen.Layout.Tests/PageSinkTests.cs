using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// Pages handed to a sink as soon as they are finished (the PDF writer writes them while the rest is laid out): a
/// page with drawing left until every page is known (a contents entry's number) is handed only when pagination ends,
/// with that drawing done; every other page is handed before the next page is laid out, its furniture drawn.
/// </summary>
public sealed class PageSinkTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    /// <summary>Keeps what each handed page held (its items go once handed), and how many pages were laid out by then.</summary>
    private sealed class RecordingSink(Func<int> laidOut) : IPageSink
    {
        public List<(int Number, int LaidOutThen, string Text, List<PageItem> Items)> Pages { get; } = [];

        public void Add(Page page) => Pages.Add((page.Number, laidOut(), PageText.Of(page), [.. page.Items]));

        public void Restart() => Pages.Clear();
    }

    /// <summary>Counts the pages it is drawn on: a paragraph on every page tells how far the layout has got.</summary>
    private sealed class PageCounter(Element inner) : Element
    {
        public int Drawn { get; private set; }

        public override SpacePlan Measure(Size available) => inner.Measure(available);

        public override void Draw(DrawingContext context, Size available)
        {
            Drawn = context.Page.Number;
            inner.Draw(context, available);
        }

        public override void ResetState() => inner.ResetState();
    }

    private static string Words(int count, string prefix) => string.Join(" ", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    /// <summary>A contents entry on page 1 pointing at a heading far on, then a long paragraph over several pages, the heading, more text.</summary>
    private (Column Content, PageCounter Counter) Booklet()
    {
        var style = new TextStyle(10);
        var counter = new PageCounter(fixture.Paragraph(Words(900, "chữ"), size: 10));
        var heading = new HeadingAnchor(fixture.Paragraph("Phần cuối", size: 12), "h1", "Phần cuối", 1);
        var content = new Column([
            new ContentsEntry(fixture.Setter, new TextSpan("Phần cuối", style), "h1", indent: 0, numberColumn: 30),
            new PageBreak(),
            counter,
            heading,
            fixture.Paragraph(Words(40, "hết"), size: 10),
        ], 4);
        return (content, counter);
    }

    [Fact]
    public void Paginate_HandsAPageBeforeTheNextIsLaidOut_ButAContentsPageOnlyWhenPaginationEnds()
    {
        var (content, counter) = Booklet();
        var sink = new RecordingSink(() => counter.Drawn);
        var pages = Paginator.Paginate([new Section(content, LayoutFixture.SmallPage(200, 260))], fixture.Setter, sink: sink);

        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        Assert.Equal(pages.Count, sink.Pages.Count);
        // Every page but the contents page went in order, each before the layout reached the page after it.
        var early = sink.Pages.Take(pages.Count - 1).ToList();
        Assert.Equal(Enumerable.Range(2, pages.Count - 1), early.Select(p => p.Number));
        Assert.All(early.Where(p => p.Number > 2), p => Assert.True(p.LaidOutThen <= p.Number, $"page {p.Number} handed when page {p.LaidOutThen} was laid out"));
        // The contents page, which waits for its entry's number, came last: the number is the heading's page.
        var contents = sink.Pages[^1];
        Assert.Equal(1, contents.Number);
        var headingPage = pages.Single(p => p.Anchors.Any(a => a.Name == "h1")).Number;
        Assert.Contains(contents.Items.OfType<GlyphRun>(), r => r.Text == headingPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Handed pages carry their furniture (the page number from page 2); the paginator keeps only number, size and anchors.
        Assert.All(sink.Pages.Where(p => p.Number > 1), p => Assert.Contains(p.Items.OfType<GlyphRun>(), r => r.Baseline < 10 && r.Text == p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(pages, p => Assert.True(p.Handed && p.Items.Count == 0));
    }

    [Fact]
    public void Paginate_WithASink_HandsTheSameItemsAsAWholeLayoutReturns()
    {
        var (content, counter) = Booklet();
        var whole = Paginator.Paginate([new Section(content, LayoutFixture.SmallPage(200, 260))], fixture.Setter);
        var sink = new RecordingSink(() => counter.Drawn);
        Paginator.Paginate([new Section(content, LayoutFixture.SmallPage(200, 260))], fixture.Setter, sink: sink);

        Assert.Equal(whole.Count, sink.Pages.Count);
        foreach (var handed in sink.Pages)
        {
            Assert.Equal(whole[handed.Number - 1].Items.Select(Describe), handed.Items.Select(Describe));
        }
    }

    /// <summary>An item by what it draws where (a glyph run's arrays compare by reference, not by value).</summary>
    private static string Describe(PageItem item) => item is GlyphRun run
        ? $"{run.Text} at {run.Left},{run.Baseline} {run.Artifact}"
        : item.ToString();

    [Fact]
    public void Paginate_AnchorsOnly_HandsNothing()
    {
        var (content, counter) = Booklet();
        var sink = new RecordingSink(() => counter.Drawn);
        var pages = Paginator.Paginate([new Section(content, LayoutFixture.SmallPage(200, 260))], fixture.Setter, anchorsOnly: true, sink: sink);

        Assert.NotEmpty(pages);
        Assert.Empty(sink.Pages);
    }
}
