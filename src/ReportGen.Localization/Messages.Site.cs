namespace ReportGen.Localization;

// What the build says while it makes the site and the booklets.
public static partial class Messages
{
    public static string UnknownMeetingId(string id, string? nearest, IEnumerable<string> known) => Say(
        $"Không có hội nghị mã '{id}'." + (nearest is null ? "" : $" Có phải ý bạn là '{nearest}'?") + $" Các mã có: {string.Join(", ", known)}.",
        $"There is no meeting with the id '{id}'." + (nearest is null ? "" : $" Did you mean '{nearest}'?") + $" The ids are: {string.Join(", ", known)}.");

    public static string NoFontFound(IEnumerable<string> stack) => Say(
        $"Không tìm thấy phông chữ nào trong danh sách của giao diện ({string.Join(", ", stack)}). Thư mục fonts/ đi kèm chương trình cũng thiếu: hãy chép lại chương trình đủ các tệp, hoặc chép phông vào thư mục fonts/ cạnh dữ liệu.",
        $"None of the theme's fonts is installed ({string.Join(", ", stack)}). The fonts/ folder shipped with the program is missing too: copy the program again with all its files, or copy a font into the fonts/ folder beside the data.");

    /// <summary>The face the booklets are set in, and why that one: it decides every line break and page.</summary>
    public static string FontUsedFromUserFolder(string family, string path) => Say(
        $"Phông chữ: {family}, lấy từ thư mục fonts/ cạnh dữ liệu ({path}).",
        $"Font: {family}, from the fonts/ folder beside the data ({path}).");

    public static string FontUsedInstalled(string family, string path) => Say(
        $"Phông chữ: {family}, đã cài trên máy ({path}).",
        $"Font: {family}, installed on this computer ({path}).");

    public static string FontUsedShipped(string family, string wanted, string path) => Say(
        $"Phông chữ: {family}, đi kèm chương trình, cùng kích thước chữ với {wanted} (máy này không cài {wanted}), nên trang in giống bản của văn phòng ({path}).",
        $"Font: {family}, shipped with the program, with the metrics of {wanted} (not installed here), so pages break as on the office's machine ({path}).");

    public static string FontUsedFallback(string family, string wanted, string path) => Say(
        $"Phông chữ: {family} ({path}). Cảnh báo: không có {wanted} hay phông cùng kích thước chữ, nên dòng và trang sẽ khác bản in ở văn phòng; hãy chép phông vào thư mục fonts/ cạnh dữ liệu.",
        $"Font: {family} ({path}). Warning: neither {wanted} nor a font with its metrics was found, so lines and pages will differ from the office's print; copy a font into the fonts/ folder beside the data.");

    public static string MissingGlyph(string character) => Say(
        $"Không phông chữ nào có ký tự {character}; ký tự này sẽ không hiện trong PDF. Hãy sửa chữ hoặc thêm phông có ký tự đó vào thư mục fonts/.",
        $"No font has the character {character}; it will be missing from the PDF. Change the text or add a font that has it to the fonts/ folder.");
}
