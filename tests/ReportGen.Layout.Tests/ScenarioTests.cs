using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;
using Xunit.Sdk;

namespace ReportGen.Layout.Tests;

/// <summary>
/// Pagination rules written as scenarios: a page, some content, the pages expected. Text is 12 pt with
/// 14.4 pt lines, its glyphs starting 0.55 pt below the top of their line.
/// </summary>
public sealed class ScenarioTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private TextBlock Text(string text) => fixture.Paragraph(text, 12, TextAlignment.Left);

    private static string Lines(string prefix, int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    private static IEnumerable<string> Words(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}");

    [Fact]
    public void PaddedColumn_PlacesTextInsideItsPadding_WithTheSpacingBetweenChildren()
    {
        var content = new Padding(new Column([Text("Một"), Text("Hai\nBa")], spacing: 6), left: 20, top: 15);

        LayoutScenario.Page(width: 200, height: 200, margins: 10)
            .Content(content)
            .ExpectPages(1)
            .ExpectText(1, "Một", at: (30, 25.6f))
            .ExpectText(1, "Hai", at: (30, 25.6f + 14.4f + 6))
            .ExpectText(1, "Ba", at: (30, 25.6f + 2 * 14.4f + 6))
            .Run(fixture);
    }

    [Fact]
    public void KeepTogether_BlockThatDoesNotFit_MovesWholeToTheNextPage()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10);
        // 10 lines leave 36 pt: the four-line block would split two and two without KeepTogether.
        var block = new KeepTogether(Text(Lines("khối", 4)), scenario.ContentHeight);

        scenario.Content(new Column([Text(Lines("trước", 10)), block, Text("sau")]))
            .ExpectPages(2)
            .ExpectPageEndsWith(1, "trước10")
            .ExpectPageStartsWith(2, "khối1 khối2 khối3 khối4 sau")
            .ExpectText(2, "khối1", at: (10, 10.6f))
            .Run(fixture);
    }

    [Fact]
    public void KeepTogether_BlockTallerThanAPage_IsSplitAsUsual()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10);
        var block = new KeepTogether(Text(Lines("khối", 20)), scenario.ContentHeight);

        scenario.Content(block)
            .ExpectPages(2)
            .ExpectPageEndsWith(1, "khối12")
            .ExpectWordsInOrder(_ => true, Words("khối", 20))
            .Run(fixture);
    }

    [Fact]
    public void KeepWithNext_HeadingNeverEndsAPage_ItMovesWithTheStartOfItsText()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10);
        var heading = new HeadingAnchor(Text("I. KẾT QUẢ"), "h1", "I. KẾT QUẢ", 2);
        // 11 lines leave 21.6 pt: room for the heading, not for two lines of its text.
        var content = new Column([Text(Lines("trước", 11)), new KeepWithNext(heading, Text(Lines("dòng", 6)), 4, scenario.ContentHeight)]);

        scenario.Content(content)
            .ExpectPages(2)
            .ExpectPageEndsWith(1, "trước11")
            .ExpectPageStartsWith(2, "I. KẾT QUẢ dòng1")
            .ExpectText(2, "dòng1", at: (10, 10.6f + 14.4f + 4))
            .ExpectAnchor("h1", page: 2)
            .Run(fixture);
    }

    [Fact]
    public void KeepWithNext_HeadingAtTheFootOfAPage_MovesToTheNextPageWithItsText()
    {
        // PaginationTests' heading test, as a scenario (and with page numbers, which are not content).
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10).WithPageNumbers();
        var heading = new HeadingAnchor(fixture.Paragraph("I. KẾT QUẢ", 12, TextAlignment.Left), "h1", "I. KẾT QUẢ", 2);
        var content = new Column([new Spacer(160), new KeepWithNext(heading, fixture.Paragraph(string.Join(" ", Words("từ", 50))), 4, 180)]);

        scenario.Content(content)
            .ExpectNoText(1, "KẾT QUẢ")
            .ExpectPageStartsWith(2, "I. KẾT QUẢ từ1")
            .ExpectText(2, "2")
            .ExpectAnchor("h1", page: 2)
            .Run(fixture);
    }

    [Fact]
    public void Table_HeaderRepeatsOnEveryPage_AndRowsAreDrawnOnceInOrder()
    {
        // PaginationTests' 300-row table, as a scenario.
        var style = new TextStyle(9);
        Element Cell(string text) => new Padding(new TextBlock(fixture.Setter, [new TextSpan(text, style)], new ParagraphStyle()), 2, 2, 2, 2);
        var rows = Enumerable.Range(1, 300)
            .Select(i => (IReadOnlyList<Element>)[Cell($"số{i}"), Cell($"Nguyễn Văn Người{i}"), Cell("Xã Yên Bằng")])
            .ToList();
        var table = new Table([1, 4, 3], [[Cell("STT"), Cell("Họ và tên"), Cell("Đơn vị")]], rows);

        var scenario = LayoutScenario.Page(width: 300, height: 420, margins: 10).WithPageNumbers().Content(table)
            .ExpectPages(12)
            .ExpectWordsInOrder(w => w.StartsWith("số", StringComparison.Ordinal), Words("số", 300))
            .ExpectText(1, "STT", at: (12, 12.4f), tolerance: 0.1f);
        for (var page = 1; page <= 12; page++)
        {
            scenario.ExpectPageStartsWith(page, "STT Họ và tên Đơn vị số").ExpectNoTextBelow(page, 410);
        }
        scenario.Run(fixture);
    }

    [Fact]
    public void PageBreak_StartsANewPage()
    {
        LayoutScenario.Page(width: 200, height: 200, margins: 10)
            .Content(new Column([Text("một"), new PageBreak(), Text("hai")]))
            .ExpectPages(2)
            .ExpectPageStartsWith(1, "một")
            .ExpectText(2, "hai", at: (10, 10.6f))
            .Run(fixture);
    }

    [Fact]
    public void Scenario_Failure_SaysWhatWasExpected_WhatWasFound_AndWhatThePagesHeld()
    {
        var scenario = LayoutScenario.Page(width: 200, height: 200, margins: 10)
            .Content(new Column([Text("một"), new PageBreak(), Text("hai")]))
            .ExpectPages(3)
            .ExpectText(2, "hai", at: (50, 10.6f))
            .ExpectPageStartsWith(1, "một")
            .ExpectAnchor("h9", page: 1);

        var failure = Assert.Throws<XunitException>(() => scenario.Run(fixture));

        Assert.Contains("expected 3 page(s), but there were 2", failure.Message);
        Assert.Contains("expected \"hai\" at (50, 10.6) ± 0.5 on page 2, but it is at (10, 10.56)", failure.Message);
        Assert.Contains("expected anchor \"h9\" on page 1, but it is on no page", failure.Message);
        Assert.DoesNotContain("starting with", failure.Message); // the expectation that held is not listed
        Assert.Contains("page 1:\n  y   10.6 │ x 10.0 \"một\"", failure.Message);
        Assert.Contains("page 2:\n  y   10.6 │ x 10.0 \"hai\"", failure.Message);
    }
}
