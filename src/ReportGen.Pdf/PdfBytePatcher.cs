using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf;

/// <summary>
/// Edits a finished PDF as bytes, for the two things PDFsharp 6.2.4 does not let us decide before it saves: the
/// XMP metadata stream (it always writes its own) and identifiers derived from the final content. It only
/// understands what PDFsharp writes — one classic cross-reference table ("xref", one subsection from object 0,
/// 20-byte entries) — and refuses anything else rather than guess.
/// </summary>
internal static class PdfBytePatcher
{
    private const int EntryLength = 20;

    /// <summary>16 zero bytes as the trailer writes them; stands for the /ID until the content hash is known.</summary>
    public static readonly string HexPlaceholder = new('0', 32);

    /// <summary>
    /// Replaces the stream object <paramref name="objectNumber"/> (generation 0) with an unfiltered stream holding
    /// <paramref name="content"/>, then moves the cross-reference entries and startxref behind it.
    /// </summary>
    /// <returns>The new file and the range the new object occupies in it.</returns>
    public static (byte[] Pdf, int ObjectStart, int ObjectLength) ReplaceStreamObject(byte[] pdf, int objectNumber, string dictionary, byte[] content)
    {
        var xref = CrossReferenceTable.Read(pdf);
        var start = xref.OffsetOf(objectNumber);
        var header = Encoding.ASCII.GetBytes($"{objectNumber} 0 obj");
        if (!pdf.AsSpan(start).StartsWith(header))
        {
            throw Unexpected($"object {objectNumber} is not where the cross-reference table says ({start})");
        }
        var end = EndOfStreamObject(pdf, start);

        var replacement = new List<byte>(content.Length + 128);
        replacement.AddRange(Encoding.ASCII.GetBytes(
            $"{objectNumber} 0 obj\n<<{dictionary}/Length {content.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n"));
        replacement.AddRange(content);
        replacement.AddRange("\nendstream\nendobj\n"u8.ToArray());

        var result = new byte[pdf.Length - (end - start) + replacement.Count];
        pdf.AsSpan(0, start).CopyTo(result);
        replacement.CopyTo(result, start);
        pdf.AsSpan(end).CopyTo(result.AsSpan(start + replacement.Count));

        var delta = replacement.Count - (end - start);
        var shifted = xref.Shifted(result, start, delta);
        CrossReferenceTable.Read(shifted).Verify();
        return (shifted, start, replacement.Count);
    }

    /// <summary>
    /// The document's identifier: the first 16 bytes of SHA-256 over the whole file as it stands with the
    /// placeholders in it, marked as an RFC 9562 version 8 (custom) UUID. The same content gives the same
    /// identifier on every build; any change of content, metadata or dates gives another.
    /// </summary>
    public static byte[] ContentId(byte[] pdf)
    {
        var id = SHA256.HashData(pdf).AsSpan(0, 16).ToArray();
        id[6] = (byte)((id[6] & 0x0F) | 0x80);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return id;
    }

    public static string Uuid(byte[] id)
    {
        var hex = Convert.ToHexStringLower(id);
        return $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>
    /// Writes <paramref name="id"/> over the placeholders, in place (same lengths, so no offset moves): both
    /// entries of the trailer's /ID and the XMP DocumentID and InstanceID inside the given range.
    /// </summary>
    public static void StampId(byte[] pdf, byte[] id, int xmpStart, int xmpLength)
    {
        var uuid = Encoding.ASCII.GetBytes(Uuid(id));
        var uuidPlaceholder = Encoding.ASCII.GetBytes(XmpPacket.UuidPlaceholder);
        var xmp = pdf.AsSpan(xmpStart, xmpLength);
        ReplaceAll(xmp, uuidPlaceholder, uuid, expected: 2, "XMP DocumentID and InstanceID");

        var trailer = LastIndexOf(pdf, "trailer"u8);
        if (trailer < 0)
        {
            throw Unexpected("no trailer");
        }
        var hex = Encoding.ASCII.GetBytes("<" + Convert.ToHexString(id) + ">");
        var hexPlaceholder = Encoding.ASCII.GetBytes("<" + HexPlaceholder + ">");
        ReplaceAll(pdf.AsSpan(trailer), hexPlaceholder, hex, expected: 2, "trailer /ID");
    }

    private static void ReplaceAll(Span<byte> text, ReadOnlySpan<byte> placeholder, ReadOnlySpan<byte> value, int expected, string what)
    {
        var found = 0;
        for (var at = text.IndexOf(placeholder); at >= 0; at = text.IndexOf(placeholder))
        {
            value.CopyTo(text[at..]);
            found++;
        }
        if (found != expected)
        {
            throw Unexpected($"{found} placeholders for the {what}, expected {expected}");
        }
    }

    /// <summary>The offset just after "endobj" and its end of line, for a stream object starting at <paramref name="start"/>.</summary>
    private static int EndOfStreamObject(byte[] pdf, int start)
    {
        var streamKeyword = pdf.AsSpan(start).IndexOf("stream"u8);
        if (streamKeyword < 0)
        {
            throw Unexpected("the metadata object has no stream");
        }
        var dictionary = Encoding.ASCII.GetString(pdf, start, streamKeyword);
        var length = Regex.Match(dictionary, @"/Length\s+(\d+)(?!\s+\d+\s+R)");
        if (!length.Success)
        {
            throw Unexpected("the metadata stream has no direct /Length");
        }
        var data = start + streamKeyword + "stream".Length;
        data += pdf[data] == '\r' && pdf[data + 1] == '\n' ? 2 : 1;
        var afterData = data + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var endobj = pdf.AsSpan(afterData).IndexOf("endobj"u8);
        if (endobj < 0 || !pdf.AsSpan(afterData, endobj).Trim(" \r\n"u8).SequenceEqual("endstream"u8))
        {
            throw Unexpected("the metadata stream does not end with endstream endobj");
        }
        var end = afterData + endobj + "endobj".Length;
        while (end < pdf.Length && pdf[end] is (byte)'\r' or (byte)'\n')
        {
            end++;
        }
        return end;
    }

    private static int LastIndexOf(byte[] pdf, ReadOnlySpan<byte> token) => pdf.AsSpan().LastIndexOf(token);

    private static InvalidOperationException Unexpected(string what) =>
        new($"The PDF is not laid out as PDFsharp 6.2.4 writes it: {what}.");

    /// <summary>A classic cross-reference table with one subsection starting at object 0.</summary>
    private sealed class CrossReferenceTable
    {
        private readonly byte[] _pdf;
        private readonly int _position;
        private readonly int _firstEntry;
        private readonly int _count;

        private CrossReferenceTable(byte[] pdf, int position, int firstEntry, int count)
        {
            _pdf = pdf;
            _position = position;
            _firstEntry = firstEntry;
            _count = count;
        }

        public static CrossReferenceTable Read(byte[] pdf)
        {
            var startxref = LastIndexOf(pdf, "startxref"u8);
            var number = startxref < 0 ? Match.Empty : Regex.Match(Encoding.ASCII.GetString(pdf, startxref, pdf.Length - startxref), @"^startxref\s+(\d+)");
            if (!number.Success)
            {
                throw Unexpected("no startxref");
            }
            var position = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
            var head = position < pdf.Length
                ? Regex.Match(Encoding.ASCII.GetString(pdf, position, Math.Min(64, pdf.Length - position)), @"^xref\r?\n0 (\d+)\r?\n")
                : Match.Empty;
            if (!head.Success)
            {
                throw Unexpected("the cross-reference table is not a single classic subsection from object 0");
            }
            var table = new CrossReferenceTable(pdf, position, position + head.Length, int.Parse(head.Groups[1].Value, CultureInfo.InvariantCulture));
            var after = table._firstEntry + table._count * EntryLength;
            if (after > pdf.Length || !pdf.AsSpan(after).StartsWith("trailer"u8))
            {
                throw Unexpected("the cross-reference entries are not 20 bytes each");
            }
            return table;
        }

        public int OffsetOf(int objectNumber)
        {
            if (objectNumber <= 0 || objectNumber >= _count)
            {
                throw Unexpected($"object {objectNumber} is not in the cross-reference table");
            }
            var entry = _firstEntry + objectNumber * EntryLength;
            if (_pdf[entry + 17] != 'n')
            {
                throw Unexpected($"object {objectNumber} is free");
            }
            return ParseOffset(_pdf, entry);
        }

        /// <summary>Every object in use is where the table says: "n 0 obj" at its offset.</summary>
        public void Verify()
        {
            for (var number = 1; number < _count; number++)
            {
                var entry = _firstEntry + number * EntryLength;
                if (_pdf[entry + 17] == 'n' && !_pdf.AsSpan(ParseOffset(_pdf, entry)).StartsWith(Encoding.ASCII.GetBytes($"{number} 0 obj")))
                {
                    throw Unexpected($"after the edit, object {number} is not where the cross-reference table says");
                }
            }
        }

        /// <summary>
        /// The table copied into <paramref name="result"/>, where everything from <paramref name="at"/> on
        /// has moved by <paramref name="delta"/> bytes: entries and startxref pointing behind it move too.
        /// </summary>
        public byte[] Shifted(byte[] result, int at, int delta)
        {
            int Moved(int offset) => offset > at ? offset + delta : offset;
            var firstEntry = Moved(_firstEntry);
            for (var i = 0; i < _count; i++)
            {
                var entry = firstEntry + i * EntryLength;
                if (result[entry + 17] == 'n')
                {
                    var offset = ParseOffset(result, entry);
                    Encoding.ASCII.GetBytes(Moved(offset).ToString("D10", CultureInfo.InvariantCulture)).CopyTo(result, entry);
                }
            }
            var startxref = LastIndexOf(result, "startxref"u8);
            var tail = Encoding.ASCII.GetBytes($"startxref\n{Moved(_position).ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
            var shifted = new byte[startxref + tail.Length];
            result.AsSpan(0, startxref).CopyTo(shifted);
            tail.CopyTo(shifted, startxref);
            return shifted;
        }

        private static int ParseOffset(byte[] pdf, int entry) =>
            int.Parse(Encoding.ASCII.GetString(pdf, entry, 10), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
