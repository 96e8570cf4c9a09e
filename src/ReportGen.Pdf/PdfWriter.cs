using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf;

/// <summary>
/// Writes laid-out pages as a PDF of our own (<see cref="PdfDocumentWriter"/>): subset fonts with a ToUnicode map,
/// real text, links, bookmarks, tagged (a structure tree, marked content) when the items carry structure.
/// </summary>
public static class PdfWriter
{
    /// <summary>The producer named in the Info dictionary and the XMP.</summary>
    internal const string Producer = "ReportGen";

    public static void Write(IReadOnlyList<Page> pages, Stream output, PdfMetadata metadata) =>
        PdfDocumentWriter.Write(pages.Select(PdfSheet.Of).ToList(), pages, metadata, output);

    /// <summary>
    /// Lays out and writes at once: <paramref name="compose"/> lays the document out, handing each finished page to the
    /// writer (<see cref="IPageSink"/>), and returns all its pages. Returns the page count.
    /// </summary>
    public static int Write(Func<IPageSink, IReadOnlyList<Page>> compose, Stream output, PdfMetadata metadata)
    {
        using var writer = new PdfPageWriter(output, metadata);
        var pages = compose(writer);
        writer.Finish(pages);
        return pages.Count;
    }
}
