using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf;

/// <summary>
/// The last step for every PDF the program writes (reading copy and print sheets): what Skia cannot do
/// itself is added here, on the finished bytes, so that the same inputs give the same bytes on every build.
/// </summary>
/// <remarks>
/// <para>Skia (with <c>PdfA = true</c>) writes PDF/A-2b identification in its XMP, an sRGB output intent, and an
/// XMP DocumentID/InstanceID and trailer /ID made from the clock; it writes no bookmarks and no /Lang.</para>
/// <para>So the file is written again as one revision, without parsing any content: Skia's objects are copied
/// byte for byte, except three that are replaced under the same object numbers — the catalog (with /Lang and
/// the outline added), the Info dictionary (dates from the data, never the clock) and the XMP packet
/// (<see cref="XmpPacket"/>, mirroring Info and carrying over Skia's PDF/A identification) — then the outline
/// objects, a new cross-reference table and a trailer. The SHA-256 of that file with placeholders in place of
/// the identifiers becomes the identifier, written over the placeholders without moving a byte.</para>
/// <para>This replaced a PDFsharp open and re-save, which cost about a quarter of the PDF's writing time.</para>
/// </remarks>
public static class PdfFinishing
{
    /// <param name="skiaPdf">The document as Skia wrote it.</param>
    /// <param name="bookmarkPages">The laid-out pages whose anchors become bookmarks; null for none.</param>
    /// <param name="metadata">The same metadata Skia was given: dates, language.</param>
    public static byte[] Finish(byte[] skiaPdf, IReadOnlyList<Page>? bookmarkPages, PdfMetadata metadata)
    {
        using var output = new MemoryStream(skiaPdf.Length + 16 * 1024);
        Finish(skiaPdf, bookmarkPages, metadata, output);
        return output.ToArray();
    }

    /// <summary>Writes the finished document to <paramref name="output"/>; Skia's objects go there without an intermediate copy.</summary>
    internal static void Finish(ReadOnlyMemory<byte> skiaPdf, IReadOnlyList<Page>? bookmarkPages, PdfMetadata metadata, Stream output)
    {
        var skia = SkiaPdfFile.Read(skiaPdf);
        // Claim only what Skia identified: no pdfaid from us for a file Skia did not write as PDF/A.
        var pdfA = skia.Metadata == 0 ? null : PdfAIdentification.FromXmp(Encoding.UTF8.GetString(skia.Object(skia.Metadata)));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var position = 0;
        void Copy(ReadOnlySpan<byte> bytes)
        {
            output.Write(bytes);
            hash.AppendData(bytes);
            position += bytes.Length;
        }

        // Skia's objects, in its order, under their numbers; the three we replace are left out.
        var next = skia.Size;
        var metadataObject = skia.Metadata != 0 ? skia.Metadata : next++;
        var outline = bookmarkPages is null ? [] : PdfOutline.Objects(bookmarkPages, skia.Pages, next);
        next += outline.Count;
        var offsets = new int[next];
        Copy(skiaPdf.Span[..skia.HeaderLength]);
        var pages = skia.Pages.ToHashSet();
        foreach (var number in skia.ObjectsInFileOrder())
        {
            if (number != skia.Catalog && number != skia.Info && number != skia.Metadata)
            {
                offsets[number] = position;
                Copy(pages.Contains(number) ? WithoutStructParents(skia.Object(number)) : skia.Object(number));
            }
        }

        // The rest is small: built in memory, hashed with the placeholders, stamped, then written.
        var tail = new TailWriter(position);
        tail.Object(offsets, skia.Info, InfoDictionary(metadata));
        tail.Object(offsets, skia.Catalog, Catalog(skia, metadataObject, outline.Count > 0 ? outline[0].Number : null, metadata.Language));
        foreach (var (number, body) in outline)
        {
            tail.Object(offsets, number, body);
        }
        var xmp = new XmpPacket(metadata.Title, metadata.Author, metadata.Subject, metadata.Keywords, metadata.Creator,
            PdfWriter.Producer, metadata.Language, Utc(metadata.Created), Utc(metadata.Modified ?? metadata.Created), pdfA).ToBytes();
        var (xmpStart, xmpLength) = tail.StreamObject(offsets, metadataObject, "/Type /Metadata/Subtype /XML", xmp);
        var trailerStart = tail.XrefAndTrailer(offsets, skia.Catalog, skia.Info);

        var bytes = tail.Bytes;
        hash.AppendData(bytes);
        var id = DocumentId.FromHash(hash.GetHashAndReset());
        Stamp(bytes.AsSpan(xmpStart, xmpLength), XmpPacket.UuidPlaceholder, DocumentId.Uuid(id), "XMP DocumentID and InstanceID");
        Stamp(bytes.AsSpan(trailerStart), "<" + DocumentId.HexPlaceholder + ">", "<" + Convert.ToHexString(id) + ">", "trailer /ID");
        output.Write(bytes);
    }

    /// <summary>
    /// A page dictionary without Skia's <c>/StructParents n</c>: it points into a structure tree Skia does not
    /// write (no /StructTreeRoot), which a checker reports as a broken reference. Page objects are dictionaries
    /// only, so the text is edited, never a stream.
    /// </summary>
    internal static ReadOnlySpan<byte> WithoutStructParents(ReadOnlySpan<byte> page)
    {
        var key = "/StructParents"u8;
        var at = page.IndexOf(key);
        if (at < 0)
        {
            return page;
        }
        var end = at + key.Length;
        while (end < page.Length && (page[end] == (byte)' ' || page[end] == (byte)'\n' || page[end] == (byte)'\r'))
        {
            end++;
        }
        while (end < page.Length && page[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }
        var result = new byte[page.Length - (end - at)];
        page[..at].CopyTo(result);
        page[end..].CopyTo(result.AsSpan(at));
        return result;
    }

    private static string InfoDictionary(PdfMetadata metadata)
    {
        var info = new StringBuilder("<<");
        void Add(string key, string value)
        {
            if (value.Length > 0)
            {
                info.Append('/').Append(key).Append(' ').Append(PdfSyntax.Text(value)).Append('\n');
            }
        }
        Add("Title", metadata.Title);
        Add("Author", metadata.Author);
        Add("Subject", metadata.Subject);
        Add("Keywords", metadata.Keywords);
        Add("Creator", metadata.Creator);
        Add("Producer", PdfWriter.Producer);
        info.Append("/CreationDate ").Append(PdfSyntax.Date(Utc(metadata.Created))).Append('\n');
        info.Append("/ModDate ").Append(PdfSyntax.Date(Utc(metadata.Modified ?? metadata.Created)));
        return info.Append(">>").ToString();
    }

    /// <summary>Skia's catalog with our XMP, the language and the outline (opened beside the pages) added.</summary>
    private static string Catalog(SkiaPdfFile skia, int metadataObject, int? outlineRoot, string language)
    {
        var dictionary = skia.Dictionary(skia.Catalog);
        var catalog = new StringBuilder(dictionary, 0, dictionary.Length - 2, dictionary.Length + 96);
        if (skia.Metadata == 0)
        {
            catalog.Append("\n/Metadata ").Append(PdfSyntax.Reference(metadataObject));
        }
        catalog.Append("\n/Lang ").Append(PdfSyntax.Text(language));
        if (outlineRoot is { } root)
        {
            catalog.Append("\n/Outlines ").Append(PdfSyntax.Reference(root)).Append("\n/PageMode /UseOutlines");
        }
        return catalog.Append(">>").ToString();
    }

    /// <summary>Writes <paramref name="value"/> over both occurrences of <paramref name="placeholder"/> (same length, so no offset moves).</summary>
    private static void Stamp(Span<byte> text, string placeholder, string value, string what)
    {
        var from = Encoding.ASCII.GetBytes(placeholder);
        var to = Encoding.ASCII.GetBytes(value);
        var found = 0;
        for (var at = text.IndexOf(from); at >= 0; at = text.IndexOf(from))
        {
            to.CopyTo(text[at..]);
            found++;
        }
        if (found != 2)
        {
            throw new InvalidOperationException($"{found} placeholders for the {what}, expected 2.");
        }
    }

    /// <summary>The data's dates are UTC; an unspecified kind is taken as UTC, never as the machine's time zone.</summary>
    internal static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>The objects written after Skia's, the cross-reference table and the trailer, with their offsets.</summary>
    private sealed class TailWriter(int start)
    {
        private readonly MemoryStream _bytes = new(32 * 1024);

        private int Position => start + (int)_bytes.Length;

        public byte[] Bytes => _bytes.ToArray();

        public void Object(int[] offsets, int number, string dictionary)
        {
            offsets[number] = Position;
            Ascii($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n{dictionary}\nendobj\n");
        }

        /// <returns>Where the stream's content lies in <see cref="Bytes"/>.</returns>
        public (int Start, int Length) StreamObject(int[] offsets, int number, string dictionary, byte[] content)
        {
            offsets[number] = Position;
            Ascii($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n<<{dictionary}/Length {content.Length.ToString(CultureInfo.InvariantCulture)}>> stream\n");
            var at = (int)_bytes.Length;
            _bytes.Write(content);
            Ascii("\nendstream\nendobj\n");
            return (at, content.Length);
        }

        /// <returns>Where the trailer starts in <see cref="Bytes"/>.</returns>
        public int XrefAndTrailer(int[] offsets, int catalog, int info)
        {
            var xref = Position;
            var table = new StringBuilder(offsets.Length * 20 + 32);
            table.Append("xref\n0 ").Append(offsets.Length.ToString(CultureInfo.InvariantCulture)).Append("\n0000000000 65535 f \n");
            for (var number = 1; number < offsets.Length; number++)
            {
                table.Append(offsets[number].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }
            Ascii(table.ToString());
            var trailer = (int)_bytes.Length;
            Ascii($"trailer\n<</Size {offsets.Length.ToString(CultureInfo.InvariantCulture)}\n/Root {PdfSyntax.Reference(catalog)}\n/Info {PdfSyntax.Reference(info)}\n" +
                $"/ID [<{DocumentId.HexPlaceholder}> <{DocumentId.HexPlaceholder}>]>>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
            return trailer;
        }

        private void Ascii(string text) => _bytes.Write(Encoding.ASCII.GetBytes(text));
    }
}
