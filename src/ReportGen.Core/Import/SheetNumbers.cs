using System.Globalization;
using System.Text;

namespace ReportGen.Core.Import;

/// <summary>
/// A number read from a sheet's cell, whatever the cell's format: a number cell as it is stored, a text cell as
/// a person typed it, the Vietnamese way ("12.278,27", "85,7%") or the English way ("12,278.27"). A text with one
/// kind of separator is decided by its form when it can be ("1.234.567" groups thousands, "12,5" and "0.125" have
/// decimals), and by the sheet's <see cref="SheetTable.DecimalComma"/> when it cannot ("12.278": twelve thousand
/// the Vietnamese way).
/// </summary>
public static class SheetNumbers
{
    /// <summary>Whether a cell says "no number" rather than a wrong one: empty, or a dash as tables print for nothing.</summary>
    public static bool IsNone(string text) => text.Trim() is "" or "-" or "–" or "—" or "x" or "X";

    /// <summary>The number in <paramref name="column"/> of <paramref name="row"/>; false when the cell holds no readable number.</summary>
    public static bool TryRead(SheetRow row, int column, bool decimalComma, out decimal value)
    {
        var text = row[column];
        if (row.IsNumberCell(column))
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
        return TryParse(text, decimalComma, out value);
    }

    /// <summary>A number typed as text: spaces, a leading '+', a trailing '%' and a Unicode minus allowed.</summary>
    public static bool TryParse(string text, bool decimalComma, out decimal value)
    {
        value = 0;
        var compact = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                continue; // "12 278,27": a space groups thousands too
            }
            compact.Append(c == '\u2212' ? '-' : c);
        }
        var s = compact.ToString().TrimEnd('%');
        var negative = s.StartsWith('-');
        s = s.TrimStart('-', '+');
        if (s.Length == 0 || s.Any(c => !char.IsAsciiDigit(c) && c is not '.' and not ','))
        {
            return false;
        }
        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        char? decimalMark;
        if (dots > 0 && commas > 0)
        {
            // Both: the last one marks the decimals, the other groups thousands ("12.278,27", "12,278.27").
            decimalMark = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            if (s.Count(c => c == decimalMark) > 1)
            {
                return false;
            }
        }
        else if (dots + commas == 0)
        {
            decimalMark = null;
        }
        else
        {
            var mark = dots > 0 ? '.' : ',';
            if (dots + commas > 1)
            {
                decimalMark = null; // "1.234.567", "1,234,567": only groups
            }
            else if (!GroupsThousands(s, mark))
            {
                decimalMark = mark; // "12,5", "0.125", "1234.5"
            }
            else
            {
                // "12.278" or "12,278": the sheet's way decides.
                decimalMark = decimalComma ? ',' : '.';
                decimalMark = mark == decimalMark ? mark : null;
            }
        }
        var group = decimalMark switch { '.' => ',', ',' => '.', _ => dots > 0 ? '.' : ',' };
        var parts = s.Split(decimalMark ?? '\0');
        if (parts.Length > 2 || parts[0].Length == 0 || (parts.Length == 2 && (parts[1].Length == 0 || parts[1].Contains(group))))
        {
            return false;
        }
        if (parts[0].Contains(group) && !GroupsThousands(parts[0], group))
        {
            return false;
        }
        var plain = parts[0].Replace(group.ToString(), "", StringComparison.Ordinal) + (parts.Length == 2 ? "." + parts[1] : "");
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Whether <paramref name="s"/> is digits grouped by threes with <paramref name="mark"/>: "12.278", "1.234.567", not "0.125".</summary>
    private static bool GroupsThousands(string s, char mark)
    {
        var groups = s.Split(mark);
        return groups[0].Length is >= 1 and <= 3 && !(groups[0].StartsWith('0'))
            && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit))
            && groups[0].All(char.IsAsciiDigit);
    }
}
