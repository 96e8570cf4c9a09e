using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// A table's grid: a rule across above and below every row, and the column rules once per page for the header and
/// once for the body rows under it, each from the top of the first row to the foot of the last. Cells are 9 pt text
/// (10.8 pt lines) with 2 pt padding, so a one-line row is 14.8 pt tall.
/// </summary>
public sealed class TableGridTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private const float RowHeight = 14.8f;

    private IReadOnlyList<Element> Row(params string[] cells) =>
        [.. cells.Select(text => (Element)new Padding(new TextBlock(fixture.Setter, [new TextSpan(text, new TextStyle(9))], new ParagraphStyle()), 2, 2, 2, 2))];

    private IReadOnlyList<Page> LayOut(int rows)
    {
        var setup = new PageSetup(new Size(300, 200), 10, 10, 10, 10);
        var table = new Table([1, 4, 3], [Row("STT", "Họ và tên", "Ghi chú")],
            [.. Enumerable.Range(1, rows).Select(i => Row($"{i}", $"Người số {i}", "-"))]) { PageContentHeight = setup.ContentSize.Height };
        return Paginator.Paginate(table, setup, fixture.Setter);
    }

    private static List<LineSegment> Verticals(Page page) =>
        [.. page.Items.OfType<LineSegment>().Where(l => Math.Abs(l.X1 - l.X2) < 0.01f).OrderBy(l => l.Y1).ThenBy(l => l.X1)];

    [Fact]
    public void LongTable_DrawsEachColumnRuleOncePerPage_ForTheHeaderAndForTheRowsUnderIt()
    {
        // 180 pt of content: the header and 11 rows a page, so 30 rows take 3 pages (11, 11, 8).
        var pages = LayOut(30);

        Assert.Equal(3, pages.Count);
        float[] edges = [10, 10 + 35, 10 + 175, 290];
        foreach (var (page, rows) in pages.Zip(new[] { 11, 11, 8 }))
        {
            var verticals = Verticals(page);
            var bottom = 10 + RowHeight * (1 + rows);
            Assert.Equal(8, verticals.Count);
            for (var i = 0; i < 4; i++)
            {
                // The header's four, then the body's four: together they cover the table from top to foot.
                Assert.Equal((edges[i], 10f, 10 + RowHeight), (verticals[i].X1, verticals[i].Y1, verticals[i].Y2), Near);
                Assert.Equal((edges[i], 10 + RowHeight, bottom), (verticals[4 + i].X1, verticals[4 + i].Y1, verticals[4 + i].Y2), Near);
            }
            // A rule across above and below each row, as before: the header's and every body row's.
            var across = page.Items.OfType<LineSegment>().Count(l => Math.Abs(l.Y1 - l.Y2) < 0.01f);
            Assert.Equal(2 * (1 + rows), across);
        }
    }

    [Fact]
    public void ContinuationPage_HeaderColumnRules_ArePaginationArtifacts_TheBodysLayoutArtifacts()
    {
        var verticals = Verticals(LayOut(30)[1]);

        Assert.All(verticals.Take(4), l => Assert.Equal((null, ArtifactKind.Pagination), (l.Structure, l.Artifact)));
        Assert.All(verticals.Skip(4), l => Assert.Equal((null, ArtifactKind.Layout), (l.Structure, l.Artifact)));
    }

    private static readonly IEqualityComparer<(float, float, float)> Near = EqualityComparer<(float, float, float)>.Create(
        (a, b) => Math.Abs(a.Item1 - b.Item1) < 0.01f && Math.Abs(a.Item2 - b.Item2) < 0.01f && Math.Abs(a.Item3 - b.Item3) < 0.01f,
        _ => 0);
}
