using Markdig;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.Booklet;

/// <summary>
/// Puts a meeting's booklet together: the cover, the contents, then the agenda and the report, each from
/// the same Markdown the web page is made of, each starting on a new page; then lays it out into pages.
/// </summary>
public sealed class BookletComposer(TextShaper shaper, BookletTheme theme)
{
    private readonly ParagraphSetter _setter = new(shaper);

    /// <summary>Characters of the booklet that no font can draw.</summary>
    public event Action<MissingGlyph>? MissingGlyph
    {
        add => _setter.MissingGlyph += value;
        remove => _setter.MissingGlyph -= value;
    }

    /// <summary>
    /// Always end with a back cover (the printed, saddle-stitched booklet needs one: padding pages go
    /// before it). Without this, a back cover is added only to carry the QR code of <c>pageUrl</c>.
    /// </summary>
    public bool BackCover { get; init; }

    /// <param name="appendixMarkdown">The indicator appendix, set on landscape pages after the report; empty for none.</param>
    /// <param name="pageUrl">The meeting's web page; its QR code goes on the back cover.</param>
    public IReadOnlyList<Page> Compose(Meeting meeting, string agendaMarkdown, string reportMarkdown, string appendixMarkdown = "", string? pageUrl = null)
    {
        var setup = theme.ToPageSetup(meeting.Info.ShortTitle ?? $"Hội nghị tổng kết năm {meeting.Info.Year} - {meeting.Unit.FullName}");
        var contentHeight = setup.ContentSize.Height;
        // One builder for all parts, so every heading gets a name of its own for links and bookmarks.
        var builder = new MarkdownLayoutBuilder(_setter, theme, contentHeight, meeting.SourcePath,
            ChartFactory.For(meeting), shaper.Fonts.Primary(bold: false, italic: false));
        var agenda = builder.Build(Markdown.Parse(agendaMarkdown, MarkdownRenderer.Pipeline));
        var report = builder.Build(Markdown.Parse(reportMarkdown, MarkdownRenderer.Pipeline));
        var landscape = setup.Landscape();
        builder.PageContentHeight = landscape.ContentSize.Height;
        var appendix = builder.Build(Markdown.Parse(appendixMarkdown, MarkdownRenderer.Pipeline));
        var cover = new CoverBuilder(_setter, theme).Build(meeting);
        // The report is issued by the first body named (the Party committee when it leads the conference).
        var header = new DocumentHeaderBuilder(_setter, theme).Build(meeting, meeting.Issuers[0]);
        // Wide appendix tables sit on landscape pages inside the portrait booklet (NĐ 30 allows it).
        var appendixSection = appendix.Count == 0
            ? null
            : new Section(new Column(appendix, theme.Body.ParagraphSpacingPt), landscape);

        Element Body(Element? contents)
        {
            var parts = new List<Element> { cover, new PageBreak() };
            if (contents is not null)
            {
                parts.AddRange([contents, new PageBreak()]);
            }
            parts.AddRange(agenda);
            parts.Add(new PageBreak());
            parts.Add(header);
            parts.AddRange(report);
            return new Column(parts, theme.Body.ParagraphSpacingPt);
        }

        // The back cover is a section of its own so it stays the last page, after a landscape appendix;
        // it carries no page number.
        var backCover = BackCover || pageUrl is not null
            ? new Section(new BackCoverBuilder(_setter, theme).Build(meeting, pageUrl), setup with { PageNumberStyle = null, FooterText = null })
            : null;

        IReadOnlyList<Page> Layout(Element body) => Paginator.Paginate(
            new[] { new Section(body, setup), appendixSection, backCover }.OfType<Section>().ToList(), _setter);

        var pages = Layout(Body(null));
        if (!theme.Contents.Enabled)
        {
            return pages;
        }

        // The contents' numbers come from the real layout: lay out once to learn the headings, again with
        // the contents in place to learn their pages, and a last time to print those numbers. The numbers
        // sit in a fixed column, so they cannot move anything.
        var pageOf = new Dictionary<string, int>();
        var contents = ContentsPage(pages.SelectMany(p => p.Anchors), pageOf);
        var body = Body(contents);
        foreach (var (name, page) in AnchorPages(Layout(body)))
        {
            pageOf[name] = page;
        }
        return Layout(body);
    }

    private Element ContentsPage(IEnumerable<Anchor> headings, Dictionary<string, int> pageOf)
    {
        var size = theme.Body.Size;
        var entries = new List<Element>
        {
            new TextBlock(_setter, [new TextSpan(theme.Contents.Title, new TextStyle(theme.Headings.TitleSize, Bold: true))],
                new ParagraphStyle(TextAlignment.Center, 0, theme.Body.LineHeight)),
            new Spacer(theme.Body.ParagraphSpacingPt * 2),
        };
        foreach (var heading in headings.Where(h => h.Level <= theme.Contents.Depth))
        {
            var style = new TextStyle(size, Bold: heading.Level == 1);
            entries.Add(new ContentsEntry(_setter, new TextSpan(heading.Title, style), heading.Name,
                name => pageOf.TryGetValue(name, out var page) ? page : null,
                indent: Units.Cm(0.75f) * (heading.Level - 1), numberColumn: Units.Cm(1.5f)));
        }
        return new Column(entries, theme.Body.ParagraphSpacingPt / 2);
    }

    private static IEnumerable<(string Name, int Page)> AnchorPages(IReadOnlyList<Page> pages) =>
        pages.SelectMany(p => p.Anchors.Select(a => (a.Name, p.Number)));
}
