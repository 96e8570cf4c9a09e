namespace ReportGen.Templating.Documents;

/// <summary>
/// The outputs of a meeting still to read its documents' Markdown trees (<see cref="RenderedDocument.MarkdownTree"/>):
/// the last to say it is done lets them go (<see cref="RenderedDocument.ForgetTrees"/>). The booklet's two copies build
/// their elements from the trees before their first page, but the documents, and with them the trees, live until the
/// last page is written: a 1 000-page list's trees (about 600 000 objects) were marked by every full collection of its
/// layout (docs/benchmarks.md, "What a thick booklet's pages pay for").
/// </summary>
/// <remarks>A reader that says it is done too early costs time, not output: a tree asked for again is parsed again.</remarks>
public sealed class TreeReaders(IReadOnlyList<RenderedDocument> documents, int readers)
{
    private int _left = readers;

    /// <summary>One reader is done with every document's trees.</summary>
    public void Done()
    {
        if (Interlocked.Decrement(ref _left) != 0)
        {
            return;
        }
        foreach (var document in documents)
        {
            document.ForgetTrees();
        }
    }
}
