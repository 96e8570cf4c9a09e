using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;
using ReportGen.Templating.Documents;

namespace ReportGen.Booklet;

/// <summary>
/// Puts a meeting's booklet together: the cover, the contents, then its documents (agenda, report, award
/// decision, contributions, delegate list …), each from the same Markdown the web page is made of, each
/// under its own header and starting on a new page; then lays it out into pages.
/// Tagged PDF: the structure tree is built with the elements, once per booklet, in reading order: a Document
/// holding the cover (Sect), the contents (Sect: its title H1, then a TOC of TOCI, each a Link), one Part per document
/// with its title as /T (header Div, body, signature and recipients Divs, annex and appendix Sects), and the back
/// cover (Sect). Every page item points into it or is an artifact; the tree is reached from any item's
/// <see cref="PageItem.Structure"/> by its parents.
/// </summary>
public sealed class BookletComposer(TextShaper shaper, BookletTheme theme)
{
    // Every line of the booklet in the theme's placement of tone marks: the data's text was read into the new
    // placement, our own words are written in it, and the theme may want the old one.
    private readonly ParagraphSetter _setter = new(shaper)
    {
        Spelling = theme.Text.ToneMarks == Core.Wording.ToneMarkStyle.New ? null : text => Core.Wording.ToneMarks.Apply(text, theme.Text.ToneMarks),
    };

    /// <summary>How this booklet lays out its charts; the web page writes the same layout as SVG.</summary>
    public BarChartLayout ChartLayout => new(_setter, theme.Chart.ToStyle());

    /// <summary>Characters of the booklet that no font can draw.</summary>
    public event Action<MissingGlyph>? MissingGlyph
    {
        add => _setter.MissingGlyph += value;
        remove => _setter.MissingGlyph -= value;
    }

    /// <summary>The mark on every page of a booklet whose data still holds example values.</summary>
    public const string DraftMarkText = "DỰ THẢO – CÒN SỐ LIỆU MẪU, CHƯA IN CHÍNH THỨC";

    /// <summary>Markdown blocks the booklet has no form for; they are set as plain text.</summary>
    public event Action<string>? UnknownBlock;

    /// <summary>Words wider than their line, cut to fit it (a long URL in a table cell).</summary>
    public event Action<string>? OverwideWord
    {
        add => _setter.OverwideWord += value;
        remove => _setter.OverwideWord -= value;
    }

    /// <summary>
    /// Always end with a back cover (the printed, saddle-stitched booklet needs one: padding pages go
    /// before it). Without this, a back cover is added only to carry the QR code of <c>pageUrl</c>.
    /// </summary>
    public bool BackCover { get; init; }

    /// <param name="appendixMarkdown">The indicator appendix, set on landscape pages after the report; empty for none.</param>
    /// <param name="pageUrl">The meeting's web page; its QR code goes on the back cover.</param>
    public IReadOnlyList<Page> Compose(Meeting meeting, string agendaMarkdown, string reportMarkdown, string appendixMarkdown = "", string? pageUrl = null) =>
        Compose(meeting, RenderedDocument.Classic(meeting, agendaMarkdown, reportMarkdown, appendixMarkdown), pageUrl);

    /// <summary>
    /// The booklet of <paramref name="documents"/> in order, under one cover and one page sequence: each
    /// document on a new page (a right-hand one when the theme says so) with its header, body, signature and
    /// annex; a document's landscape appendix right after it.
    /// </summary>
    /// <param name="pageUrl">The meeting's web page; its QR code goes on the back cover.</param>
    /// <param name="sink">
    /// Takes each page as soon as it is finished (the PDF writer), its anchors' titles already those of the contents:
    /// the returned pages then keep only their number, size and anchors (<see cref="Paginator.Paginate(IReadOnlyList{Section}, ParagraphSetter, bool, IPageSink?)"/>).
    /// Told to start again (<see cref="IPageSink.Restart"/>) when the booklet has to be laid out a second time.
    /// </param>
    /// <param name="documentsRead">Called once the documents' Markdown trees are read (before the first page is laid out).</param>
    public IReadOnlyList<Page> Compose(Meeting meeting, IReadOnlyList<RenderedDocument> documents, string? pageUrl = null, IPageSink? sink = null,
        Action? documentsRead = null)
    {
        var setup = theme.ToPageSetup(meeting.Info.ShortTitle ?? $"{Core.Wording.MeetingNames.EventName(meeting)} - {meeting.Unit.FullName}") with
        {
            // Example values on paper look final: every page says they are not (removing 'examples' clears it).
            DraftMark = meeting.Examples.Count > 0 ? DraftMarkText : null,
        };
        var contentHeight = setup.ContentSize.Height;
        var landscape = setup.Landscape();
        // One builder for all parts, so every heading gets a name of its own for links and bookmarks.
        var builder = new MarkdownLayoutBuilder(_setter, theme, contentHeight, meeting.SourcePath,
            ChartFactory.For(meeting, _setter.Spelling));
        builder.UnknownBlock += kind => UnknownBlock?.Invoke(kind);
        var headers = new DocumentHeaderBuilder(_setter, theme);
        var signatures = new SignatureBlockBuilder(_setter, theme);
        var root = new StructureElement(StructureRole.Document, null) { Title = Core.Wording.MeetingNames.EventName(meeting) };
        var cover = new CoverBuilder(_setter, theme).Build(meeting, root);
        // Made now so that it stands after the cover; filled once the headings are known.
        var contentsSection = theme.Contents.Enabled ? new StructureElement(StructureRole.Sect, root) { Title = ContentsSectionTitle } : null;

        // Portrait runs of documents; a document with a landscape appendix ends its run (NĐ 30 allows wide
        // appendix tables on landscape pages inside a portrait booklet).
        // Each document with whether it must start on a right-hand page (BookletTheme.StartsOnRight).
        var runs = new List<(List<(Element Element, bool OnRight)> Documents, Section? Appendix)> { ([], null) };
        var contentsTitles = new List<(int After, int Upto, string Title)>();
        foreach (var document in documents)
        {
            var part = new StructureElement(StructureRole.Part, root)
            {
                Title = document.ContentsTitle ?? TitleOf(document) ?? document.Id,
            };
            var parts = new List<Element>();
            if (document.Heading is { } heading)
            {
                parts.Add(headers.Build(heading, part));
            }
            if (document.AuthorHeading is { } author)
            {
                parts.Add(headers.Build(author, part));
            }
            var before = builder.HeadingCount;
            builder.PageContentHeight = contentHeight;
            builder.StartDocument();
            // A state document's name is set smaller than a Party document's (NĐ 30: 13–14 pt; HD 36: 15–16 pt).
            builder.TitleSize = document.Heading?.Issuer.Kind is { } kind && kind != IssuerKind.Party ? theme.Headings.StateTitleSize : null;
            builder.Images = document.Images;
            parts.AddRange(ElementsOf(builder, document, static d => d.MarkdownTree(), part));
            if (document.Signer is { } signer)
            {
                var signature = signatures.Build(signer, document.Recipients, document.Heading?.Issuer.Kind == IssuerKind.Party, contentHeight, part);
                // A signature never stands alone on a page (a clerk would pull the last paragraph over):
                // it keeps the body's last paragraph with it.
                if (parts.Count > 0 && parts[^1] is TextBlock last)
                {
                    parts[^1] = new KeepWithNext(last, signature, theme.Body.ParagraphSpacingPt, contentHeight);
                }
                else
                {
                    parts.Add(signature);
                }
            }
            if (document.Annex.Length > 0)
            {
                parts.Add(new PageBreak());
                parts.AddRange(ElementsOf(builder, document, static d => d.AnnexTree(),
                    new StructureElement(StructureRole.Sect, part) { Title = AnnexTitle }));
            }
            if (document.ContentsTitle is { } title)
            {
                contentsTitles.Add((before, builder.HeadingCount, title));
            }
            runs[^1].Documents.Add((new Column(parts, theme.Body.ParagraphSpacingPt), theme.StartsOnRight(document.Kind)));
            if (document.Appendix.Length > 0)
            {
                builder.PageContentHeight = landscape.ContentSize.Height;
                var appendixSection = new StructureElement(StructureRole.Sect, part) { Title = AppendixTitle };
                var appendix = ElementsOf(builder, document, static d => d.AppendixTree(), appendixSection);
                if (appendix.Count == 0)
                {
                    part.Remove(appendixSection); // nothing to print, nothing to read
                }
                else
                {
                    runs[^1] = (runs[^1].Documents, new Section(new Column(appendix, theme.Body.ParagraphSpacingPt), landscape));
                    runs.Add(([], null));
                }
            }
        }

        // The elements are built: the layout, however many times it runs, reads them, not the trees.
        documentsRead?.Invoke();

        // Every document starts on a new page; on a right-hand one, after a blank page when needed, only where the
        // theme asks for it (a blank page costs paper in every copy).
        Element DocumentBreak(bool onRight) => onRight ? new RightHandPageBreak() : new PageBreak();

        IEnumerable<Element> WithBreaks(List<(Element Element, bool OnRight)> run) =>
            run.SelectMany((d, i) => i == 0 ? [d.Element] : new[] { DocumentBreak(d.OnRight), d.Element });

        Element Body(Element? contents)
        {
            var parts = new List<Element> { cover, new PageBreak() };
            if (contents is not null)
            {
                parts.AddRange([contents, DocumentBreak(runs[0].Documents.FirstOrDefault().OnRight)]);
            }
            parts.AddRange(WithBreaks(runs[0].Documents));
            return new Column(parts, theme.Body.ParagraphSpacingPt);
        }

        // The back cover is a section of its own so it stays the last page, after a landscape appendix;
        // it carries no page number.
        var backCover = BackCover || pageUrl is not null
            ? new Section(new BackCoverBuilder(_setter, theme).Build(meeting, pageUrl, root), setup with { PageNumberStyle = null, FooterText = null })
            : null;

        // The pages go to the sink with the contents' titles in their anchors (the bookmarks and links read them there).
        Dictionary<string, string> titles = [];
        var titledSink = sink is null ? null : new TitledPages(sink, () => titles);

        IReadOnlyList<Page> Layout(Element body, bool anchorsOnly = false)
        {
            var sections = new List<Section?> { new(body, setup), runs[0].Appendix };
            foreach (var (run, appendix) in runs.Skip(1))
            {
                if (run.Count > 0)
                {
                    sections.Add(new Section(new Column([.. WithBreaks(run)], theme.Body.ParagraphSpacingPt), setup)
                    {
                        StartsOnRightHandPage = run[0].OnRight,
                    });
                }
                sections.Add(appendix);
            }
            sections.Add(backCover);
            return Paginator.Paginate(sections.OfType<Section>().ToList(), _setter, anchorsOnly, titledSink);
        }

        if (!theme.Contents.Enabled)
        {
            return Layout(Body(null));
        }

        // One layout with the contents in place: its entries are the headings the Markdown gave (in the order they
        // are printed), each entry's page number drawn once the pagination is done (ContentsEntry); the numbers sit
        // in a fixed column, so they cannot move anything.
        IReadOnlyList<Anchor> headings = builder.Headings;
        titles = DocumentTitles(headings, contentsTitles);
        var pages = Layout(Body(ContentsPage(headings, titles, contentsSection!)));
        Retitle(pages, titles);
        if (!PrintsAnchors(pages, headings, titles))
        {
            // A heading that prints no anchor (nothing to print) or two (split over pages): the contents lists the
            // anchors a layout without it holds, learnt from a first pass that draws nothing, as before 2026-12-05.
            contentsSection!.RemoveChildren();
            headings = Layout(Body(null), anchorsOnly: true).SelectMany(p => p.Anchors).ToList();
            titles = DocumentTitles(headings, contentsTitles);
            sink?.Restart();
            pages = Layout(Body(ContentsPage(headings, titles, contentsSection)));
            Retitle(pages, titles);
        }
        return pages;
    }

    // The document's Markdown tree is shared with the other copy and the text outputs (only read), and let go once all
    // have read it (TreeReaders). Read in calls of their own, not into a local of Compose: a local holding the tree
    // kept it alive, through its stack slot, until the booklet's last page was laid out.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string? TitleOf(RenderedDocument document) => MarkdownLayoutBuilder.TitleOf(document.MarkdownTree());

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IReadOnlyList<Element> ElementsOf(MarkdownLayoutBuilder builder, RenderedDocument document,
        Func<RenderedDocument, Markdig.Syntax.MarkdownDocument> tree, StructureElement parent) =>
        builder.Build(tree(document), parent);

    /// <summary>
    /// The bookmarks say what the contents say: "Báo cáo tổng kết …", not the bare "BÁO CÁO". Pages handed to the sink
    /// were given theirs on the way (<see cref="TitledPages"/>); giving them again changes nothing.
    /// </summary>
    private static void Retitle(IReadOnlyList<Page> pages, Dictionary<string, string> titles)
    {
        foreach (var page in pages)
        {
            TitledPages.Retitle(page, titles);
        }
    }

    /// <summary>
    /// Whether the pages, their anchors given the contents' titles (<see cref="Retitle"/>), hold exactly
    /// <paramref name="headings"/>' anchors, in that order, each under the title the contents gives its heading.
    /// </summary>
    private static bool PrintsAnchors(IReadOnlyList<Page> pages, IReadOnlyList<Anchor> headings, Dictionary<string, string> titles)
    {
        var i = 0;
        foreach (var page in pages)
        {
            foreach (var anchor in page.Anchors)
            {
                if (i >= headings.Count || anchor.Name != headings[i].Name || anchor.Level != headings[i].Level
                    || anchor.Title != titles.GetValueOrDefault(headings[i].Name, headings[i].Title))
                {
                    return false;
                }
                i++;
            }
        }
        return i == headings.Count;
    }

    /// <summary>
    /// A document's line in the contents replaces its title heading's ("BÁO CÁO" → "Báo cáo tổng kết …"):
    /// the first level-1 heading among those the document's Markdown produced.
    /// </summary>
    private static Dictionary<string, string> DocumentTitles(IReadOnlyList<Anchor> anchors, List<(int After, int Upto, string Title)> titles)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (after, upto, title) in titles)
        {
            var first = anchors.FirstOrDefault(a => a.Level == 1 && HeadingNumber(a.Name) is { } n && n > after && n <= upto);
            if (first is not null)
            {
                result[first.Name] = title;
            }
        }
        return result;
    }

    private static int? HeadingNumber(string anchorName) =>
        anchorName.StartsWith('h') && int.TryParse(anchorName.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The /T of the booklet's parts that are not documents (tagged PDF).</summary>
    public const string ContentsSectionTitle = "Mục lục";
    public const string AnnexTitle = "Phụ lục kèm theo";
    public const string AppendixTitle = "Phụ lục";

    /// <summary>
    /// The contents: its title (H1), then one entry a heading, tagged as a TOC of TOCI, each entry's words, page
    /// number and link annotation one Link (the dot leaders are an artifact).
    /// </summary>
    private Element ContentsPage(IEnumerable<Anchor> headings, Dictionary<string, string> titles, StructureElement section)
    {
        var size = theme.Body.Size;
        var entries = new List<Element>
        {
            new TextBlock(_setter, [new TextSpan(theme.Contents.Title, new TextStyle(theme.Headings.TitleSize, Bold: true))],
                new ParagraphStyle(TextAlignment.Center, 0, theme.Body.LineHeight)) { Structure = new StructureElement(StructureRole.H1, section) },
            new Spacer(theme.Body.ParagraphSpacingPt * 2),
        };
        var toc = new StructureElement(StructureRole.TOC, section);
        foreach (var heading in headings.Where(h => h.Level <= theme.Contents.Depth))
        {
            var style = new TextStyle(size, Bold: heading.Level == 1);
            var title = titles.GetValueOrDefault(heading.Name, heading.Title);
            var link = new StructureElement(StructureRole.Link, new StructureElement(StructureRole.TOCI, toc)) { AlternativeText = $"Đến mục {title}" };
            entries.Add(new Tagged(link, new ContentsEntry(_setter, new TextSpan(VietnameseBreaks.GlueTitle(title), style), heading.Name,
                indent: Units.Cm(0.75f) * (heading.Level - 1), numberColumn: Units.Cm(1.5f))));
        }
        return new Column(entries, theme.Body.ParagraphSpacingPt / 2);
    }
}
