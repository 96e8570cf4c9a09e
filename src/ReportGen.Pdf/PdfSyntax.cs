using System.Globalization;
using System.Text;

namespace ReportGen.Pdf;

/// <summary>How values are spelled in the objects we write ourselves (Info, catalog additions, outline).</summary>
internal static class PdfSyntax
{
    /// <summary>A text string, as <see cref="Writing.PdfBytes.Text"/> writes it (the rule is stated there).</summary>
    public static string Text(string text) =>
        Encoding.ASCII.GetString(new Writing.PdfBytes(16 + 4 * text.Length).Text(text).Span);

    /// <summary>A date in UTC, as D:YYYYMMDDHHmmss+00'00'.</summary>
    public static string Date(DateTime utc) => "(D:" + utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";

    /// <summary>A real number with at most three decimals (a thousandth of a point is far below what shows).</summary>
    public static string Number(float value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Reference(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";
}
