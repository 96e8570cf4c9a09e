namespace ReportGen.Localization;

/// <summary>
/// What the data checks say (RG0xx): reading the data folder and its files (DataLoader) and checking each
/// file's content (DataValidator). Every message says where the problem is and what to do about it.
/// </summary>
public static partial class Messages
{
    // --- The data folder and its files (DataLoader) ---

    public static string DataFolderMissing() => Say(
        "Không tìm thấy thư mục dữ liệu. Hãy chỉ đúng thư mục chứa các tệp .yaml bằng --data.",
        "The data folder was not found. Give the folder that holds the .yaml files with --data.");

    public static string NoMeetings() => Say(
        "Thư mục dữ liệu không có tệp hội nghị nào (*.yaml). Hãy thêm ít nhất một tệp.",
        "The data folder holds no conference file (*.yaml). Add at least one.");

    public static string FileTooLarge(long megabytes, long limitMegabytes) => Say(
        $"Tệp nặng {megabytes} MB, quá giới hạn {limitMegabytes} MB của một tệp dữ liệu hội nghị. Có thể chép nhầm tệp; hãy kiểm tra lại.",
        $"The file is {megabytes} MB, over the {limitMegabytes} MB limit of a conference data file. It may be the wrong file; please check.");

    public static string Utf16() => Say(
        "Tệp được lưu dạng UTF-16 (\"Unicode\" của Notepad), không phải UTF-8. Hãy mở tệp và lưu lại với bảng mã UTF-8.",
        "The file is saved as UTF-16 (Notepad's \"Unicode\"), not UTF-8. Open it and save it again with the UTF-8 encoding.");

    public static string NotUtf8(int byteIndex) => Say(
        $"Tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {byteIndex}). Hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8.",
        $"The file is not UTF-8 text (bad byte at position {byteIndex}). Open it in a text editor and save it again with the UTF-8 encoding.");

    /// <param name="reason">The system's own explanation (in the system's language).</param>
    public static string UnreadableFile(string reason) => Say(
        $"Không đọc được tệp: {reason}",
        $"The file cannot be read: {reason}");

    /// <summary>The reader's fallback for a key the checks let through.</summary>
    public static string KeyNotInModel(string key) => Say(
        $"Khóa '{key}' không có trong mẫu dữ liệu. Hãy kiểm tra chính tả hoặc xóa dòng này.",
        $"The key '{key}' is not part of the data model. Check its spelling or delete the line.");

    /// <summary>The reader's fallback for a value of the wrong type; <paramref name="detail"/> is the reader's own (English) message.</summary>
    public static string ValueOfWrongType(string detail) => Say(
        $"Giá trị không đúng kiểu: {detail} Số viết dạng 12278.27 (dấu chấm thập phân, không có dấu phân cách hàng nghìn); ngày viết dạng 2021-01-23.",
        $"A value is of the wrong type: {detail} Write numbers like 12278.27 (a decimal point, no thousands separator) and dates like 2021-01-23.");

    public static string DuplicateMeetingId(string id, string otherFile) => Say(
        $"Mã hội nghị '{id}' trùng với tệp {otherFile}. Mỗi hội nghị cần một mã riêng.",
        $"The conference id '{id}' is also used by the file {otherFile}. Each conference needs its own id.");

    public static string UnknownRoundupMeeting(string id) => Say(
        $"Bài tổng hợp nhắc đến hội nghị '{id}' nhưng không có tệp dữ liệu nào mang mã này.",
        $"The roundup names the conference '{id}', but no data file has this id.");

    // --- The content of one file (DataValidator) ---

    /// <param name="parserMessage">The YAML parser's own (English) message.</param>
    public static string SyntaxErrorNearAlias(string parserMessage) => Say(
        $"Lỗi cú pháp YAML: {parserMessage} Dấu * và & có nghĩa riêng trong YAML: nếu là chữ, hãy đặt cả giá trị trong dấu ngoặc kép.",
        $"YAML syntax error: {parserMessage} The signs * and & have a special meaning in YAML: if they are part of the text, put the whole value in double quotes.");

    /// <param name="parserMessage">The YAML parser's own (English) message.</param>
    public static string SyntaxError(string parserMessage) => Say(
        $"Lỗi cú pháp YAML: {parserMessage} Hãy kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng tab) và các dấu ngoặc.",
        $"YAML syntax error: {parserMessage} Check the colons, the indentation (spaces, not tabs) and the brackets.");

    public static string UnclosedBracket() => Say(
        "Lỗi cú pháp YAML ngay sau vị trí này: có thể thiếu dấu đóng ] hoặc } hay dấu ngoặc kép.",
        "YAML syntax error just after this place: a closing ] or } or a double quote may be missing.");

    public static string EmptyFile() => Say(
        "Tệp dữ liệu rỗng. Hãy điền thông tin hội nghị.",
        "The data file is empty. Fill in the conference's details.");

    public static string TabIndentation() => Say(
        "Dòng này thụt lề bằng dấu tab; YAML không cho phép tab. Hãy dùng dấu cách (hai dấu cách cho mỗi bậc).",
        "This line is indented with a tab; YAML does not allow tabs. Use spaces (two spaces for each level).");

    public static string DuplicateKey(string key, long firstLine, long firstColumn, long line, long column) => Say(
        $"Khóa '{key}' xuất hiện hai lần trong cùng một nhóm: dòng {firstLine} cột {firstColumn} và dòng {line} cột {column}. Hãy giữ một và xóa (hoặc gộp vào) cái kia.",
        $"The key '{key}' appears twice in the same group: line {firstLine} column {firstColumn} and line {line} column {column}. Keep one and delete the other (or merge them).");

    /// <summary>How a message names the whole file, where a field's name would stand.</summary>
    public static string WholeFile => Say("tệp", "the file");

    /// <summary>How a message describes a found value that is a group of keys.</summary>
    public static string AMapping => Say("một nhóm khóa: giá trị", "a group of key: value lines");

    /// <summary>How a message describes a found value that is a list.</summary>
    public static string AList => Say("một danh sách", "a list");

    /// <summary>How a message describes a found value that is a reference (*name).</summary>
    public static string AReference => Say("một tham chiếu", "a reference");

    /// <param name="found">The value found, described (quoted text, <see cref="AList"/>, …).</param>
    public static string NeedsText(string field, string found) => Say(
        $"'{field}' cần một đoạn chữ nhưng ở đây là {found}. Hãy viết chữ ngay sau dấu hai chấm.",
        $"'{field}' needs text, but here it is {found}. Write the text right after the colon.");

    /// <param name="found">The value found, described (quoted text, <see cref="AList"/>, …).</param>
    public static string BadDate(string found) => Say(
        $"Ngày {found} không đúng dạng. Hãy viết năm-tháng-ngày, ví dụ 2021-01-23.",
        $"The date {found} is not written the right way. Write year-month-day, for example 2021-01-23.");

    public static string NeedsTrueOrFalse(string field, string found) => Say(
        $"'{field}' chỉ nhận true (có) hoặc false (không), không phải {found}.",
        $"'{field}' only takes true (yes) or false (no), not {found}.");

    /// <param name="nearest">The allowed value nearest to the one found, when it is near enough to be a typo.</param>
    public static string NotAChoice(string found, string field, string? nearest, IEnumerable<string> choices) => Say(
        $"{found} không phải giá trị hợp lệ của '{field}'.{(nearest is null ? "" : $" Có phải ý bạn là '{nearest}'?")} Hãy chọn một trong: {string.Join(", ", choices)}.",
        $"{found} is not an allowed value of '{field}'.{(nearest is null ? "" : $" Did you mean '{nearest}'?")} Choose one of: {string.Join(", ", choices)}.");

    public static string NeedsList(string field, string found) => Say(
        $"'{field}' cần một danh sách (mỗi mục một dòng bắt đầu bằng '- ') nhưng ở đây là {found}.",
        $"'{field}' needs a list (one item per line, starting with '- '), but here it is {found}.");

    public static string NeedsMapping(string field, string found) => Say(
        $"'{field}' cần một nhóm khóa: giá trị (thụt lề bên dưới) nhưng ở đây là {found}.",
        $"'{field}' needs a group of key: value lines (indented below it), but here it is {found}.");

    /// <param name="level">Where the key stands (a field's path, or <see cref="WholeFile"/>).</param>
    /// <param name="nearest">The known key nearest to <paramref name="key"/>, when it is near enough to be a typo.</param>
    /// <param name="allowed">The keys known at this level, listed when no key is near.</param>
    public static string UnknownKey(string key, string level, string? nearest, IEnumerable<string> allowed) => Say(
        $"Khóa '{key}' không có trong mẫu dữ liệu ở mức '{level}'." + (nearest is not null
            ? $" Có phải ý bạn là '{nearest}'? Hãy sửa chính tả hoặc xóa dòng này."
            : $" Ở đây chỉ dùng được: {string.Join(", ", allowed)}. Hãy sửa hoặc xóa dòng này."),
        $"The key '{key}' is not part of the data model at the level '{level}'." + (nearest is not null
            ? $" Did you mean '{nearest}'? Fix the spelling or delete the line."
            : $" Only these can be used here: {string.Join(", ", allowed)}. Fix or delete the line."));

    /// <param name="plain">The same number as a data file writes it.</param>
    public static string VietnameseNumber(string text, string plain) => Say(
        $"Số '{text}' viết theo kiểu văn bản (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân); trong tệp dữ liệu hãy viết {plain}.",
        $"The number '{text}' is written the way documents write it (dots between thousands, a decimal comma); in the data file write {plain}.");

    /// <param name="integer">Whether a whole number is expected (the example shown differs).</param>
    public static string NotANumber(string field, string found, bool integer) => Say(
        $"'{field}' cần một số nhưng ở đây là {found}. Hãy chỉ viết số, không kèm đơn vị, dạng " +
            (integer ? "350 (số nguyên, không có dấu chấm hay dấu phẩy)." : "12278.27 (dấu chấm thập phân, không có dấu phân cách hàng nghìn)."),
        $"'{field}' needs a number, but here it is {found}. Write only the number, without a unit, like " +
            (integer ? "350 (a whole number, no dot or comma)." : "12278.27 (a decimal point, no thousands separator)."));

    public static string MissingField(string key) => Say(
        $"Thiếu trường bắt buộc '{key}'. Hãy điền giá trị cho nó.",
        $"The required field '{key}' is missing. Fill in its value.");

    public static string MissingIssuers() => Say(
        "Thiếu 'issuers': cần ít nhất một cơ quan tổ chức hội nghị (name, short_name, kind).",
        "'issuers' is missing: at least one body holding the conference is needed (name, short_name, kind).");

    public static string MissingDate() => Say(
        "Thiếu 'meeting.date' (dạng 2021-01-23).",
        "'meeting.date' is missing (written like 2021-01-23).");

    public static string AchievedAboveTotal(int achieved, int total) => Say(
        $"Số chỉ tiêu đạt ({achieved}) lớn hơn tổng số chỉ tiêu ({total}). Hãy kiểm tra lại 'results.targets'.",
        $"The number of targets achieved ({achieved}) is greater than the total number of targets ({total}). Check 'results.targets'.");

    public static string NegativeCount(string field, int count) => Say(
        $"'{field}' là số âm ({count}). Số lượng không thể âm: hãy sửa lại.",
        $"'{field}' is negative ({count}). A count cannot be negative: please correct it.");

    /// <param name="percent">The change as written in the file.</param>
    /// <param name="indicator">The indicator's path in the file.</param>
    public static string ChangeBelowMinus100(string? percent, string indicator) => Say(
        $"Mức thay đổi {percent}% ở '{indicator}' nhỏ hơn -100%: không chỉ tiêu nào giảm quá toàn bộ. Hãy kiểm tra lại (giảm một nửa viết -50).",
        $"The change of {percent}% at '{indicator}' is below -100%: no figure can fall by more than all of it. Please check (a fall by half is written -50).");

    public static string ImplausibleDate(string? date) => Say(
        $"Ngày họp {date} nằm ngoài khoảng 1945–2100. Hãy kiểm tra lại năm (dạng 2021-01-23).",
        $"The conference date {date} is outside 1945–2100. Check the year (written like 2021-01-23).");

    /// <param name="level">The unit's level as written in the file (huyện, quận, …).</param>
    public static string DistrictAfterReform(string? level, string? date) => Say(
        $"Đơn vị cấp '{level}' nhưng hội nghị họp ngày {date}: từ 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp). Hãy kiểm tra 'unit.level' và tên đơn vị (xã, phường, đặc khu hoặc tỉnh, thành phố).",
        $"The unit's level is '{level}', but the conference is held on {date}: since 1 July 2025 there is no district level any more (two-level local government). Check 'unit.level' and the unit's name (commune, ward, special zone, or province, city).");

    public static string ExampleValues(IEnumerable<string?> fields) => Say(
        $"Các trường {string.Join(", ", fields)} đang là giá trị ví dụ; hãy thay bằng số liệu thật trước khi in.",
        $"The fields {string.Join(", ", fields)} still hold example values; replace them with the real figures before printing.");

    public static string EmptyRoundup() => Say(
        "Khóa 'roundup' không có nội dung.",
        "The key 'roundup' has nothing under it.");

    public static string RoundupWithoutMeetings() => Say(
        "Bài tổng hợp phải liệt kê ít nhất một hội nghị trong 'roundup.meetings'.",
        "A roundup must list at least one conference in 'roundup.meetings'.");
}
