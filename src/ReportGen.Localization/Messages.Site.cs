namespace ReportGen.Localization;

// What the build says while it makes the site and the booklets.
public static partial class Messages
{
    public static string UnknownMeetingId(string id, string? nearest, IEnumerable<string> known) => Say(
        $"Không có hội nghị mã '{id}'." + (nearest is null ? "" : $" Có phải ý bạn là '{nearest}'?") + $" Các mã có: {string.Join(", ", known)}.",
        $"There is no meeting with the id '{id}'." + (nearest is null ? "" : $" Did you mean '{nearest}'?") + $" The ids are: {string.Join(", ", known)}.");

    public static string NoFontFound(IEnumerable<string> stack) => Say(
        $"Không tìm thấy phông chữ nào trong danh sách của giao diện ({string.Join(", ", stack)}). Hãy cài Liberation Serif (sudo apt-get install fonts-liberation2) hoặc chép phông vào thư mục fonts/ cạnh dữ liệu.",
        $"None of the theme's fonts is installed ({string.Join(", ", stack)}). Install Liberation Serif (sudo apt-get install fonts-liberation2) or copy a font into the fonts/ folder beside the data.");

    public static string FontUsed(string font) => Say($"Phông chữ: {font}", $"Font: {font}");

    public static string MissingGlyph(string character) => Say(
        $"Không phông chữ nào có ký tự {character}; ký tự này sẽ không hiện trong PDF. Hãy sửa chữ hoặc thêm phông có ký tự đó vào thư mục fonts/.",
        $"No font has the character {character}; it will be missing from the PDF. Change the text or add a font that has it to the fonts/ folder.");
}
