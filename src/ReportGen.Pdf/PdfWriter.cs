using ReportGen.Layout.Output;
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
}
