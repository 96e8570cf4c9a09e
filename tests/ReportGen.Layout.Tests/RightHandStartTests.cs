using ReportGen.Layout.Elements;
using ReportGen.Layout.Pagination;

namespace ReportGen.Layout.Tests;

/// <summary>In a two-sided booklet a document starts on a right-hand (odd) page, after a blank page when needed.</summary>
public sealed class RightHandStartTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private static string TextOf(ReportGen.Layout.Output.Page page) => string.Join(" ", PageText.Runs(page).Select(r => r.Text));

    /// <summary>The page's text without its page number.</summary>
    private static string Body(ReportGen.Layout.Output.Page page) =>
        string.Join(" ", PageText.Runs(page).Select(r => r.Text).Where(t => !t.All(char.IsDigit)));

    [Fact]
    public void RightHandPageBreak_AddsABlankPage_OnlyWhenTheNextPageIsALeftHandOne()
    {
        var setup = LayoutFixture.SmallPage(200, 200);
        var content = new Column(
        [
            fixture.Paragraph("bìa"), new RightHandPageBreak(),  // page 1 → page 2 would be left-hand: blank, go on to 3
            fixture.Paragraph("một"), new PageBreak(),            // page 3 → page 4
            fixture.Paragraph("hai"), new RightHandPageBreak(),   // page 4 → page 5 is right-hand already
            fixture.Paragraph("ba"),
        ]);

        var pages = fixture.Paginate(content, setup);

        Assert.Equal(5, pages.Count);
        Assert.Empty(pages[1].Items); // blank, and without a page number
        Assert.Contains("một", TextOf(pages[2]));
        Assert.Contains("hai", TextOf(pages[3]));
        Assert.Contains("ba", TextOf(pages[4]));
        Assert.Contains("3", PageText.Runs(pages[2]).Select(r => r.Text));
    }

    [Fact]
    public void Section_StartingOnARightHandPage_IsPrecededByABlankPage_WhenNeeded()
    {
        var setup = LayoutFixture.SmallPage(200, 200);
        var pages = Paginator.Paginate(
        [
            new Section(fixture.Paragraph("một"), setup),
            new Section(fixture.Paragraph("ngang"), setup.Landscape()),
            new Section(fixture.Paragraph("hai"), setup) { StartsOnRightHandPage = true },
            new Section(fixture.Paragraph("ba"), setup) { StartsOnRightHandPage = true },
        ], fixture.Setter);

        // Page 3 is right-hand already; after it, "ba" needs the blank page 4.
        Assert.Equal(["một", "ngang", "hai", "", "ba"], pages.Select(Body));
        Assert.Empty(pages[3].Items);
        Assert.Equal(5, pages[4].Number);
    }
}
