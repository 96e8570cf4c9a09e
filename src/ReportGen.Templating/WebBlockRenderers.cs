using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Templating.Documents;

namespace ReportGen.Templating;

// The web page's writers of blocks whose HTML differs from Markdig's, deciding as they write instead of changing the
// tree first: the tree is shared with the booklet, the Word file and the search part (MarkdownRenderer.ToHtml).

/// <summary>
/// Markdig's heading HTML with the level moved <see cref="Shift"/> levels down, at most to h6, and, when the page asks for
/// them (<see cref="Anchors"/>), the heading's id and its self-link (<see cref="HeadingAnchors"/>), given from the
/// heading's text as Markdig wrote it.
/// </summary>
internal sealed class ShiftedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>Levels down (set for each conversion: the thread's renderer is reused).</summary>
    public int Shift { get; set; }

    /// <summary>The ids of the section's headings, null for none (set for each conversion).</summary>
    public SectionAnchors? Anchors { get; set; }

    /// <summary>
    /// A heading's content when it gets an id: the id is made from the content's text, so the content is written here
    /// first, then after the id (put in before the content in the page's writer, the text after it was copied along and
    /// the writer's buffer split in pieces, ~60 KB more a page).
    /// </summary>
    private readonly StringWriter _content = new();

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var level = Math.Min(6, obj.Level + Shift);
        var tag = $"h{level}";
        renderer.Write('<');
        renderer.Write(tag);
        var html = (renderer.Writer as StringWriter)?.GetStringBuilder();
        var attributesAt = html?.Length;
        renderer.WriteAttributes(obj);
        // Only a heading without attributes gets an id, as when the ids were given to "<hN>" by a search of the HTML.
        if (Anchors is not null && html is not null && html.Length == attributesAt)
        {
            var page = renderer.Writer;
            _content.GetStringBuilder().Clear();
            renderer.Writer = _content;
            try
            {
                renderer.WriteLeafInline(obj);
            }
            finally
            {
                renderer.Writer = page;
            }
            var content = _content.ToString();
            var id = Anchors.Add(level, content);
            renderer.Write(" id=\"").Write(id).Write("\">").Write(content).Write(HeadingAnchors.SelfLink(id));
        }
        else
        {
            renderer.Write('>');
            renderer.WriteLeafInline(obj);
        }
        renderer.Write("</");
        renderer.Write(tag);
        renderer.WriteLine('>');
        renderer.EnsureLine();
    }
}

/// <summary>
/// A <c>```chart</c> block as a &lt;figure&gt; with the chart's SVG and, as its &lt;figcaption&gt;, the paragraph right
/// after the block ("Biểu đồ 1. …"); a chart with no drawing is left out with its caption. Other code blocks as Markdig
/// writes them.
/// </summary>
internal sealed class ChartBlockRenderer : CodeBlockRenderer
{
    /// <summary>A chart's SVG by its name, null for none: made by our own chart code from the model, never taken from the
    /// data as HTML (set for each conversion, with <see cref="CaptionHtml"/>: the thread's renderer is reused).</summary>
    public Func<string, string?> Charts { get; set; } = _ => null;

    /// <summary>A paragraph's inline content as HTML (with the page's links).</summary>
    public Func<ParagraphBlock, string> CaptionHtml { get; set; } = _ => "";

    /// <summary>The caption of the chart written last: the paragraph writer leaves it out (null before a conversion).</summary>
    public ParagraphBlock? Caption { get; set; }

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (obj is not FencedCodeBlock fenced || fenced.Info?.Trim() != MarkdownRenderer.ChartInfo)
        {
            base.Write(renderer, obj);
            return;
        }
        var parent = obj.Parent!;
        var index = parent.IndexOf(obj);
        Caption = index + 1 < parent.Count ? parent[index + 1] as ParagraphBlock : null;
        var svg = Charts(fenced.Lines.ToString().Trim());
        if (svg is null)
        {
            return;
        }
        var caption = Caption is null ? "" : $"<figcaption>{CaptionHtml(Caption)}</figcaption>";
        // As Markdig writes a raw HTML block of one line.
        renderer.Write($"<figure class=\"{MarkdownRenderer.ChartClass}\">{svg}{caption}</figure>");
        renderer.WriteLine();
    }
}

/// <summary>Markdig's paragraphs, less a chart's caption (written in the chart's figure, or left out with it).</summary>
internal sealed class CaptionSkippingParagraphRenderer(ChartBlockRenderer charts) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (!ReferenceEquals(obj, charts.Caption))
        {
            base.Write(renderer, obj);
        }
    }
}
