namespace ReportGen.Core.Localization;

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
    public static string TemplateRenderFailed(string detail) => Say(
        $"Lỗi khi dựng mẫu: {detail}",
        $"Error while filling in the template: {detail}");
}
