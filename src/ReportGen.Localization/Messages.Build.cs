namespace ReportGen.Localization;

/// <summary>
/// What the build's helpers say: the booklet's theme file (RG040), <c>reportgen new</c> (NewMeeting) and
/// <c>reportgen serve</c> (PreviewServer, whose answers the browser shows as plain text).
/// </summary>
public static partial class Messages
{
    public static string OutputLocked(string holder) => Say(
        $"Một lần tạo tài liệu khác đang ghi vào thư mục kết quả này ({holder}). Hãy đợi nó xong (hoặc dừng nó, ví dụ 'reportgen watch' đang chạy), rồi chạy lại.",
        $"Another build is writing to this output folder ({holder}). Wait for it to finish (or stop it, e.g. a running 'reportgen watch'), then run again.");

    public static string OutputFolderIsRoot() => Say(
        "Thư mục kết quả (--out) là thư mục gốc của ổ đĩa: chương trình không ghi vào đó. Hãy chọn một thư mục riêng, ví dụ --out ket-qua.",
        "The output folder (--out) is the root of a drive: the program does not write there. Choose a folder of its own, e.g. --out output.");

    public static string OutputFolderIsHome() => Say(
        "Thư mục kết quả (--out) là thư mục cá nhân của người dùng: chương trình không ghi thẳng vào đó. Hãy chọn một thư mục con, ví dụ --out ket-qua.",
        "The output folder (--out) is the user's home folder: the program does not write straight into it. Choose a folder inside it, e.g. --out output.");

    public static string OutputFolderHoldsData() => Say(
        "Thư mục kết quả (--out) là hoặc chứa thư mục dữ liệu (--data): kết quả sẽ lẫn với dữ liệu. Hãy chọn một thư mục khác.",
        "The output folder (--out) is or holds the data folder (--data): the outputs would mix with the inputs. Choose another folder.");

    public static string OutputFolderHoldsTemplates() => Say(
        "Thư mục kết quả (--out) là hoặc chứa thư mục mẫu (--templates): kết quả sẽ lẫn với mẫu. Hãy chọn một thư mục khác.",
        "The output folder (--out) is or holds the templates folder (--templates): the outputs would mix with the inputs. Choose another folder.");

    public static string OutputNotWritable(string reason) => Say(
        $"Không ghi được vào thư mục kết quả: {reason} Hãy kiểm tra quyền ghi và chỗ trống trên ổ đĩa, hoặc chọn thư mục khác bằng --out. Kết quả cũ vẫn giữ nguyên.",
        $"The output folder cannot be written: {reason} Check the write permission and the free space on the disk, or choose another folder with --out. The previous output is unchanged.");

    /// <param name="fullPath">The file that could not be replaced.</param>
    /// <param name="fileName">Its name alone, as the user sees it in the reader's title bar.</param>
    /// <param name="group">The meeting (or roundup) whose files it is; "" for the site's own files.</param>
    /// <param name="reason">The system's own words.</param>
    public static string OutputFileInUse(string fullPath, string fileName, string group, string reason)
    {
        var (program, programEn) = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => ("trình đọc PDF", "your PDF reader"),
            ".docx" => ("Word", "Word"),
            ".html" => ("trình duyệt", "the browser"),
            _ => ("chương trình đang mở nó", "the program that has it open"),
        };
        var kept = group.Length > 0
            ? Say($"Các tệp cũ của {group} vẫn giữ nguyên, chưa tệp nào được thay.", $"The previous files of {group} are kept whole; none was replaced.")
            : Say("Trang mục lục và tệp tìm kiếm cũ vẫn giữ nguyên.", "The previous index and search files are kept whole.");
        return Say(
            $"Không thay được tệp {fullPath}: tệp đang được một chương trình khác mở ({reason}). Đóng {fileName} trong {program} rồi làm lại. {kept}",
            $"Could not replace {fullPath}: another program has it open ({reason}). Close {fileName} in {programEn} and build again. {kept}");
    }

    public static string OutputIsAFile() => Say(
        "Đường dẫn --out là một tệp, không phải thư mục. Hãy chọn một thư mục.",
        "The --out path is a file, not a folder. Choose a folder.");

    // --- The theme (theme.yaml) ---

    /// <param name="detail">The YAML reader's own (English) message.</param>
    public static string ThemeInvalid(string detail) => Say(
        $"Tệp giao diện không hợp lệ: {detail}",
        $"The theme file is not valid: {detail}");

    /// <param name="key">A key of the theme file the program does not know.</param>
    public static string ThemeKeyUnknown(string key) => Say(
        $"Tệp giao diện không có mục '{key}'. Hãy kiểm tra chính tả (so với tệp mẫu đi kèm chương trình) hoặc xóa dòng này.",
        $"The theme file has no setting '{key}'. Check its spelling (against the sample file shipped with the program) or delete the line.");

    // --- reportgen new ---

    public static string NewMeetingBadId(string id) => Say(
        $"Mã hội nghị '{id}' không hợp lệ: chỉ dùng chữ thường không dấu a-z, chữ số 0-9 và dấu gạch nối, ví dụ y-yen-2026.",
        $"The conference id '{id}' is not valid: use only lower-case letters a-z without accents, digits 0-9 and hyphens, for example y-yen-2026.");

    public static string NewMeetingFileExists(string file) => Say(
        $"Tệp {file} đã có; không ghi đè. Hãy chọn mã khác hoặc sửa trực tiếp tệp đó.",
        $"The file {file} already exists; it is not overwritten. Choose another id or edit that file directly.");

    public static string NewMeetingTemplateMissing(string template) => Say(
        $"Không tìm thấy mẫu {template}. Hãy chỉ đúng thư mục mẫu bằng --templates.",
        $"The template {template} was not found. Give the right templates folder with --templates.");

    // --- reportgen serve ---

    public static string PortOutOfRange() => Say(
        "Cổng phải từ 1 đến 65535.",
        "The port must be from 1 to 65535.");

    public static string OutputFolderMissing(string folder) => Say(
        $"Không có thư mục kết quả '{folder}'. Hãy chạy 'reportgen build' trước.",
        $"There is no output folder '{folder}'. Run 'reportgen build' first.");

    public static string OnlyGetAndHead() => Say(
        "Chỉ hỗ trợ GET và HEAD.",
        "Only GET and HEAD are supported.");

    public static string BadRequestPath() => Say(
        "Đường dẫn không hợp lệ.",
        "The path is not valid.");

    public static string PageNotFound() => Say(
        "Không tìm thấy.",
        "Not found.");
}
