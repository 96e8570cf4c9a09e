using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ReportGen.Browser.Tests;

/// <summary>
/// The web edition on a phone, on a desktop and on paper, in the real Chromium: no page scrolls sideways, no
/// table cell is narrower than its longest word, every wide table is a scroll region the keyboard reaches,
/// every heading can be linked, and a printed page starts each document on a new A4 sheet.
/// </summary>
public sealed class PhoneAndPrintTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<int> Widths => new() { 360, 390, 1280 };

    private async Task<IPage> Open(string relative, int width)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 800 } });
        await page.GotoAsync(site.Server.BaseUrl + relative, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    [ChromiumTheory]
    [MemberData(nameof(Widths))]
    public async Task EveryPage_FitsTheScreen_AndItsTablesScrollInsideFocusableRegions(int width)
    {
        var problems = new List<string>();
        foreach (var relative in site.Pages())
        {
            var page = await Open(relative, width);
            var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"),
                await page.EvaluateAsync<int>("() => window.innerWidth"));
            if (scrollWidth > innerWidth)
            {
                problems.Add($"{relative} at {width}px: the page scrolls sideways ({scrollWidth}px)");
            }
            // A cell whose content overflows it is narrower than a word in it (words are never broken in tables).
            problems.AddRange((await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('td, th')]
                .filter(c => c.scrollWidth > c.clientWidth + 1)
                .map(c => 'cell narrower than its content: ' + c.textContent.trim().slice(0, 40))"))
                .Select(p => $"{relative} at {width}px: {p}"));
            // Every table sits in a named region the keyboard reaches; one that overflows scrolls inside it.
            problems.AddRange((await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('table')]
                .map(t => [t, t.closest('.rg-scroll')])
                .filter(([t, r]) => !r || r.tabIndex !== 0 || r.getAttribute('role') !== 'region' || !r.getAttribute('aria-label')
                    || (t.offsetWidth > r.clientWidth + 1 && getComputedStyle(r).overflowX !== 'auto'))
                .map(([t]) => 'table not in a focusable, named scroll region: ' + (t.caption ? t.caption.textContent : '?'))"))
                .Select(p => $"{relative} at {width}px: {p}"));
            await page.CloseAsync();
        }
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Keyboard_ReachesTheScrollRegionOfAWideTable_AndScrollsIt()
    {
        var page = await Open("xuan-truong-2021/index.html", 360);
        var wide = await page.EvaluateAsync<int>(@"() => [...document.querySelectorAll('.rg-scroll')].findIndex(r => r.scrollWidth > r.clientWidth + 1)");
        Assert.True(wide >= 0, "at 360px some table should be wider than the screen for this test to mean anything");
        // Tab from the top until the wide region has the focus (each Tab stops at one link or region).
        var reached = false;
        for (var i = 0; i < 200 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("i => document.activeElement === document.querySelectorAll('.rg-scroll')[i]", wide);
        }
        Assert.True(reached, "Tab never reached the wide table's region");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        // The browser may scroll smoothly: wait for the region to have moved (a timeout fails the test).
        await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task EveryHeading_HasAStableIdAndALinkToItself_AndTheContentsLeadThere()
    {
        var page = await Open("y-yen-2021/index.html", 1280);
        var unlinked = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main h2, main h3, main h4')]
            .filter(h => !h.id || !h.querySelector(`a.anchor[href='#${h.id}']`)).map(h => h.textContent)");
        Assert.Empty(unlinked);
        var ids = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main [id]')].map(e => e.id)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        // The appendix, which the PDF's contents lists, can be linked now.
        Assert.Contains(ids, id => id.EndsWith("phu-luc", StringComparison.Ordinal));
        var broken = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('nav.contents a')]
            .filter(a => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map(a => a.href)");
        Assert.Empty(broken);
        Assert.True(await page.EvaluateAsync<int>("() => document.querySelectorAll('nav.contents a').length") > 8);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task PrintedPage_IsA4_AndEachDocumentStartsANewSheet()
    {
        var page = await Open("xuan-truong-2021/index.html", 1280);
        // The first line of each document as the page shows it (its header's first line, or its title).
        var firstLines = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main > section')]
            .map(s => s.innerText.trim().split('\n')[0].trim())");
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = false });
        await page.CloseAsync();
        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), p => Assert.Equal(595.3, p.Width, 1.0)); // A4 portrait: 210 mm
        string TopLine(UglyToad.PdfPig.Content.Page p)
        {
            var words = p.GetWords().OrderByDescending(w => Math.Round(w.BoundingBox.Top)).ThenBy(w => w.BoundingBox.Left).ToList();
            var top = words.Count == 0 ? 0 : Math.Round(words[0].BoundingBox.Top);
            return string.Join(" ", words.Where(w => Math.Abs(Math.Round(w.BoundingBox.Top) - top) < 3).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        }
        var tops = document.GetPages().Select(TopLine).ToList();
        Assert.True(firstLines.Length >= 4, string.Join(" | ", firstLines));
        foreach (var line in firstLines.Skip(1))
        {
            // The section's first line opens a sheet (a header's two blocks may share that line).
            Assert.Contains(tops, top => top.Contains(line, StringComparison.Ordinal) || line.Contains(top, StringComparison.Ordinal) && top.Length > 3);
        }
    }
}
