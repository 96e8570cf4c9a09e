using ReportGen.Localization;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// Children side by side. Text is 12 pt, left-aligned, with 14.4 pt lines whose glyphs start 0.55 pt below
/// the line's top (half the leading): a paragraph at the top of a 10 pt margin has its text at y ≈ 10.6.
/// </summary>
public sealed class RowTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private TextBlock Text(string text) => fixture.Paragraph(text, 12, TextAlignment.Left);

    private static string Lines(string prefix, int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    private static IEnumerable<string> Words(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}");

    [Fact]
    public void Row_FixedAndRelativeItems_SitSideBySide_WithTheSpacingBetween()
    {
        // 180 pt of content: 60 fixed, 2 × 10 spacing, 100 left for weights 1 : 3.
        var row = new Row([Row.Fixed(60, Text("UBND")), Row.Relative(1, Text("giữa")), Row.Relative(3, Text("CỘNG HÒA"))], spacing: 10);

        LayoutScenario.Page(width: 200, height: 100, margins: 10)
            .Content(row)
            .ExpectPages(1)
            .ExpectText(1, "UBND", at: (10, 10.6f))
            .ExpectText(1, "giữa", at: (10 + 60 + 10, 10.6f))
            .ExpectText(1, "CỘNG HÒA", at: (10 + 60 + 10 + 25 + 10, 10.6f))
            .Run(fixture);
    }

    [Fact]
    public void Row_IsAsTallAsItsTallestChild()
    {
        var row = new Row([Row.Relative(Text("một")), Row.Relative(Text(Lines("dòng", 3)))]);
        var content = new Column([row, Text("sau")]);

        LayoutScenario.Page(width: 200, height: 200, margins: 10)
            .Content(content)
            .ExpectText(1, "dòng3", at: (100, 10.6f + 2 * 14.4f))
            .ExpectText(1, "sau", at: (10, 10.6f + 3 * 14.4f))
            .Run(fixture);
    }

    [Fact]
    public void Row_LongTextBesideShort_AtTheTopOfAPage_DrawsPartly_AndTheLongTextContinuesInItsColumn()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10);
        // 180 pt hold 12 lines of 14.4 pt.
        var row = new Row([Row.Fixed(60, Text("ngắn")), Row.Relative(Text(Lines("dòng", 30)))], spacing: 10)
        {
            PageContentHeight = scenario.ContentHeight,
        };

        scenario.Content(new Column([row, Text("sau")]))
            .ExpectPages(3)
            .ExpectPageStartsWith(1, "ngắn dòng1 dòng2")
            .ExpectPageStartsWith(2, "dòng13 dòng14")
            .ExpectText(2, "dòng13", at: (80, 10.6f))
            .ExpectPageStartsWith(3, "dòng25")
            .ExpectPageEndsWith(3, "dòng30 sau")
            .ExpectText(3, "sau", at: (10, 10.6f + 6 * 14.4f))
            .ExpectWordsInOrder(w => w.StartsWith("dòng", StringComparison.Ordinal) || w == "ngắn", ["ngắn", .. Words("dòng", 30)])
            .Run(fixture);
    }

    [Fact]
    public void Row_ThatWouldContinue_MovesWholeToTheNextPage()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10);
        var row = new Row([Row.Relative(Text("Cơ quan")), Row.Relative(Text(Lines("dòng", 5)))]) { PageContentHeight = scenario.ContentHeight };
        // 10 lines of text leave 36 pt: two lines of the five would fit.
        var content = new Column([Text(Lines("trước", 10)), row]);

        scenario.Content(content)
            .ExpectPages(2)
            .ExpectPageEndsWith(1, "trước10")
            .ExpectPageStartsWith(2, "Cơ quan dòng1 dòng2")
            .ExpectText(2, "Cơ quan", at: (10, 10.6f))
            .Run(fixture);
    }

    [Fact]
    public void Row_ChildThatFinished_IsNotDrawnAgain_OnTheNextPage()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10);
        var row = new Row([Row.Relative(new HorizontalRule(40)), Row.Relative(Text(Lines("dòng", 20)))])
        {
            PageContentHeight = scenario.ContentHeight,
        };

        var pages = scenario.Content(row).ExpectPages(2).ExpectPageStartsWith(2, "dòng13").Run(fixture);

        Assert.Single(pages[0].Items.OfType<Output.LineSegment>());
        Assert.Empty(pages[1].Items.OfType<Output.LineSegment>());
    }

    [Fact]
    public void Row_TallerThanAPage_WithoutPageContentHeight_IsAnErrorNamingIt()
    {
        var row = new Row([Row.Relative(Text("Cơ quan")), Row.Relative(Text(Lines("dòng", 30)))]);
        var error = Assert.Throws<LayoutException>(() => LayoutScenario.Page(200, 200, 10).Content(row).Run(fixture));
        Assert.Contains("Cơ quan", error.Message);
    }

    [Fact]
    public void Row_FixedItemsWiderThanThePage_AreAnError()
    {
        var row = new Row([Row.Fixed(150, Text("a")), Row.Fixed(150, Text("b"))]);
        var error = Assert.Throws<LayoutException>(() => LayoutScenario.Page(200, 200, 10).Content(row).Run(fixture));
        Assert.Contains("độ rộng cố định", error.Message);

        using (Messages.Use(Language.English))
        {
            var english = Assert.Throws<LayoutException>(() => LayoutScenario.Page(200, 200, 10).Content(row).Run(fixture));
            Assert.Contains("fixed widths", english.Message);
        }
    }

    [Fact]
    public void Row_ContentWidth_AddsFixedWidthsSpacingAndItsChildren()
    {
        var text = Text("Cộng hòa xã hội");
        var inner = text.MeasureContentWidth();
        var row = new Row([Row.Fixed(30, Text("rất rất dài")), Row.Relative(text)], spacing: 5);

        var width = row.MeasureContentWidth();

        Assert.Equal(30 + 5 + inner.Min, width.Min, 0.01f);
        Assert.Equal(30 + 5 + inner.Max, width.Max, 0.01f);
    }

    [Fact]
    public void Row_InATableCell_TakesTheCellsWidth()
    {
        var cell = new Row([Row.Relative(Text("a")), Row.Relative(Text("b"))]);
        var table = new Table([1, 1], [], [[Text("trái"), cell]]) { BorderThickness = 0 };

        // The second column is 90 pt wide: two halves of 45.
        LayoutScenario.Page(width: 200, height: 100, margins: 10)
            .Content(table)
            .ExpectText(1, "a", at: (10 + 90, 10.6f))
            .ExpectText(1, "b", at: (10 + 90 + 45, 10.6f))
            .Run(fixture);
    }
}
