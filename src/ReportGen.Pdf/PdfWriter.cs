using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>Writes laid-out pages as a PDF with embedded, subset fonts, real text, links and bookmarks.</summary>
public static class PdfWriter
{
    /// <summary>The producer named in the Info dictionary and the XMP.</summary>
    internal const string Producer = "ReportGen (SkiaSharp)";

    public static void Write(IReadOnlyList<Page> pages, Stream output, PdfMetadata metadata)
    {
        var typefaces = Typefaces.Subsets(pages);
        try
        {
            var drawer = new PageDrawer(face => typefaces[face]);
            SkiaPdfDocument.Write(metadata, document =>
            {
                foreach (var page in pages)
                {
                    drawer.Draw(document.BeginPage(page.Size.Width, page.Size.Height), page);
                    document.EndPage();
                }
            }, pages, output);
        }
        finally
        {
            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }

    /// <summary>
    /// The document information Skia writes; dates from the data, never the clock. <c>PdfA</c> makes Skia
    /// write PDF/A-2b identification (XMP pdfaid part 2, conformance B) and an sRGB output intent with its
    /// ICC profile; <see cref="PdfFinishing"/> keeps both and replaces the clock-derived identifiers.
    /// </summary>
    internal static SKDocumentPdfMetadata SkiaMetadata(PdfMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Keywords = metadata.Keywords,
        Creator = metadata.Creator,
        Producer = Producer,
        // SkiaSharp takes an unspecified kind as the machine's local time: give it UTC, as the data means.
        Creation = PdfFinishing.Utc(metadata.Created),
        Modified = PdfFinishing.Utc(metadata.Modified ?? metadata.Created),
        RasterDpi = 300,
        PdfA = true,
    };
}
