using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using ReportGen.Core.Security;
using ReportGen.Templating.Documents;

namespace ReportGen.Templating;

/// <summary>
/// Links as a web page may show them, decided as they are written (the tree is shared, MarkdownRenderer.ToHtml): Markdig's
/// link HTML, except that a picture of ours (<c>![…](rg-image:KEY)</c> that <c>images</c> knows) is its file's &lt;img&gt;
/// (<see cref="MarkdownRenderer.PictureClass"/>, its size, loaded when scrolled to), any other image a link (it would be
/// fetched when the page opens), and a link outside the allow-list (<see cref="LinkPolicy"/>) has an empty target.
/// </summary>
internal sealed class WebLinkRenderer(Func<string, WebImage?>? images) : HtmlObjectRenderer<LinkInline>
{
    /// <summary>A picture's file by its key (set for each conversion when the thread's renderer is reused).</summary>
    public Func<string, WebImage?>? Images { get; set; } = images;

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var picture = link.IsImage && Core.Import.EmbeddedImage.KeyIn(link.Url) is { } key ? Images?.Invoke(key) : null;
        var url = picture?.Source ?? (LinkPolicy.IsAllowed(link.Url) ? link.Url : "");
        var html = renderer.EnableHtmlForInline;
        if (html)
        {
            renderer.Write(picture is not null ? "<img src=\"" : "<a href=\"");
            renderer.WriteEscapeUrl(link.GetDynamicUrl != null ? link.GetDynamicUrl() ?? url : url);
            renderer.Write('"');
            renderer.WriteAttributes(link);
            if (picture is not null)
            {
                // The attributes ShowPicture gave the picture, in Markdig's order (class, then the properties).
                renderer.Write(" class=\"").Write(MarkdownRenderer.PictureClass).Write("\"")
                    .Write(" width=\"").Write(picture.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\"")
                    .Write(" height=\"").Write(picture.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\"")
                    .Write(" loading=\"lazy\" decoding=\"async\"");
            }
        }
        if (picture is not null)
        {
            if (html)
            {
                renderer.Write(" alt=\"");
            }
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = html;
            if (html)
            {
                renderer.Write("\" />"); // a picture has no title
            }
            return;
        }
        if (html)
        {
            if (!string.IsNullOrEmpty(link.Title))
            {
                renderer.Write(" title=\"");
                renderer.WriteEscape(link.Title);
                renderer.Write('"');
            }
            renderer.Write('>');
        }
        renderer.WriteChildren(link);
        if (html)
        {
            renderer.Write("</a>");
        }
    }
}

/// <summary>Markdig's autolinks, except that one outside the allow-list (&lt;javascript:…&gt;) is its text, with no link.</summary>
internal sealed class WebAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        if (LinkPolicy.IsAllowed(obj.Url))
        {
            base.Write(renderer, obj);
        }
        else if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(obj.Url);
        }
        else
        {
            renderer.Write(obj.Url);
        }
    }
}
