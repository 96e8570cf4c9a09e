using Microsoft.Playwright;

namespace ReportGen.Browser.Tests;

/// <summary>The built web site in a real headless Chromium: loads cleanly, links resolve, fits a phone, charts are accessible.</summary>
public sealed partial class SiteInBrowserTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private const int Phone = 375;
    private const int Desktop = 1280;

    // ---- checks, each returning the problems it found (empty = fine) ----

    private async Task<List<string>> LoadProblems(string url)
    {
        var problems = new List<string>();
        var page = await site.Browser.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Over http Chromium asks for /favicon.ico by itself when a page names no icon (the site names none,
            // it has no external resources); that 404 is the browser's, not a link of the site.
            if (message.Location.Split('?')[0].Contains("/favicon.ico", StringComparison.Ordinal)) return;
            if (message.Type is "error" or "warning") problems.Add($"{url}: console {message.Type}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Add($"{url}: page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"{url}: request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) problems.Add($"{url}: HTTP {response.Status} for {response.Url}");
        };
        var main = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (main is not null && !main.Ok) problems.Add($"{url}: HTTP {main.Status}");
        await page.CloseAsync();
        return problems;
    }

    private async Task<List<string>> LinkProblems(string url, List<string>? checkedTargets = null)
    {
        var problems = new List<string>();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(url);
        var targets = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href]')].map(a => a.href)" +
            ".concat([...document.querySelectorAll('img[src]')].map(i => i.src))");
        var origin = new Uri(url).GetLeftPart(UriPartial.Authority);
        foreach (var target in targets.Distinct())
        {
            if (!target.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                continue; // mailto:, tel:, the public site address of the QR code: not inside the site
            }
            var withoutFragment = target.Split('#')[0];
            checkedTargets?.Add(withoutFragment);
            var response = await page.APIRequest.GetAsync(withoutFragment);
            if (response.Status != 200) problems.Add($"{url}: {target} -> HTTP {response.Status}");
            var fragment = target.Contains('#') ? Uri.UnescapeDataString(target[(target.IndexOf('#') + 1)..]) : "";
            if (fragment.Length > 0 && withoutFragment == url.Split('#')[0]
                && !await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", fragment))
            {
                problems.Add($"{url}: {target} -> no element with id '{fragment}'");
            }
        }
        await page.CloseAsync();
        return problems;
    }

    private async Task<List<string>> OverflowProblems(string url)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = Phone, Height = 800 } });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        // Elements wider than the viewport that are not inside a horizontally scrollable box.
        var wide = await page.EvaluateAsync<string[]>(@"width => {
            const scrollable = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX; if ((o === 'auto' || o === 'scroll') && p !== document.documentElement && p !== document.body) return true; } return false; };
            return [...document.body.querySelectorAll('*')]
              .filter(e => { const r = e.getBoundingClientRect(); return (r.right > width + 0.5 || r.left < -0.5) && r.width > 0 && !scrollable(e); })
              .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
        }", Phone);
        await page.CloseAsync();
        var problems = wide.Select(w => $"{url}: at {Phone}px wider than the screen: {w}").ToList();
        if (scrollWidth > Phone) problems.Insert(0, $"{url}: scrollWidth {scrollWidth} > {Phone}");
        return problems;
    }

    private async Task<(int Charts, List<string> Problems)> ChartProblems(string url)
    {
        var problems = new List<string>();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(url);
        // Top-level SVGs only (an SVG nested in another is part of its chart).
        var charts = page.Locator("svg:not(svg svg)");
        var count = await charts.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            var label = await chart.GetAttributeAsync("aria-label");
            if (!await chart.IsVisibleAsync()) problems.Add($"{url}: chart {i + 1} is not visible");
            if (await chart.GetAttributeAsync("role") != "img") problems.Add($"{url}: chart {i + 1} has no role=img");
            if (string.IsNullOrWhiteSpace(label)) problems.Add($"{url}: chart {i + 1} has no aria-label");
            else if (await page.GetByRole(AriaRole.Img, new() { Name = label, Exact = true }).CountAsync() == 0)
                problems.Add($"{url}: chart {i + 1} is not exposed as an image named '{label}'");
        }
        await page.CloseAsync();
        return (count, problems);
    }

    private string Http(string relative) => site.Server.BaseUrl + relative;

    private string File(string relative) => new Uri(Path.Combine(site.Output, relative)).AbsoluteUri;

    // ---- the tests ----

    [ChromiumFact]
    public void The_site_has_the_index_each_meeting_and_the_roundup()
    {
        var pages = site.Pages();
        Assert.Contains("index.html", pages);
        Assert.True(pages.Count >= 4, "pages: " + string.Join(", ", pages));
    }

    [ChromiumFact]
    public async Task Every_page_loads_over_http_with_no_console_error_and_no_failed_request()
    {
        var problems = new List<string>();
        foreach (var page in site.Pages()) problems.AddRange(await LoadProblems(Http(page)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ChromiumFact]
    public async Task Every_page_loads_from_file_with_no_console_error_and_no_failed_request()
    {
        var problems = new List<string>();
        foreach (var page in site.Pages()) problems.AddRange(await LoadProblems(File(page)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ChromiumFact]
    public async Task Every_link_and_image_inside_the_site_resolves()
    {
        var problems = new List<string>();
        var checkedTargets = new List<string>();
        foreach (var page in site.Pages()) problems.AddRange(await LinkProblems(Http(page), checkedTargets));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(checkedTargets, t => t.EndsWith("/booklet.pdf", StringComparison.Ordinal));
        Assert.Contains(checkedTargets, t => t.EndsWith("/index.html", StringComparison.Ordinal) || t.EndsWith("/", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task At_375_px_nothing_is_wider_than_the_screen_except_inside_scrollable_tables()
    {
        var problems = new List<string>();
        foreach (var page in site.Pages()) problems.AddRange(await OverflowProblems(Http(page)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ChromiumFact]
    public async Task The_charts_are_visible_images_with_an_accessible_name()
    {
        var problems = new List<string>();
        var total = 0;
        foreach (var page in site.Pages())
        {
            var (charts, found) = await ChartProblems(Http(page));
            total += charts;
            problems.AddRange(found);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(total >= 2, $"expected the seeds' charts, found {total}");
    }

    [ChromiumFact]
    public async Task Document_headers_set_the_issuing_body_in_bold_and_its_superior_not()
    {
        // As in the booklet (booklet-conventions.md): "ĐẢNG BỘ TỈNH NAM ĐỊNH" regular, "HUYỆN ỦY Ý YÊN" bold.
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(Http("y-yen-2021/index.html"));
        var weights = await page.EvaluateAsync<string[][]>(@"() => [...document.querySelectorAll('.document-header .issuer p')]
            .map(p => [p.textContent.trim().replace(/\s+/g, ' '), getComputedStyle(p).fontWeight])");
        var byText = weights.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.Select(w => int.Parse(w[1], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet());
        Assert.Equal([700], byText["HUYỆN ỦY Ý YÊN"]);
        Assert.Equal([400], byText["ĐẢNG BỘ TỈNH NAM ĐỊNH"]);
        Assert.Equal([700], byText["ỦY BAN NHÂN DÂN HUYỆN Ý YÊN"]);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Screenshots_at_375_and_1280_px_are_saved()
    {
        foreach (var width in new[] { Phone, Desktop })
        {
            var browserPage = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
            foreach (var page in site.Pages())
            {
                await browserPage.GotoAsync(Http(page), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var name = (page == "index.html" ? "index" : page.Split('/')[0]) + $"-{width}.png";
                var path = Path.Combine(site.Screenshots, name);
                await browserPage.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                var bytes = await System.IO.File.ReadAllBytesAsync(path);
                Assert.True(bytes.Length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', path);
            }
            await browserPage.CloseAsync();
        }
    }

    /// <summary>Each check above must be able to fail: a copied page, broken on purpose, is caught by every one.</summary>
    [ChromiumFact]
    public async Task The_checks_catch_a_page_broken_on_purpose()
    {
        var meeting = site.Pages().First(p => p.Contains('/') && System.IO.File.ReadAllText(Path.Combine(site.Output, p)).Contains("<svg"));
        var folder = Path.GetDirectoryName(meeting)!;
        var html = await System.IO.File.ReadAllTextAsync(Path.Combine(site.Output, meeting));
        var broken = html
            .Replace("role=\"img\" aria-label=", "data-x=")
            .Replace("</body>",
                "<a href=\"missing.pdf\">x</a><img src=\"missing.png\" alt=\"\">" +
                "<div style=\"width:900px\">wide</div><script>console.error('broken');</script></body>");
        var name = Path.Combine(folder, "broken-on-purpose.html").Replace('\\', '/');
        await System.IO.File.WriteAllTextAsync(Path.Combine(site.Output, name), broken);
        try
        {
            var load = await LoadProblems(Http(name));
            Assert.Contains(load, p => p.Contains("console error"));
            Assert.Contains(load, p => p.Contains("HTTP 404") && p.Contains("missing.png"));
            Assert.Contains(await LoadProblems(File(name)), p => p.Contains("console error"));
            Assert.Contains(await LinkProblems(Http(name)), p => p.Contains("missing.pdf") && p.Contains("404"));
            Assert.Contains(await OverflowProblems(Http(name)), p => p.Contains("scrollWidth"));
            Assert.Contains((await ChartProblems(Http(name))).Problems, p => p.Contains("aria-label"));
        }
        finally
        {
            System.IO.File.Delete(Path.Combine(site.Output, name));
        }
    }
}
