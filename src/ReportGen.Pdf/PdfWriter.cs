using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>Writes laid-out pages as a PDF with embedded, subset fonts, real text, links and bookmarks.</summary>
public static class PdfWriter
{
    public static void Write(IReadOnlyList<Page> pages, Stream output, PdfMetadata metadata)
    {
        output.Write(PdfFinishing.Finish(Draw(pages, metadata), pages, metadata));
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
        Producer = "ReportGen (SkiaSharp)",
        Creation = metadata.Created,
        Modified = metadata.Modified ?? metadata.Created,
        RasterDpi = 300,
        PdfA = true,
    };

    /// <summary>The pages as Skia writes them: fonts subset, text, links; no bookmarks yet.</summary>
    private static byte[] Draw(IReadOnlyList<Page> pages, PdfMetadata metadata)
    {
        var pdfMetadata = SkiaMetadata(metadata);
        var typefaces = Typefaces.Subsets(pages);
        var drawer = new PageDrawer(face => typefaces[face]);
        using var output = new MemoryStream();
        using (var managedStream = new SKManagedWStream(output))
        using (var document = SKDocument.CreatePdf(managedStream, pdfMetadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Size.Width, page.Size.Height);
                drawer.Draw(canvas, page);
                document.EndPage();
            }
            document.Close();
        }
        foreach (var typeface in typefaces.Values)
        {
            typeface.Dispose();
        }
        return output.ToArray();
    }
}
