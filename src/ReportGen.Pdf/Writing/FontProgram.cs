using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using ReportGen.Layout.Fonts;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// What a PDF needs to know about a font file, read from its own tables once per face and process: the advance
/// of every glyph (the /W array must match the embedded program, PDF/A), and the font descriptor's values
/// (bounding box, ascent, descent, cap height, italic angle, weight, flags). Font files are trusted: they come
/// from the machine's fonts or the user's fonts folder.
/// </summary>
internal sealed class FontProgram
{
    // Lazy values, so two workers never read one font file at once (issue 17).
    private static readonly ConcurrentDictionary<(string Path, int Index), Lazy<FontProgram>> Cache = new();

    public static FontProgram Of(FontFace face) =>
        Cache.GetOrAdd((face.FilePath, face.FaceIndex), key => new Lazy<FontProgram>(() => new FontProgram(System.IO.File.ReadAllBytes(key.Path), key.Index, face))).Value;

    private FontProgram(byte[] file, int faceIndex, FontFace face)
    {
        File = file;
        FaceIndex = faceIndex;
        var directory = DirectoryOffset(file, faceIndex);
        var tables = new Dictionary<string, (int Offset, int Length)>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(directory + 4));
        for (var i = 0; i < count; i++)
        {
            var record = directory + 12 + 16 * i;
            tables[Encoding.ASCII.GetString(file, record, 4)] = ((int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 12)));
        }
        ReadOnlySpan<byte> Table(string tag) => tables.TryGetValue(tag, out var t) ? file.AsSpan(t.Offset, t.Length) : default;

        IsCff = tables.ContainsKey("CFF ") || tables.ContainsKey("CFF2");
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = [Scale(BinaryPrimitives.ReadInt16BigEndian(head[36..])), Scale(BinaryPrimitives.ReadInt16BigEndian(head[38..])),
            Scale(BinaryPrimitives.ReadInt16BigEndian(head[40..])), Scale(BinaryPrimitives.ReadInt16BigEndian(head[42..]))];
        var macItalic = (BinaryPrimitives.ReadUInt16BigEndian(head[44..]) & 2) != 0;

        var hhea = Table("hhea");
        Ascent = Scale(BinaryPrimitives.ReadInt16BigEndian(hhea[4..]));
        Descent = Scale(BinaryPrimitives.ReadInt16BigEndian(hhea[6..]));
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        var hmtx = Table("hmtx");
        Advances = new ushort[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            var at = 4 * Math.Min(g, longMetrics - 1);
            Advances[g] = at + 2 <= hmtx.Length ? BinaryPrimitives.ReadUInt16BigEndian(hmtx[at..]) : (ushort)0;
        }
        _widths = Array.ConvertAll(Advances, advance => (int)Math.Round(advance * 1000.0 / UnitsPerEm));

        var os2 = Table("OS/2");
        var weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : (face.Bold ? 700 : 400);
        // No font table holds the dominant stem width; this is the usual estimate from the weight class.
        StemV = (int)Math.Round(50 + Math.Pow(weight / 65.0, 2));
        var familyClass = os2.Length >= 32 ? os2[30] : 0;
        CapHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? Scale(BinaryPrimitives.ReadInt16BigEndian(os2[88..])) : Ascent;

        var post = Table("post");
        ItalicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        var fixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        // Symbolic (4): the glyphs are addressed by id, not by a standard encoding. Serif (2) from the family
        // class (oldstyle, transitional, modern, clarendon, slab, freeform serifs); italic (64).
        Flags = 4 | (fixedPitch ? 1 : 0) | (familyClass is >= 1 and <= 5 or 7 ? 2 : 0) | (macItalic || ItalicAngle != 0 || face.Italic ? 64 : 0);
        PostScriptName = NameOf(Table("name")) ?? (face.Family + "-" + face.StyleName).Replace(" ", "");
        SpaceGlyph = face.SpaceGlyph;
    }

    /// <summary>The face's space glyph (0 for none), asked of HarfBuzz once per face and process, not once per document.</summary>
    public ushort SpaceGlyph { get; }

    public byte[] File { get; }

    public int FaceIndex { get; }

    /// <summary>Outlines in CFF (OpenType "OTTO"): embedded whole as FontFile3 /OpenType, not subset.</summary>
    public bool IsCff { get; }

    public int UnitsPerEm { get; }

    /// <summary>Advance of every glyph, in font units.</summary>
    public ushort[] Advances { get; }

    /// <summary>In thousandths of an em, as the font descriptor takes them.</summary>
    public int[] BoundingBox { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public double ItalicAngle { get; }

    public int StemV { get; }

    public int Flags { get; }

    public string PostScriptName { get; }

    /// <summary>The advance of a glyph in thousandths of an em, rounded: within the half unit PDF/A allows against the font's own.</summary>
    public int Width(ushort glyph) => glyph < _widths.Length ? _widths[glyph] : 0;

    /// <summary>The advances in thousandths of an em, worked out once per face: every glyph written asks for its width.</summary>
    private readonly int[] _widths;

    private int Scale(int units) => (int)Math.Round(units * 1000.0 / UnitsPerEm);

    private static int DirectoryOffset(byte[] file, int faceIndex) =>
        file.Length >= 16 && file[0] == 't' && file[1] == 't' && file[2] == 'c' && file[3] == 'f'
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12 + 4 * faceIndex))
            : 0;

    /// <summary>The PostScript name (name id 6), Windows (UTF-16) or Mac (ASCII) record; null when the font has none.</summary>
    private static string? NameOf(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
        {
            return null;
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= name.Length; i++)
        {
            var record = name[(6 + 12 * i)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id != 6 || offset + length > name.Length)
            {
                continue;
            }
            var bytes = name.Slice(offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            // A PDF name: printable ASCII without delimiters (PostScript names are so by definition; be sure).
            var clean = new string(text.Where(c => c is > ' ' and < '\u007F' and not ('/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%' or '#')).ToArray());
            if (clean.Length > 0)
            {
                return clean;
            }
        }
        return null;
    }
}
