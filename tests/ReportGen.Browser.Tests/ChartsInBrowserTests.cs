using System.Text.Json;
using Microsoft.Playwright;
using SkiaSharp;

namespace ReportGen.Browser.Tests;

/// <summary>
/// The web charts in Chromium (issue 15, point 2): readable at 360 px as on a desktop (text at least 12 CSS px,
/// every text box non-empty, no two meeting), one drawing shown at a time, and still black on white when the
/// browser darkens the page (Chrome's auto dark mode, as on Android and in Samsung Internet).
/// </summary>
public sealed partial class SiteInBrowserTests
{
    /// <summary>The meeting pages with a chart, and the chart each has.</summary>
    public static TheoryData<string> ChartPages => new() { "y-yen-2021/index.html", "xuan-truong-2021/index.html" };

    private const string TextsOfShownChart = @"figure => {
        const svg = [...figure.querySelectorAll('svg')].find(s => getComputedStyle(s).display !== 'none');
        if (!svg) return null;
        const m = svg.getScreenCTM();
        const scale = Math.hypot(m.a, m.b);
        const r = svg.getBoundingClientRect();
        return {
            variant: svg.getAttribute('class'), left: r.left, right: r.right, viewport: innerWidth, scale,
            texts: [...svg.querySelectorAll('text')].map(t => { const b = t.getBBox();
                return { text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height, px: parseFloat(getComputedStyle(t).fontSize) * scale }; })
        };
    }";

    private sealed record TextBox(string Text, double X, double Y, double W, double H, double Px);

    /// <summary>What is wrong with the shown chart's text on <paramref name="url"/> at <paramref name="width"/> px.</summary>
    private async Task<List<string>> ChartTextProblems(string url, int width, string expectedVariant)
    {
        var problems = new List<string>();
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var figures = await page.Locator("figure.rg-chart").ElementHandlesAsync();
        if (figures.Count == 0) problems.Add($"{url}: no chart");
        foreach (var figure in figures)
        {
            var shown = await figure.EvaluateAsync<JsonElement?>(TextsOfShownChart);
            if (shown is not { ValueKind: JsonValueKind.Object } chart)
            {
                problems.Add($"{url} at {width}px: no chart drawing shown");
                continue;
            }
            var variant = chart.GetProperty("variant").GetString();
            if (variant != expectedVariant) problems.Add($"{url} at {width}px: shows '{variant}', not '{expectedVariant}'");
            if (chart.GetProperty("left").GetDouble() < -0.5 || chart.GetProperty("right").GetDouble() > chart.GetProperty("viewport").GetDouble() + 0.5)
                problems.Add($"{url} at {width}px: the chart leaves the screen");
            var texts = chart.GetProperty("texts").Deserialize<List<TextBox>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            if (texts.Count == 0) problems.Add($"{url} at {width}px: a chart with no text");
            foreach (var t in texts)
            {
                if (t.W <= 0 || t.H <= 0) problems.Add($"{url} at {width}px: '{t.Text}' has an empty box");
                if (t.Px < 12 - 0.01) problems.Add($"{url} at {width}px: '{t.Text}' at {t.Px:0.0} CSS px");
            }
            for (var i = 0; i < texts.Count; i++)
            {
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (texts[i], texts[j]);
                    // Boxes are the font's ascent to descent; wrapped lines may touch, never overlap by more than a hair.
                    if (a.X < b.X + b.W - 0.5 && b.X < a.X + a.W - 0.5 && a.Y < b.Y + b.H - 0.5 && b.Y < a.Y + a.H - 0.5)
                        problems.Add($"{url} at {width}px: '{a.Text}' meets '{b.Text}'");
                }
            }
        }
        await page.CloseAsync();
        return problems;
    }

    [ChromiumTheory]
    [MemberData(nameof(ChartPages))]
    public async Task Charts_AtPhoneAndDesktopWidths_HaveTextOf12PxOrMore_InNonEmptyBoxesThatDoNotMeet(string url)
    {
        var problems = new List<string>();
        foreach (var (width, variant) in new[] { (360, "rg-chart-narrow"), (390, "rg-chart-narrow"), (Phone, "rg-chart-narrow"), (Desktop, "rg-chart-wide") })
        {
            problems.AddRange(await ChartTextProblems(Http(url), width, variant));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A page in Chromium's auto dark mode (the browser darkens a light page), at 360 px.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> DarkenedPage(string url, string? extraStyle = null)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 360, Height = 900 },
            ColorScheme = ColorScheme.Dark,
        });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setAutoDarkModeOverride", new Dictionary<string, object> { ["enabled"] = true });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (extraStyle is not null)
        {
            // The chart as it was before issue 15: no ground of its own, no opt-out of the darkening.
            await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = extraStyle });
            await page.EvaluateAsync("() => document.querySelectorAll('figure.rg-chart svg > rect:first-of-type').forEach(r => r.remove())");
        }
        return (context, page);
    }

    private static double Luminance(SKColor c)
    {
        static double Channel(byte v) { var s = v / 255.0; return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        return 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
    }

    private static double Contrast(SKColor a, SKColor b)
    {
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    /// <summary>
    /// The chart's shown drawing as the screen has it: its ground (the corner pixel), and for each text that is
    /// not inside a bar, the contrast of its darkest pixel against that ground; the page's own ground beside it.
    /// </summary>
    private static async Task<(SKColor ChartGround, SKColor PageGround, List<(string Text, double Contrast)> Texts, byte[] Png)> Measure(IPage page)
    {
        var svg = page.Locator("figure.rg-chart svg:visible").First;
        var png = await svg.ScreenshotAsync();
        var origin = (await svg.BoundingBoxAsync())!;
        var boxes = await svg.EvaluateAsync<JsonElement>(@"svg => [...svg.querySelectorAll('text')]
            .filter(t => t.getAttribute('fill').toUpperCase() !== '#FFFFFF')
            .map(t => { const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.width, r.height]; })");
        using var bitmap = SKBitmap.Decode(png);
        var scale = bitmap.Width / origin.Width;
        var ground = bitmap.GetPixel(1, 1);
        var texts = new List<(string, double)>();
        foreach (var box in boxes.EnumerateArray())
        {
            var (left, top) = ((box[1].GetDouble() - origin.X) * scale, (box[2].GetDouble() - origin.Y) * scale);
            var (w, h) = (box[3].GetDouble() * scale, box[4].GetDouble() * scale);
            var darkest = ground;
            for (var x = (int)Math.Max(0, left); x < Math.Min(bitmap.Width, left + w); x++)
            {
                for (var y = (int)Math.Max(0, top); y < Math.Min(bitmap.Height, top + h); y++)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    if (Contrast(pixel, ground) > Contrast(darkest, ground)) darkest = pixel;
                }
            }
            texts.Add((box[0].GetString()!, Contrast(darkest, ground)));
        }
        var pageShot = await page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = 2, Y = 2, Width = 4, Height = 4 } });
        using var corner = SKBitmap.Decode(pageShot);
        return (ground, corner.GetPixel(1, 1), texts, png);
    }

    [ChromiumTheory]
    [MemberData(nameof(ChartPages))]
    public async Task Charts_InTheBrowsersForcedDarkMode_StayDarkTextOnWhite(string url)
    {
        var (context, page) = await DarkenedPage(Http(url));
        var (ground, pageGround, texts, _) = await Measure(page);
        await page.Locator("figure.rg-chart").First.ScreenshotAsync(new LocatorScreenshotOptions
        {
            Path = Path.Combine(site.Screenshots, $"chart-{url.Split('/')[0]}-360-auto-dark.png"),
        });
        await context.CloseAsync();

        // The emulation works: the page around the chart was darkened…
        Assert.True(Luminance(pageGround) < 0.2, $"the page was not darkened ({pageGround})");
        // …and the chart was not: white ground, every label at least 4.5:1 against it.
        Assert.True(Luminance(ground) > 0.9, $"the chart's ground is {ground}");
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Contrast >= 4.5, $"'{t.Text}' at {t.Contrast:0.0}:1"));
    }

    /// <summary>
    /// The dark-mode check can fail: without the chart's white ground and the figure's opt-out (the chart before
    /// issue 15), the darkened page shows through and the check sees it.
    /// </summary>
    [ChromiumFact]
    public async Task Charts_InForcedDarkMode_TheCheckCatchesAChartThatIsDarkened()
    {
        var (context, page) = await DarkenedPage(Http("y-yen-2021/index.html"), "figure.rg-chart { color-scheme: normal !important; background: none !important; }");
        var (ground, _, texts, _) = await Measure(page);
        await context.CloseAsync();

        Assert.True(Luminance(ground) <= 0.9 || texts.Any(t => t.Contrast < 4.5), $"ground {ground}, contrasts {string.Join(", ", texts.Select(t => t.Contrast.ToString("0.0")))}");
    }

    [ChromiumFact]
    public async Task Chart_Screenshots_At360_390_And1280Px_AndInDarkEmulation_AreSaved()
    {
        foreach (var url in new[] { "y-yen-2021/index.html", "xuan-truong-2021/index.html" })
        {
            var id = url.Split('/')[0];
            foreach (var (width, dark) in new[] { (360, false), (390, false), (Desktop, false), (360, true) })
            {
                var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new() { Width = width, Height = 900 },
                    ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
                });
                var page = await context.NewPageAsync();
                await page.GotoAsync(Http(url), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var path = Path.Combine(site.Screenshots, $"chart-{id}-{width}{(dark ? "-dark" : "")}.png");
                await page.Locator("figure.rg-chart").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
                Assert.True(new FileInfo(path).Length > 1000, path);
                await context.CloseAsync();
            }
        }
    }
}
