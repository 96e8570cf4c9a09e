namespace ReportGen.Localization;

/// <summary>
/// What the build's helpers say: the booklet's theme file (RG040), <c>reportgen new</c> (NewMeeting) and
/// <c>reportgen serve</c> (PreviewServer, whose answers the browser shows as plain text).
/// </summary>
public static partial class Messages
{
    // --- The theme (theme.yaml) ---

    /// <param name="detail">The YAML reader's own (English) message.</param>
    public static string ThemeInvalid(string detail) => Say(
        $"Tệp giao diện không hợp lệ: {detail}",
        $"The theme file is not valid: {detail}");

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
