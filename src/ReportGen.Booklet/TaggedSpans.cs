using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Booklet;

/// <summary>
/// The structure (tagged PDF) of the words of one paragraph that holds links: each link a Link element (its
/// annotation and its words tied to it), the text between links Span elements, all children of the paragraph in
/// reading order. So a paragraph holds either its own text or only children, never the two mixed, and every
/// reader of the tree finds the words in order. Spans that already name an element (a list item's label) keep it.
/// </summary>
public static class TaggedSpans
{
    /// <summary>What a link's annotation says it does (PDF/UA-1 7.18.5: /Contents).</summary>
    public static string LinkDescription(string target) => $"Liên kết tới {target}";

    /// <summary>Whether some of <paramref name="spans"/> link without naming an element: <see cref="Within"/> tags those.</summary>
    public static bool HasUntaggedLinks(List<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Link is not null && span.Structure is null)
            {
                return true;
            }
        }
        return false;
    }

    public static List<TextSpan> Within(StructureElement? paragraph, List<TextSpan> spans)
    {
        if (paragraph is null || !HasUntaggedLinks(spans))
        {
            return spans;
        }
        var result = new List<TextSpan>(spans.Count);
        StructureElement? current = null;
        string? currentLink = null;
        foreach (var span in spans)
        {
            if (span.Structure is not null)
            {
                result.Add(span);
                current = null;
                continue;
            }
            if (current is null || !string.Equals(span.Link, currentLink, StringComparison.Ordinal))
            {
                current = span.Link is { } link
                    ? new StructureElement(StructureRole.Link, paragraph) { AlternativeText = LinkDescription(link) }
                    : new StructureElement(StructureRole.Span, paragraph);
                currentLink = span.Link;
            }
            result.Add(span with { Structure = current });
        }
        return result;
    }
}
