using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace ReportGen.Docx;

/// <summary>
/// An entry ready for the zip: its name, its bytes deflated (at <see cref="SharedLevel"/>), their CRC-32 and size. Made
/// once for the parts every Word file shares, so their compression is not done again for every file (a deflater's
/// start-up cost more than its work on these small parts).
/// </summary>
internal sealed class ZipEntryData
{
    /// <summary>
    /// The deflate level of the entries made for each Word file (word/document.xml, docProps/core.xml, pictures): 4,
    /// zlib-ng's deflate_medium at its lightest, not Optimal (6).
    /// </summary>
    /// <remarks>
    /// Our rule (issue 19): a cheaper level where the Word files grow by at most ~5 % in total bytes over the synthetic
    /// 100-meeting province. Measured there (docs/benchmarks.md, "Deflate levels: what compression costs the build",
    /// 2026-12-06; mode <c>deflate-levels</c> of tests/ReportGen.Benchmarks): document.xml at level 4 costs a quarter
    /// less processor time than at 6 for +7 % of its bytes, +3 % of the Word files' total (the rest is the zip's
    /// headers and the shared parts); level 3 would be +5,3 % for a third less, level 2 +8 % for half, level 1 +19 %
    /// for three quarters. core.xml (a few hundred bytes) costs the same at every level from 2 to 6.
    /// </remarks>
    public const int PerFileLevel = 4;

    /// <summary>The level of the parts made once per process and shared by every file (styles, settings, headers, relationships): Optimal, as their time does not recur.</summary>
    public const int SharedLevel = 6;

    private static readonly ZLibCompressionOptions PerFile = new() { CompressionLevel = PerFileLevel };
    private static readonly ZLibCompressionOptions Shared = new() { CompressionLevel = SharedLevel };

    private ZipEntryData(string name, byte[] deflated, uint crc, int size)
    {
        Name = NameOf(name);
        Deflated = deflated;
        Crc = crc;
        Size = size;
    }

    public byte[] Name { get; }
    public byte[] Deflated { get; }
    public uint Crc { get; }
    public int Size { get; }

    public static ZipEntryData Of(string name, ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        Deflate(bytes, buffer, Shared);
        return new ZipEntryData(name, buffer.ToArray(), Crc32.HashToUInt32(bytes), bytes.Length);
    }

    /// <summary>The name's bytes; the Word files' entries are named by this writer, and a name outside ASCII would need the UTF-8 flag.</summary>
    public static byte[] NameOf(string name) => Ascii.IsValid(name)
        ? Encoding.ASCII.GetBytes(name)
        : throw new ArgumentException($"A zip entry's name outside ASCII: {name}", nameof(name));

    /// <summary>A deflater of an entry made for one file, at <see cref="PerFileLevel"/>, writing at the end of <paramref name="buffer"/>, which it leaves open.</summary>
    public static DeflateStream PerFileDeflater(MemoryStream buffer) => new(buffer, PerFile, leaveOpen: true);

    private static void Deflate(ReadOnlySpan<byte> bytes, MemoryStream buffer, ZLibCompressionOptions compression)
    {
        using var deflate = new DeflateStream(buffer, compression, leaveOpen: true);
        deflate.Write(bytes);
    }
}

/// <summary>
/// A zip written front to back in one pass, laid out as ZipArchive wrote the Word files on a seekable stream:
/// local headers with the CRC and sizes filled in, version 2.0, made on Unix with the file mode 0644, every entry
/// dated with one DOS date and time, no extra fields, no comments.
/// </summary>
/// <remarks>
/// The CRC-32 is System.IO.Hashing's (vectorised): 7–10 µs for a 40 KB document.xml where our own table-driven one
/// (eight bytes a step) took ~110 µs, 20 % of writing a Word file in the thread-time profile.
/// </remarks>
internal sealed class ZipWriter(Stream output, DateTime stamp)
{
    private const ushort Version = 20;
    private const ushort MadeByUnix = (3 << 8) | Version;
    private const ushort Deflated = 8;
    private const uint RegularFile0644 = 0x81A4u << 16;

    /// <summary>Deflated parts before they are written, kept by each thread from one file to the next (a new stream for each cost ~10 KB a file).</summary>
    [ThreadStatic]
    private static MemoryStream? t_deflated;

    /// <summary>What the central directory repeats of an entry written.</summary>
    private readonly record struct Written(byte[] Name, uint Crc, int CompressedSize, int Size, uint Offset);

    private readonly List<Written> _written = [];
    private readonly ushort _time = (ushort)((stamp.Hour << 11) | (stamp.Minute << 5) | (stamp.Second / 2));
    private readonly ushort _date = (ushort)(((stamp.Year - 1980) << 9) | (stamp.Month << 5) | stamp.Day);
    private long _offset;

    /// <summary>An entry deflated now.</summary>
    public void Add(string name, ReadOnlySpan<byte> bytes)
    {
        using var entry = StartEntry();
        entry.Write(bytes);
        Add(name, entry);
    }

    /// <summary>
    /// An entry made for this file, whose bytes are given piece by piece (<see cref="EntryBytes.Write"/>) and deflated as
    /// they come, then added with <see cref="Add(string, EntryBytes)"/> before the next is started: a long part (the
    /// document.xml of a thousand-row table, tens of megabytes) is never held whole.
    /// </summary>
    public EntryBytes StartEntry()
    {
        var deflated = t_deflated ??= new MemoryStream();
        deflated.SetLength(0);
        return new EntryBytes(deflated);
    }

    /// <summary>The entry <paramref name="bytes"/> were given to, deflated to its end and written.</summary>
    public void Add(string name, EntryBytes bytes)
    {
        var (deflated, crc, size) = bytes.Finish();
        Add(new Written(ZipEntryData.NameOf(name), crc, deflated.Length, size, checked((uint)_offset)), deflated.Span);
    }

    /// <summary>
    /// An entry's bytes as they are given: their CRC-32 and count kept, deflated at <see cref="ZipEntryData.PerFileLevel"/>
    /// into the thread's buffer. Deflate's output does not depend on how its input is cut into pieces (no flush is asked
    /// between them), so the entry's bytes are those of the whole part deflated at once.
    /// </summary>
    internal sealed class EntryBytes : IDisposable
    {
        private readonly MemoryStream _deflated;
        private readonly DeflateStream _deflate;
        private readonly Crc32 _crc = new();
        private long _size;

        public EntryBytes(MemoryStream deflated)
        {
            _deflated = deflated;
            _deflate = ZipEntryData.PerFileDeflater(deflated);
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            _crc.Append(bytes);
            _deflate.Write(bytes);
            _size += bytes.Length;
        }

        /// <summary>Lets go of the deflater's native state (done by <see cref="Finish"/>; again here when a writer failed half-way).</summary>
        public void Dispose() => _deflate.Dispose();

        public (ReadOnlyMemory<byte> Deflated, uint Crc, int Size) Finish()
        {
            _deflate.Dispose();
            return (_deflated.GetBuffer().AsMemory(0, (int)_deflated.Length), _crc.GetCurrentHashAsUInt32(), checked((int)_size));
        }
    }

    /// <summary>An entry deflated before.</summary>
    public void Add(ZipEntryData entry) =>
        Add(new Written(entry.Name, entry.Crc, entry.Deflated.Length, entry.Size, checked((uint)_offset)), entry.Deflated);

    private void Add(Written entry, ReadOnlySpan<byte> deflated)
    {
        _written.Add(entry);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        WriteCommon(header[8..], entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        Write(header);
        Write(entry.Name);
        Write(deflated);
    }

    /// <summary>The central directory and its end.</summary>
    public void Finish()
    {
        var start = _offset;
        Span<byte> header = stackalloc byte[46];
        foreach (var entry in _written)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], MadeByUnix);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 0);
            WriteCommon(header[10..], entry);
            // Extra field, comment, disk number, internal attributes: none.
            header[30..38].Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], RegularFile0644);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], entry.Offset);
            Write(header);
            Write(entry.Name);
        }
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt32LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)(_offset - start)));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)start));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        Write(end);
    }

    /// <summary>Method, time, date, CRC, sizes and the name's length: the same in the local and the central header.</summary>
    private void WriteCommon(Span<byte> span, Written entry)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], _time);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], _date);
        BinaryPrimitives.WriteUInt32LittleEndian(span[6..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[10..], (uint)entry.CompressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], (uint)entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(span[18..], checked((ushort)entry.Name.Length));
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _offset += bytes.Length;
    }
}
