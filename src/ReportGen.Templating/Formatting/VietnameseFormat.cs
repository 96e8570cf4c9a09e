using System.Globalization;
using System.Text;

namespace ReportGen.Templating.Formatting;

/// <summary>
/// Formats numbers, amounts and dates the way Vietnamese administrative documents and the
/// press print them.
/// </summary>
/// <remarks>
/// Every method passes the vi-VN culture explicitly. The reports are built on machines whose
/// current culture is anything (often en-US or the invariant culture in CI containers), and the
/// output must be byte-for-byte the same everywhere: Vietnamese writes the thousands separator
/// as '.' and the decimal separator as ',' (12.278,27), the opposite of English.
/// </remarks>
public static class VietnameseFormat
{
    /// <summary>
    /// Most decimals printed when the caller does not ask for a fixed number: enough for any
    /// statistic in a report, and it hides binary floating-point noise such as 0.1 + 0.2.
    /// </summary>
    private const int MaxAutomaticDecimals = 6;

    /// <summary>Largest fixed number of decimals accepted (the precision of a double).</summary>
    private const int MaxDecimals = 15;

    /// <summary>The vi-VN culture, needed for number formats, upper-casing and collation.</summary>
    internal static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Formats a number with '.' between thousands and ',' before the decimals:
    /// 12278.27 → "12.278,27", 5809 → "5.809", -1234.5 → "-1.234,5".
    /// </summary>
    /// <param name="value">The number; must be finite.</param>
    /// <param name="decimals">
    /// Exactly this many decimals, rounded half away from zero (the school rule readers expect,
    /// not banker's rounding). When null, the decimals the value really has (its shortest
    /// round-trip form, so 12278.27 stays 12278.27 and not 12278.2699999…), at most 6, with no
    /// trailing zeros.
    /// </param>
    public static string Number(double value, int? decimals = null)
    {
        ValidateDecimals(decimals);
        if (TryToDecimal(value, out var exact))
        {
            return Number(exact, decimals);
        }

        // Beyond decimal's range (±7.9e28) a double has no fractional digits left.
        var pattern = decimals is > 0 ? "#,##0." + new string('0', decimals.Value) : "#,##0";
        return value.ToString(pattern, Culture);
    }

    /// <summary>
    /// Formats a decimal number the same way as <see cref="Number(double, int?)"/>; amounts
    /// kept as decimals are printed without any binary rounding.
    /// </summary>
    public static string Number(decimal value, int? decimals = null)
    {
        ValidateDecimals(decimals);
        var rounded = Math.Round(value, decimals ?? MaxAutomaticDecimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m)
        {
            rounded = 0m; // never print "-0"
        }

        var pattern = decimals switch
        {
            null => "#,##0.######",
            0 => "#,##0",
            _ => "#,##0." + new string('0', decimals.Value),
        };
        return rounded.ToString(pattern, Culture);
    }

    /// <summary>
    /// Formats a whole number: 5809 → "5.809". This overload also keeps calls with an
    /// <see cref="int"/> argument unambiguous between the double and decimal overloads.
    /// </summary>
    public static string Number(long value, int? decimals = null) => Number((decimal)value, decimals);

    /// <summary>
    /// Formats a value that is already in percent units: 13 → "13%", 85.7 → "85,7%".
    /// Vietnamese writes the percent sign right after the number, with no space.
    /// </summary>
    public static string Percent(double value, int? decimals = null) => Number(value, decimals) + "%";

    /// <summary>
    /// Formats a measured quantity: (12278.27, "ha") → "12.278,27 ha", (124.46, "tạ/ha") →
    /// "124,46 tạ/ha". A unit is separated from its number by one space, except "%", which is
    /// written against the number; an empty unit gives just the number.
    /// </summary>
    public static string Quantity(double value, string unit, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var number = Number(value, decimals);
        var trimmed = unit.Trim();
        return trimmed.Length == 0 ? number
            : trimmed == "%" ? number + trimmed
            : number + " " + trimmed;
    }

    /// <summary>
    /// Formats an amount of money scaled for reading, as reports and newspapers do:
    /// 5_809_000_000_000 → "5.809 tỷ đồng", 103_000_000 → "103 triệu đồng",
    /// 1_500_000_000 → "1,5 tỷ đồng", 250_000 → "250.000 đồng".
    /// </summary>
    /// <remarks>
    /// From a billion the amount is written in "tỷ", from a million in "triệu", and the scaled
    /// number is rounded to at most 2 decimals; an amount of millions that rounds to a thousand
    /// millions is written in "tỷ" (999_999_999 → "1 tỷ đồng", not "1.000 triệu đồng"). Smaller
    /// amounts are written in full. The currency is written as a word: the "₫" sign belongs to price tags,
    /// not to administrative prose, so a "₫" currency is written "đồng".
    /// </remarks>
    /// <param name="amount">The amount in the currency's base unit (đồng, dollars, …).</param>
    /// <param name="currency">The currency word; empty for none.</param>
    public static string Money(double amount, string currency = "đồng")
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (!TryToDecimal(amount, out var exact))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount is too large to format.");
        }

        var word = currency.Trim() == "₫" ? "đồng" : currency.Trim();
        var (scaled, scaleWord) = ScaleMoney(exact);
        var text = Number(scaled);
        if (scaleWord.Length > 0)
        {
            text += " " + scaleWord;
        }

        return word.Length > 0 ? text + " " + word : text;
    }

    /// <summary>
    /// Formats a date as the place-and-date line of an administrative document:
    /// "ngày 23 tháng 01 năm 2021", "ngày 05 tháng 3 năm 2024".
    /// </summary>
    /// <remarks>
    /// Nghị định 30/2020/NĐ-CP (Phụ lục I) requires a leading zero for days below 10 and for
    /// months 1 and 2 only; the zero on January and February keeps anyone from adding a digit
    /// after the document is signed ("tháng 1" could become "tháng 11", "tháng 2" "tháng 12").
    /// </remarks>
    public static string AdministrativeDate(DateOnly date) =>
        $"ngày {AdministrativeDay(date.Day)} {MonthYear(date)}";

    /// <summary>
    /// Formats a month and year with the same leading-zero rule as
    /// <see cref="AdministrativeDate"/>: "tháng 01 năm 2021", "tháng 3 năm 2024".
    /// </summary>
    public static string MonthYear(DateOnly date) =>
        $"tháng {AdministrativeMonth(date.Month)} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Formats a date the short way newspapers write it in running text, day then month without
    /// leading zeros: 2021-01-23 → "23-1", 2024-03-05 → "5-3".
    /// </summary>
    public static string PressDate(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)}-{date.Month.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Describes a change against the previous period (usually "so với cùng kỳ"):
    /// 13 → "tăng 13%", -2.5 → "giảm 2,5%", 0 → "bằng".
    /// </summary>
    /// <remarks>
    /// Vietnamese reports state the direction in words and the size as a positive percentage;
    /// a change that rounds to zero at the printed precision is "bằng" (equal), never "tăng 0%".
    /// </remarks>
    /// <param name="percentAgainstPrevious">The change in percent units (13 means +13%).</param>
    /// <param name="decimals">Decimals of the percentage, as in <see cref="Number(double, int?)"/>.</param>
    public static string Change(double percentAgainstPrevious, int? decimals = null)
    {
        ValidateDecimals(decimals);
        if (!TryToDecimal(percentAgainstPrevious, out var exact))
        {
            throw new ArgumentOutOfRangeException(nameof(percentAgainstPrevious), percentAgainstPrevious, "The change is too large to format.");
        }

        var rounded = Math.Round(exact, decimals ?? MaxAutomaticDecimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m)
        {
            return "bằng";
        }

        return (rounded > 0m ? "tăng " : "giảm ") + Number(Math.Abs(rounded), decimals) + "%";
    }

    /// <summary>
    /// Upper-cases text for titles and headings: "huyện ủy ý yên" → "HUYỆN ỦY Ý YÊN".
    /// </summary>
    /// <remarks>
    /// <see cref="string.ToUpper()"/> would use the machine's culture (on a Turkish machine "i"
    /// becomes "İ"); the result is NFC so that each letter with its marks is one code point, which
    /// is what fonts, search and PDF text extraction handle best.
    /// </remarks>
    public static string Upper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormC).ToUpper(Culture).Normalize(NormalizationForm.FormC);
    }

    private static (decimal Scaled, string Word) ScaleMoney(decimal amount)
    {
        var magnitude = Math.Abs(amount);
        if (magnitude < 1_000_000m)
        {
            return (Math.Round(amount, 2, MidpointRounding.AwayFromZero), "");
        }

        if (magnitude < 1_000_000_000m)
        {
            var millions = Math.Round(amount / 1_000_000m, 2, MidpointRounding.AwayFromZero);
            if (Math.Abs(millions) < 1000m)
            {
                return (millions, "triệu");
            }
        }

        return (Math.Round(amount / 1_000_000_000m, 2, MidpointRounding.AwayFromZero), "tỷ");
    }

    /// <summary>
    /// Converts a double to the decimal with the same shortest round-trip digits (12278.27 and
    /// not 12278.2699999999995), so that rounding "half away from zero" applies to the number as
    /// written in the data rather than to its binary approximation (1.005 → "1,01").
    /// </summary>
    private static bool TryToDecimal(double value, out decimal result)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value is not a finite number.");
        }

        return decimal.TryParse(
            value.ToString("R", CultureInfo.InvariantCulture),
            NumberStyles.Float,
            CultureInfo.InvariantCulture,
            out result);
    }

    private static void ValidateDecimals(int? decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"The number of decimals must be between 0 and {MaxDecimals}.");
        }
    }

    private static string AdministrativeDay(int day) =>
        day < 10 ? day.ToString("00", CultureInfo.InvariantCulture) : day.ToString(CultureInfo.InvariantCulture);

    private static string AdministrativeMonth(int month) =>
        month <= 2 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);
}
