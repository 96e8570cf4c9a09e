using System.Text;
using System.Text.Json;
using ReportGen.Templating.Documents;
using ReportGen.Templating.Search;

namespace ReportGen.Templating.Tests;

/// <summary>The site's search index: how text is read into tokens, what the index holds, and that data cannot break out of it.</summary>
public sealed class SearchIndexTests
{
    [Theory]
    [InlineData("Thi đua", "thi dua")]
    [InlineData("THI ĐUA KHEN THƯỞNG", "thi dua khen thuong")]
    [InlineData("Ý Yên", "y yen")]
    [InlineData("Xuân Trường", "xuan truong")]
    [InlineData("Đỗ Văn Thành", "do van thanh")]
    // Decomposed input (a mark after its letter) folds the same as precomposed.
    [InlineData("Ho\u0323\u0302i nghi\u0323 thi \u0111ua", "hoi nghi thi dua")]
    public void Fold_LowerCasesAndDropsDiacritics(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Theory]
    [InlineData("12.278,27", new[] { "12278", "12278,27" })]
    [InlineData("124,46", new[] { "124", "124,46" })]
    [InlineData("12.278", new[] { "12278" })]
    [InlineData("1.234.567", new[] { "1234567" })]
    [InlineData("12278", new[] { "12278" })]
    [InlineData("12,278.27", new[] { "12278", "12278,27" })]
    [InlineData("12278.27", new[] { "12278", "12278,27" })]
    [InlineData("23.01.2021", new[] { "23", "01", "2021" })]
    public void NumberForms_AreTheWholePartAndTheDecimalsAfterAComma(string number, string[] expected) =>
        Assert.Equal(expected, SearchText.NumberForms(number));

    /// <summary>
    /// The word pattern of templates/search.js (its WORD), as .NET reads it: the reader's query is read by it, so the
    /// index's scan must find the same words.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex ScriptWordPattern = new(ScriptWordPatternText());

    private static string ScriptWordPatternText()
    {
        var script = File.ReadAllText(Path.Combine(ReportGen.Tests.RepositoryRoot.Path, "templates", "search.js"));
        var declared = System.Text.RegularExpressions.Regex.Match(script, @"var WORD = /(.+)/gu;");
        Assert.True(declared.Success, "search.js declares its word pattern as 'var WORD = /…/gu;'");
        return declared.Groups[1].Value;
    }

    /// <summary>The words of search.js's pattern in a text.</summary>
    private static IEnumerable<string> PatternWords(string text) => ScriptWordPattern.Matches(text).Select(m => m.Value);

    /// <summary>The words <see cref="SearchText.WordSpansOf"/> finds, as strings.</summary>
    private static List<string> SpannedWords(string text)
    {
        var words = new List<string>();
        foreach (var (index, length) in SearchText.WordSpansOf(text))
        {
            words.Add(text.Substring(index, length));
        }
        return words;
    }

    [Fact]
    public void WordSpans_FindTheWordsOfThePattern_ForEveryCharacter_AndInMixedText()
    {
        // Every character of the Basic Multilingual Plane alone, and between a letter and a digit: the scan's classes
        // of characters are the pattern's [\p{L}\p{M}\p{N}] and [0-9].
        for (var c = 0; c <= 0xFFFF; c++)
        {
            foreach (var text in new[] { ((char)c).ToString(), "a" + (char)c + "1", "1" + (char)c + "2" })
            {
                if (!SpannedWords(text).SequenceEqual(PatternWords(text)))
                {
                    Assert.Fail($"U+{c:X4} in \"{text}\": [{string.Join("|", SpannedWords(text))}], the pattern [{string.Join("|", PatternWords(text))}]");
                }
            }
        }
        // Numbers with separators, letters beside digits, marks, a letter outside the plane (a surrogate pair).
        string[] pieces = ["1", "23", "4", ".", ",", ".5", ",0", "..", "a", "Đỗ", "văn", "o\u0301", "\u0301", " ", "-", "/", "²", "５",
            "Ⅻ", "٣", "\u20DD", "\U0001D400", "\u00A0", "\n", "x1", "1x"];
        var random = new Random(1906);
        for (var n = 0; n < 50_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            Assert.Equal(PatternWords(text.ToString()), SpannedWords(text.ToString()));
        }
        Assert.Equal(["12.278,27", "ha", "2021", "x1", "5"], SpannedWords("12.278,27 ha; 2021. x1.5"));
        Assert.Equal(["12.278,27", "ha", "2021", "x1", "5"], SearchText.Words("12.278,27 ha; 2021. x1.5"));
    }

    [Fact]
    public void Tokens_ReadWordsAndNumbers_AsAQueryWouldBeRead()
    {
        Assert.Equal(["tong", "dien", "tich", "dat", "12278", "12278,27", "ha"], SearchText.Tokens("Tổng diện tích đạt 12.278,27 ha."));
        // Separators only join digits: a full stop or a comma after a number is punctuation.
        Assert.Equal(["nam", "2021", "va", "2022"], SearchText.Tokens("năm 2021, và 2022."));
        Assert.Equal(["so", "35", "nq", "tu"], SearchText.Tokens("Số: 35/NQ-TU"));
        // A no-break space (vi.nowrap) separates words like a space.
        Assert.Equal(["do", "van", "thanh"], SearchText.Tokens("Đỗ\u00A0Văn\u00A0Thành"));
    }

    [Fact]
    public void SearchIndex_OfTheSeeds_HoldsEveryPage_TheirSectionsAndTheirNumbers()
    {
        var index = Repo.Renderer.SearchIndex(Repo.Data);

        Assert.Equal(["xuan-truong-2021/index.html", "y-yen-2021/index.html", "nam-dinh-2021-01-23/index.html"], index.Pages.Select(p => p.Url).ToArray());
        var xuanTruong = index.Pages.Single(p => p.Url.StartsWith("xuan-truong-2021/", StringComparison.Ordinal));
        Assert.Equal(("conference", "Hội nghị", 2021, "2021-01-23"), (xuanTruong.Kind, xuanTruong.KindName, xuanTruong.Year, xuanTruong.Date));
        Assert.Equal(["huyện Xuân Trường"], xuanTruong.Units);
        Assert.StartsWith("Huyện Xuân Trường: hội nghị tổng kết", xuanTruong.Title, StringComparison.Ordinal);
        // Each part under the id of the heading above it on the page (its section's when none): the number is
        // in the report's part "1. Sản xuất nông nghiệp".
        var anchors = xuanTruong.Parts.Select(p => p.Anchor).ToList();
        Assert.Equal("", anchors[0]);
        Assert.Contains("bao-cao-bao-cao", anchors);
        var report = xuanTruong.Parts.Single(p => p.Entries.Any(e => e.Text.Contains("12.278,27 ha", StringComparison.Ordinal)));
        Assert.Equal("bao-cao-1-san-xuat-nong-nghiep", report.Anchor);
        Assert.Equal(SearchField.Heading, report.Entries[0].Field);
        // Every anchor is an id of the meeting's page: a result never leads nowhere.
        foreach (var meeting in new[] { Repo.XuanTruong, Repo.YYen })
        {
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Repo.Renderer.MeetingPage(meeting,
                Repo.Renderer.Documents(meeting), (markdown, anchors) => MarkdownRenderer.ToHtml(markdown, headingShift: 1, anchors: anchors)));
            var pageAnchors = index.Pages.Single(p => p.Url.StartsWith(meeting.Id + "/", StringComparison.Ordinal)).Parts.Select(p => p.Anchor);
            Assert.All(pageAnchors.Where(a => a.Length > 0), a => Assert.NotNull(html.GetElementById(a)));
        }
        // A delegate's name, as a row of the delegate list.
        Assert.Contains(xuanTruong.Parts.SelectMany(p => p.Entries), e => e.Text.Contains("Đỗ\u00A0Văn\u00A0Thành", StringComparison.Ordinal) || e.Text.Contains("Đỗ Văn Thành", StringComparison.Ordinal));

        var postings = index.Postings();
        var page = index.Pages.ToList().IndexOf(xuanTruong);
        Assert.Contains(page * 3 + (int)SearchField.Text, postings["12278"]);
        Assert.Contains(page * 3 + (int)SearchField.Text, postings["12278,27"]);
        // "thi đua" is in the title: the best field of the page.
        Assert.Contains(page * 3 + (int)SearchField.Title, postings["thi"]);
        Assert.Contains(page * 3 + (int)SearchField.Title, postings["dua"]);
        Assert.DoesNotContain("đua", postings.Keys);
    }

    [Fact]
    public void SearchPage_ReadsTheTextOfParagraphsAndRows_WithEveryRunOfSpacesAsOne()
    {
        // Spaces, tabs, a hard line break, a soft one, no-break spaces, emphasis, a link's words, code, an entity
        // and an autolink: the words a reader sees, in order, one space between them, none at either end.
        const string markdown = "#  Tiêu   đề  \n\nMột\u00A0\u00A0câu *có  nhấn*  và [liên  kết](https://a.vn)  \ndòng `mã  nguồn` &amp; <https://b.vn>\ncuối.\t\n\n" +
            "| Cột | Khác |\n|---|---|\n|  ô  một  |   |\n| x\u00A0 |  y  z |\n";
        var document = new RenderedDocument("tai-lieu", ReportGen.Core.Model.DocumentKind.Contribution, markdown);

        var page = Repo.Renderer.SearchPageOf(Repo.XuanTruong, [document]);

        var entries = page.Parts.Where(p => p.Anchor.StartsWith("tai-lieu", StringComparison.Ordinal)).SelectMany(p => p.Entries).ToList();
        Assert.Equal(
            [(SearchField.Heading, "Tiêu đề"), (SearchField.Text, "Một câu có nhấn và liên kết dòng mã nguồn & https://b.vn cuối."),
             (SearchField.Text, "ô một"), (SearchField.Text, "x · y z")],
            entries.Select(e => (e.Field, e.Text)).ToArray());
    }

    [Fact]
    public void SearchIndex_IsAScriptSettingOneGlobalToJson_TheSameBytesEveryTime()
    {
        var script = Repo.Renderer.SearchIndex(Repo.Data).ToScript();
        var prefix = $"window.{SearchIndex.GlobalName} = ";
        var start = script.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        var json = script[start..].TrimEnd().TrimEnd(';');
        using var document = JsonDocument.Parse(json);
        Assert.Equal(SearchIndex.Version, document.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("pages").GetArrayLength());
        // Vietnamese stays as letters, not \u escapes: the file is half the size.
        Assert.Contains("Xuân Trường", script, StringComparison.Ordinal);
        Assert.Equal(script, Repo.Renderer.SearchIndex(Repo.Data).ToScript());
    }

    [Fact]
    public void SearchIndex_OfTheSeeds_IsSmall()
    {
        var bytes = Encoding.UTF8.GetByteCount(Repo.Renderer.SearchIndex(Repo.Data).ToScript());
        // About 41 KB for the two seed meetings and the roundup (each page's text and its tokens): a province's
        // hundred meetings make about 2 MB, read once when the index page opens.
        Assert.InRange(bytes, 10_000, 80_000);
    }

    /// <summary>Data text that tries to end the script (or its string) stays inside the string, escaped.</summary>
    [Fact]
    public void SearchIndex_EscapesTheEndOfAScript_QuotesAndLineSeparators()
    {
        const string Hostile = "</script><script>alert(1)</script>\u2028\u2029\"'\\ <!-- `${x}`";
        var page = new SearchPage("a/index.html", Hostile, Hostile, 2025, "2025-01-10", [Hostile], "conference", "Hội nghị",
            [new SearchPart("", [new SearchEntry(SearchField.Title, Hostile)])]);
        var script = new SearchIndex([page]).ToScript();

        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", script, StringComparison.Ordinal);
        // One statement on one line after the comment: nothing in the data broke the line or the string.
        Assert.Equal(3, script.Split('\n').Length);
        var json = script.Split('\n')[1];
        using var document = JsonDocument.Parse(json[(json.IndexOf('=', StringComparison.Ordinal) + 2)..^1]);
        Assert.Equal(Hostile, document.RootElement.GetProperty("pages")[0].GetProperty("title").GetString());
    }
}
