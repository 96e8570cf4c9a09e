using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The ToUnicode CMap of a font: for each two-byte code (a glyph id, Identity-H) the text it stands for, as
/// UTF-16BE. What a reader uses to search, copy and read aloud; PDF/A asks for one covering every glyph drawn.
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>The most entries one bfchar block may hold.</summary>
    private const int BlockSize = 100;

    /// <param name="unicode">Each glyph drawn and its text, by glyph id.</param>
    public static byte[] Write(IReadOnlyList<KeyValuePair<ushort, string>> unicode)
    {
        var cmap = new StringBuilder(256 + unicode.Count * 16);
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        cmap.Append("/CIDSystemInfo <</Registry (Adobe)/Ordering (UCS)/Supplement 0>> def\n");
        cmap.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        cmap.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicode;
        for (var start = 0; start < entries.Count; start += BlockSize)
        {
            var block = entries.Skip(start).Take(BlockSize).ToList();
            cmap.Append(block.Count).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                cmap.Append('<').Append(glyph.ToString("X4")).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            }
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
