using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf;

/// <summary>
/// The structure of a PDF as Skia writes it, read from its bytes without parsing the content: one revision, a
/// classic cross-reference table (one subsection from object 0, 20-byte entries), objects one after the other,
/// a trailer naming /Root and /Info. <see cref="PdfFinishing"/> copies its objects as they are and replaces a
/// few; anything else is refused rather than guessed.
/// </summary>
internal sealed partial class SkiaPdfFile
{
    private const int EntryLength = 20;

    private readonly ReadOnlyMemory<byte> _pdf;
    private readonly int[] _offsets;

    /// <summary>Every object's offset and the table's, in file order: where each object ends.</summary>
    private readonly int[] _sortedOffsets;

    /// <summary>The bytes before the first object: the %PDF header and its binary comment.</summary>
    public int HeaderLength { get; }

    /// <summary>/Size of the trailer: the first free object number.</summary>
    public int Size => _offsets.Length;

    public int Catalog { get; }
    public int Info { get; }

    /// <summary>The catalog's /Metadata object (Skia's XMP packet), or 0 when there is none.</summary>
    public int Metadata { get; }

    /// <summary>The page objects in page order (the leaves of the page tree).</summary>
    public IReadOnlyList<int> Pages { get; }

    private SkiaPdfFile(ReadOnlyMemory<byte> memory)
    {
        _pdf = memory;
        var pdf = memory.Span;
        var startxref = pdf.LastIndexOf("startxref"u8);
        var xref = startxref < 0 ? Match.Empty : StartXref().Match(Ascii(startxref, pdf.Length - startxref));
        if (!xref.Success)
        {
            throw Unexpected("no startxref");
        }
        var position = Int(xref.Groups[1].Value);
        var head = position < pdf.Length ? XrefHead().Match(Ascii(position, Math.Min(64, pdf.Length - position))) : Match.Empty;
        if (!head.Success)
        {
            throw Unexpected("the cross-reference table is not a single classic subsection from object 0");
        }
        var firstEntry = position + head.Length;
        _offsets = new int[Int(head.Groups[1].Value)];
        for (var number = 1; number < _offsets.Length; number++)
        {
            var entry = firstEntry + number * EntryLength;
            if (pdf[entry + 17] != 'n')
            {
                throw Unexpected($"object {number} is free");
            }
            _offsets[number] = Int(Ascii(entry, 10));
            if (!pdf[_offsets[number]..].StartsWith(Encoding.ASCII.GetBytes($"{number} 0 obj")))
            {
                throw Unexpected($"object {number} is not where the cross-reference table says");
            }
        }
        BodyEnd = position;
        _sortedOffsets = [.. _offsets.Skip(1).Append(position).Order()];
        HeaderLength = _sortedOffsets[0];

        var trailer = Ascii(firstEntry + _offsets.Length * EntryLength, pdf.Length - firstEntry - _offsets.Length * EntryLength);
        Catalog = Reference(trailer, "Root") ?? throw Unexpected("the trailer has no /Root");
        Info = Reference(trailer, "Info") ?? throw Unexpected("the trailer has no /Info");
        var catalog = Dictionary(Catalog);
        Metadata = Reference(catalog, "Metadata") ?? 0;
        var pages = new List<int>();
        AddPages(Reference(catalog, "Pages") ?? throw Unexpected("the catalog has no /Pages"), pages, depth: 0);
        Pages = pages;
    }

    /// <summary>Where the cross-reference table starts: every object lies before it.</summary>
    public int BodyEnd { get; }

    public static SkiaPdfFile Read(ReadOnlyMemory<byte> pdf) => new(pdf);

    /// <summary>The object numbers in the order they stand in the file.</summary>
    public IEnumerable<int> ObjectsInFileOrder() => Enumerable.Range(1, Size - 1).OrderBy(n => _offsets[n]);

    /// <summary>The bytes of object <paramref name="number"/>, from "n 0 obj" to the next object (or the table).</summary>
    public ReadOnlySpan<byte> Object(int number)
    {
        var start = _offsets[number];
        var end = _sortedOffsets[Array.BinarySearch(_sortedOffsets, start) + 1];
        return _pdf.Span[start..end];
    }

    /// <summary>
    /// The text of a dictionary object, from "&lt;&lt;" to its closing "&gt;&gt;" (without the stream of a stream
    /// object). Only for the small dictionaries Skia writes as plain ASCII (catalog, page tree).
    /// </summary>
    public string Dictionary(int number)
    {
        var bytes = Object(number);
        var stream = bytes.IndexOf("stream"u8);
        var end = (stream < 0 ? bytes : bytes[..stream]).LastIndexOf(">>"u8);
        var start = bytes.IndexOf("<<"u8);
        if (start < 0 || end < start)
        {
            throw Unexpected($"object {number} is not a dictionary");
        }
        return Encoding.ASCII.GetString(bytes[start..(end + 2)]);
    }

    private void AddPages(int node, List<int> pages, int depth)
    {
        if (depth > 32)
        {
            throw Unexpected("the page tree is deeper than 32 levels");
        }
        var dictionary = Dictionary(node);
        if (!PagesType().IsMatch(dictionary))
        {
            pages.Add(node);
            return;
        }
        var kids = Kids().Match(dictionary);
        if (!kids.Success)
        {
            throw Unexpected($"the page tree node {node} has no /Kids");
        }
        foreach (Match kid in ReferenceIn().Matches(kids.Groups[1].Value))
        {
            AddPages(Int(kid.Groups[1].Value), pages, depth + 1);
        }
    }

    private static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R");
        return match.Success ? Int(match.Groups[1].Value) : null;
    }

    private string Ascii(int start, int length) => Encoding.ASCII.GetString(_pdf.Span.Slice(start, length));

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static InvalidOperationException Unexpected(string what) =>
        new($"The PDF is not laid out as Skia writes it: {what}.");

    [GeneratedRegex(@"^startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"^xref\r?\n0 (\d+)\r?\n")]
    private static partial Regex XrefHead();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferenceIn();
}
