using System.Globalization;
using System.Text;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using Xunit.Sdk;

namespace ReportGen.Layout.Tests;

/// <summary>
/// The little language of layout tests, after QuestPDF's: having a page of this size, for this content,
/// expect these pages with these things at these places. It reads the page data the backends draw (glyph
/// runs, line segments, anchors), not PDF bytes. Every expectation is checked; a failure names each unmet
/// one, says what was found instead, and dumps what every page held, line by line with positions.
/// </summary>
/// <remarks>
/// Pages are numbered from 1. A text's position is the top-left corner of its glyphs: the pen position of
/// its first character, and its baseline minus the font's ascent. "Reading order" is line by line from the
/// top (runs whose baselines are within half a point), left to right, words separated by single spaces.
/// </remarks>
public sealed class LayoutScenario
{
    private readonly List<(FormattableString What, Func<IReadOnlyList<Page>, string?> Problem)> _expectations = [];
    private PageSetup _setup;
    private Element? _content;

    private LayoutScenario(PageSetup setup) => _setup = setup;

    /// <summary>A page of <paramref name="width"/> × <paramref name="height"/> points with the same margin all round.</summary>
    public static LayoutScenario Page(float width, float height, float margins = 0) =>
        new(new PageSetup(new Size(width, height), margins, margins, margins, margins));

    /// <summary>Page numbers in the top margin from page 2, as in the booklet (they are not body text).</summary>
    public LayoutScenario WithPageNumbers(float size = 8)
    {
        _setup = _setup with { PageNumberStyle = new TextStyle(size) };
        return this;
    }

    public LayoutScenario Content(Element content)
    {
        _content = content;
        return this;
    }

    /// <summary>The height of the content area of a page, for elements that need it (KeepTogether, Table, Row).</summary>
    public float ContentHeight => _setup.ContentSize.Height;

    public LayoutScenario ExpectPages(int count) =>
        Add($"{count} page(s)", pages => pages.Count == count ? null : $"there were {pages.Count}");

    public LayoutScenario ExpectPagesAtLeast(int count) =>
        Add($"at least {count} pages", pages => pages.Count >= count ? null : $"there were {pages.Count}");

    /// <summary>The page shows <paramref name="text"/> somewhere in its reading order (margins included).</summary>
    public LayoutScenario ExpectText(int page, string text) =>
        OnPage(page, $"\"{text}\"", p => ReadingOrder(p, bodyOnly: false).Contains(text, StringComparison.Ordinal) ? null : "it is not there");

    /// <summary>The page shows <paramref name="text"/> (within one glyph run) with its top-left corner at <paramref name="at"/>.</summary>
    public LayoutScenario ExpectText(int page, string text, (float X, float Y) at, float tolerance = 0.5f) =>
        OnPage(page, $"\"{text}\" at ({at.X:0.#}, {at.Y:0.#}) ± {tolerance:0.##}", p =>
        {
            var found = Occurrences(p, text).ToList();
            if (found.Any(f => Math.Abs(f.X - at.X) <= tolerance && Math.Abs(f.Y - at.Y) <= tolerance))
            {
                return null;
            }
            return found.Count == 0 ? "it is not on the page" : "it is at " + string.Join(", ", found.Select(f => $"({f.X:0.##}, {f.Y:0.##})"));
        });

    public LayoutScenario ExpectNoText(int page, string text) =>
        OnPage(page, $"no \"{text}\"", p => ReadingOrder(p, bodyOnly: false).Contains(text, StringComparison.Ordinal) ? "it is there" : null);

    /// <summary>The page's content (page furniture in the margins left out) begins with <paramref name="text"/>.</summary>
    public LayoutScenario ExpectPageStartsWith(int page, string text) =>
        OnPage(page, $"content starting with \"{text}\"", p =>
        {
            var body = ReadingOrder(p, bodyOnly: true);
            return body.StartsWith(text, StringComparison.Ordinal) ? null : $"it starts with \"{Cut(body, text.Length + 20)}\"";
        });

    /// <summary>The page's content (page furniture in the margins left out) ends with <paramref name="text"/>.</summary>
    public LayoutScenario ExpectPageEndsWith(int page, string text) =>
        OnPage(page, $"content ending with \"{text}\"", p =>
        {
            var body = ReadingOrder(p, bodyOnly: true);
            return body.EndsWith(text, StringComparison.Ordinal) ? null : $"it ends with \"…{body[Math.Max(0, body.Length - text.Length - 20)..]}\"";
        });

    /// <summary>No glyph on the page reaches below <paramref name="y"/> (descenders included).</summary>
    public LayoutScenario ExpectNoTextBelow(int page, float y) =>
        OnPage(page, $"no text below y = {y:0.#}", p =>
        {
            var low = p.Items.OfType<GlyphRun>().Where(r => Bottom(r) > y + 0.01f).ToList();
            return low.Count == 0 ? null : string.Join(", ", low.Select(r => $"\"{r.Text}\" reaches {Bottom(r):0.##}"));
        });

    /// <summary>
    /// The words of the whole document (content only, pages in order, each in reading order) that
    /// <paramref name="which"/> picks are exactly <paramref name="expected"/>: each once, in that order.
    /// </summary>
    public LayoutScenario ExpectWordsInOrder(Func<string, bool> which, IEnumerable<string> expected)
    {
        var want = expected.ToList();
        return Add($"the words {Sample(want)} once each, in order", pages =>
        {
            var got = pages.SelectMany(p => ReadingOrder(p, bodyOnly: true).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(which).ToList();
            if (got.SequenceEqual(want))
            {
                return null;
            }
            var first = Enumerable.Range(0, Math.Min(got.Count, want.Count)).FirstOrDefault(i => got[i] != want[i], Math.Min(got.Count, want.Count));
            return $"got {got.Count} words, {Sample(got)}; the first difference is at word {first + 1}";
        });
    }

    /// <summary>A horizontal line segment (a rule, a table border) on the page at <paramref name="y"/>.</summary>
    public LayoutScenario ExpectHorizontalLine(int page, float y, float tolerance = 0.5f) =>
        OnPage(page, $"a horizontal line at y = {y:0.#}", p =>
        {
            var rules = HorizontalLines(p).ToList();
            return rules.Any(r => Math.Abs(r - y) <= tolerance) ? null : "lines are at " + (rules.Count == 0 ? "none" : string.Join(", ", rules.Select(r => r.ToString("0.##", CultureInfo.InvariantCulture))));
        });

    public LayoutScenario ExpectAnchor(string name, int page) =>
        Add($"anchor \"{name}\" on page {page}", pages =>
        {
            var on = pages.Where(p => p.Anchors.Any(a => a.Name == name)).Select(p => p.Number).ToList();
            return on.SequenceEqual([page]) ? null : on.Count == 0 ? "it is on no page" : $"it is on page(s) {string.Join(", ", on)}";
        });

    /// <summary>Lays the content out and checks every expectation; returns the pages for further asserts.</summary>
    public IReadOnlyList<Page> Run(LayoutFixture fixture)
    {
        var content = _content ?? throw new InvalidOperationException("A scenario needs Content(...) before Run.");
        var pages = Paginator.Paginate(content, _setup, fixture.Setter);
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // messages read the same on every machine
        try
        {
            var problems = _expectations
                .Select(e => (What: FormattableString.Invariant(e.What), Problem: e.Problem(pages)))
                .Where(e => e.Problem is not null)
                .Select(e => $"  expected {e.What}, but {e.Problem}")
                .ToList();
            if (problems.Count > 0)
            {
                throw new XunitException($"The layout is not as expected:\n{string.Join("\n", problems)}\n\n{Dump(pages)}");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        return pages;
    }

    private LayoutScenario Add(FormattableString what, Func<IReadOnlyList<Page>, string?> problem)
    {
        _expectations.Add((what, problem));
        return this;
    }

    private LayoutScenario OnPage(int page, FormattableString what, Func<Page, string?> problem) =>
        Add($"{what} on page {page}", pages =>
            page < 1 || page > pages.Count ? $"there are {pages.Count} pages" : problem(pages[page - 1]));

    /// <summary>The page's glyph runs as lines from the top, each left to right.</summary>
    private IEnumerable<(float Baseline, IReadOnlyList<GlyphRun> Runs)> Lines(Page page, bool bodyOnly)
    {
        float top = _setup.MarginTop, bottom = page.Size.Height - _setup.MarginBottom;
        var runs = page.Items.OfType<GlyphRun>()
            .Where(r => !bodyOnly || (r.Baseline >= top && r.Baseline <= bottom))
            .OrderBy(r => r.Baseline);
        var line = new List<GlyphRun>();
        foreach (var run in runs)
        {
            if (line.Count > 0 && run.Baseline - line[0].Baseline > 0.5f)
            {
                yield return (line[0].Baseline, [.. line.OrderBy(r => r.Left)]);
                line = [];
            }
            line.Add(run);
        }
        if (line.Count > 0)
        {
            yield return (line[0].Baseline, [.. line.OrderBy(r => r.Left)]);
        }
    }

    private string ReadingOrder(Page page, bool bodyOnly) =>
        string.Join(" ", Lines(page, bodyOnly).SelectMany(l => l.Runs).Select(r => r.Text));

    /// <summary>Top-left corners of each occurrence of <paramref name="text"/> inside one glyph run.</summary>
    private static IEnumerable<(float X, float Y)> Occurrences(Page page, string text)
    {
        foreach (var run in page.Items.OfType<GlyphRun>())
        {
            for (var at = run.Text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = run.Text.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                var glyph = Array.FindIndex([.. Enumerable.Range(0, run.Glyphs.Length).Select(run.ClusterAt)], c => c >= at);
                var x = glyph < 0 ? run.Right : run.X[glyph];
                yield return (x, run.Baseline - run.Face.Ascent * run.FontSize);
            }
        }
    }

    private static float Bottom(GlyphRun run) => Enumerable.Range(0, run.Glyphs.Length).Max(run.YAt) + run.Face.Descent * run.FontSize;

    private static IEnumerable<float> HorizontalLines(Page page) =>
        page.Items.OfType<LineSegment>().Where(l => Math.Abs(l.Y1 - l.Y2) < 0.01f).Select(l => MathF.Round(l.Y1, 2)).Distinct().Order();

    private string Dump(IReadOnlyList<Page> pages)
    {
        const int maxLines = 400;
        var text = new StringBuilder($"The document has {pages.Count} page(s) of {_setup.Paper.Width:0.#} × {_setup.Paper.Height:0.#} pt, margins {_setup.MarginTop:0.#}:\n");
        var written = 0;
        foreach (var page in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"page {page.Number}:\n");
            foreach (var (baseline, runs) in Lines(page, bodyOnly: false))
            {
                if (++written > maxLines)
                {
                    return text.Append("  …\n").ToString();
                }
                var top = baseline - runs[0].Face.Ascent * runs[0].FontSize;
                text.Append(CultureInfo.InvariantCulture, $"  y {top,6:0.0} │ {string.Join("  ", runs.Select(r => $"x {r.Left:0.0} \"{r.Text}\""))}\n");
            }
            var rules = HorizontalLines(page).ToList();
            if (rules.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  horizontal lines at y {string.Join(", ", rules.Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))}\n");
            }
            foreach (var anchor in page.Anchors)
            {
                text.Append(CultureInfo.InvariantCulture, $"  anchor \"{anchor.Name}\" at y {anchor.Y:0.0}\n");
            }
        }
        return text.ToString();
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static string Sample(IReadOnlyList<string> words) =>
        words.Count <= 6 ? $"[{string.Join(" ", words)}]" : $"[{string.Join(" ", words.Take(3))} … {string.Join(" ", words.TakeLast(3))}]";
}
