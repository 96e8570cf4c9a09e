using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Layout.Fonts;

/// <summary>Family and style of one face in a font file, read from its OpenType 'name' and 'OS/2' tables.</summary>
internal sealed record FontFileInfo(string Path, int FaceIndex, string Family, bool Bold, bool Italic, int GlyphCount)
{
    /// <summary>
    /// Reads the faces of a .ttf/.otf/.ttc file. Only the table directory and two small tables are read,
    /// so scanning a system's font folders stays cheap. Returns nothing for files that are not fonts.
    /// </summary>
    public static IReadOnlyList<FontFileInfo> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            byte[] Bytes(long offset, int length)
            {
                var buffer = new byte[Math.Max(0, Math.Min(length, stream.Length - offset))];
                stream.Position = offset;
                stream.ReadExactly(buffer);
                return buffer;
            }

            var header = Bytes(0, 12);
            if (header.Length < 12)
            {
                return [];
            }
            var offsets = new List<long>();
            if (Encoding.ASCII.GetString(header, 0, 4) == "ttcf")
            {
                var count = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8)), 256);
                var table = Bytes(12, 4 * count);
                for (var i = 0; i + 4 <= table.Length; i += 4)
                {
                    offsets.Add(BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(i)));
                }
            }
            else
            {
                offsets.Add(0);
            }

            var faces = new List<FontFileInfo>();
            for (var index = 0; index < offsets.Count; index++)
            {
                var face = ReadFace(Bytes, offsets[index], path, index);
                if (face is not null)
                {
                    faces.Add(face);
                }
            }
            return faces;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return []; // unreadable or broken: not a font we can use
        }
    }

    private static FontFileInfo? ReadFace(Func<long, int, byte[]> bytes, long offset, string path, int index)
    {
        var directoryHeader = bytes(offset, 12);
        if (directoryHeader.Length < 12)
        {
            return null;
        }
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(directoryHeader.AsSpan(4));
        var directory = bytes(offset + 12, 16 * tableCount);
        long nameOffset = -1, os2Offset = -1, maxpOffset = -1;
        int nameLength = 0;
        for (var i = 0; i + 16 <= directory.Length; i += 16)
        {
            var tag = Encoding.ASCII.GetString(directory, i, 4);
            var tableOffset = BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(i + 8));
            var tableLength = (int)BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(i + 12));
            if (tag == "name") { nameOffset = tableOffset; nameLength = tableLength; }
            if (tag == "OS/2") os2Offset = tableOffset;
            if (tag == "maxp") maxpOffset = tableOffset;
        }
        if (nameOffset < 0)
        {
            return null;
        }

        var names = ReadNames(bytes(nameOffset, nameLength));
        // Typographic family (16) groups all weights under one name; fall back to the legacy family (1).
        var family = names.GetValueOrDefault(16) ?? names.GetValueOrDefault(1);
        var subfamily = (names.GetValueOrDefault(17) ?? names.GetValueOrDefault(2) ?? "").ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(family))
        {
            return null;
        }

        bool bold = subfamily.Contains("bold"), italic = subfamily.Contains("italic") || subfamily.Contains("oblique");
        if (os2Offset >= 0)
        {
            var os2 = bytes(os2Offset, 64);
            if (os2.Length >= 64)
            {
                var weight = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4));
                var selection = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62));
                bold = weight >= 600 || (selection & 0x20) != 0;
                italic = (selection & 0x01) != 0 || (selection & 0x200) != 0;
            }
        }
        var maxp = maxpOffset >= 0 ? bytes(maxpOffset, 6) : [];
        var glyphCount = maxp.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4)) : 0;
        return new FontFileInfo(path, index, family.Trim(), bold, italic, glyphCount);
    }

    private static Dictionary<int, string> ReadNames(byte[] table)
    {
        var result = new Dictionary<int, string>();
        if (table.Length < 6)
        {
            return result;
        }
        var span = table.AsSpan();
        const int tableOffset = 0;
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[(tableOffset + 2)..]);
        var storage = tableOffset + BinaryPrimitives.ReadUInt16BigEndian(span[(tableOffset + 4)..]);
        for (var i = 0; i < count; i++)
        {
            var record = tableOffset + 6 + 12 * i;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(span[record..]);
            var language = BinaryPrimitives.ReadUInt16BigEndian(span[(record + 4)..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(span[(record + 6)..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(record + 8)..]);
            var start = storage + BinaryPrimitives.ReadUInt16BigEndian(span[(record + 10)..]);
            if (start + length > span.Length)
            {
                continue;
            }
            // Only the family and style names are read: a system font's name table also holds its copyright, licence
            // and description in many languages, and decoding them all was most of scanning the system fonts.
            if (nameId is not (1 or 2 or 16 or 17))
            {
                continue;
            }
            var bytes = span.Slice(start, length);
            if (platform == 3 && (language == 0x0409 || !result.ContainsKey(nameId)))
            {
                result[nameId] = Encoding.BigEndianUnicode.GetString(bytes);
            }
            else if (platform == 1 && !result.ContainsKey(nameId))
            {
                result[nameId] = Encoding.Latin1.GetString(bytes);
            }
        }
        return result;
    }
}
