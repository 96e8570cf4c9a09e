using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportGen.Templating.Documents;

/// <summary>
/// The lines of a document's title block in its Markdown, as every printed form (the booklet, the Word files)
/// sets them: centred, the summary line with a short rule under it (NĐ 30, HD 36).
/// </summary>
public static class TitleLines
{
    /// <summary>
    /// A line of a document's title block: a paragraph wholly in bold right under the title heading (the
    /// summary line) or under another such line; a paragraph wholly in bold capitals ("QUYẾT ĐỊNH:"); a note
    /// in brackets and italics under a heading ("(Kèm theo …)").
    /// </summary>
    public static bool IsTitleLine(MarkdownDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document[index] is not ParagraphBlock { Inline: { } inline } || inline.Count() != 1 || inline.FirstChild is not EmphasisInline emphasis)
        {
            return false;
        }
        var text = string.Concat(emphasis.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        if (emphasis.DelimiterCount < 2)
        {
            // Italics: only a note in brackets under a title or its title lines ("(Kèm theo Quyết định số …)").
            return text.StartsWith('(') && index > 0
                && (document[index - 1] is HeadingBlock || (document[index - 1] is ParagraphBlock && IsTitleLine(document, index - 1)));
        }
        var previous = index > 0 ? document[index - 1] : null;
        var underTitle = previous is HeadingBlock { Level: 1 } || (previous is ParagraphBlock && IsTitleLine(document, index - 1));
        return underTitle || (text.Any(char.IsLetter) && !text.Any(char.IsLower));
    }

    /// <summary>
    /// Whether the summary line (the first bold line under a document's title), or the bracketed note right under
    /// it, ends at this block: the rule goes there, above an authority line such as "ỦY BAN NHÂN DÂN HUYỆN …".
    /// </summary>
    public static bool EndsSummary(MarkdownDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        var summary = index >= 1 && document[index - 1] is HeadingBlock { Level: 1 } && IsBold(document[index]);
        var noteUnderSummary = index >= 2 && document[index - 2] is HeadingBlock { Level: 1 } && IsBold(document[index - 1]) && !IsBold(document[index]);
        var noteFollows = index + 1 < document.Count && document[index + 1] is ParagraphBlock && IsTitleLine(document, index + 1) && !IsBold(document[index + 1]);
        return (summary && !noteFollows) || noteUnderSummary;
    }

    private static bool IsBold(Block block) =>
        block is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: >= 2 } };
}
