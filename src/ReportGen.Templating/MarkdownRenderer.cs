using ReportGen.Core.Security;
using ReportGen.Templating.Documents;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
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
public static class MarkdownRenderer
{
    /// <summary>The CSS class every table gets, so the page style can make wide tables scroll.</summary>
    public const string TableClass = "rg-table";

    /// <summary>
    /// The pipeline: pipe tables, YAML front matter (skipped in the HTML), no raw HTML. Immutable and
    /// thread-safe; also the pipeline to parse with when the Markdown is laid out as PDF.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .DisableHtml()
        .Build();

    /// <summary>The info string of a fenced block that names a chart (```chart\nawards\n```).</summary>
    public const string ChartInfo = "chart";

    /// <summary>
    /// Converts Markdown to an HTML fragment (no &lt;html&gt;/&lt;body&gt;); null or empty gives "".
    /// <paramref name="charts"/> turns a chart's name into inline SVG; a chart it has no drawing for is
    /// left out with its caption (the paragraph after it). <paramref name="headingShift"/> moves every
    /// heading that many levels down (at most to h6): a document's "# BÁO CÁO" is the booklet's top level,
    /// but on a web page that already has its &lt;h1&gt; it is a section's &lt;h2&gt;. <paramref name="images"/> turns a
    /// picture's key (<c>![…](rg-image:KEY)</c>) into the file the page shows; a picture it does not know is its text.
    /// </summary>
    public static string ToHtml(string markdown, Func<string, string?>? charts = null, int headingShift = 0, Func<string, WebImage?>? images = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingShift);
        }
        var captions = new List<string>();
        foreach (var table in document.Descendants<Table>())
        {
            WebTables.DropEmptyColumns(table);
            WebTables.MarkColumns(table);
            table.GetAttributes().AddClass(TableClass);
            captions.Add(CaptionOf(table));
            foreach (var row in table.OfType<TableRow>().Where(r => r.IsHeader))
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    cell.GetAttributes().AddProperty("scope", "col");
                }
            }
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage && Core.Import.EmbeddedImage.KeyIn(link.Url) is { } key && images?.Invoke(key) is { } image)
            {
                ShowPicture(link, image);
                continue;
            }
            if (!LinkPolicy.IsAllowed(link.Url))
            {
                link.Url = "";
            }

            // An image would be fetched when the page opens: show it as a link instead.
            link.IsImage = false;
        }

        // An autolink (<javascript:…>) outside the allow-list becomes its text, with no link.
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !LinkPolicy.IsAllowed(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        // After the links are made safe: a chart's caption is written into its figure here.
        ReplaceCharts(document, charts ?? (_ => null));

        var writer = t_writer ??= new StringWriter();
        writer.GetStringBuilder().Clear();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return AddCaptions(writer.ToString(), captions);
    }

    /// <summary>
    /// The HTML of the last conversion on this thread, its buffer kept for the next: a new writer grew a buffer as
    /// large as each document's HTML (a meeting's documents are about 50 KB of it) only to copy it out once.
    /// </summary>
    [ThreadStatic]
    private static StringWriter? t_writer;

    private const string TableOpening = "<table class=\"" + TableClass + "\">";

    /// <summary>
    /// Puts each table's caption right after its opening tag (Markdig's table renderer writes none), and the
    /// table in a scroll region of its own: on a phone a wide table scrolls sideways inside it (the page
    /// never does), the region is reached with the keyboard and named by the caption. The caption repeats
    /// the heading just above the table, so it is there for screen readers and hidden on screen.
    /// Raw HTML is disabled, so every such tag in the output is one of the tables, in document order.
    /// </summary>
    private static string AddCaptions(string html, IReadOnlyList<string> captions)
    {
        var builder = new System.Text.StringBuilder(html.Length + captions.Sum(c => c.Length + 20));
        var start = 0;
        foreach (var caption in captions)
        {
            var at = html.IndexOf(TableOpening, start, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            var end = at + TableOpening.Length;
            var text = caption.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
            builder.Append(html, start, at - start)
                .Append("<div class=\"rg-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Bảng: ").Append(text).Append("\">\n")
                .Append(TableOpening)
                .Append("\n<caption class=\"visually-hidden\">").Append(text).Append("</caption>");
            start = end;
        }
        builder.Append(html, start, html.Length - start);
        return builder.Replace("</table>", "</table>\n</div>").ToString();
    }

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
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(?:[0-9]+|[IVXLC]+|[a-zđ])[.)]\s+(.+)$");
        return match.Success ? match.Groups[1].Value : text;
    }

    private static string SentenceCase(string text)
    {
        if (text.Length == 0 || text.Any(char.IsLower))
        {
            return text;
        }
        var culture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        var lower = text.ToLower(culture);
        return char.ToUpper(lower[0], culture) + lower[1..];
    }

    /// <summary>The CSS class of a picture's &lt;img&gt;.</summary>
    public const string PictureClass = "rg-picture";

    /// <summary>
    /// A picture of our own as an &lt;img&gt;: the address we made (a file beside the page), its size so the page does not
    /// jump as it loads, loaded only when scrolled to. Its alt text is the Markdown's (the writer's description in Word).
    /// </summary>
    private static void ShowPicture(LinkInline link, WebImage image)
    {
        link.Url = image.Source;
        link.Title = null;
        var attributes = link.GetAttributes();
        attributes.AddClass(PictureClass);
        attributes.AddProperty("width", image.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        attributes.AddProperty("height", image.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        attributes.AddProperty("loading", "lazy");
        attributes.AddProperty("decoding", "async");
    }

    /// <summary>The CSS class of a chart's &lt;figure&gt;.</summary>
    public const string ChartClass = "rg-chart";

    /// <summary>A paragraph's inline content as HTML, without the &lt;p&gt; around it.</summary>
    private static string InlineHtml(ParagraphBlock paragraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.WriteLeafInline(paragraph);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>
    /// Each ```chart block becomes a &lt;figure&gt; with the chart's SVG and, as its &lt;figcaption&gt;, the paragraph
    /// after the block ("Biểu đồ 1. …"); a chart with no drawing goes with its caption.
    /// </summary>
    private static void ReplaceCharts(MarkdownDocument document, Func<string, string?> charts)
    {
        foreach (var block in document.Descendants<FencedCodeBlock>().Where(b => b.Info?.Trim() == ChartInfo).ToList())
        {
            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            var svg = charts(block.Lines.ToString().Trim());
            if (svg is null)
            {
                if (index < parent.Count && parent[index] is ParagraphBlock)
                {
                    parent.RemoveAt(index); // its caption
                }
                continue;
            }
            // The SVG is made by our own chart code from the model, never taken from the data as HTML; the
            // caption is the paragraph after the chart (as in the booklet), rendered by Markdig.
            var caption = "";
            if (index < parent.Count && parent[index] is ParagraphBlock paragraph)
            {
                caption = $"<figcaption>{InlineHtml(paragraph)}</figcaption>";
                parent.RemoveAt(index);
            }
            parent.Insert(index, new HtmlBlock(null)
            {
                Type = HtmlBlockType.NonInterruptingBlock,
                Lines = new Markdig.Helpers.StringLineGroup($"<figure class=\"{ChartClass}\">{svg}{caption}</figure>"),
            });
        }
    }
}
