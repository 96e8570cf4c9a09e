using System.Text.RegularExpressions;

namespace ReportGen.Booklet;

/// <summary>
/// Where a Vietnamese line must not break, said with non-breaking spaces before the text is set (the PDF only;
/// a browser has its own rules): a number stays with its unit ("12.278,27 ha", "85,7 %"); a date or count word
/// with its number ("năm 2021", "tháng 3", "nhiệm kỳ 2016-2021", "kỳ họp thứ 12"); "Số:" with the number after
/// it; a spaced dash never starts a line ("kinh tế - xã hội" breaks after the dash, so no line reads as a list
/// item "- xã hội"); a personal or place name, written as Vietnamese writes names, in two to four capitalised
/// words, stays on one line ("Ý Yên", "Nguyễn Văn Bình"; a longer run of capitals, a title in title case, may
/// break). A name the rule cannot see is glued in the data with a non-breaking space (U+00A0).
/// </summary>
public static partial class VietnameseBreaks
{
    private const char Nbsp = '\u00A0';

    // Not before a word that a number follows in turn ("26 tháng 11 năm 2003": the date may break between its
    // parts, or a whole date line would be one unbreakable word), nor before a joining word that is no unit
    // ("năm 2003 và", "10 đến 15").
    [GeneratedRegex(@"(?<=\d) (?=[\p{Ll}%‰°])(?!\p{L}+ \d)(?!(?:và|với|của|đến|tới|từ|là|có|đã|được|trong|so|theo|cho|tại|hoặc|thì|mà|nên|để)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberThenUnit();

    [GeneratedRegex(@"(?<=\b(?:năm|tháng|ngày|quý|khóa|khoá|kỳ|thứ|Số:|số)) (?=[\dIVXLC])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordThenNumber();

    [GeneratedRegex(@" (?=[-–] )", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpaceBeforeDash();

    /// <summary>A run of two to four capitalised words ("Ý Yên", "Nguyễn Văn Bình", "Yên Khánh"), each its own match.</summary>
    [GeneratedRegex(@"(?<!\p{Lu}[\p{Ll}\p{M}]* )\b\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,3}\b(?! \p{Lu}[\p{Ll}\p{M}]*\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShortCapitalisedRun();

    /// <summary>The text with the spaces it must not break at made non-breaking.</summary>
    public static string Glue(string text)
    {
        if (text.IndexOf(' ') < 0)
        {
            return text;
        }
        text = NumberThenUnit().Replace(text, Nbsp.ToString());
        text = WordThenNumber().Replace(text, Nbsp.ToString());
        text = ShortCapitalisedRun().Replace(text, m => m.Value.Replace(' ', Nbsp));
        return SpaceBeforeDash().Replace(text, Nbsp.ToString());
    }
}
