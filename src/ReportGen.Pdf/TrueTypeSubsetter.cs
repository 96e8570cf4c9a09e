using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Pdf;

/// <summary>
/// Makes a TrueType font that keeps only the outlines of the glyphs a document uses. Glyph ids do not
/// change (unused glyphs become empty), so the laid-out glyph runs stay valid and nothing is remapped.
/// SkiaSharp's native library embeds whole fonts (about 200 KB each, compressed); with this a booklet
/// embeds a few kilobytes per face and is written several times faster.
/// </summary>
public static class TrueTypeSubsetter
{
    // Shaping is done before the PDF is written: the layout tables are of no use to a PDF reader.
    private static readonly HashSet<string> DroppedTables = ["GSUB", "GPOS", "GDEF", "kern", "FFTM", "DSIG", "JSTF", "MATH", "BASE", "morx", "GPKG"];

    /// <summary>
    /// Returns the subset font, or null when the file is not a plain TrueType (glyf) font, in which case
    /// the caller embeds the original.
    /// </summary>
    public static byte[]? Subset(byte[] font, int faceIndex, IEnumerable<ushort> usedGlyphs)
    {
        var offset = TableDirectoryOffset(font, faceIndex);
        if (offset < 0)
        {
            return null;
        }
        var tables = ReadDirectory(font, offset);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            return null; // CFF-based OpenType: leave it whole
        }

        var span = font.AsSpan();
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(span[(head.Offset + 50)..]) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(span[(maxp.Offset + 4)..]);
        var glyphOffsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            glyphOffsets[g] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(span[(loca.Offset + 4 * g)..])
                : BinaryPrimitives.ReadUInt16BigEndian(span[(loca.Offset + 2 * g)..]) * 2;
        }

        var keep = ClosureOverComponents(span.Slice(glyf.Offset, glyf.Length), glyphOffsets, usedGlyphs.Append((ushort)0));

        // New glyf and loca: kept glyphs copied, each padded to four bytes, every other glyph empty. Sized first and
        // filled in place (a growing stream and its copy were most of what subsetting a face allocated).
        var glyfLength = 0;
        foreach (var g in keep)
        {
            // A glyph whose offsets go backwards (a broken font) is refused below, by the copy, as before.
            glyfLength += Padded(Math.Max(0, glyphOffsets[g + 1] - glyphOffsets[g]));
        }
        var newGlyf = new byte[glyfLength];
        var newLoca = new int[glyphCount + 1];
        var at = 0;
        for (var g = 0; g < glyphCount; g++)
        {
            newLoca[g] = at;
            if (keep.Contains(g))
            {
                var length = glyphOffsets[g + 1] - glyphOffsets[g];
                span.Slice(glyf.Offset + glyphOffsets[g], length).CopyTo(newGlyf.AsSpan(at));
                at += Padded(length);
            }
        }
        newLoca[glyphCount] = at;
        // The short form (offset / 2 in 16 bits) whenever the kept outlines allow it: half the bytes.
        var longLoca = at > 2 * 0xFFFF;
        var locaBytes = new byte[(glyphCount + 1) * (longLoca ? 4 : 2)];
        for (var g = 0; g <= glyphCount; g++)
        {
            if (longLoca) BinaryPrimitives.WriteUInt32BigEndian(locaBytes.AsSpan(4 * g), (uint)newLoca[g]);
            else BinaryPrimitives.WriteUInt16BigEndian(locaBytes.AsSpan(2 * g), (ushort)(newLoca[g] / 2));
        }

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, entry) in tables)
        {
            // glyf and loca are made anew: copying the whole glyf (300 KB) would land on the large object heap.
            if (!DroppedTables.Contains(tag) && tag is not ("glyf" or "loca"))
            {
                output[tag] = span.Slice(entry.Offset, entry.Length).ToArray();
            }
        }
        output["glyf"] = newGlyf;
        output["loca"] = locaBytes;
        BinaryPrimitives.WriteInt16BigEndian(output["head"].AsSpan(50), (short)(longLoca ? 1 : 0));
        if (output.TryGetValue("hmtx", out var hmtx) && output.TryGetValue("hhea", out var hhea) && hhea.Length >= 36)
        {
            ClearUnusedMetrics(hmtx, BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)), glyphCount, keep);
        }
        if (output.TryGetValue("post", out var post) && post.Length >= PostHeaderLength)
        {
            output["post"] = WithoutGlyphNames(post);
        }
        return Assemble(output);
    }

    private const int PostHeaderLength = 32;

    /// <summary>
    /// One face of a font file as a font file of its own, every table kept: what a PDF embeds when the face cannot
    /// be subset (CFF outlines) but sits in a collection (.ttc), which a PDF cannot take.
    /// </summary>
    public static byte[] WholeFace(byte[] font, int faceIndex)
    {
        if (font.Length < 4 || Encoding.ASCII.GetString(font, 0, 4) != "ttcf")
        {
            return font;
        }
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 4 * faceIndex));
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, entry) in ReadDirectory(font, offset))
        {
            tables[tag] = font.AsSpan(entry.Offset, entry.Length).ToArray();
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(offset));
        return Assemble(tables, version);
    }

    /// <summary>
    /// Zeroes the metrics of the glyphs left out (they have no outline and are never drawn): runs of zeros
    /// cost Skia's compressor next to nothing, where the real widths cost it as much as any data.
    /// </summary>
    private static void ClearUnusedMetrics(byte[] hmtx, int longMetrics, int glyphCount, HashSet<int> keep)
    {
        for (var g = 0; g < glyphCount; g++)
        {
            var (at, length) = g < longMetrics ? (4 * g, 4) : (4 * longMetrics + 2 * (g - longMetrics), 2);
            // The last long metric's advance is every later glyph's too: it stays.
            if (!keep.Contains(g) && g != longMetrics - 1 && at + length <= hmtx.Length)
            {
                hmtx.AsSpan(at, length).Clear();
            }
        }
    }

    /// <summary>
    /// The post table as version 3.0: its header (italic angle, underline, fixed pitch) without the glyph names,
    /// which are a third of a subset's size (27 KB in Liberation Serif) and of no use to a PDF reader, which
    /// maps glyphs to text with the ToUnicode map. Skia compresses every byte embedded, per document.
    /// </summary>
    private static byte[] WithoutGlyphNames(byte[] post)
    {
        var header = post.AsSpan(0, PostHeaderLength).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
        return header;
    }

    private static HashSet<int> ClosureOverComponents(ReadOnlySpan<byte> glyf, int[] offsets, IEnumerable<ushort> used)
    {
        var keep = new HashSet<int>();
        var pending = new Stack<int>(used.Select(g => (int)g).Where(g => g < offsets.Length - 1));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (!keep.Add(glyph) || offsets[glyph + 1] <= offsets[glyph])
            {
                continue;
            }
            var data = glyf[offsets[glyph]..offsets[glyph + 1]];
            if (BinaryPrimitives.ReadInt16BigEndian(data) >= 0)
            {
                continue; // a simple glyph
            }
            // A composite glyph (an accented letter built from a base and marks): keep its parts too.
            var position = 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
                pending.Push(BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]));
                position += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) position += 2;
                else if ((flags & 0x0040) != 0) position += 4;
                else if ((flags & 0x0080) != 0) position += 8;
            }
            while ((flags & 0x0020) != 0);
        }
        return keep;
    }

    private static int TableDirectoryOffset(byte[] font, int faceIndex)
    {
        if (font.Length < 12)
        {
            return -1;
        }
        if (Encoding.ASCII.GetString(font, 0, 4) == "ttcf")
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(8));
            return faceIndex < count ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 4 * faceIndex)) : -1;
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        return version is 0x00010000 or 0x74727565 ? 0 : -1; // TrueType outlines only
    }

    private static Dictionary<string, (int Offset, int Length)> ReadDirectory(byte[] font, int offset)
    {
        var tables = new Dictionary<string, (int, int)>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 4));
        for (var i = 0; i < count; i++)
        {
            var record = offset + 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(font, record, 4);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)));
        }
        return tables;
    }

    /// <summary>Writes an sfnt: directory sorted by tag, tables 4-byte aligned, checksums and head adjustment set.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables, uint version = 0x00010000)
    {
        var count = (ushort)tables.Count;
        var entrySelector = (ushort)Math.Floor(Math.Log2(count));
        var searchRange = (ushort)((1 << entrySelector) * 16);
        var headerLength = 12 + 16 * count;
        // Sized first and filled in place: the padding bytes are the new array's zeros.
        var total = headerLength;
        foreach (var data in tables.Values)
        {
            total += Padded(data.Length);
        }
        var result = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(result, version);
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(4), count);
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(6), searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(8), entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(10), (ushort)(count * 16 - searchRange));

        var headOffset = -1;
        var index = 0;
        var offset = headerLength;
        foreach (var (tag, data) in tables)
        {
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0); // checkSumAdjustment, set below
                headOffset = offset;
            }
            var record = result.AsSpan(12 + 16 * index++, 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(result, offset);
            offset += Padded(data.Length);
        }
        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(result));
        }
        return result;
    }

    /// <summary>A table's or glyph's length padded to a multiple of four bytes.</summary>
    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }
        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
