using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// A table whose body rows are made as it reaches them (<see cref="TableBody.Made"/>) lays out exactly as the same
/// table given all its rows (<see cref="TableBody.Kept"/>), makes a row again only once it has let it go, and lays out
/// the same pages again after a reset (the composer's fallback pass).
/// </summary>
public sealed class TableBodyTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private const int Rows = 300;
    private static readonly TextStyle Style = new(9);

    private Element Cell(string text) => new Padding(new TextBlock(fixture.Setter, [new TextSpan(text, Style)], new ParagraphStyle()), 2, 2, 2, 2);

    // Every 40th row has a paragraph long enough to break across a page inside its cell.
    private IReadOnlyList<Element> BodyRow(int index) =>
    [
        Cell((index + 1).ToString()),
        Cell(index % 40 == 39 ? string.Join(" ", Enumerable.Repeat($"Nguyễn Văn Người{index + 1}", 60)) : $"Nguyễn Văn Người{index + 1}"),
        Cell("Xã Yên Bằng"),
    ];

    private IReadOnlyList<IReadOnlyList<Element>> Header() => [[Cell("STT"), Cell("Họ và tên"), Cell("Đơn vị")]];

    /// <summary>Each page's runs with where they stand, to compare layouts item by item.</summary>
    private static List<string> Drawn(IReadOnlyList<Page> pages) =>
        [.. pages.Select(p => string.Join("|", PageText.Runs(p).Select(r => $"{r.Text}@{r.Left:0.###},{r.Baseline:0.###}")))];

    [Fact]
    public void MadeRows_LayOutTheSamePages_AsKeptRows()
    {
        var setup = LayoutFixture.SmallPage(300, 420);
        var kept = new Table(null, Header(), [.. Enumerable.Range(0, Rows).Select(BodyRow)]) { PageContentHeight = 400 };
        var made = new Table(null, Header(), TableBody.Made(Rows, BodyRow, BodyRow)) { PageContentHeight = 400 };

        var expected = Drawn(fixture.Paginate(kept, setup));
        var pages = fixture.Paginate(made, setup);

        Assert.True(pages.Count >= 10, $"{pages.Count} pages");
        Assert.Equal(expected, Drawn(pages));
        // Every row is drawn once, in order (a row split over two pages shows its number on the first only).
        var numbers = pages.SelectMany(p => PageText.Runs(p).Where(r => r.Baseline > 10 && r.Left < 40 && int.TryParse(r.Text, out _)))
            .Select(r => int.Parse(r.Text)).ToList();
        Assert.Equal(Enumerable.Range(1, Rows), numbers);
    }

    [Fact]
    public void MadeRows_AreMadeAgain_OnlyPastTheFirstOnes_AndAfterBeingDrawn()
    {
        var first = 0;
        var again = new List<int>();
        var body = TableBody.Made(Rows, r =>
        {
            first++;
            return BodyRow(r);
        }, r =>
        {
            again.Add(r);
            return BodyRow(r);
        });
        Assert.Equal(Rows, first); // each once, to size the columns
        Assert.Empty(again);

        var table = new Table(null, Header(), body) { PageContentHeight = 400 };
        var setup = LayoutFixture.SmallPage(300, 420);
        var pages = Drawn(fixture.Paginate(table, setup));
        // The first rows were kept from their making; each later one made again once, when the table reached it.
        Assert.Equal(Enumerable.Range(TableBody.KeptAhead, Rows - TableBody.KeptAhead), again);

        // Laid out again from its start: every row was let go once drawn, so every row is made again, and the
        // pages are the same.
        again.Clear();
        Assert.Equal(pages, Drawn(fixture.Paginate(table, setup)));
        Assert.Equal(Enumerable.Range(0, Rows), again);
        Assert.Equal(Rows, first);
    }

    [Fact]
    public void MadeRows_OfOtherThanTheTablesColumns_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => TableBody.Made(3, r => r == 2 ? [Cell("1")] : [Cell("1"), Cell("2")], _ => []));
        var body = TableBody.Made(2, _ => [Cell("1"), Cell("2")], _ => []);
        Assert.Throws<ArgumentException>(() => new Table(null, Header(), body));
    }
}
