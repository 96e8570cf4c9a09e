using ReportGen.Layout.Elements;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

public sealed class SectionTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    [Fact]
    public void Paginate_LandscapeSection_StartsANewPageTurnedSideways_AndNumbersRunOn()
    {
        var portrait = LayoutFixture.SmallPage(200, 300);
        var sections = new[]
        {
            new Section(fixture.Paragraph("Trang dọc"), portrait),
            new Section(fixture.Paragraph("Phụ lục ngang"), portrait.Landscape()),
        };

        var pages = Paginator.Paginate(sections, fixture.Setter);

        Assert.Equal(2, pages.Count);
        Assert.Equal((200f, 300f), (pages[0].Size.Width, pages[0].Size.Height));
        Assert.Equal((300f, 200f), (pages[1].Size.Width, pages[1].Size.Height));
        Assert.Contains("Phụ lục ngang", PageText.Of(pages[1]));
        var number = Assert.Single(PageText.Runs(pages[1]), r => r.Baseline < 10);
        Assert.Equal("2", number.Text);
        Assert.InRange((number.Left + number.Right) / 2, 149, 151); // centred on the landscape page
    }

    [Fact]
    public void Paginate_RunningFooter_IsCentredInTheBottomMargin_FromPageTwo()
    {
        var setup = LayoutFixture.SmallPage(200, 200) with { MarginBottom = 20, FooterText = "Hội nghị tổng kết năm 2020", FooterStyle = new TextStyle(6) };
        var pages = fixture.Paginate(new Column([fixture.Paragraph("một"), new PageBreak(), fixture.Paragraph("hai")]), setup);

        Assert.DoesNotContain(PageText.Runs(pages[0]), r => r.Baseline > 180);
        var footer = Assert.Single(PageText.Runs(pages[1]), r => r.Baseline > 180);
        Assert.Equal("Hội nghị tổng kết năm 2020", footer.Text);
        Assert.InRange((footer.Left + footer.Right) / 2, 99, 101);
    }

    [Fact]
    public void ContentsEntry_PutsTheNumberFlushRight_WithDotLeaders_AndLinksToTheAnchor()
    {
        var style = new TextStyle(10);
        var entry = new ContentsEntry(fixture.Setter, new TextSpan("I. KẾT QUẢ", style), "h3", indent: 0, numberColumn: 30);
        // The heading stands on page 3, after the entry: its number is known only once all pages are laid out.
        var heading = new HeadingAnchor(fixture.Paragraph("I. KẾT QUẢ"), "h3", "I. KẾT QUẢ", 1);
        var page = fixture.Paginate(new Column([entry, new PageBreak(), fixture.Paragraph("hai"), new PageBreak(), heading]), LayoutFixture.SmallPage(200, 100))[0];

        var runs = PageText.Runs(page).ToList();
        Assert.Equal("I. KẾT QUẢ", runs[0].Text);
        var number = runs.Single(r => r.Text == "3");
        Assert.InRange(number.Right, 189.9f, 190.1f);
        var dots = runs.Single(r => r.Text.Trim('.').Length == 0);
        Assert.True(dots.Text.Length > 10, "dot leaders fill the gap");
        Assert.True(dots.Left > runs[0].Right && dots.Right < number.Left);
        var link = Assert.Single(page.Items.OfType<ReportGen.Layout.Output.InternalLink>());
        Assert.Equal("h3", link.AnchorName);
    }

    [Fact]
    public void ContentsEntry_DrawnBeforeItsPagesAreKnown_IsWhatItWouldBeWithTheNumberKnown_ItemForItem()
    {
        // Two entries on one page, then their headings: each entry's number, dot leaders and link go right after
        // its own words, before the next entry's, as if the number had been known when the entry was drawn.
        var style = new TextStyle(10);
        var content = new Column([
            new ContentsEntry(fixture.Setter, new TextSpan("Một", style), "h1", indent: 0, numberColumn: 30),
            new ContentsEntry(fixture.Setter, new TextSpan("Hai", style), "h2", indent: 0, numberColumn: 30),
            new ContentsEntry(fixture.Setter, new TextSpan("Ba", style), "h9", indent: 0, numberColumn: 30),
            new PageBreak(),
            new HeadingAnchor(fixture.Paragraph("Một"), "h1", "Một", 1),
            new PageBreak(),
            new HeadingAnchor(fixture.Paragraph("Hai"), "h2", "Hai", 1),
        ]);
        var page = fixture.Paginate(content, LayoutFixture.SmallPage(200, 100))[0];

        var items = page.Items.Select(i => i switch
        {
            ReportGen.Layout.Output.GlyphRun run => run.Text.Trim('.').Length == 0 ? "…" : run.Text,
            ReportGen.Layout.Output.InternalLink link => "→" + link.AnchorName,
            _ => i.GetType().Name,
        });
        // An anchor no page holds gets no number, as before its pages were known.
        Assert.Equal(["Một", "2", "…", "→h1", "Hai", "3", "…", "→h2", "Ba", "…", "→h9"], items);
    }
}
