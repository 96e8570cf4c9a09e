using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Core.Import;

namespace ReportGen.Templating.Documents;

/// <summary>
/// A paragraph of pictures only, as a Word contribution's pictures come (<c>WordToMarkdown</c>): the booklet sets
/// each as a figure and the Word file as a drawing, both from this one reading of the Markdown.
/// </summary>
public static class PictureParagraph
{
    /// <summary>
    /// The paragraph's pictures (their key and their image inline, whose text is the description), in order; null
    /// when the paragraph holds text, or a picture <paramref name="has"/> says the document does not have.
    /// </summary>
    public static List<(string Key, LinkInline Link)>? Of(ParagraphBlock paragraph, Func<string, bool> has)
    {
        var pictures = new List<(string Key, LinkInline Link)>();
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when EmbeddedImage.KeyIn(link.Url) is { } key && has(key):
                    pictures.Add((key, link));
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }
        return pictures.Count == 0 ? null : pictures;
    }
}
