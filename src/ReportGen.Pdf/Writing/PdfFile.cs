using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The file level of a PDF: numbered objects written straight to the output as they are made (nothing is held
/// whole in memory), their offsets, the cross-reference table and the trailer. Every byte is hashed on its way
/// out: the document's identifier (<see cref="DocumentId"/>) is the SHA-256 of the whole file with placeholders
/// in place of the identifiers, so the same content gives the same bytes on every build and nothing reads the clock.
/// </summary>
internal sealed class PdfFile(Stream output) : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Objects kept compressed in object streams (the structure tree's hundreds of small dictionaries): for each
    // object, the object stream holding it (0 for none) and its index there; and the stream being filled.
    private const int ObjectsPerStream = 200;
    private readonly PdfBytes _head = new(256);

    // Working buffers of one thread, kept from one document to the next (the build writes a document per thread at a
    // time): made anew for each document they were 16 KB and 16 KB, and an object stream's copy 25 KB four times over,
    // a fifth of what a tagged page allocated; the lists of objects grew anew for each document too (a tenth of what
    // was left). Cleared when a document starts.
    [ThreadStatic]
    private static Buffers? _threadBuffers;

    private sealed class Buffers
    {
        /// <summary>The bodies of the objects waiting for their object stream.</summary>
        public readonly PdfBytes PendingBodies = new(16 * 1024);

        /// <summary>An object stream's data: its header of numbers and offsets, then the bodies.</summary>
        public readonly PdfBytes ObjectStream = new(16 * 1024);

        /// <summary>A stream's data compressed. Not kept past <see cref="MaximumKept"/> (a photograph's pixels).</summary>
        public MemoryStream Compressed = new(16 * 1024);

        /// <summary>The file's tail (XMP packet, cross-reference, trailer), made for each document before: ~23 KB each. Not kept past <see cref="MaximumKept"/>.</summary>
        public MemoryStream Tail = new(16 * 1024);

        public const int MaximumKept = 1024 * 1024;

        /// <summary>
        /// Each object's place (object 0 is the free head). In chunks: three lists grown by doubling were megabytes of
        /// large-object arrays at the end of a thick booklet, whose structure elements are each an object (docs/benchmarks.md,
        /// "Issue 19, session 20").
        /// </summary>
        public readonly ChunkedList<ObjectPlace> Places = new();

        /// <summary>The objects waiting for their object stream: number, and offset of the body in <see cref="PendingBodies"/>.</summary>
        public readonly List<(int Number, int Offset)> Pending = new(ObjectsPerStream);
    }

    private readonly Buffers _buffers = TakeBuffers();
    private ChunkedList<ObjectPlace> _places => _buffers.Places;
    private List<(int Number, int Offset)> _pending => _buffers.Pending;

    private static Buffers TakeBuffers()
    {
        var buffers = _threadBuffers ??= new Buffers();
        buffers.PendingBodies.Clear();
        buffers.ObjectStream.Clear();
        buffers.Places.Clear();
        buffers.Places.Add(new ObjectPlace(0));
        buffers.Pending.Clear();
        if (buffers.Compressed.Capacity > Buffers.MaximumKept)
        {
            buffers.Compressed = new MemoryStream(16 * 1024);
        }
        if (buffers.Tail.Capacity > Buffers.MaximumKept)
        {
            buffers.Tail = new MemoryStream(16 * 1024);
        }
        return buffers;
    }

    private long _position;

    /// <summary>The number <see cref="Reserve"/> will give next.</summary>
    public int NextNumber => _places.Count;

    /// <summary>Takes the next object number; the object itself may be written later, in any order.</summary>
    public int Reserve()
    {
        _places.Add(new ObjectPlace(-1));
        return _places.Count - 1;
    }

    /// <summary>
    /// A dictionary (not a stream) stored compressed with others in an object stream (PDF 1.5, allowed by PDF/A-2):
    /// a structure element costs a few bytes instead of a hundred, so tagging does not swell the file.
    /// </summary>
    public void CompressedObject(int number, string body) => CompressedObject(number, Encoding.ASCII.GetBytes(body));

    /// <inheritdoc cref="CompressedObject(int, string)"/>
    public void CompressedObject(int number, ReadOnlySpan<byte> body)
    {
        _pending.Add((number, _buffers.PendingBodies.Length));
        _buffers.PendingBodies.Raw(body).Line();
        _places[number].Offset = 0; // written: its place is given by the object stream
        if (_pending.Count == ObjectsPerStream)
        {
            FlushObjectStream();
        }
    }

    private void FlushObjectStream()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        var stream = Reserve();
        var header = _buffers.ObjectStream;
        header.Clear();
        for (var i = 0; i < _pending.Count; i++)
        {
            header.Integer(_pending[i].Number).Space().Integer(_pending[i].Offset).Space();
            ref var place = ref _places[_pending[i].Number];
            place.Container = stream;
            place.Index = i;
        }
        var first = header.Length;
        header.Raw(_buffers.PendingBodies.Span);
        Stream(stream, $"/Type /ObjStm/N {_pending.Count.ToString(CultureInfo.InvariantCulture)}/First {first.ToString(CultureInfo.InvariantCulture)}", header.Span, PdfCompression.Document);
        _pending.Clear();
        _buffers.PendingBodies.Clear();
    }

    /// <summary>PDF 1.7, and a comment of bytes above 127 so that transfer programs treat the file as binary (PDF/A asks for it).</summary>
    public void Header() => Write([(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1', (byte)'.', (byte)'7', (byte)'\n', (byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);

    /// <summary>
    /// Every dictionary goes into object streams (<see cref="CompressedObject(int, ReadOnlySpan{byte})"/>) but those
    /// named in <see cref="KeepOutOfStreams"/>: set for a tagged document, whose structure makes many small objects.
    /// </summary>
    public bool CompressDictionaries { get; set; }

    private readonly HashSet<int> _keptOut = [];

    /// <summary>Objects a reader should find without an object stream (the catalog, the document information).</summary>
    public void KeepOutOfStreams(params int[] numbers) => _keptOut.UnionWith(numbers);

    public void Object(int number, PdfBytes body) => Object(number, body.Span);

    /// <summary>A dictionary made as a string (pages, annotations, fonts: a few per page), turned into bytes in a kept buffer, not a new array each.</summary>
    public void Object(int number, string body)
    {
        _text.Clear();
        Object(number, _text.Ascii(body).Span);
    }

    private readonly PdfBytes _text = new(1024);

    public void Object(int number, ReadOnlySpan<byte> body)
    {
        if (CompressDictionaries && !_keptOut.Contains(number))
        {
            CompressedObject(number, body);
            return;
        }
        Begin(number);
        Write(body);
        Write("\nendobj\n"u8);
    }

    /// <summary>A stream object, Flate-compressed at the level of <paramref name="compression"/> (a <see cref="PdfCompression"/> field), or stored as it is when that is null (the data is already compressed, or must stay readable).</summary>
    /// <param name="dictionary">The entries besides /Length and /Filter, e.g. "/Subtype /Image …".</param>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, ZLibCompressionOptions? compression)
    {
        if (compression is not null)
        {
            var compressed = _buffers.Compressed;
            compressed.SetLength(0);
            using (var zlib = new ZLibStream(compressed, compression, leaveOpen: true))
            {
                zlib.Write(data);
            }
            data = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
        }
        WriteStream(number, dictionary, data, compression is not null);
    }

    /// <summary>A stream object whose data <see cref="Deflate"/> compressed (a font program made for an earlier document).</summary>
    public void DeflatedStream(int number, string dictionary, ReadOnlySpan<byte> deflated) => WriteStream(number, dictionary, deflated, flate: true);

    /// <summary>The data compressed as <see cref="Stream(int, string, ReadOnlySpan{byte}, ZLibCompressionOptions)"/> compresses it at the same level: the same bytes.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, ZLibCompressionOptions compression)
    {
        using var compressed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(compressed, compression, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return compressed.ToArray();
    }

    private void WriteStream(int number, string dictionary, ReadOnlySpan<byte> data, bool flate)
    {
        Begin(number);
        _head.Clear();
        _head.Ascii("<<").Ascii(dictionary);
        if (flate)
        {
            _head.Ascii("/Filter /FlateDecode");
        }
        _head.Ascii("/Length ").Integer(data.Length).Ascii(">>\nstream\n");
        Write(_head.Span);
        Write(data);
        Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>
    /// Writes the XMP packet (last, since it holds the identifier), the cross-reference table and the trailer;
    /// the identifier comes from the hash of everything before plus this tail with its placeholders, and is
    /// then written over the placeholders (same length: no offset moves).
    /// </summary>
    public void Finish(int catalog, int info, int metadata, byte[] xmp)
    {
        FlushObjectStream();
        var crossReferenceStream = AnyInObjectStream() ? Reserve() : 0;
        var tail = _buffers.Tail;
        tail.SetLength(0);
        void Ascii(string text) => tail.Write(Encoding.ASCII.GetBytes(text));
        _places[metadata].Offset = _position;
        Ascii($"{metadata.ToString(CultureInfo.InvariantCulture)} 0 obj\n<</Type /Metadata/Subtype /XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
        var xmpStart = (int)tail.Length;
        tail.Write(xmp);
        Ascii("\nendstream\nendobj\n");

        var xref = _position + tail.Length;
        if (crossReferenceStream != 0)
        {
            // Objects in object streams can only be found through a cross-reference stream (PDF 1.5).
            _places[crossReferenceStream].Offset = xref;
            var entries = Deflate(CrossReferenceEntries(), PdfCompression.Document);
            var dictionaryStart = (int)tail.Length;
            Ascii($"{crossReferenceStream.ToString(CultureInfo.InvariantCulture)} 0 obj\n<</Type /XRef/Size {_places.Count.ToString(CultureInfo.InvariantCulture)}" +
                $"/W [1 4 2]/Root {Reference(catalog)}/Info {Reference(info)}/ID [<{DocumentId.HexPlaceholder}> <{DocumentId.HexPlaceholder}>]" +
                $"/Filter /FlateDecode/Length {entries.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
            var dictionaryEnd = (int)tail.Length;
            tail.Write(entries);
            Ascii($"\nendstream\nendobj\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
            var streamed = tail.GetBuffer().AsSpan(0, (int)tail.Length);
            _hash.AppendData(streamed);
            var streamedId = DocumentId.FromHash(_hash.GetHashAndReset());
            Stamp(streamed.Slice(xmpStart, xmp.Length), XmpPacket.UuidPlaceholder, DocumentId.Uuid(streamedId), "XMP DocumentID and InstanceID");
            // Only in the dictionary: the binary entries after it are never searched.
            Stamp(streamed[dictionaryStart..dictionaryEnd], "<" + DocumentId.HexPlaceholder + ">", "<" + Convert.ToHexString(streamedId) + ">", "cross-reference stream /ID");
            output.Write(streamed);
            return;
        }
        var table = new StringBuilder(_places.Count * 20 + 32);
        table.Append("xref\n0 ").Append(_places.Count.ToString(CultureInfo.InvariantCulture)).Append("\n0000000000 65535 f \n");
        for (var number = 1; number < _places.Count; number++)
        {
            if (_places[number].Offset < 0)
            {
                throw new InvalidOperationException($"PDF object {number} was reserved but never written.");
            }
            table.Append(_places[number].Offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        Ascii(table.ToString());
        var trailerStart = (int)tail.Length;
        Ascii($"trailer\n<</Size {_places.Count.ToString(CultureInfo.InvariantCulture)}/Root {Reference(catalog)}/Info {Reference(info)}" +
            $"/ID [<{DocumentId.HexPlaceholder}> <{DocumentId.HexPlaceholder}>]>>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");

        var bytes = tail.GetBuffer().AsSpan(0, (int)tail.Length);
        _hash.AppendData(bytes);
        var id = DocumentId.FromHash(_hash.GetHashAndReset());
        Stamp(bytes.Slice(xmpStart, xmp.Length), XmpPacket.UuidPlaceholder, DocumentId.Uuid(id), "XMP DocumentID and InstanceID");
        Stamp(bytes[trailerStart..], "<" + DocumentId.HexPlaceholder + ">", "<" + Convert.ToHexString(id) + ">", "trailer /ID");
        output.Write(bytes);
    }

    /// <summary>
    /// The cross-reference stream's entries, uncompressed (a few kilobytes): type 1 with the byte offset of an object
    /// in the file, type 2 with the object stream and index of a compressed one, type 0 for object 0.
    /// </summary>
    private byte[] CrossReferenceEntries()
    {
        var entries = new byte[_places.Count * 7];
        entries[0] = 0;
        entries[5] = 0xFF;
        entries[6] = 0xFF;
        for (var number = 1; number < _places.Count; number++)
        {
            if (_places[number].Offset < 0)
            {
                throw new InvalidOperationException($"PDF object {number} was reserved but never written.");
            }
            var entry = entries.AsSpan(number * 7, 7);
            var place = _places[number];
            var inStream = place.Container != 0;
            entry[0] = inStream ? (byte)2 : (byte)1;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(entry[1..], checked((uint)(inStream ? place.Container : place.Offset)));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(entry[5..], checked((ushort)(inStream ? place.Index : 0)));
        }
        return entries;
    }

    /// <summary>Whether some object went into an object stream (then only a cross-reference stream can find it).</summary>
    private bool AnyInObjectStream()
    {
        for (var number = 1; number < _places.Count; number++)
        {
            if (_places[number].Container != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where an object is: its offset in the file (-1 until written, 0 in an object stream), or its object stream (0 for none) and its index there.</summary>
    private struct ObjectPlace(long offset)
    {
        public long Offset = offset;
        public int Container;
        public int Index;
    }

    public static string Reference(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";

    private void Begin(int number)
    {
        _places[number].Offset = _position;
        _head.Clear();
        _head.Integer(number).Ascii(" 0 obj\n");
        Write(_head.Span);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }

    /// <summary>Writes <paramref name="value"/> over both occurrences of <paramref name="placeholder"/>.</summary>
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

    public void Dispose() => _hash.Dispose();
}
