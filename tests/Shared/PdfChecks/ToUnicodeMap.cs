using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.PdfChecks;

/// <summary>A ToUnicode CMap read for its bfchar and bfrange mappings: which character codes map to which text.</summary>
public sealed partial class ToUnicodeMap
{
    private readonly Dictionary<int, string> _single = [];
    private readonly List<(int Low, int High, int Length)> _ranges = [];

    public bool Maps(int code) => _single.ContainsKey(code) || _ranges.Any(r => code >= r.Low && code <= r.High);

    public static ToUnicodeMap Parse(byte[] cmap)
    {
        var text = Encoding.Latin1.GetString(cmap);
        var map = new ToUnicodeMap();
        foreach (Match section in BfChar().Matches(text))
        {
            foreach (Match pair in Pair().Matches(section.Groups[1].Value))
            {
                map._single[Hex(pair.Groups[1].Value)] = pair.Groups[2].Value;
            }
        }
        foreach (Match section in BfRange().Matches(text))
        {
            foreach (Match range in Range().Matches(section.Groups[1].Value))
            {
                var low = Hex(range.Groups[1].Value);
                map._ranges.Add((low, Hex(range.Groups[2].Value), range.Groups[1].Value.Length / 2));
            }
        }
        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")]
    private static partial Regex Range();
}
