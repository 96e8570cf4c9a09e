using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// "One content, two media": every paragraph, list item and table cell of a meeting's web page
/// (every document of its booklet: agenda, report, appendix, award decision and lists, contribution,
/// delegate list) is in its booklet PDF, and every word of the booklet's body is on the
/// web page, so the two cannot drift apart.
/// </summary>
public sealed partial class OneContentTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    public static TheoryData<string> Meetings => new() { "y-yen-2021", "xuan-truong-2021" };

    /// <summary>The most words of other cells a wrapped table cell's words may be interleaved with.</summary>
    private const int MaxGap = 40;

    /// <summary>Every document's paragraphs, items and cells (agenda, report, appendix, decision, lists …);
    /// the document headers and signatures are compared as words only (their lines sit side by side in print).</summary>
    private const string Blocks = "main p, main li, main td, main th, main figcaption";

    [Theory]
    [MemberData(nameof(Meetings))]
    public void EveryParagraphAndCellOfTheWebPage_IsInTheBooklet(string id)
    {
        var page = Parse(build.Text($"{id}/index.html"));
        var pdf = Words(PdfText.Body(build.PathOf($"{id}/booklet.pdf")));

        Assert.True(BlocksOf(page).Count > 20, "the page has too few blocks to compare");
        Assert.Empty(MissingFromPdf(page, pdf));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void EveryWordOfTheBookletsBody_IsOnTheWebPage(string id)
    {
        var page = Parse(build.Text($"{id}/index.html"));
        var pdf = Words(PdfText.Body(build.PathOf($"{id}/booklet.pdf")));

        var missing = MissingFromPage(page, pdf);
        Assert.True(missing.Count == 0, string.Join(" | ", missing));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void AWordChangedOnlyInTheWebPage_IsFoundInBothDirections(string id)
    {
        var html = build.Text($"{id}/index.html");
        var pdf = Words(PdfText.Body(build.PathOf($"{id}/booklet.pdf")));

        // A copy of the page with one word of the report changed, in a paragraph and in a table cell.
        var changed = Parse(html);
        var paragraph = changed.QuerySelectorAll("#bao-cao p").First(p => Words(p.TextContent).Count > 10);
        var words = Words(paragraph.TextContent);
        words[words.Count / 2] = words[words.Count / 2] == "không" ? "có" : "không";
        paragraph.TextContent = string.Join(" ", words);
        Assert.Equal([string.Join(" ", words)], MissingFromPdf(changed, pdf));

        var cellPage = Parse(html);
        var cell = cellPage.QuerySelectorAll("#bao-cao td").First(td => td.TextContent.Any(char.IsDigit));
        cell.TextContent = cell.TextContent.Replace(cell.TextContent.First(char.IsDigit).ToString(), "7zq", StringComparison.Ordinal);
        Assert.Single(MissingFromPdf(cellPage, pdf));

        var droppedPage = Parse(html);
        droppedPage.QuerySelectorAll("#bao-cao p").MaxBy(p => Words(p.TextContent).Count)!.Remove();
        Assert.NotEmpty(MissingFromPage(droppedPage, pdf));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<string> BlocksOf(IDocument page) => Elements(page).Select(e => e.Text).ToList();

    private static List<(string Text, bool IsCell)> Elements(IDocument page) =>
        page.QuerySelectorAll(Blocks)
            .Where(e => e.Closest("header, .signing, .to-top") is null && (e.LocalName == "figcaption" || e.Closest("figure") is null))
            .Select(e => (Text: Normalise(e.TextContent), IsCell: e.LocalName is "td" or "th"))
            .Where(e => e.Text.Length > 0)
            .ToList();

    /// <summary>The page's blocks whose words are not in the booklet, in order (a wrapped table cell's
    /// lines may have other cells' words between them).</summary>
    private static List<string> MissingFromPdf(IDocument page, IReadOnlyList<string> pdf)
    {
        var flat = " " + string.Join(" ", pdf) + " ";
        return Elements(page)
            .Where(block => !flat.Contains(" " + block.Text + " ", StringComparison.Ordinal)
                && !(block.IsCell && InOrder(Words(block.Text), pdf)))
            .Select(block => block.Text)
            .ToList();
    }

    /// <summary>
    /// The booklet's body words that no block of the web page accounts for: each paragraph and list
    /// item takes its run of words, each table cell its words in order; what is left (cover, contents,
    /// headings, document header, page furniture) may only be words of the page's header, headings
    /// and table cells.
    /// </summary>
    private static List<string> MissingFromPage(IDocument page, IReadOnlyList<string> pdf)
    {
        var covered = new bool[pdf.Count];
        var cells = new List<List<string>>();
        foreach (var (text, isCell) in Elements(page))
        {
            if (isCell)
            {
                cells.Add(Words(text));
                continue;
            }
            var words = Words(text);
            var at = FindRun(words, pdf, covered);
            for (var i = 0; at >= 0 && i < words.Count; i++)
            {
                covered[at + i] = true;
            }
        }
        // Cells after the paragraphs, longest first, so that a short cell ("thôn, xóm") cannot take
        // the words of a paragraph or of a longer cell that wraps around it.
        foreach (var words in cells.OrderByDescending(w => w.Count))
        {
            var at = FindRun(words, pdf, covered);
            var indices = at >= 0 ? Enumerable.Range(at, words.Count).ToList() : InOrder(words, pdf, covered);
            foreach (var i in indices ?? [])
            {
                covered[i] = true;
            }
        }
        // A cell's words the scattered search could not place (another cell's identical words took
        // them) are accounted for by the cells' vocabulary; paragraphs and items are held to runs.
        var headings = new HashSet<string>(Words(string.Join(" ",
            page.QuerySelectorAll("header, h1, h2, h3, h4, figure svg text, .signing").Select(e => e.TextContent)
                .Concat(cells.Select(c => string.Join(" ", c))))),
            StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pdf.Count; i++)
        {
            if (!covered[i] && !headings.Contains(pdf[i]) && !IsFurniture(pdf[i]))
            {
                counts[pdf[i]] = counts.GetValueOrDefault(pdf[i]) + 1;
            }
        }
        return counts.Select(c => $"{c.Key} ×{c.Value}").ToList();
    }

    private static int FindRun(IReadOnlyList<string> words, IReadOnlyList<string> pdf, bool[] covered)
    {
        for (var start = 0; start + words.Count <= pdf.Count; start++)
        {
            var i = 0;
            while (i < words.Count && !covered[start + i] && pdf[start + i] == words[i])
            {
                i++;
            }
            if (i == words.Count)
            {
                return start;
            }
        }
        return -1;
    }

    /// <summary>Page numbers, contents leaders and the words only the printed booklet has.</summary>
    private static bool IsFurniture(string word) => Number().IsMatch(word) || BookletOnly.Contains(word);

    /// <summary>The contents' title, the Party's name of the document header and its star, the
    /// superior unit's name in the header.</summary>
    private static readonly HashSet<string> BookletOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "MỤC", "CỘNG", "SẢN", "VIỆT", "NAM", "ĐẢNG", "BỘ", "TỈNH", "ĐỊNH", "*",
    };

    private static bool InOrder(IReadOnlyList<string> words, IReadOnlyList<string> pdf) =>
        InOrder(words, pdf, new bool[pdf.Count]) is not null;

    /// <summary>Where the words are, in order, each at most <see cref="MaxGap"/> words after the one
    /// before (other cells of the row come between the lines of a wrapped cell); null if nowhere.</summary>
    private static List<int>? InOrder(IReadOnlyList<string> words, IReadOnlyList<string> pdf, bool[] covered)
    {
        for (var start = 0; start < pdf.Count; start++)
        {
            if (covered[start] || pdf[start] != words[0])
            {
                continue;
            }
            var indices = new List<int> { start };
            foreach (var word in words.Skip(1))
            {
                var at = indices[^1];
                var next = -1;
                for (var i = at + 1; i < pdf.Count && i <= at + 1 + MaxGap; i++)
                {
                    if (!covered[i] && pdf[i] == word)
                    {
                        next = i;
                        break;
                    }
                }
                if (next < 0)
                {
                    break;
                }
                indices.Add(next);
            }
            if (indices.Count == words.Count)
            {
                return indices;
            }
        }
        return null;
    }

    private static List<string> Words(string text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Normalise(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[0-9ivxlcIVXLC]+|[.…]*[0-9]*)$")]
    private static partial Regex Number();
}
