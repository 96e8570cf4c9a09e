using Markdig.Syntax;

namespace ReportGen.Templating.Documents;

/// <summary>
/// The syntax trees of one document's Markdown texts (body, annex, appendix), each parsed by Markdig the first time
/// it is asked for and then shared: the web page, the search part, the Word file and the booklet's two copies read the
/// same tree, at once when a meeting's copies and text outputs are built in parallel. Before, each of them parsed the
/// same text again (five parses of every text per meeting).
/// </summary>
/// <remarks>
/// Sharing is safe because the readers only read: walking Markdig's tree (blocks, inlines, their text slices,
/// <c>Descendants</c>) changes nothing in it, and a tree is published to other threads only once it is whole
/// (<see cref="Lazy{T}"/>). The web page writes what it shows differently (headings a level down, tables without
/// their empty columns, links made safe, charts) as it writes its HTML, not by changing the tree.
/// The trees belong to one document (<see cref="Owner"/>): a copy made with <c>with { … }</c> gets trees of its own.
/// </remarks>
internal sealed class MarkdownTrees(RenderedDocument owner)
{
    public RenderedDocument Owner { get; } = owner;

    public Lazy<MarkdownDocument> Body { get; } = new(() => Parse(owner.Markdown), LazyThreadSafetyMode.ExecutionAndPublication);

    public Lazy<MarkdownDocument> Annex { get; } = new(() => Parse(owner.Annex), LazyThreadSafetyMode.ExecutionAndPublication);

    public Lazy<MarkdownDocument> Appendix { get; } = new(() => Parse(owner.Appendix), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The text parsed, its long tables kept compact (<see cref="CompactTables.Parse"/>): the trees live as long as their last reader.</summary>
    private static MarkdownDocument Parse(string text) => CompactTables.Parse(text);
}
