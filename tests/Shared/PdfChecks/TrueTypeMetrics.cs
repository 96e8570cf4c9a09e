using System.Buffers.Binary;

namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// The little of an embedded TrueType font program (FontFile2) the checks need, read from its tables: the number of
/// glyphs (maxp), the units per em (head) and each glyph's advance (hhea, hmtx).
/// </summary>
public sealed class TrueTypeMetrics
{
    private readonly ushort[] _advances;

    private TrueTypeMetrics(int glyphCount, int unitsPerEm, ushort[] advances)
    {
        GlyphCount = glyphCount;
        UnitsPerEm = unitsPerEm;
        _advances = advances;
    }

    public int GlyphCount { get; }

    public int UnitsPerEm { get; }

    /// <summary>The advance of <paramref name="glyph"/> in font units; glyphs past the last long metric share its advance.</summary>
    public int Advance(int glyph) => _advances.Length == 0 ? 0 : _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>The advance in the PDF's glyph space (thousandths of an em), as /W writes it.</summary>
    public double PdfWidth(int glyph) => Advance(glyph) * 1000.0 / UnitsPerEm;

    /// <summary>The metrics of a TrueType font file; null when it is not one or a table is missing.</summary>
    public static TrueTypeMetrics? Read(byte[] font)
    {
        var data = font.AsSpan();
        if (data.Length < 12)
        {
            return null;
        }
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        int count = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        for (var i = 0; i < count && 12 + 16 * (i + 1) <= data.Length; i++)
        {
            var record = data.Slice(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp)
            || !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx)
            || !Within(head, font.Length) || !Within(maxp, font.Length) || !Within(hhea, font.Length) || !Within(hmtx, font.Length))
        {
            return null;
        }
        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(data[(head.Offset + 18)..]);
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(data[(maxp.Offset + 4)..]);
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(data[(hhea.Offset + 34)..]);
        metrics = Math.Min(metrics, hmtx.Length / 4);
        var advances = new ushort[metrics];
        for (var g = 0; g < metrics; g++)
        {
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(data[(hmtx.Offset + 4 * g)..]);
        }
        return unitsPerEm == 0 ? null : new TrueTypeMetrics(glyphs, unitsPerEm, advances);
    }

    private static bool Within((int Offset, int Length) table, int fileLength) =>
        table.Offset >= 0 && table.Length >= 0 && (long)table.Offset + table.Length <= fileLength;
}
