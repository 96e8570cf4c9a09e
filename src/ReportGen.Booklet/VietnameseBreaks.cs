using System.Text.RegularExpressions;
using ReportGen.Core.Wording;

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

    // Any case: a cover's "NHIỆM VỤ NĂM 2021" keeps its year too.
    // Roman numerals in capitals only, as a whole word ("khóa XIX", not "số lượng").
    [GeneratedRegex(@"(?<=\b(?i:năm|tháng|ngày|quý|khóa|khoá|kỳ|thứ|Số:|số)) (?=\d|[IVXLC]+\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordThenNumber();

    [GeneratedRegex(@" (?=[-–] )", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpaceBeforeDash();

    /// <summary>A unit's level before its name: "xã Yên Khánh", "thôn Đông", "huyện Ý Yên".</summary>
    [GeneratedRegex(@"(?<=\b(?:xã|thôn|xóm|ấp|bản|huyện|quận|tỉnh|phường|thị xã|thị trấn|thành phố)) (?=\p{Lu}[\p{Ll}\p{M}]*\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LevelThenName();

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
        return GlueMemo.Answer(text, GlueGuarded);
    }

    /// <inheritdoc cref="Glue(string)"/>
    public static string Glue(ReadOnlySpan<char> text) => text.IndexOf(' ') < 0 ? text.ToString() : GlueMemo.Answer(text, GlueGuarded);

    // Both copies of a booklet (A4, A5) glue the same texts, and a province's meetings share their templates'
    // sentences: the answers are kept (the regular expressions were 19 % of the two layouts' thread time).
    private static readonly TextMemo GlueMemo = new();
    private static readonly TextMemo GlueTitleMemo = new();

    /// <summary>
    /// Forgets the answers kept so far. For benchmarks: a booklet laid out many times over would otherwise find every
    /// text already glued, which no single build does (the size ladder's thin booklet was flattered by a third).
    /// </summary>
    public static void ForgetGlued()
    {
        GlueMemo.Clear();
        GlueTitleMemo.Clear();
    }

    private static string GlueGuarded(string text) => Guarded(text, GlueUncached);

    private static string GlueTitleGuarded(string text) => Guarded(text, GlueTitleUncached);

    /// <summary>
    /// The text as <paramref name="rules"/> glue it, or as it is when a rule runs out of time. The time limit is
    /// against hostile data (a pattern that backtracks without end), but it is wall-clock time: a long collection or
    /// a starved office computer could run it out on ordinary text, and a build must not die of a line-breaking hint
    /// (the text then breaks at any space, as a browser's would).
    /// </summary>
    public static string Guarded(string text, Func<string, string> rules)
    {
        try
        {
            return rules(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static string GlueUncached(string text)
    {
        // Each rule runs only on text holding what its pattern cannot match without: most table cells and list
        // lines need one or two of the five, and a regular expression's run costs even when it finds nothing (the
        // five were 15 % of a 1 000-page table's layout). The checks are looser than the patterns, never stricter:
        // the text comes out the same. The replacements only turn spaces into U+00A0, so one look serves all.
        bool digit = false, upper = false, roman = false, dash = false;
        foreach (var c in text)
        {
            digit |= char.IsDigit(c); // \d is any decimal digit (Nd), as char.IsDigit
            upper |= char.IsUpper(c); // \p{Lu}
            roman |= c is 'I' or 'V' or 'X' or 'L' or 'C';
            dash |= c is '-' or '–';
        }
        if (digit)
        {
            text = NumberThenUnit().Replace(text, Nbsp.ToString());
        }
        if (digit || roman)
        {
            text = WordThenNumber().Replace(text, Nbsp.ToString());
        }
        if (upper)
        {
            text = ShortCapitalisedRun().Replace(text, m => m.Value.Replace(' ', Nbsp));
            text = LevelThenName().Replace(text, Nbsp.ToString());
        }
        return dash ? SpaceBeforeDash().Replace(text, Nbsp.ToString()) : text;
    }

    /// <summary>
    /// Two-syllable words of the documents' titles and headings. Vietnamese writes a word's syllables apart, so a
    /// line may break inside a word ("CÔNG / TÁC", "TRIỂN / KHAI"); in body text that is accepted, in a title a
    /// reader sees it at once. The list is of the administrative vocabulary of meeting documents; a word it
    /// misses breaks as before.
    /// </summary>
    private static readonly string[] TitleWords =
    [
        "an ninh", "bài học", "báo cáo", "bảo đảm", "bầu cử", "biểu dương", "bình đẳng", "cá nhân", "cải cách",
        "cán bộ", "chấp hành", "chỉ đạo", "chỉ tiêu", "chính phủ", "chính quyền", "chính sách", "chính trị",
        "chủ tịch", "chương trình", "công an", "công nghiệp", "công tác", "cơ quan", "cơ sở", "cử tri", "dân cư",
        "dân chủ", "dân tộc", "dân vận", "danh hiệu", "danh sách", "dịch vụ", "doanh nghiệp", "du lịch", "đại biểu",
        "đại hội", "đảng bộ", "đảng viên", "đào tạo", "đầu tư", "đề án", "điển hình", "điều hành", "đoàn kết",
        "đoàn thể", "đô thị", "đối ngoại", "đơn vị", "gia đình", "giải pháp", "giáo dục", "giao thông", "hạ tầng",
        "hành chính", "hệ thống", "hiệu quả", "hoạt động", "học tập", "hội đồng", "hội nghị", "hướng dẫn",
        "kế hoạch", "kết luận", "kết quả", "khen thưởng", "khoa học", "kiểm tra", "kinh tế", "kỷ luật", "kỷ niệm",
        "lãnh đạo", "lao động", "lĩnh vực", "mặt trận", "môi trường", "mục tiêu", "nhân dân", "nhiệm kỳ",
        "nhiệm vụ", "nghị quyết", "ngân sách", "nông nghiệp", "nông thôn", "phát biểu", "phát triển", "phong trào",
        "phụ lục", "phương hướng", "quản lý", "quốc hội", "quốc phòng", "quy hoạch", "quyết định", "sản xuất",
        "sáng kiến", "sơ kết", "tài chính", "tài liệu", "tham luận", "thành phố", "thành tích", "thanh tra",
        "thi đua", "thị xã", "thị trấn", "thông qua", "thực hiện", "thường trực", "thường vụ", "tiên tiến",
        "tiêu biểu", "tổ chức", "tổ quốc", "tổng kết", "toàn dân", "trao tặng", "triển khai", "trung ương",
        "tuyên dương", "tuyên giáo", "tư tưởng", "văn bản", "văn hóa", "văn phòng", "vận động", "việc làm",
        "xã hội", "xây dựng", "xuất khẩu", "xuất sắc", "y tế", "ủy ban", "ủy viên",
        // Ceremonies, awards and councils: "LỄ KỶ NIỆM NGÀY TRUYỀN THỐNG VÀ ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ".
        "anh hùng", "bằng khen", "chiến sĩ", "chuyên đề", "công nhận", "đón nhận", "giám sát",
        "giấy khen", "hạng nhất", "hạng nhì", "hạng ba", "huân chương", "huy chương", "huy hiệu", "kỳ họp",
        "nông dân", "phản biện", "phụ nữ", "tập thể", "thanh niên", "thành lập", "truyền thống", "tuổi đảng",
        "vẻ vang", "công đoàn", "chuyển đổi",
    ];

    /// <summary>
    /// Words that join what follows to what came before ("và", "của", "cho các"): a title's line does not end with
    /// one ("… NGÀY TRUYỀN THỐNG VÀ / ĐÓN NHẬN …" reads as two broken halves; "… TRUYỀN THỐNG / VÀ ĐÓN NHẬN …" does not).
    /// Only words that always open what follows: a preposition such as "với" or "về" is as often its verb's ("gắn với",
    /// "phối hợp với"), and "gắn / với xây dựng" reads worse than "gắn với / xây dựng".
    /// </summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{M}])(?i:và|của|cho|các|những)) (?=[\p{L}\p{N}“""])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JoiningWordThenNext();

    [GeneratedRegex(@"\b(\p{L}+) (?=(\p{L}+)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPair();

    private static readonly HashSet<string> TitleWordSet = new(TitleWords, StringComparer.Ordinal);

    /// <summary>In capitals, a unit's level and its name of one or two words: "HUYỆN LONG ĐIỀN", "XÃ YÊN TIẾN".</summary>
    [GeneratedRegex(@"\b(?:HUYỆN|XÃ|TỈNH|PHƯỜNG|QUẬN|THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|THÔN|XÓM) \p{Lu}+(?: (?!(?:KHÓA|KHOÁ|NHIỆM|NĂM|LẦN|KỲ|VÀ|TỔNG|TRIỂN|SƠ)\b)\p{Lu}+\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapitalLevelThenName();

    /// <summary>
    /// As <see cref="Glue"/>, and the two syllables of a title word stay together ("CÔNG TÁC", "thi đua"), and no line
    /// ends with a joining word ("VÀ", "CỦA").
    /// </summary>
    public static string GlueTitle(string text) => text.IndexOf(' ') < 0 ? text : GlueTitleMemo.Answer(text, GlueTitleGuarded);

    private static string GlueTitleUncached(string text)
    {
        text = Glue(text);
        text = CapitalLevelThenName().Replace(text, m => m.Value.Replace(' ', Nbsp));
        text = JoiningWordThenNext().Replace(text, Nbsp.ToString());
        return WordPair().Replace(text, m =>
            TitleWordSet.Contains(ToneMarks.Apply($"{m.Groups[1].Value} {m.Groups[2].Value}".ToLower(Vietnamese), ToneMarkStyle.New))
                ? m.Groups[1].Value + Nbsp
                : m.Value);
    }

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
