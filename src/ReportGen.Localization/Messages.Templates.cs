namespace ReportGen.Localization;

/// <summary>
/// What the templates say (RG1xx): loading the templates folder (TemplateSet) and rendering (TemplateRenderer).
/// The detail after the colon is Scriban's own message, which is English whatever the language.
/// </summary>
public static partial class Messages
{
    public static string TemplatesFolderMissing() => Say(
        "Không tìm thấy thư mục mẫu (templates). Hãy chỉ đúng thư mục chứa các tệp .sbn.",
        "The templates folder was not found. Give the folder that holds the .sbn files.");

    /// <param name="parserMessage">Scriban's own message.</param>
    public static string TemplateSyntaxError(string parserMessage) => Say(
        $"Lỗi cú pháp mẫu: {parserMessage}",
        $"Template syntax error: {parserMessage}");

    public static string TemplateMissing(string name) => Say(
        $"Thiếu mẫu '{name}'. Hãy chép tệp này từ thư mục templates của chương trình.",
        $"The template '{name}' is missing. Copy this file from the program's templates folder.");

    /// <param name="detail">Scriban's (or a template function's) own message.</param>
    public static string TemplateOutputTooLarge(int megabytes) => Say(
        $"Mẫu tạo ra văn bản dài quá {megabytes} triệu ký tự: có thể một vòng lặp trong mẫu nhân đôi chuỗi mãi. Hãy kiểm tra mẫu.",
        $"The template produced text longer than {megabytes} million characters: a loop in it may keep doubling a string. Check the template.");

    public static string TemplateRenderFailed(string detail) => Say(
        $"Lỗi khi dựng mẫu: {detail}",
        $"Error while filling in the template: {detail}");

    /// <param name="templates">The templates the folder has.</param>
    public static string NoSuchTemplate(string include, string folder, IEnumerable<string> templates) => Say(
        $"include '{include}': không có mẫu này trong {folder}. Các mẫu có: {string.Join(", ", templates)}.",
        $"include '{include}': there is no such template in {folder}. Templates: {string.Join(", ", templates)}.");

    // --- A template reads a member the data does not have ---

    /// <param name="owner">The object read (<see cref="MeetingObject"/>, …).</param>
    /// <param name="members">The members it has.</param>
    public static string NoSuchMember(string owner, string member, IEnumerable<string> members) => Say(
        $"Trong {owner} không có trường `{member}`. Các trường có: {string.Join(", ", members)}.",
        $"The {owner} has no member `{member}`. Its members are: {string.Join(", ", members)}.");

    public static string MeetingObject(string id) => Say($"hội nghị '{id}'", $"meeting '{id}'");

    public static string RoundupObject(string id) => Say($"bài tổng hợp '{id}'", $"roundup '{id}'");

    /// <param name="name">The object's name in templates (snake_case).</param>
    public static string DataObject(string name) => Say($"đối tượng {name}", $"{name} object");
}
