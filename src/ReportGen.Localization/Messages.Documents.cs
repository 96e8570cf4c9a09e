namespace ReportGen.Localization;

/// <summary>Messages of the checks on a meeting's <c>documents:</c> list (Core/Validation/DocumentValidator.cs).</summary>
public static partial class Messages
{
    public static string DocumentFileMissingField(string where, string kind) => Say(
        $"Văn bản '{where}' loại {kind} cần khóa 'file': đường dẫn tệp Markdown nội dung, tính từ thư mục của tệp dữ liệu (ví dụ file: tham-luan-yen-tien.md).",
        $"Document '{where}' of kind {kind} needs a 'file': the path of its Markdown file, relative to the data file's folder (e.g. file: tham-luan-yen-tien.md).");

    public static string DocumentFileAbsolute(string file) => Say(
        $"Đường dẫn '{file}' là đường dẫn tuyệt đối. Hãy đặt tệp cạnh tệp dữ liệu và chỉ ghi đường dẫn tương đối (ví dụ tham-luan/yen-tien.md).",
        $"The path '{file}' is absolute. Put the file beside the data file and give a relative path (e.g. tham-luan/yen-tien.md).");

    public static string DocumentFileOutside(string file) => Say(
        $"Đường dẫn '{file}' ra ngoài thư mục của tệp dữ liệu (dùng '..'). Tệp nội dung phải nằm trong thư mục này hoặc thư mục con của nó.",
        $"The path '{file}' leaves the data file's folder (through '..'). Content files must be inside that folder or one below it.");

    public static string DocumentFileNotFound(string file, string folder) => Say(
        $"Không tìm thấy tệp '{file}' trong thư mục {folder}. Hãy kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và nơi đặt tệp.",
        $"The file '{file}' is not in the folder {folder}. Check its name (upper and lower case differ) and where it is.");

    public static string DocumentFileNotUtf8(string file, long index) => Say(
        $"Tệp '{file}' không phải văn bản UTF-8 (byte lỗi ở vị trí {index}). Hãy mở tệp và lưu lại với bảng mã UTF-8.",
        $"The file '{file}' is not UTF-8 text (bad byte at offset {index}). Open it and save it again as UTF-8.");

    public static string DocumentFileUnreadable(string file, string reason) => Say(
        $"Không đọc được tệp '{file}': {reason}",
        $"Cannot read the file '{file}': {reason}");

    public static string DocumentUnknownIssuer(string issuer, string known) => Say(
        $"Văn bản ghi cơ quan ban hành '{issuer}' nhưng 'issuers' không có cơ quan này. Hãy ghi tên ngắn hoặc tên của một trong: {known}.",
        $"The document names the issuer '{issuer}', which is not among 'issuers'. Use the short name or the name of one of: {known}.");

    public static string DocumentUnknownAward(string award, string known) => Say(
        $"Quyết định nhắc đến hình thức khen thưởng '{award}' nhưng 'emulation.awards' không có. Các hình thức có: {known}.",
        $"The decision names the award '{award}', which is not in 'emulation.awards'. The awards are: {known}.");

    public static string DocumentWithoutDelegates(string where) => Say(
        $"Danh sách đại biểu '{where}' chưa có đại biểu nào ('delegates'). Hãy thêm đại biểu (rank, name, position, unit).",
        $"The delegate list '{where}' has no delegates ('delegates'). Add them (rank, name, position, unit).");

    public static string DocumentWithoutAuthor(string where) => Say(
        $"Tham luận, bài phát biểu '{where}' cần người trình bày ('author') và đơn vị ('unit') để làm tiêu đề.",
        $"The contribution or speech '{where}' needs its presenter ('author') and unit ('unit') for its heading.");

    public static string DocumentAwardNamesCount(string award, int names, int count) => Say(
        $"Quyết định công bố '{award}' cho {count} tập thể, cá nhân nhưng danh sách ('names') có {names}. Hãy bổ sung hoặc sửa lại số lượng ('count').",
        $"The decision announces '{award}' for {count} recipients but its list ('names') has {names}. Complete the list or correct 'count'.");
}
