using Microsoft.Playwright;
using ReportGen.Build;

namespace ReportGen.Browser.Tests;

/// <summary>
/// The search of the index page (templates/search.js over output/search-index.js), tried as a reader does it
/// from a USB stick: the site opened over file://, no server.
/// </summary>
public sealed partial class SiteInBrowserTests
{
    private const int SmallPhone = 360;

    /// <summary>Opens the index over file://, types <paramref name="query"/> and waits for the results.</summary>
    private async Task<IPage> SearchFromFile(string query, int width = Desktop, string? output = null)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(new Uri(Path.Combine(output ?? site.Output, "index.html")).AbsoluteUri);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm trong mọi hội nghị và bài tổng hợp" }).FillAsync(query);
        await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Tìm thấy|Không tìm thấy") }).WaitForAsync();
        return page;
    }

    private static Task<string[]> ResultLinks(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results li > a')].map(a => a.getAttribute('href'))");

    [ChromiumFact]
    public async Task Search_from_file_finds_words_typed_without_diacritics_and_marks_them()
    {
        var page = await SearchFromFile("thi dua");
        var links = await ResultLinks(page);
        Assert.Contains(links, l => l.StartsWith("xuan-truong-2021/index.html", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("y-yen-2021/index.html", StringComparison.Ordinal));
        // The words are marked as the page writes them, with their diacritics.
        var marks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results mark')].map(m => m.textContent.toLowerCase())");
        Assert.Contains("thi", marks);
        Assert.Contains("đua", marks);
        Assert.False(await page.Locator("#listing").IsVisibleAsync());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Search_from_file_finds_a_name_without_diacritics_and_the_link_lands_on_its_document()
    {
        var page = await SearchFromFile("do van thanh");
        var links = await ResultLinks(page);
        // Every word is on other pages too ("Đồng chí", "Văn phòng", "thành tích"), but only here in one passage.
        var link = links[0];
        Assert.StartsWith("xuan-truong-2021/index.html#", link, StringComparison.Ordinal);
        await page.Locator("#search-results li > a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("xuan-truong-2021/index.html#", StringComparison.Ordinal));
        var anchor = link[(link.IndexOf('#') + 1)..];
        // The link leads to the heading above the name (or its document when none): the name is in that document.
        var section = await page.EvaluateAsync<string?>("id => document.getElementById(id)?.closest('section')?.textContent.replace(/\\s+/g, ' ') ?? null", anchor);
        Assert.NotNull(section);
        Assert.Contains("Đỗ Văn Thành", section, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Search_from_file_finds_a_number_typed_without_separators_and_the_link_lands_on_the_report()
    {
        foreach (var query in new[] { "12278", "12.278", "12278,27", "12278.27", "12.278,27" })
        {
            var page = await SearchFromFile(query);
            var links = await ResultLinks(page);
            // The meeting first; the roundup quotes the number too; Ý Yên does not have it.
            Assert.True(links.Length >= 1 && links[0].StartsWith("xuan-truong-2021/index.html", StringComparison.Ordinal)
                && !links.Any(l => l.StartsWith("y-yen-2021/", StringComparison.Ordinal)), $"'{query}' gave: {string.Join(", ", links)}");
            if (query == "12278")
            {
                Assert.Contains("12.278,27", await page.Locator("#search-results mark").AllTextContentsAsync());
                await page.Locator("#search-results li > a").First.ClickAsync();
                await page.WaitForURLAsync(url => url.Contains("xuan-truong-2021/index.html#bao-cao", StringComparison.Ordinal));
                Assert.Contains("12.278,27", await page.Locator("#bao-cao").TextContentAsync(), StringComparison.Ordinal);
            }
            await page.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task Search_from_file_requires_every_word_and_says_when_nothing_is_found()
    {
        var page = await SearchFromFile("thi dua khongcotu");
        Assert.Empty(await ResultLinks(page));
        Assert.Contains("Không tìm thấy", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_form_of_a_meeting_page_searches_from_the_index()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(File("xuan-truong-2021/index.html"));
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm" }).FillAsync("thi dua");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm" }).PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/index.html?q=thi+dua", StringComparison.Ordinal) && !url.Contains("xuan-truong-2021", StringComparison.Ordinal));
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Equal("thi dua", await page.Locator("#search-q").InputValueAsync());
        Assert.NotEmpty(await ResultLinks(page));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Filters_narrow_the_list_and_the_results()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(File("index.html"));
        var visible = "() => [...document.querySelectorAll('#listing li[data-kind]')].filter(li => li.offsetParent !== null).map(li => li.querySelector('a').getAttribute('href'))";
        Assert.Equal(3, (await page.EvaluateAsync<string[]>(visible)).Length);

        await page.GetByLabel("Đơn vị").SelectOptionAsync("huyện Ý Yên");
        // Ý Yên's meeting, and the roundup that covers it.
        Assert.Equal(["y-yen-2021/index.html", "nam-dinh-2021-01-23/index.html"], await page.EvaluateAsync<string[]>(visible));

        await page.GetByLabel("Loại").SelectOptionAsync("roundup");
        Assert.Equal(["nam-dinh-2021-01-23/index.html"], await page.EvaluateAsync<string[]>(visible));
        // The year of the meetings stays; its section is hidden when nothing in it is left.
        Assert.False(await page.Locator("section.year").First.IsVisibleAsync());

        await page.GetByLabel("Năm").SelectOptionAsync("2021");
        await page.GetByLabel("Loại").SelectOptionAsync("");
        await page.GetByLabel("Đơn vị").SelectOptionAsync("huyện Xuân Trường");
        await page.Locator("#search-q").FillAsync("thi dua");
        var links = await ResultLinks(page);
        Assert.Contains(links, l => l.StartsWith("xuan-truong-2021/", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.StartsWith("y-yen-2021/", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task At_360_px_no_page_scrolls_sideways_with_the_search_in_use()
    {
        var problems = new List<string>();
        var page = await SearchFromFile("thi dua", SmallPhone);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > SmallPhone) problems.Add($"index.html with results: scrollWidth {width}");
        await page.CloseAsync();
        foreach (var relative in site.Pages())
        {
            var other = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = SmallPhone, Height = 800 } });
            await other.GotoAsync(File(relative));
            var scroll = await other.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scroll > SmallPhone) problems.Add($"{relative}: scrollWidth {scroll}");
            await other.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Like axe's rules "label", "button-name", "link-name": every control and link has a name a screen reader reads.</summary>
    [ChromiumFact]
    public async Task Every_control_and_link_has_an_accessible_name_with_the_search_in_use()
    {
        var problems = new List<string>();
        const string Unnamed = @"() => [...document.querySelectorAll('input, select, button, a[href]')]
            .filter(e => e.offsetParent !== null)
            .filter(e => !((e.labels && e.labels.length > 0 && [...e.labels].some(l => l.textContent.trim() !== ''))
                || (e.getAttribute('aria-label') || '').trim() !== ''
                || ((e.tagName === 'BUTTON' || e.tagName === 'A') && e.textContent.trim() !== '')))
            .map(e => e.outerHTML.slice(0, 80))";
        var searched = await SearchFromFile("thi dua");
        problems.AddRange((await searched.EvaluateAsync<string[]>(Unnamed)).Select(e => "index.html (results): " + e));
        Assert.True(await searched.Locator("[role=status]#search-status").IsVisibleAsync());
        await searched.CloseAsync();
        foreach (var relative in site.Pages())
        {
            var page = await site.Browser.NewPageAsync();
            await page.GotoAsync(File(relative));
            problems.AddRange((await page.EvaluateAsync<string[]>(Unnamed)).Select(e => $"{relative}: {e}"));
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ChromiumFact]
    public async Task Without_scripts_the_index_still_lists_every_meeting_and_hides_the_search()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(File("index.html"));
        Assert.False(await page.Locator("#search").IsVisibleAsync());
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#listing li > a:first-child')].map(a => a.getAttribute('href'))");
        Assert.Equal(["nam-dinh-2021-01-23/index.html", "xuan-truong-2021/index.html", "y-yen-2021/index.html"], links.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// A meeting title that tries to end the index script and start one of its own, with a line separator
    /// (U+2028, which ended a string in older script parsers): the index still loads, the result shows the title
    /// as text, and no dialog opens.
    /// </summary>
    [ChromiumFact]
    public async Task A_hostile_title_is_found_and_shown_as_text_and_runs_nothing()
    {
        var root = Path.Combine(Path.GetTempPath(), "reportgen-search-hostile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = Path.Combine(root, "data");
            CopyFolder(ReportGen.Tests.RepositoryRoot.Of("seeds"), data);
            var file = Path.Combine(data, "2021", "xuan-truong.yaml");
            var yaml = System.IO.File.ReadAllText(file).Replace(
                "  title: >-\n    tổng kết thực hiện nhiệm vụ chính trị, công tác xây dựng chính quyền, công tác thi đua khen\n    thưởng năm 2020; triển khai nhiệm vụ năm 2021\n",
                "  title: \"tổng kết </script><script>alert(1)</script>\\u2028\\\"'<img src=x onerror=alert(2)> kiểm tra\"\n", StringComparison.Ordinal);
            Assert.Contains("alert(1)", yaml, StringComparison.Ordinal);
            System.IO.File.WriteAllText(file, yaml);
            var output = Path.Combine(root, "output");
            SiteBuilder.Run(new BuildOptions(data, ReportGen.Tests.RepositoryRoot.Of("templates"), output, Formats: OutputFormats.Html | OutputFormats.Md));
            var script = System.IO.File.ReadAllText(Path.Combine(output, "search-index.js"));
            Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\u2028", script, StringComparison.Ordinal);

            var dialogs = new List<string>();
            var errors = new List<string>();
            var page = await site.Browser.NewPageAsync();
            page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(new Uri(Path.Combine(output, "index.html")).AbsoluteUri);
            await page.Locator("#search-q").FillAsync("kiem tra");
            await page.Locator("#search-results li").First.WaitForAsync();
            var title = await page.Locator("#search-results li > a strong").First.TextContentAsync();
            Assert.Contains("</script><script>alert(1)</script>", title, StringComparison.Ordinal);
            Assert.Contains("<img src=x onerror=alert(2)>", title, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#search-results script, #search-results img").CountAsync());
            Assert.Equal(2, await page.Locator("script").CountAsync());
            Assert.Empty(dialogs);
            Assert.Empty(errors);
            await page.CloseAsync();
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [ChromiumFact]
    public async Task Screenshots_of_the_search_at_390_and_1280_px_are_saved()
    {
        foreach (var width in new[] { 390, Desktop })
        {
            var page = await SearchFromFile("thi dua", width);
            var path = Path.Combine(site.Screenshots, $"search-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 1000, path);
            await page.CloseAsync();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }
}
