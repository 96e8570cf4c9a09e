namespace ReportGen.Localization;

/// <summary>
/// What the layout says when content cannot be placed (RG060): the paginator's error, the reason an element
/// gives for not fitting, and how an element is named in those reasons. Sizes are in points (pt).
/// </summary>
public static partial class Messages
{
    public static string UnknownBlock(string kind) => Say(
        $"Tập tài liệu chưa có cách trình bày khối Markdown loại {kind}: khối này được in như chữ thường (trang web vẫn hiển thị đúng). Hãy kiểm tra trang in.",
        $"The booklet has no form for the Markdown block of kind {kind}: it is printed as plain text (the web page shows it as written). Check the printed page.");

    public static string OverwideWord(string word) => Say(
        $"'{word}' dài hơn một dòng nên đã được cắt xuống dòng giữa chừng. Nếu được, hãy rút ngắn hoặc thêm dấu cách (ví dụ với đường dẫn dài, ghi tên trang thay cho cả địa chỉ).",
        $"'{word}' is longer than a line, so it was broken across lines. If you can, shorten it or add a space (for a long address, give the site's name instead).");

    /// <param name="reason">Why the element at the top of the page does not fit (one of the reasons below).</param>
    public static string ContentDoesNotFitOnPage(int page, string? reason) => Say(
        $"Không đặt được nội dung lên trang {page}: {reason}. Nội dung lớn hơn cả một trang giấy; hãy rút gọn hoặc chia nhỏ nó.",
        $"The content cannot be placed on page {page}: {reason}. It is larger than a whole page; shorten it or split it.");

    public static string TooManyPages(int maxPages) => Say(
        $"Tài liệu vượt quá {maxPages} trang: có thể dữ liệu bị lặp.",
        $"The document is longer than {maxPages} pages: the data may be repeated.");

    // --- Why an element does not fit ---

    /// <param name="source">Where the paragraph comes from (a template, a data field), when known.</param>
    public static string ParagraphDoesNotFit(string preview, float height, string? source) => Say(
        $"không dòng nào của đoạn \"{preview}\" vừa khoảng trống {height:0.#} pt" + (source is null ? "" : $" (từ {source})"),
        $"no line of the paragraph \"{preview}\" fits in the {height:0.#} pt left" + (source is null ? "" : $" (from {source})"));

    public static string CoverTallerThanPage() => Say(
        "chữ trên bìa cao hơn trang giấy",
        "the cover's text is taller than the page");

    public static string QrCodeDoesNotFit(float size) => Say(
        $"mã QR cỡ {size:0} pt không vừa",
        $"a QR code of {size:0} pt does not fit");

    public static string ContentsEntryKeptOnOnePage() => Say(
        "một mục của mục lục phải nằm trọn trên một trang",
        "a contents entry is kept on one page");

    public static string PaddingLeavesNoSpace() => Say(
        "lề bao quanh không chừa chỗ cho nội dung",
        "the padding leaves no space for the content");

    public static string NoRoomForRule() => Say(
        "không còn chỗ cho đường kẻ ngang",
        "there is no room for a horizontal rule");

    public static string ImageDoesNotFit(float height, float available) => Say(
        $"ảnh cao {height:0} pt không vừa khoảng trống {available:0} pt",
        $"an image of {height:0} pt does not fit in {available:0} pt");

    public static string ElementKeptTogetherMoves(string element) => Say(
        $"{element} phải nằm liền một khối nên chuyển sang trang sau",
        $"{element} is kept together and moves to the next page");

    public static string HeadingMovesWithText(string heading) => Say(
        $"{heading} chuyển sang trang sau cùng với phần chữ của nó",
        $"{heading} moves to the next page with its text");

    public static string ChartDoesNotFit(string chart, float needed, float available) => Say(
        $"{chart} cần {needed:0.#} pt nhưng chỉ còn {available:0.#} pt",
        $"{chart} needs {needed:0.#} pt but {available:0.#} pt are left");

    public static string RowFixedWidthsTooWide(string row, float width) => Say(
        $"tổng các độ rộng cố định của {row} lớn hơn {width:0.#} pt",
        $"the fixed widths of {row} are wider than {width:0.#} pt");

    public static string RowKeptOnOnePage(string row, float height) => Say(
        $"{row} không vừa {height:0.#} pt và phải nằm trọn trên một trang",
        $"{row} does not fit in {height:0.#} pt and is kept on one page");

    public static string NothingOfRowFits(string row, float height) => Say(
        $"không phần nào của {row} vừa {height:0.#} pt",
        $"nothing of {row} fits in {height:0.#} pt");

    public static string TableHeaderDoesNotFit(float height) => Say(
        $"dòng tiêu đề của bảng không vừa {height:0.#} pt",
        $"the header of the table does not fit in {height:0.#} pt");

    /// <param name="row">The row's number, from 1.</param>
    public static string TableRowDoesNotFit(int row, float height) => Say(
        $"dòng {row} của bảng không vừa {height:0.#} pt",
        $"row {row} of the table does not fit in {height:0.#} pt");

    // --- How an element is named in the reasons (its source, when known, follows in brackets) ---

    public static string QrCodeElement => Say("mã QR", "QR code");

    public static string ContentsEntryElement(string title) => Say($"mục \"{title}\" trong mục lục", $"contents entry \"{title}\"");

    public static string HeadingElement(string title) => Say($"đề mục \"{title}\"", $"heading \"{title}\"");

    public static string ParagraphElement(string preview) => Say($"đoạn \"{preview}\"", $"paragraph \"{preview}\"");

    public static string TableElement(int rows) => Say($"bảng {rows} dòng", $"table of {rows} rows");

    public static string ChartElement(string title) => Say($"biểu đồ \"{title}\"", $"chart \"{title}\"");

    public static string ImageElement(int pixelWidth, int pixelHeight) => Say(
        $"ảnh {pixelWidth}×{pixelHeight} điểm ảnh",
        $"image {pixelWidth}×{pixelHeight} px");

    /// <param name="items">The row's children, each already named.</param>
    public static string RowElement(IEnumerable<string> items) => Say(
        $"hàng [{string.Join(" | ", items)}]",
        $"row [{string.Join(" | ", items)}]");
}
