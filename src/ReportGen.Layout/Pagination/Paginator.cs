using System.Globalization;
using ReportGen.Localization;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Pagination;

/// <summary>
/// Flows content onto pages: measure, draw what fits, start a new page, until everything is drawn. This
/// is the one place where pages begin and end. Sections may change the page setup (a landscape appendix
/// in a portrait booklet); page numbers run through the whole document.
/// </summary>
public static class Paginator
{
    /// <summary>A document longer than this is a runaway layout, not a booklet.</summary>
    public const int MaxPages = 2000;

    public static IReadOnlyList<Page> Paginate(Element content, PageSetup setup, ParagraphSetter setter) =>
        Paginate([new Section(content, setup)], setter);

    /// <param name="anchorsOnly">
    /// Lay out to learn on which page each anchor falls, drawing nothing (see <see cref="Page.AnchorsOnly"/>):
    /// the same pages and breaks as a real layout, at a fraction of the cost.
    /// </param>
    /// <param name="sink">
    /// Takes each page as soon as it is finished (<see cref="IPageSink"/>): its furniture is drawn at once, and the
    /// returned pages keep no items, only their number, size and anchors. A page with drawing left for the end of
    /// pagination (<see cref="DrawingContext.DrawWhenPaginated"/>) is kept until then. Null: every page is returned whole.
    /// </param>
    public static IReadOnlyList<Page> Paginate(IReadOnlyList<Section> sections, ParagraphSetter setter, bool anchorsOnly = false, IPageSink? sink = null)
    {
        if (anchorsOnly)
        {
            sink = null; // nothing is drawn: nothing to write
        }
        var pages = new List<Page>();
        var setups = new List<PageSetup>();
        foreach (var section in sections)
        {
            FlowSection(section, pages, anchorsOnly, page =>
            {
                setups.Add(section.Setup);
                if (sink is not null && page.Late is null)
                {
                    Hand(page, section.Setup, setter, sink);
                }
            });
        }
        if (anchorsOnly)
        {
            return pages;
        }
        DrawLate(pages);
        for (var i = 0; i < pages.Count; i++)
        {
            if (sink is null)
            {
                DrawFurniture(pages[i], setups[i], setter);
            }
            else if (!pages[i].Handed)
            {
                Hand(pages[i], setups[i], setter, sink);
            }
        }
        return pages;
    }

    /// <summary>Draws a finished page's furniture and hands it to the sink, which takes its items.</summary>
    private static void Hand(Page page, PageSetup setup, ParagraphSetter setter, IPageSink sink)
    {
        DrawFurniture(page, setup, setter);
        sink.Add(page);
        page.DropItems();
    }

    /// <param name="finished">Called with each page once its content is drawn, in order.</param>
    private static void FlowSection(Section section, List<Page> pages, bool anchorsOnly, Action<Page> finished)
    {
        var (content, setup) = section;
        content.ResetState();
        if (section.StartsOnRightHandPage && pages.Count % 2 == 1)
        {
            var blank = new Page(setup.Paper, pages.Count + 1) { AnchorsOnly = anchorsOnly }; // blank: the next page would be a left-hand one
            pages.Add(blank);
            finished(blank);
        }
        var area = setup.ContentSize;
        var first = true;
        while (true)
        {
            var plan = content.Measure(area);
            if (plan.Kind == SpacePlanKind.Empty && !first)
            {
                return;
            }
            if (plan.IsWrap)
            {
                throw new LayoutException(Messages.ContentDoesNotFitOnPage(pages.Count + 1, plan.Reason));
            }
            if (pages.Count >= MaxPages)
            {
                throw new LayoutException(Messages.TooManyPages(MaxPages));
            }
            var page = new Page(setup.Paper, pages.Count + 1) { AnchorsOnly = anchorsOnly };
            content.Draw(new DrawingContext(page, setup.MarginLeft, setup.MarginTop), area);
            pages.Add(page);
            finished(page);
            first = false;
            if (plan.IsFull)
            {
                return;
            }
        }
    }

    /// <summary>
    /// What elements left to draw until every anchor's page is known (<see cref="DrawingContext.DrawWhenPaginated"/>),
    /// each into its place among its page's items.
    /// </summary>
    private static void DrawLate(List<Page> pages)
    {
        if (!pages.Any(p => p.Late is not null))
        {
            return;
        }
        // An anchor on two pages (a heading split over them) counts where it ends, as a lookup filled page by page would.
        var pageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var anchor in page.Anchors)
            {
                pageOf[anchor.Name] = page.Number;
            }
        }
        Func<string, int?> lookup = name => pageOf.TryGetValue(name, out var number) ? number : null;
        foreach (var page in pages)
        {
            if (page.Late is not { } late)
            {
                continue;
            }
            // From the last to the first, so the places of those before stay where they were.
            for (var i = late.Count - 1; i >= 0; i--)
            {
                var scratch = new Page(page.Size, page.Number);
                late[i].Draw(late[i].Context with { Page = scratch }, lookup);
                page.Items.InsertRange(late[i].Index, scratch.Items);
            }
            page.Late = null;
        }
    }

    private static void DrawFurniture(Page page, PageSetup setup, ParagraphSetter setter)
    {
        if (page.Items.Count == 0 && page.Anchors.Count == 0)
        {
            return; // a deliberately blank page (before a right-hand start) stays blank, without a number
        }
        if (setup.PageNumberStyle is { } numberStyle && page.Number >= setup.FirstNumberedPage)
        {
            // Centred in the top margin, as NĐ 30/2020 asks.
            DrawCentred(page, setup, setter, page.Number.ToString(CultureInfo.InvariantCulture), numberStyle, top: 0, height: setup.MarginTop, edgeAbove: true, ArtifactKind.Pagination);
        }
        if (setup.DraftMark is { Length: > 0 } draft)
        {
            var size = setup.PageNumberStyle?.Size ?? 10;
            DrawCentred(page, setup, setter, draft, new TextStyle(Math.Min(size, 10), Bold: true), top: setup.Paper.Height - setup.MarginBottom, height: setup.MarginBottom, edgeAbove: false, ArtifactKind.Watermark);
        }
        else if (setup.FooterText is { Length: > 0 } footer && setup.FooterStyle is { } footerStyle && page.Number >= setup.FirstNumberedPage)
        {
            DrawCentred(page, setup, setter, footer, footerStyle, top: setup.Paper.Height - setup.MarginBottom, height: setup.MarginBottom, edgeAbove: false, ArtifactKind.Pagination);
        }
    }

    /// <summary>
    /// Sets one line of furniture centred in a margin (the band from <paramref name="top"/>, <paramref name="height"/>
    /// tall, whose outer side is the paper's edge above or below), but never nearer that edge than
    /// <see cref="PageSetup.MinimumInkDistance"/> when the margin has room for that. Furniture is not the document's
    /// content: an artifact of <paramref name="kind"/> (tagged PDF).
    /// </summary>
    private static void DrawCentred(Page page, PageSetup setup, ParagraphSetter setter, string text, TextStyle style, float top, float height, bool edgeAbove, ArtifactKind kind)
    {
        var block = new TextBlock(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Center));
        var size = new Size(setup.ContentSize.Width, height);
        var plan = block.Measure(size);
        if (plan.IsWrap)
        {
            return; // furniture that does not fit its margin is left out rather than stopping the build
        }
        var y = top + (height - plan.Height) / 2;
        var safe = setup.MinimumInkDistance;
        if (height - plan.Height >= safe)
        {
            y = edgeAbove ? Math.Max(y, safe) : Math.Min(y, setup.Paper.Height - safe - plan.Height);
        }
        block.Draw(new DrawingContext(page, setup.MarginLeft, y).AsArtifact(kind), size);
    }
}

/// <summary>Content that cannot be laid out, with a message for the user.</summary>
public sealed class LayoutException(string message) : Exception(message);
