using ReportGen.Core.Security;
using ReportGen.Templating.Documents;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Templating;

/// <summary>
/// Turns the Markdown the templates produce (and the Markdown fields of the data) into HTML for the
/// web pages. One pipeline, built once, for every conversion in the program.
/// </summary>
/// <remarks>
/// The data is typed by secretaries and may come from anywhere (Word, e-mails, web pages), so raw HTML
/// in it is shown as text, never passed through (<see cref="MarkdownExtensions.DisableHtml"/>);
/// links with a scheme other than http, https, mailto or tel lose their target, and images become
/// plain links, so a page never loads anything from outside. The one exception is a picture of the program's own
/// (<c>rg-image:KEY</c>, a Word contribution's) that the caller resolves to a file beside the page.
/// </remarks>
public static partial class MarkdownRenderer
{
    /// <summary>The CSS class every table gets, so the page style can make wide tables scroll.</summary>
    public const string TableClass = "rg-table";

    /// <summary>
    /// The pipeline: pipe tables, YAML front matter (skipped in the HTML), no raw HTML. Immutable and
    /// thread-safe; also the pipeline to parse with when the Markdown is laid out as PDF.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = PipelineBuilder().Build();

    /// <summary>
    /// <see cref="Pipeline"/>'s blocks and none of its inline parsers: a text's blocks (headings, lists, tables' paragraphs,
    /// code) as <see cref="Pipeline"/> finds them, each block's text one literal. For what the blocks alone decide.
    /// </summary>
    internal static MarkdownPipeline BlocksOnly { get; } = PipelineBuilder().Use<NoInlineParsers>().Build();

    /// <summary>
    /// <see cref="Pipeline"/> reading long tables of plain rows from their lines (<see cref="PlainTableLines"/>): for the
    /// trees the outputs share (<see cref="CompactTables.Parse"/>), whose tables every output reads through <see cref="TableRows"/>.
    /// </summary>
    internal static MarkdownPipeline TreePipeline { get; } = PipelineBuilder().Use<PlainTableLines>().Build();

    private static MarkdownPipelineBuilder PipelineBuilder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .DisableHtml();

    /// <summary>Removes the inline parsers, those the extensions set up before it included (it is set up last).</summary>
    private sealed class NoInlineParsers : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Clear();

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }

    /// <summary>The info string of a fenced block that names a chart (```chart\nawards\n```).</summary>
    public const string ChartInfo = "chart";

    /// <summary>
    /// Converts Markdown to an HTML fragment (no &lt;html&gt;/&lt;body&gt;); null or empty gives "".
    /// <paramref name="charts"/> turns a chart's name into inline SVG; a chart it has no drawing for is
    /// left out with its caption (the paragraph after it). <paramref name="headingShift"/> moves every
    /// heading that many levels down (at most to h6): a document's "# BÁO CÁO" is the booklet's top level,
    /// but on a web page that already has its &lt;h1&gt; it is a section's &lt;h2&gt;. <paramref name="images"/> turns a
    /// picture's key (<c>![…](rg-image:KEY)</c>) into the file the page shows; a picture it does not know is its text.
    /// With <paramref name="anchors"/>, every heading gets its id on the page and a link to itself (<see cref="HeadingAnchors"/>).
    /// </summary>
    public static string ToHtml(string markdown, Func<string, string?>? charts = null, int headingShift = 0, Func<string, WebImage?>? images = null,
        SectionAnchors? anchors = null) =>
        Render(markdown, null, charts, headingShift, images, anchors);

    /// <summary>
    /// <see cref="ToHtml(string, Func{string, string?}?, int, Func{string, WebImage?}?, SectionAnchors?)"/> from <paramref name="parsed"/>, the
    /// tree of <paramref name="markdown"/> that other outputs share (<see cref="Documents.RenderedDocument.MarkdownTree"/>).
    /// The tree is only read, from several threads at once: the headings' levels, the tables' columns
    /// and classes, the links and the charts are decided as the HTML is written (<see cref="WebTableRenderer"/>,
    /// <see cref="ShiftedHeadingRenderer"/>, <see cref="ChartBlockRenderer"/>, <see cref="WebLinkRenderer"/>). Changing a
    /// tree of its own first made the web page parse every document again (the fifth parse of each text).
    /// </summary>
    public static string ToHtml(string markdown, MarkdownDocument parsed, Func<string, string?>? charts = null, int headingShift = 0,
        Func<string, WebImage?>? images = null, SectionAnchors? anchors = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return Render(markdown, parsed, charts, headingShift, images, anchors);
    }

    private static string Render(string markdown, MarkdownDocument? parsed, Func<string, string?>? charts, int headingShift, Func<string, WebImage?>? images,
        SectionAnchors? anchors)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var document = parsed ?? Markdown.Parse(markdown, Pipeline);
        var web = t_web ?? new WebHtml();
        t_web = null; // taken while in use: should a conversion fail half-way, the next one makes a new renderer
        web.Start(charts, headingShift, images, anchors);
        web.Renderer.Render(document);
        var html = web.Writer.ToString();
        // Its arrays back to the pool: the renderer keeps no buffer as long as the longest HTML it wrote (11 MB after a
        // 1 000-page list's, when a StringWriter's builder was kept with it).
        web.Writer.Clear();
        t_web = web;
        return html;
    }

    /// <summary>
    /// This thread's web renderer, reused by the next conversion. Making one (Markdig's renderer with its twenty-odd object
    /// renderers, the pipeline's set-up, ours put in, and its table of which renderer writes which node, filled again as
    /// it wrote) was a fifth of a document's Markdown to HTML in the thread-time profile (docs/benchmarks.md, "Templates and
    /// the web page"). Its writer writes into arrays of the shared pool (<see cref="PooledTextWriter"/>): a new
    /// StringWriter's buffer grew as large as each document's HTML (about 50 KB for a meeting's documents) only to copy it
    /// out once.
    /// </summary>
    [ThreadStatic]
    private static WebHtml? t_web;

    /// <summary>A web renderer and the parts of it each conversion sets: the heading shift, the charts, the pictures.</summary>
    private sealed class WebHtml
    {
        private readonly ShiftedHeadingRenderer _headings = new();
        private readonly ChartBlockRenderer _charts = new();
        private readonly WebLinkRenderer _links;

        public WebHtml()
        {
            Renderer = WebRenderer(Writer, null);
            _links = Renderer.ObjectRenderers.FindExact<WebLinkRenderer>()!;
            Renderer.ObjectRenderers.Replace<HeadingRenderer>(_headings);
            Renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new WebTableRenderer());
            // A chart's caption is the paragraph after it, written into its figure: the paragraph is not written again.
            Renderer.ObjectRenderers.Replace<CodeBlockRenderer>(_charts);
            Renderer.ObjectRenderers.Replace<ParagraphRenderer>(new CaptionSkippingParagraphRenderer(_charts));
        }

        public PooledTextWriter Writer { get; } = new();

        public ReusedHtmlRenderer Renderer { get; }

        /// <summary>Ready for a conversion: empty, at the start of a line, with these charts, shift, pictures and heading ids.</summary>
        public void Start(Func<string, string?>? charts, int headingShift, Func<string, WebImage?>? images, SectionAnchors? anchors)
        {
            Renderer.Start();
            _headings.Shift = headingShift;
            _headings.Anchors = anchors;
            _charts.Charts = charts ?? (_ => null);
            _charts.CaptionHtml = paragraph => InlineHtml(paragraph, images);
            _charts.Caption = null;
            _links.Images = images;
        }
    }

    /// <summary>Markdig's HTML renderer that can be emptied for the next conversion.</summary>
    private sealed class ReusedHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
    {
        /// <summary>Its writer emptied, at the start of a line, no indent, nesting depth 0 (Markdig's own Reset).</summary>
        public void Start()
        {
            Reset();
            ImplicitParagraph = false;
        }
    }

    /// <summary>Markdig's HTML renderer with the pipeline's extensions, its links as a web page may show them.</summary>
    private static ReusedHtmlRenderer WebRenderer(TextWriter writer, Func<string, WebImage?>? images)
    {
        var renderer = new ReusedHtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new WebLinkRenderer(images));
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new WebAutolinkRenderer());
        return renderer;
    }

    /// <summary>A caption as an attribute's value and as text: &amp;, &lt;, &gt; and the quote escaped.</summary>
    internal static string EscapeAttribute(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// A table's caption: the text of the nearest heading before it, without its numbering ("4.",
    /// "II.") and in sentence case when the heading is set in capitals ("CHƯƠNG TRÌNH HỘI NGHỊ" →
    /// "Chương trình hội nghị"); "Bảng số liệu" when no heading precedes it.
    /// </summary>
    public static string CaptionOf(Table table)
    {
        Block block = table;
        while (block.Parent is { } parent)
        {
            for (var i = parent.IndexOf(block) - 1; i >= 0; i--)
            {
                if (parent[i] is HeadingBlock heading)
                {
                    return SentenceCase(StripNumbering(PlainText(heading.Inline)));
                }
            }
            block = parent;
        }
        return "Bảng số liệu";
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string StripNumbering(string text)
    {
        var match = Numbering().Match(text);
        return match.Success ? match.Groups[1].Value : text;
    }

    // Generated, not looked up by pattern for each table: the static Regex.Match found it in the shared cache under a lock.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[0-9]+|[IVXLC]+|[a-zđ])[.)]\s+(.+)$")]
    private static partial System.Text.RegularExpressions.Regex Numbering();

    private static string SentenceCase(string text)
    {
        if (text.Length == 0 || text.Any(char.IsLower))
        {
            return text;
        }
        var culture = Formatting.VietnameseFormat.Culture;
        var lower = text.ToLower(culture);
        return char.ToUpper(lower[0], culture) + lower[1..];
    }

    /// <summary>The CSS class of a picture's &lt;img&gt;.</summary>
    public const string PictureClass = "rg-picture";

    /// <summary>The CSS class of a chart's &lt;figure&gt;.</summary>
    public const string ChartClass = "rg-chart";

    /// <summary>A paragraph's inline content as HTML, without the &lt;p&gt; around it.</summary>
    private static string InlineHtml(ParagraphBlock paragraph, Func<string, WebImage?>? images)
    {
        using var writer = new StringWriter();
        var renderer = WebRenderer(writer, images);
        renderer.WriteLeafInline(paragraph);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
