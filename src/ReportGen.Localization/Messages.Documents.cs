namespace ReportGen.Localization;

/// <summary>Messages of the checks on a meeting's <c>documents:</c> list (Core/Validation/DocumentValidator.cs).</summary>
public static partial class Messages
{
    public static string DocumentFileMissingField(string where, string kind) => Say(
        $"Văn bản '{where}' loại {kind} cần khóa 'file': đường dẫn tệp nội dung (Markdown .md hoặc Word .docx), tính từ thư mục của tệp dữ liệu (ví dụ file: tham-luan-yen-tien.md).",
        $"Document '{where}' of kind {kind} needs a 'file': the path of its content file (Markdown .md or Word .docx), relative to the data file's folder (e.g. file: tham-luan-yen-tien.md).");

    public static string DocumentFileAbsolute(string file) => Say(
        $"Đường dẫn '{file}' là đường dẫn tuyệt đối. Hãy đặt tệp cạnh tệp dữ liệu và chỉ ghi đường dẫn tương đối (ví dụ tham-luan/yen-tien.md).",
        $"The path '{file}' is absolute. Put the file beside the data file and give a relative path (e.g. tham-luan/yen-tien.md).");

    public static string DocumentFileOutside(string file) => Say(
        $"Đường dẫn '{file}' ra ngoài thư mục của tệp dữ liệu (dùng '..'). Tệp nội dung phải nằm trong thư mục này hoặc thư mục con của nó.",
        $"The path '{file}' leaves the data file's folder (through '..'). Content files must be inside that folder or one below it.");

    public static string FileNameCaseDiffers(string file, string onDisk) => Say(
        $"Tệp '{file}' có trên đĩa với cách viết hoa khác: '{onDisk}'. Windows và macOS vẫn mở được, nhưng trên Linux sẽ không tìm thấy. Hãy sửa tên trong dữ liệu thành '{onDisk}' (hoặc đổi tên tệp) cho hai bên giống nhau.",
        $"The file '{file}' is on disk with different upper and lower case: '{onDisk}'. Windows and macOS open it anyway, Linux would not find it. Write '{onDisk}' in the data (or rename the file) so that both agree.");

    public static string DocumentFileNotFound(string file, string folder) => Say(
        $"Không tìm thấy tệp '{file}' trong thư mục {folder}. Hãy kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và nơi đặt tệp.",
        $"The file '{file}' is not in the folder {folder}. Check its name (upper and lower case differ) and where it is.");

    public static string DocumentFileNotUtf8(string file, long index) => Say(
        $"Tệp '{file}' không phải văn bản UTF-8 (byte lỗi ở vị trí {index}). Hãy mở tệp và lưu lại với bảng mã UTF-8.",
        $"The file '{file}' is not UTF-8 text (bad byte at offset {index}). Open it and save it again as UTF-8.");

    public static string WordFileRefused(string file, string reason) => Say(
        $"Không đọc tệp Word '{file}': {reason}. Hãy mở tệp trong Word, lưu lại dạng .docx (Word Document), hoặc chép nội dung sang tệp .md.",
        $"The Word file '{file}' is not read: {reason}. Open it in Word and save it again as .docx (Word Document), or copy its text into a .md file.");

    /// <summary>What a contribution's Word file held that the booklet does not carry over, said once per kind.</summary>
    public static string WordContentNotCarried(string kind, int paragraph, string excerpt) => kind switch
    {
        "TrackedChanges" => Say(
            $"Tệp Word còn nội dung sửa đổi đang theo dõi (Track Changes), từ đoạn {paragraph} (“{excerpt}”): đã lấy như khi chấp nhận mọi sửa đổi. Hãy xem lại rồi Accept All Changes trong Word.",
            $"The Word file has tracked changes, from paragraph {paragraph} (“{excerpt}”): taken as if every change were accepted. Check, then Accept All Changes in Word."),
        "Comments" => Say(
            "Tệp Word có chú thích (Comments): không đưa vào tập tài liệu.",
            "The Word file has comments: they are not put into the booklet."),
        "TextBox" => Say(
            $"Tệp Word có hộp văn bản (Text Box) ở đoạn {paragraph} (“{excerpt}”): chữ trong hộp không được đưa vào. Hãy chép chữ ra ngoài hộp.",
            $"The Word file has a text box at paragraph {paragraph} (“{excerpt}”): its text is left out. Move the text out of the box."),
        "Field" => Say(
            $"Tệp Word có trường tự động (Field) ở đoạn {paragraph} (“{excerpt}”): chỉ lấy chữ đang hiển thị.",
            $"The Word file has a field at paragraph {paragraph} (“{excerpt}”): only its shown text is kept."),
        _ => Say(
            $"Tệp Word có hình vẽ không phải ảnh (biểu đồ, SmartArt, hình khối) ở đoạn {paragraph} (“{excerpt}”): không đưa vào. Hãy chép nó rồi dán lại bằng Paste Special → Picture (PNG).",
            $"The Word file has a drawing that is not a picture (a chart, SmartArt, a shape) at paragraph {paragraph} (“{excerpt}”): left out. Copy it and paste it back with Paste Special → Picture (PNG)."),
    };

    /// <summary>A picture of a Word file in a format the booklet does not show (EMF, GIF …), or damaged.</summary>
    public static string WordPictureUnsupported(int paragraph, string excerpt, string format) => format is "PNG" or "JPEG" or "?"
        ? Say(
            $"Hình ở đoạn {paragraph} (“{excerpt}”) của tệp Word bị hỏng hoặc không đọc được ({format}): không đưa vào. Hãy chèn lại hình từ tệp ảnh gốc.",
            $"The picture at paragraph {paragraph} (“{excerpt}”) of the Word file is damaged or unreadable ({format}): left out. Insert it again from the original image file.")
        : Say(
            $"Hình ở đoạn {paragraph} (“{excerpt}”) của tệp Word có định dạng {format}: chỉ đưa vào được ảnh PNG hoặc JPEG, hình này bị bỏ qua. Trong Word, bấm chuột phải vào hình → Save as Picture… → PNG, rồi chèn lại ảnh đó.",
            $"The picture at paragraph {paragraph} (“{excerpt}”) of the Word file is {format}: only PNG and JPEG pictures are taken, this one is left out. In Word, right-click it → Save as Picture… → PNG, then insert that picture instead.");

    /// <summary>A picture of a Word file linked to a file or address outside it: never fetched.</summary>
    public static string WordPictureLinked(int paragraph, string excerpt, string target) => Say(
        $"Hình ở đoạn {paragraph} (“{excerpt}”) của tệp Word chỉ là liên kết tới tệp bên ngoài ({target}): chương trình không mở liên kết, hình bị bỏ qua. Hãy chèn hẳn ảnh vào tệp (Insert → Pictures, không chọn Link to File).",
        $"The picture at paragraph {paragraph} (“{excerpt}”) of the Word file is only a link to a file outside it ({target}): links are never opened, the picture is left out. Insert the picture itself (Insert → Pictures, without Link to File).");

    /// <summary>A picture of a Word file over the size limits.</summary>
    public static string WordPictureTooLarge(int paragraph, string excerpt, string size) => Say(
        $"Hình ở đoạn {paragraph} (“{excerpt}”) của tệp Word quá lớn ({size}): không đưa vào. Hãy nén ảnh trong Word (Picture Format → Compress Pictures, 220 ppi) rồi lưu lại.",
        $"The picture at paragraph {paragraph} (“{excerpt}”) of the Word file is too large ({size}): left out. Compress the pictures in Word (Picture Format → Compress Pictures, 220 ppi) and save again.");

    /// <summary>Pictures of a Word file with no description: they are kept, described by a stand-in.</summary>
    public static string WordPictureWithoutDescription(int paragraph, string excerpt, string count) => Say(
        $"Tệp Word có {count} hình chưa có mô tả (Alt Text), hình đầu ở đoạn {paragraph} (“{excerpt}”): vẫn đưa vào, mô tả tạm là “Hình n (chưa có mô tả)”. Người khiếm thị nghe mô tả này: hãy bấm chuột phải vào hình → View Alt Text… và ghi một câu nói hình cho thấy gì.",
        $"The Word file has {count} pictures without a description (Alt Text), the first at paragraph {paragraph} (“{excerpt}”): kept, with a stand-in description for now (in Vietnamese: picture n, no description). Blind readers hear this text: right-click each picture → View Alt Text… and write what it shows.");

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

    public static string SheetRefused(string file, string reason) => Say(
        $"Không đọc bảng tính '{file}': {reason}. Hãy mở tệp trong Excel và lưu lại dạng .xlsx (Excel Workbook) hoặc CSV UTF-8, và kiểm tra tên trang tính ('sheet').",
        $"The spreadsheet '{file}' is not read: {reason}. Open it in Excel and save it again as .xlsx (Excel Workbook) or CSV UTF-8, and check the sheet's name ('sheet').");

    public static string SheetWithoutNameColumn(string cell, string found) => Say(
        $"{cell}: dòng tiêu đề không có cột họ tên (\"Họ và tên\", \"Họ tên\", \"Tên\" hoặc \"Tên tập thể, cá nhân\"). Tiêu đề đọc được: {found}. Hãy sửa tiêu đề cột, hoặc chỉ đúng dòng tiêu đề bằng 'header_row'.",
        $"{cell}: the header row has no name column (headed \"Ho va ten\", \"Ho ten\", \"Ten\" or \"Ten tap the, ca nhan\", with or without diacritics). Headings found: {found}. Correct the heading, or give the right header row with 'header_row'.");

    public static string SheetRowWithoutName(string cell) => Say(
        $"{cell}: dòng có chức vụ, đơn vị nhưng không có họ tên; dòng này bị bỏ qua. Hãy điền họ tên hoặc xóa dòng.",
        $"{cell}: the row has a position or unit but no name; it is skipped. Fill in the name or delete the row.");

    public static string SheetBadRank(string cell, string value) => Say(
        $"{cell}: thứ tự nghi thức \"{value}\" không phải số nguyên; đại biểu này được xếp cuối danh sách.",
        $"{cell}: the protocol rank \"{value}\" is not a whole number; this delegate is listed last.");

    public static string SheetBadRecipientKind(string cell, string value) => Say(
        $"{cell}: đối tượng \"{value}\" không rõ (ghi \"tập thể\", \"cá nhân\", \"đảng viên\" hoặc \"hộ gia đình\"); đã dùng đối tượng mặc định ('recipients' của hình thức khen, hoặc cá nhân khi có chức vụ, đơn vị).",
        $"{cell}: the recipient kind \"{value}\" is not understood (write \"tap the\", \"ca nhan\", \"dang vien\" or \"ho gia dinh\", with or without diacritics); the default kind is used (the award's 'recipients', or an individual when a position or unit is given).");
}
