namespace ReportGen.Localization;

/// <summary>
/// What the checks of a meeting's meaning say (RG037, RG09x): the period, the session, the sentences, the
/// stated comparisons and the tallies, which the documents would otherwise print wrong or silently.
/// </summary>
public static partial class Messages
{
    public static string PhraseWithoutValue(string at) => Say(
        $"Câu '{at}.phrase' không có chỗ đặt số liệu {{value}}: con số sẽ không được in. Hãy thêm {{value}} vào câu (ví dụ \"Toàn huyện có {{value}} đạt chuẩn nông thôn mới\") hoặc xóa dòng phrase.",
        $"The phrase '{at}.phrase' has no {{value}} where the number goes: the number would not be printed. Add {{value}} to the phrase or delete the phrase line.");

    public static string TitleRequired(string kind) => Say(
        $"Thiếu 'meeting.title': với {kind} không suy ra được tên. Hãy ghi tên bằng chữ thường, sau chữ \"{kind}\" (ví dụ \"trao Huy hiệu Đảng đợt 3-2-2024\").",
        $"'meeting.title' is missing: for this kind of meeting no name can be derived. Write the name in lower case, as it follows the word for a {kind} in Vietnamese.");

    public static string SessionWithoutNumber() => Say(
        "Kỳ họp (kind: session) cần số kỳ họp: 'meeting.session.number' (16 trong \"Kỳ họp thứ 16\"), và nên có 'term' (khóa) và 'term_years' (nhiệm kỳ).",
        "A council session (kind: session) needs its number: 'meeting.session.number' (16 for the 16th session), and should have 'term' and 'term_years'.");

    /// <param name="span">The period's span as the data spells it ("year", "first-half", "quarter" …).</param>
    /// <param name="number">The quarter or month, 0 for other spans.</param>
    public static string PeriodInferred(string span, int year, int number, string date) => Say(
        $"Dữ liệu không ghi kỳ báo cáo ('meeting.period' hoặc 'meeting.year'); theo ngày họp {date}, tài liệu sẽ báo cáo {span switch
        {
            "first-half" => $"6 tháng đầu năm {year}",
            "nine-months" => $"9 tháng đầu năm {year}",
            "quarter" => $"quý {number} năm {year}",
            "month" => $"tháng {number} năm {year}",
            _ => $"năm {year}",
        }} ({span}). Nếu đúng, hãy ghi rõ vào dữ liệu để khỏi nhắc lại.",
        $"The data does not give the report period ('meeting.period' or 'meeting.year'); from the meeting date {date}, the documents will report on {span switch
        {
            "first-half" => $"the first half of {year}",
            "nine-months" => $"the first nine months of {year}",
            "quarter" => $"quarter {number} of {year}",
            "month" => $"month {number} of {year}",
            _ => $"the year {year}",
        }} ({span}). If that is right, write it in the data to silence this warning.");

    public static string TermWithoutYears() => Say(
        "Kỳ báo cáo là nhiệm kỳ (span: term) nhưng thiếu 'from' và 'to' (ví dụ from: 2020, to: 2025), hoặc 'to' không lớn hơn 'from'.",
        "The report period is a term (span: term) but 'from' and 'to' are missing (e.g. from: 2020, to: 2025), or 'to' is not after 'from'.");

    public static string PeriodNumberOutOfRange(string span, int number) => Say(
        $"'meeting.period.number' là {number}, không hợp lệ cho kỳ '{span}': quý từ 1 đến 4, tháng từ 1 đến 12.",
        $"'meeting.period.number' is {number}, which is not valid for the period '{span}': quarters go from 1 to 4, months from 1 to 12.");

    public static string StatedChangeDisagrees(string at, string stated, string computed, string value, string reference, bool againstPlan) => Say(
        $"'{at}.change' ghi {stated}%, nhưng theo số liệu (thực hiện {value}, {(againstPlan ? "kế hoạch" : "cùng kỳ")} {reference}) thì là {computed}%. Hãy kiểm tra lại con số hoặc 'against'.",
        $"'{at}.change' states {stated}%, but the figures (value {value}, {(againstPlan ? "plan" : "previous")} {reference}) give {computed}%. Check the number or 'against'.");

    public static string TargetsDisagree(int achieved, int total, int markedAchieved, int marked) => Say(
        $"'results.targets' ghi {achieved}/{total} chỉ tiêu, nhưng các chỉ tiêu có 'achieved' cho {markedAchieved}/{marked}. Hãy kiểm tra lại tổng số hoặc đánh dấu đủ các chỉ tiêu.",
        $"'results.targets' states {achieved}/{total} targets, but the indicators marked 'achieved' give {markedAchieved}/{marked}. Check the tally or mark every target.");

    public static string NoDelegates() => Say(
        "Chưa có số đại biểu ('meeting.delegates'): kế hoạch in chỉ tính số bản dự phòng. Hãy ghi số đại biểu được mời.",
        "The number of delegates ('meeting.delegates') is missing: the print plan counts only the reserve copies. Give the number of delegates invited.");

    public static string ShareOutOfRange(string at, string percent) => Say(
        $"'{at}.share.percent' là {percent}: tỷ lệ phải từ 0 đến 100.",
        $"'{at}.share.percent' is {percent}: a share must be between 0 and 100.");

    public static string DistrictNamedAfterReform(string key, string? value, string? date) => Say(
        $"'{key}' là '{value}' nhưng hội nghị họp ngày {date}: từ 01/7/2025 không còn cấp huyện. Hãy ghi đơn vị cấp trên hiện nay (tỉnh, thành phố).",
        $"'{key}' is '{value}', but the conference is held on {date}: since 1 July 2025 there is no district level. Give today's superior unit (province or city).");

    public static string RefusedLink(string url) => Say(
        $"Liên kết tới '{url}' không được phép (chỉ http, https, mailto, tel, đường dẫn tương đối, #): tài liệu sẽ in nó như chữ thường, không bấm được.",
        $"A link to '{url}' is not allowed (only http, https, mailto, tel, relative paths, #): the documents show it as plain text, not as a link.");

    public static string RefusedCharacter(string codePoint) => Say(
        $"Ký tự điều khiển {codePoint} (thường do chép từ nơi khác) đã được bỏ khỏi văn bản. Hãy xóa nó trong tệp.",
        $"The control character {codePoint} (often pasted from elsewhere) was removed from the text. Delete it from the file.");

    public static string BadId(string? id) => Say(
        $"Mã '{id}' không dùng được làm tên thư mục kết quả: chỉ chữ thường không dấu, chữ số và dấu gạch nối (ví dụ y-yen-2021), tối đa 80 ký tự, không trùng tên thiết bị của Windows (con, nul, com1 …).",
        $"The id '{id}' cannot name an output folder: only lower-case letters without accents, digits and hyphens (e.g. y-yen-2021), at most 80 characters, and not a Windows device name (con, nul, com1 …).");

    public static string IdUsedTwice(string id, string otherFile) => Say(
        $"Mã '{id}' đã được dùng ở tệp {otherFile} (hội nghị và bài tổng hợp cần mã khác nhau, vì mỗi mã là một thư mục kết quả).",
        $"The id '{id}' is already used in the file {otherFile} (meetings and roundups need different ids: each id is an output folder).");

    public static string AboveMaximum(string at, string value, string maximum) => Say(
        $"'{at}' là {value}, quá giới hạn {maximum}. Hãy kiểm tra lại con số (có thể thừa chữ số 0).",
        $"'{at}' is {value}, above its limit of {maximum}. Check the number (a zero too many?).");

    public static string EmptyKey() => Say(
        "Dòng này bắt đầu bằng dấu hai chấm mà thiếu tên trường trước nó. Hãy ghi tên trường (ví dụ 'place:') hoặc xóa dòng.",
        "This line starts with a colon but has no key before it. Write the key (e.g. 'place:') or delete the line.");

    public static string TooDeep(int depth) => Say(
        $"Tệp lồng nhau quá {depth} tầng (nhiều dấu [ hoặc {{ liền nhau): đây không phải dữ liệu một hội nghị. Hãy kiểm tra lại tệp.",
        $"The file nests more than {depth} levels deep (many [ or {{ in a row): this is not a meeting's data. Check the file.");

    public static string TooManyNodes(long nodes) => Say(
        $"Tệp có quá {nodes} mục khi tính cả các chỗ lặp lại (*tên): có thể là tệp cố ý làm treo máy. Hãy viết từng mục ra, không dùng & và * lồng nhau.",
        $"The file holds more than {nodes} items once its repetitions (*name) are counted: it may be made to hang the machine. Write the items out instead of nesting & and *.");

    public static string SeveralDocuments() => Say(
        "Tệp có nhiều hơn một tài liệu YAML (dòng '---' ngăn cách): mỗi hội nghị cần một tệp riêng. Hãy tách tệp ở dòng này.",
        "The file holds more than one YAML document (a '---' line between them): each meeting needs a file of its own. Split the file at this line.");

    public static string RoundupWithoutDate() => Say(
        "Bài tổng hợp không có 'roundup.date' và các hội nghị của nó họp vào những ngày khác nhau. Hãy ghi ngày của bài (dạng 2021-01-23).",
        "The roundup has no 'roundup.date' and its conferences are held on different days. Give the article's date (like 2021-01-23).");

    /// <param name="word">The first word of the less used placement, as the data writes it.</param>
    /// <param name="wordIsOld">Whether that word is in the old placement (hoá) rather than the new (hóa).</param>
    /// <param name="printedIsOld">Whether the theme prints the old placement.</param>
    public static string MixedToneMarks(string word, bool wordIsOld, int count, string other, int otherCount, bool printedIsOld) => Say(
        $"Dữ liệu đặt dấu thanh theo cả hai kiểu: “{word}” ở đây theo kiểu {(wordIsOld ? "cũ (hoá, thuỷ)" : "mới (hóa, thủy)")} ({count} chữ), còn {otherCount} chữ khác theo kiểu {(wordIsOld ? "mới" : "cũ")} (như “{other}”). Tài liệu đã thống nhất theo kiểu {(printedIsOld ? "cũ (hoá, thuỷ)" : "mới (hóa, thủy)")} của giao diện (theme.yaml, text.tone_marks), kể cả tên riêng.",
        $"The data places tone marks both ways: “{word}” here is in the {(wordIsOld ? "old placement (mark on the second vowel)" : "new placement (mark on the first vowel)")} ({count} words), {otherCount} other words in the {(wordIsOld ? "new" : "old")} one (such as “{other}”). The documents were made consistent in the theme's {(printedIsOld ? "old placement" : "new placement")} (theme.yaml, text.tone_marks), names included.");
}
