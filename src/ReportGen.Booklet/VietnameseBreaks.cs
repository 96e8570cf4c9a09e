using System.Text.RegularExpressions;

namespace ReportGen.Booklet;

/// <summary>
/// Where a Vietnamese line must not break, said with non-breaking spaces before the text is set (the PDF only;
/// a browser has its own rules): a number stays with its unit ("12.278,27 ha", "85,7 %"); a date or count word
/// with its number ("năm 2021", "tháng 3", "nhiệm kỳ 2016-2021", "kỳ họp thứ 12"); "Số:" with the number after
/// it; a spaced dash never starts a line ("kinh tế - xã hội" breaks after the dash, so no line reads as a list
/// item "- xã hội").
/// </summary>
public static partial class VietnameseBreaks
{
    private const char Nbsp = '\u00A0';

    [GeneratedRegex(@"(?<=\d) (?=[\p{Ll}%‰°])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberThenUnit();

    [GeneratedRegex(@"(?<=\b(?:năm|tháng|ngày|quý|khóa|khoá|kỳ|thứ|Số:|số)) (?=[\dIVXLC])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordThenNumber();

    [GeneratedRegex(@" (?=[-–] )", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpaceBeforeDash();

    /// <summary>The text with the spaces it must not break at made non-breaking.</summary>
    public static string Glue(string text)
    {
        if (text.IndexOf(' ') < 0)
        {
            return text;
        }
        text = NumberThenUnit().Replace(text, Nbsp.ToString());
        text = WordThenNumber().Replace(text, Nbsp.ToString());
        return SpaceBeforeDash().Replace(text, Nbsp.ToString());
    }
}
