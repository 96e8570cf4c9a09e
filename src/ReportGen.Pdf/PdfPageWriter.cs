using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>
/// Writes a reading copy page by page as the layout finishes them (<see cref="IPageSink"/>): each page's content goes
/// to the file at once and its items can go, so a 1 000-page booklet does not hold every page until the last is laid
/// out (docs/benchmarks.md, issue 19: the collector's work on a heap of finished pages was what made a page of a thick
/// booklet cost more than a page of a thin one). The same file as <see cref="PdfWriter.Write"/> would write from the
/// whole list of pages; <see cref="Finish"/> ends it.
/// </summary>
public sealed class PdfPageWriter : IPageSink, IDisposable
{
    private readonly PdfDocumentWriter _writer;

    /// <param name="output">Where the PDF goes; seekable if the booklet may be laid out twice (<see cref="Restart"/>).</param>
    /// <param name="tagged">Whether the pages' items carry structure (a booklet's always do): decided before the first page is written.</param>
    public PdfPageWriter(Stream output, PdfMetadata metadata, bool tagged = true) =>
        _writer = new PdfDocumentWriter(output, metadata, tagged);

    public void Add(Page page) => _writer.Add(page.Number - 1, PdfSheet.Of(page));

    public void Restart() => _writer.Restart();

    /// <summary>Ends the file: <paramref name="pages"/> are all the document's pages (their anchors become the bookmarks), each written.</summary>
    public void Finish(IReadOnlyList<Page> pages) => _writer.Finish(pages.Count, pages);

    public void Dispose() => _writer.Dispose();
}
