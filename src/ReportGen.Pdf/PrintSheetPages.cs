using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>
/// Writes the print copy as its A5 pages are laid out (<see cref="IPageSink"/>). Imposition puts the pages on sheets
/// out of order (the first sheet carries the back cover and the cover), and which sheet a page goes to is known only
/// once the page count is, so the sheets are written at the end (<see cref="Finish"/>); but each page's content is
/// written the moment the page is finished (<see cref="PageContent.Fragment"/>), the bytes its sheet's content stream
/// will hold, and the page's items go. A 1 000-page booklet then holds a few kilobytes of bytes per page, not its
/// thousands of items (docs/benchmarks.md, branch stream-pages). The same file as <see cref="PrintSheetWriter.Write"/>.
/// </summary>
public sealed class PrintSheetPages : IPageSink, IDisposable
{
    private readonly PdfDocumentWriter _writer;
    private readonly float _versoShift;
    // Each page's content by page index (null until the page comes), and which pages came blank.
    private readonly List<PageFragment?> _fragments = [];
    private readonly HashSet<int> _blank = [];

    /// <param name="output">Where the PDF goes; seekable if the booklet may be laid out twice (<see cref="Restart"/>).</param>
    /// <param name="versoShift">How far left-hand pages move towards the outer edge (<see cref="PrintSheetWriter.Write"/>).</param>
    /// <param name="tagged">Whether the pages' items carry structure (a booklet's always do).</param>
    public PrintSheetPages(Stream output, PdfMetadata metadata, float versoShift = 0, bool tagged = true)
    {
        _writer = new PdfDocumentWriter(output, metadata, tagged);
        _versoShift = versoShift;
    }

    /// <summary>
    /// The pages that came with nothing on them (no item, no anchor), by number: a blank the layout left so a document
    /// opens on a right-hand page, or an empty back cover.
    /// </summary>
    public IReadOnlySet<int> BlankPages => _blank;

    public void Add(Page page)
    {
        while (_fragments.Count < page.Number)
        {
            _fragments.Add(null);
        }
        _fragments[page.Number - 1] = _writer.Fragment(page);
        if (page.Items.Count == 0 && page.Anchors.Count == 0)
        {
            _blank.Add(page.Number);
        }
    }

    public void Restart()
    {
        _writer.Restart();
        ReturnFragments();
        _blank.Clear();
    }

    /// <summary>Imposes the pages and ends the file: <paramref name="pages"/> are all the booklet's pages (the last is the back cover), each taken.</summary>
    public void Finish(IReadOnlyList<Page> pages)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pages.Count);
        if (_fragments.Count != pages.Count || _fragments.Contains(null))
        {
            throw new InvalidOperationException($"{_fragments.Count(f => f is not null)} pages written of {pages.Count}.");
        }
        var index = 0;
        foreach (var sheet in PrintSheetWriter.Sheets(pages, _fragments!, _versoShift))
        {
            _writer.Add(index++, sheet);
        }
        ReturnFragments(); // placed: the bytes are in the file
        _writer.Finish(index, null);
    }

    /// <summary>Forgets the fragments (their bytes and notes are let go by the writer: <see cref="PdfDocumentWriter.Restart"/>, <see cref="Dispose"/>).</summary>
    private void ReturnFragments() => _fragments.Clear();

    public void Dispose() => _writer.Dispose();
}
