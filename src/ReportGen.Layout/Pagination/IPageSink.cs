using ReportGen.Layout.Output;

namespace ReportGen.Layout.Pagination;

/// <summary>
/// Takes each page of a document as soon as nothing more will be drawn on it (<see cref="Paginator"/>), so that a long
/// booklet's pages need not all be held until the last one is laid out: the PDF writer writes each page and lets its
/// items go. A page with drawing left until every page is known (a contents page's numbers) comes when pagination
/// ends, after the pages that follow it; the others come in order.
/// </summary>
public interface IPageSink
{
    /// <summary>
    /// A finished page: its items (furniture included) are the sink's to write; the paginator keeps only its
    /// number, size and anchors.
    /// </summary>
    void Add(Page page);

    /// <summary>Forgets every page taken so far: the document is laid out again from its first page.</summary>
    void Restart();
}
