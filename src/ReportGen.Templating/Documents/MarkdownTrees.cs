using Markdig;
using Markdig.Syntax;

namespace ReportGen.Templating.Documents;

/// <summary>
/// The syntax trees of one document's Markdown texts (body, annex, appendix), each parsed by Markdig the first time
/// it is asked for and then shared: the web page, the search part, the Word file and the booklet's two copies read the
/// same tree, at once when a meeting's copies and text outputs are built in parallel. Before, each of them parsed the same text
/// again (five parses of every text per meeting, with the web page's).
/// </summary>
/// <remarks>
/// Sharing is safe because the readers only read: walking Markdig's tree (blocks, inlines, their text slices,
/// <c>Descendants</c>) changes nothing in it, and a tree is published to other threads only once it is whole
/// (<see cref="Lazy{T}"/>). The web page writes what it shows differently (headings a level down, tables without
/// their empty columns, links made safe, charts) as it writes its HTML, not by changing the tree. A tree is
/// kept with the text it was parsed from, so a document copied with another text (<c>with { Markdown = … }</c>) parses that text.
/// Not part of a document's value: any two are equal, so a document compares as it did without it.
/// </remarks>
internal sealed class MarkdownTrees
{
    private Tree? _body;
    private Tree? _annex;
    private Tree? _appendix;

    public MarkdownDocument Body(string text) => Of(ref _body, text);

    public MarkdownDocument Annex(string text) => Of(ref _annex, text);

    public MarkdownDocument Appendix(string text) => Of(ref _appendix, text);

    private static MarkdownDocument Of(ref Tree? slot, string text)
    {
        var tree = Volatile.Read(ref slot);
        if (tree is null || !ReferenceEquals(tree.Text, text))
        {
            // One tree wins when two threads ask at once; the loser's is dropped before it is parsed.
            var made = new Tree(text);
            tree = Interlocked.CompareExchange(ref slot, made, tree) is { } other && other != tree ? other : made;
            if (!ReferenceEquals(tree.Text, text))
            {
                tree = made; // the slot holds another text's tree (a copy of the document): parse this one apart
            }
        }
        return tree.Document.Value;
    }

    public override bool Equals(object? obj) => obj is MarkdownTrees;

    public override int GetHashCode() => 0;

    private sealed class Tree(string text)
    {
        public string Text { get; } = text;

        public Lazy<MarkdownDocument> Document { get; } =
            new(() => Markdown.Parse(text, MarkdownRenderer.Pipeline), LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
