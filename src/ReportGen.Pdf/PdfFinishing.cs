using System.Text;
using ReportGen.Layout.Output;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace ReportGen.Pdf;

/// <summary>
/// The last step for every PDF the program writes (reading copy and print sheets): what Skia cannot do
/// itself is added here, on the finished bytes, so that the same inputs give the same bytes on every build.
/// </summary>
/// <remarks>
/// <para>Skia (with <c>PdfA = true</c>) writes PDF/A-2b identification in its XMP, an sRGB output intent, and an
/// XMP DocumentID/InstanceID and trailer /ID made from the clock. PDFsharp 6.2.4, which adds the bookmarks and
/// the catalog's /Lang, throws that XMP away on save and writes its own (random GUIDs, no pdfaid, text not
/// XML-escaped), and keeps Skia's first /ID with a random second one.</para>
/// <para>So: PDFsharp saves with placeholder IDs and Skia's packet dropped; our packet (<see cref="XmpPacket"/>,
/// mirroring the final Info dictionary and carrying over Skia's PDF/A identification) replaces PDFsharp's; the
/// SHA-256 of that file becomes the identifier, written over the placeholders without moving a byte.</para>
/// </remarks>
public static class PdfFinishing
{
    private const string MetadataKey = "/Metadata";

    /// <param name="skiaPdf">The document as Skia wrote it.</param>
    /// <param name="bookmarkPages">The laid-out pages whose anchors become bookmarks; null for none.</param>
    /// <param name="metadata">The same metadata Skia was given: dates, language.</param>
    public static byte[] Finish(byte[] skiaPdf, IReadOnlyList<Page>? bookmarkPages, PdfMetadata metadata)
    {
        var created = Utc(metadata.Created);
        var modified = Utc(metadata.Modified ?? metadata.Created);

        byte[] saved;
        XmpPacket xmp;
        int metadataObject;
        using (var input = new MemoryStream(skiaPdf))
        using (var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify))
        {
            var catalog = document.Internals.Catalog;
            // Claim only what Skia identified: no pdfaid from us for a file Skia did not write as PDF/A.
            var skiaXmp = catalog.Elements.GetDictionary(MetadataKey)?.Stream?.UnfilteredValue;
            var pdfA = skiaXmp is null ? null : PdfAIdentification.FromXmp(Encoding.UTF8.GetString(skiaXmp));
            // Drop Skia's packet (its UUID comes from the clock); PDFsharp's compaction then leaves it out.
            catalog.Elements.Remove(MetadataKey);

            if (bookmarkPages is not null)
            {
                PdfOutline.AddBookmarks(document, bookmarkPages);
            }
            document.Language = metadata.Language;
            // PDFsharp would stamp the clock as the modification date; the document's dates are the data's.
            document.Info.CreationDate = created;
            document.Info.ModificationDate = modified;
            var placeholder = new string('\0', 16);
            document.Internals.FirstDocumentID = placeholder;
            document.Internals.SecondDocumentID = placeholder;

            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            saved = output.ToArray();

            // Read back after saving: PDFsharp rewrites the Producer on save, and XMP must say what Info says.
            var info = document.Info;
            xmp = new XmpPacket(info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer,
                metadata.Language, created, modified, pdfA);
            metadataObject = catalog.Elements.GetReference(MetadataKey)?.ObjectNumber
                ?? throw new InvalidOperationException("PDFsharp saved the document without a /Metadata stream.");
        }

        var (pdf, xmpStart, xmpLength) = PdfBytePatcher.ReplaceStreamObject(saved, metadataObject, "/Type/Metadata/Subtype/XML", xmp.ToBytes());
        PdfBytePatcher.StampId(pdf, PdfBytePatcher.ContentId(pdf), xmpStart, xmpLength);
        return pdf;
    }

    /// <summary>PDFsharp writes an unspecified or local time with the machine's offset; the data's dates are UTC.</summary>
    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
