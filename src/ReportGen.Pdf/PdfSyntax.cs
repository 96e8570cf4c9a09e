using System.Globalization;
using System.Text;

namespace ReportGen.Pdf;

/// <summary>How values are spelled in the objects we write ourselves (Info, catalog additions, outline).</summary>
internal static class PdfSyntax
{
    /// <summary>
    /// A text string: printable ASCII as a literal string, anything else as UTF-16BE with a byte order mark in
    /// hex, which every reader takes and which needs no escaping.
    /// </summary>
    public static string Text(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        }
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A date in UTC, as D:YYYYMMDDHHmmss+00'00'.</summary>
    public static string Date(DateTime utc) => "(D:" + utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";

    /// <summary>A real number with at most three decimals (a thousandth of a point is far below what shows).</summary>
    public static string Number(float value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Reference(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";
}
