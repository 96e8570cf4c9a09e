using System.Globalization;
using System.IO.Compression;
using System.Text;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Text;

namespace ReportGen.EndToEnd.Tests.PdfChecks;

/// <summary>
/// A one-page PDF written by hand that meets every rule the checker knows: tagged (Document: H1, P, Figure with /Alt,
/// Table with a TH of Scope Column and a TD, Link with its annotation), a page number as a pagination artifact, a
/// subset-free embedded Liberation Serif whose /W widths come from HarfBuzz (not from the checker's own reader),
/// ToUnicode, an sRGB-class output intent, XMP in step with Info, /ID. Tests break one thing with <c>edit</c>, applied
/// to every dictionary and every text stream (the content stream, the XMP, the ToUnicode map).
/// </summary>
public static class MinimalTaggedPdf
{
    public const string Words = "Báo cáo 2";

    /// <summary>The end of the page's content stream, where a test may add content.</summary>
    public const string EndOfContent = "% end of page";

    public static byte[] Build(Func<string, string>? edit = null)
    {
        edit ??= s => s;
        using var fonts = FontLibrary.Load(["Liberation Serif"], []);
        var runs = new TextShaper(fonts).Shape(Words.Replace(' ', '\u00A0'), bold: false, italic: false);
        var run = Assert.Single(runs);
        var glyphs = run.Glyphs;
        // Glyph id = CID (Identity), so the strings shown are the glyph ids in hex.
        string Hex(string text) => "<" + string.Concat(text.Select(c =>
            glyphs[Array.IndexOf(run.Clusters, run.Text.IndexOf(c == ' ' ? '\u00A0' : c, StringComparison.Ordinal))].ToString("X4", CultureInfo.InvariantCulture))) + ">";
        var widths = new SortedDictionary<int, int>();
        var unicode = new SortedDictionary<int, string>();
        for (var g = 0; g < glyphs.Length; g++)
        {
            widths[glyphs[g]] = (int)Math.Round(run.Advances[g] * 1000);
            unicode[glyphs[g]] = run.Text[run.Clusters[g]] == '\u00A0' ? " " : run.Text[run.Clusters[g]].ToString();
        }
        var fontFile = File.ReadAllBytes(run.Face.FilePath);

        var content = $"""
            /Artifact <</Type /Pagination>> BDC
            BT /F1 10 Tf 290 810 Td {Hex("2")} Tj ET
            EMC
            /H1 <</MCID 0>> BDC
            BT /F1 16 Tf 72 760 Td {Hex("Báo cáo")} Tj ET
            EMC
            /P <</MCID 1>> BDC
            BT /F1 12 Tf 72 730 Td {Hex("Báo cáo")} Tj ET
            EMC
            /Figure <</MCID 2>> BDC
            0 0 1 rg 72 600 100 50 re f
            EMC
            /TH <</MCID 3>> BDC
            BT /F1 12 Tf 72 570 Td {Hex("Báo")} Tj ET
            EMC
            /TD <</MCID 4>> BDC
            BT /F1 12 Tf 72 550 Td {Hex("2")} Tj ET
            EMC
            /Link <</MCID 5>> BDC
            BT /F1 12 Tf 72 505 Td [{Hex("cáo")}] TJ ET
            EMC
            {EndOfContent}

            """;
        var toUnicode = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + $"{unicode.Count} beginbfchar\n"
            + string.Concat(unicode.Select(u => $"<{u.Key:X4}> <{string.Concat(u.Value.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}>\n"))
            + "endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
        const string xmp = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" pdfaid:part="2" pdfaid:conformance="B" pdfuaid:part="1" xmp:CreateDate="2021-01-23T00:00:00Z" xmp:ModifyDate="2021-01-23T00:00:00Z" pdf:Producer="ReportGen tests">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Minimal</rdf:li></rdf:Alt></dc:title>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """;
        // An ICC profile header is all the checker reads of it: device class 'mntr', colour space 'RGB '.
        var icc = new byte[128];
        Encoding.ASCII.GetBytes("mntrRGB XYZ ").CopyTo(icc, 12);
        Encoding.ASCII.GetBytes("acsp").CopyTo(icc, 36);

        var objects = new SortedDictionary<int, (string Dictionary, byte[]? Stream)>
        {
            [1] = (edit("<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 8 0 R /MarkInfo << /Marked true >> /Lang (vi-VN) /ViewerPreferences << /DisplayDocTitle true >> /Metadata 13 0 R /OutputIntents [14 0 R] >>"), null),
            [2] = (edit("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), null),
            [3] = (edit("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /StructParents 0 /Tabs /S /Annots [20 0 R] >>"), null),
            [4] = ("<< >>", Encoding.ASCII.GetBytes(edit(content))),
            [5] = (edit("<< /Type /Font /Subtype /Type0 /BaseFont /LiberationSerif /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"), null),
            [6] = (edit("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /LiberationSerif /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 9 0 R /CIDToGIDMap /Identity /DW 1000 "
                + $"/W [{string.Join(" ", widths.Select(w => $"{w.Key} [{w.Value}]"))}] >>"), null),
            [7] = ("<< >>", Encoding.ASCII.GetBytes(edit(toUnicode))),
            [8] = (edit("<< /Type /StructTreeRoot /K [11 0 R] /ParentTree 12 0 R >>"), null),
            [9] = (edit("<< /Type /FontDescriptor /FontName /LiberationSerif /Flags 6 /FontBBox [-177 -303 1007 981] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 /FontFile2 10 0 R >>"), null),
            [10] = ($"<< /Filter /FlateDecode /Length1 {fontFile.Length} >>", Deflate(fontFile)),
            [11] = (edit("<< /Type /StructElem /S /Document /P 8 0 R /K [15 0 R 16 0 R 17 0 R 18 0 R 19 0 R] >>"), null),
            [12] = (edit("<< /Nums [0 [15 0 R 16 0 R 17 0 R 23 0 R 24 0 R 19 0 R] 1 19 0 R] >>"), null),
            [13] = ("<< /Type /Metadata /Subtype /XML >>", Encoding.UTF8.GetBytes(edit(xmp))),
            [14] = (edit("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) /DestOutputProfile 25 0 R >>"), null),
            [15] = (edit("<< /Type /StructElem /S /H1 /P 11 0 R /Pg 3 0 R /K 0 >>"), null),
            [16] = (edit("<< /Type /StructElem /S /P /P 11 0 R /Pg 3 0 R /K 1 >>"), null),
            [17] = (edit("<< /Type /StructElem /S /Figure /P 11 0 R /Pg 3 0 R /Alt (A blue square) /K 2 >>"), null),
            [18] = (edit("<< /Type /StructElem /S /Table /P 11 0 R /K [21 0 R 22 0 R] >>"), null),
            [19] = (edit("<< /Type /StructElem /S /Link /P 11 0 R /Pg 3 0 R /K [5 << /Type /OBJR /Obj 20 0 R /Pg 3 0 R >>] >>"), null),
            [20] = (edit("<< /Type /Annot /Subtype /Link /Rect [72 500 200 520] /Contents (Link to the site) /StructParent 1 /F 4 /Border [0 0 0] /A << /S /URI /URI (https://example.vn/) >> >>"), null),
            [21] = (edit("<< /Type /StructElem /S /TR /P 18 0 R /K [23 0 R] >>"), null),
            [22] = (edit("<< /Type /StructElem /S /TR /P 18 0 R /K [24 0 R] >>"), null),
            [23] = (edit("<< /Type /StructElem /S /TH /P 21 0 R /Pg 3 0 R /K 3 /A << /O /Table /Scope /Column >> >>"), null),
            [24] = (edit("<< /Type /StructElem /S /TD /P 22 0 R /Pg 3 0 R /K 4 >>"), null),
            [25] = ("<< /N 3 >>", icc),
            [26] = (edit("<< /Title (Minimal) /Producer (ReportGen tests) /CreationDate (D:20210123000000Z) /ModDate (D:20210123000000Z) >>"), null),
        };
        return Write(objects, edit("<< /Size 27 /Root 1 0 R /Info 26 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>"));
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    private static byte[] Write(SortedDictionary<int, (string Dictionary, byte[]? Stream)> objects, string trailer)
    {
        using var pdf = new MemoryStream();
        void Ascii(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Ascii("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, (dictionary, stream)) in objects)
        {
            offsets[number] = pdf.Position;
            if (stream is null)
            {
                Ascii($"{number} 0 obj\n{dictionary}\nendobj\n");
                continue;
            }
            var withLength = dictionary.TrimEnd()[..^2].TrimEnd() + $" /Length {stream.Length} >>";
            Ascii($"{number} 0 obj\n{withLength}\nstream\n");
            pdf.Write(stream);
            Ascii("\nendstream\nendobj\n");
        }
        var xref = pdf.Position;
        var size = objects.Keys.Max() + 1;
        Ascii($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            Ascii(offsets.TryGetValue(n, out var offset) ? $"{offset:D10} 00000 n \n" : "0000000000 65535 f \n");
        }
        Ascii($"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
