using ReportGen.Localization;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// Rows taller than a page are split inside their cells; rows that fit on a fresh page never are. Cells are
/// 9 pt text (10.8 pt lines) with 2 pt padding, so a one-line row is 14.8 pt tall.
/// </summary>
public sealed class TableSplittingTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private const string Header = "STT Họ và tên Ghi chú";
    private static readonly float[] Widths = [1, 4, 3];

    private Element Cell(string text) =>
        new Padding(new TextBlock(fixture.Setter, [new TextSpan(text, new TextStyle(9))], new ParagraphStyle()), 2, 2, 2, 2);

    private static string Lines(string prefix, int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    private static IEnumerable<string> Words(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}");

    private IReadOnlyList<Element> BodyRow(params string[] cells) => [.. cells.Select(Cell)];

    private Table MakeTable(float? pageContentHeight, params IReadOnlyList<Element>[] rows) =>
        new(Widths, [BodyRow("STT", "Họ và tên", "Ghi chú")], rows) { PageContentHeight = pageContentHeight };

    [Fact]
    public void Table_RowOf120Lines_SplitsOverPages_UnderTheRepeatedHeader_DrawingEveryLineOnceInOrder()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 300, margins: 10).WithPageNumbers();
        var table = MakeTable(scenario.ContentHeight,
            BodyRow("1", "Nguyễn Văn An", "ngắn"),
            BodyRow("2", Lines("dòng", 120), "bên"),
            BodyRow("3", "Trần Thị Bình", "cuối"));

        // Page 1: header, row 1, then 22 lines of row 2 down to the foot; pages 2–5: 24 lines each under
        // the header; page 6: the last 2 lines and row 3.
        scenario.Content(table)
            .ExpectPages(6)
            .ExpectPageStartsWith(1, Header + " 1 Nguyễn Văn An ngắn 2 dòng1 bên dòng2")
            .ExpectPageStartsWith(2, Header + " dòng23 dòng24")
            .ExpectPageStartsWith(6, Header + " dòng119 dòng120 3 Trần Thị Bình cuối")
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal), Words("dòng", 120))
            .ExpectWordsInOrder(w => w is "bên" or "ngắn" or "cuối", ["ngắn", "bên", "cuối"])
            // The slice's borders are closed at the page foot and the row reopens under the header.
            .ExpectHorizontalLine(1, y: 290)
            .ExpectHorizontalLine(2, y: 10 + 14.8f)
            .ExpectHorizontalLine(2, y: 290);
        for (var page = 1; page <= 6; page++)
        {
            scenario.ExpectNoTextBelow(page, y: 290);
        }
        scenario.Run(fixture);
    }

    [Fact]
    public void Table_RowsThatFitOnAFreshPage_AreNeverSplit()
    {
        // 30 rows of 4 lines each (47.2 pt): a row can always be split after two lines, so only the rule
        // "never split a row that fits" keeps each row whole.
        var rows = Enumerable.Range(1, 30).Select(i => BodyRow($"{i}", Lines($"r{i}x", 4), "ghi")).ToArray();
        var scenario = LayoutScenario.Page(width: 200, height: 300, margins: 10);

        var pages = scenario.Content(MakeTable(scenario.ContentHeight, rows))
            .ExpectPagesAtLeast(6)
            .ExpectWordsInOrder(w => w.StartsWith('r'), rows.Select((_, i) => i + 1).SelectMany(i => Words($"r{i}x", 4)))
            .Run(fixture);

        for (var p = 0; p < pages.Count; p++)
        {
            var text = PageText.Of(pages[p]);
            Assert.StartsWith("STT", text);
            for (var i = 1; i <= 30; i++)
            {
                var here = Words($"r{i}x", 4).Count(w => text.Split(' ').Contains(w));
                Assert.True(here is 0 or 4, $"row {i} has {here} of its 4 lines on page {p + 1}");
            }
        }
    }

    [Fact]
    public void Table_FirstRowFittingAFreshPage_MovesWithItsHeaderToTheNextPage()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 300, margins: 10);
        var table = MakeTable(scenario.ContentHeight, BodyRow("1", Lines("dòng", 6), "ghi"));
        // 240 pt of filler leave 40 pt: room for the header and three lines, not for the six-line row.
        var content = new Column([new Spacer(240), table]);

        scenario.Content(content)
            .ExpectPages(2)
            .ExpectNoText(1, "STT")
            .ExpectPageStartsWith(2, Header + " 1 dòng1 ghi dòng2")
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal), Words("dòng", 6))
            .Run(fixture);
    }

    [Fact]
    public void Table_RowTallerThanAPage_StartsAtOnce_WhereTheTableIs()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 300, margins: 10);
        var table = MakeTable(scenario.ContentHeight, BodyRow("1", Lines("dòng", 25), "ghi"));
        var content = new Column([new Spacer(200), table]);

        // 80 pt left: the header (14.8) and five lines (4 pt padding); moving the row would not make it fit.
        scenario.Content(content)
            .ExpectPages(2)
            .ExpectPageStartsWith(1, Header + " 1 dòng1 ghi dòng2 dòng3 dòng4 dòng5")
            .ExpectPageStartsWith(2, Header + " dòng6 dòng7")
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal), Words("dòng", 25))
            .Run(fixture);
    }

    [Fact]
    public void Table_CellThatCannotKeepTwoLinesOnEachSide_WaitsForTheNextPage()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 300, margins: 10);
        var table = MakeTable(scenario.ContentHeight,
            BodyRow("1", "An", "ngắn"),
            BodyRow("2", Lines("dòng", 30), "ba\nchữ\nghi"));
        // After the filler, the header and row 1, 30 pt are left for row 2: two lines of text. The three-line
        // note would leave a widow, so it places nothing there and starts whole on the next page.
        var content = new Column([new Spacer(280 - 14.8f - 14.8f - 30), table]);

        scenario.Content(content)
            .ExpectPages(3)
            .ExpectPageStartsWith(1, Header + " 1 An ngắn 2 dòng1 dòng2")
            .ExpectNoText(1, "ba")
            .ExpectPageStartsWith(2, Header + " dòng3 ba dòng4 chữ dòng5 ghi")
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal), Words("dòng", 30))
            .Run(fixture);
    }

    [Fact]
    public void Table_WithoutPageContentHeight_SplitsATallRowOnceTheTableHasStarted()
    {
        // Not knowing the page, the table moves the tall row 2 to a new page; there it is at the top of the
        // table's space, so it is split.
        var table = MakeTable(pageContentHeight: null, BodyRow("1", "An", "ngắn"), BodyRow("2", Lines("dòng", 60), "ghi"));

        LayoutScenario.Page(width: 200, height: 300, margins: 10)
            .Content(table)
            .ExpectPages(4)
            .ExpectText(1, "An")
            .ExpectNoText(1, "dòng")
            .ExpectPageStartsWith(2, Header + " 2 dòng1 ghi dòng2")
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal), Words("dòng", 60))
            .Run(fixture);
    }

    [Fact]
    public void Table_FirstRowTallerThanAPage_WithoutPageContentHeight_IsAnErrorNamingTheRow()
    {
        var table = MakeTable(pageContentHeight: null, BodyRow("1", Lines("dòng", 60), "ghi"));
        var error = Assert.Throws<LayoutException>(() => LayoutScenario.Page(200, 300, 10).Content(table).Run(fixture));
        Assert.Contains("dòng 1 của bảng", error.Message);

        using (Messages.Use(Language.English))
        {
            var english = Assert.Throws<LayoutException>(() => LayoutScenario.Page(200, 300, 10).Content(table).Run(fixture));
            Assert.Contains("row 1 of the table", english.Message);
        }
    }

    [Fact]
    public void Table_MeasuringAgainAndAgain_ChangesNothing()
    {
        // Every Measure and Draw of the table is preceded by measures in other spaces, as a heading or a
        // row around it would do: a Measure that moved the table on would lose or repeat lines.
        var scenario = LayoutScenario.Page(width: 200, height: 300, margins: 10);
        var table = MakeTable(scenario.ContentHeight, BodyRow("1", "An", "ngắn"), BodyRow("2", Lines("dòng", 60), "ghi"), BodyRow("3", "Bình", "cuối"));

        scenario.Content(new Nosy(table))
            .ExpectPages(3)
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal), Words("dòng", 60))
            .ExpectText(3, "Bình")
            .Run(fixture);
    }

    [Fact]
    public void Table_AutoWidths_StillFollowTheContent_WhenARowIsSplit()
    {
        var scenario = LayoutScenario.Page(width: 300, height: 200, margins: 10);
        var table = new Table(null, [BodyRow("STT", "Nội dung")], [BodyRow("1", Lines("dòng", 30))]) { PageContentHeight = scenario.ContentHeight };

        // "STT" is far narrower than the long lines: its column gets little of the 280 pt.
        var pages = scenario.Content(table).ExpectPages(3).Run(fixture);

        var stt = PageText.Runs(pages[0]).Single(r => r.Text == "STT");
        var content = PageText.Runs(pages[1]).Single(r => r.Text == "Nội dung");
        Assert.InRange(content.Left, stt.Right + 4, 10 + 100);
    }

    /// <summary>Measures its child in other spaces before every Measure and Draw.</summary>
    private sealed class Nosy(Element child) : Element
    {
        private void Pry(Size available)
        {
            foreach (var height in new[] { 5f, 30f, available.Height / 2, available.Height, 10_000f })
            {
                child.Measure(available with { Height = height });
            }
        }

        public override SpacePlan Measure(Size available)
        {
            Pry(available);
            return child.Measure(available);
        }

        public override void Draw(DrawingContext context, Size available)
        {
            Pry(available);
            child.Draw(context, available);
        }

        public override void ResetState() => child.ResetState();
    }
}
