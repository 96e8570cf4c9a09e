namespace ReportGen.Localization;

/// <summary>
/// Messages about the indicator and agenda sheets (Core/Import/IndicatorSheet.cs, AgendaSheet.cs) and the line
/// that says how any sheet's columns were understood (<c>reportgen check</c>).
/// </summary>
public static partial class Messages
{
    public static string SheetMissingColumn(string cell, string wanted, string found) => Say(
        $"{cell}: dòng tiêu đề không có cột {wanted}. Tiêu đề đọc được: {found}. Hãy sửa tiêu đề cột (có dấu hay không dấu đều được), hoặc chỉ đúng dòng tiêu đề bằng 'header_row'.",
        $"{cell}: the header row has no column {wanted}. Headings found: {found}. Correct the heading (with or without diacritics), or give the right header row with 'header_row'.");

    public static string SheetBadNumber(string cell, string value, string heading) => Say(
        $"{cell}: \"{value}\" ở cột \"{heading}\" không phải là số. Hãy ghi số, ví dụ 12278,27 hoặc 12.278,27 (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân); để trống hoặc ghi \"-\" nếu không có.",
        $"{cell}: \"{value}\" in the column \"{heading}\" is not a number. Write a number, e.g. 12278,27 or 12.278,27 (Vietnamese: '.' groups thousands, ',' marks decimals); leave it empty or write \"-\" when there is none.");

    public static string SheetMissingValue(string cell, string name, string heading) => Say(
        $"{cell}: chỉ tiêu \"{name}\" chưa có số ở cột \"{heading}\". Hãy điền số liệu thực hiện, hoặc xóa chỉ tiêu khỏi bảng (một dòng đề mục thì để trống ĐVT và các cột số).",
        $"{cell}: the indicator \"{name}\" has no number in the column \"{heading}\". Fill in the result, or delete the indicator from the sheet (a heading row leaves the unit and the number columns empty).");

    public static string SheetRowWithoutContent(string cell, string wanted) => Say(
        $"{cell}: dòng có số liệu hoặc ghi chú nhưng trống ô {wanted}; dòng này bị bỏ qua. Hãy điền ô này hoặc xóa dòng.",
        $"{cell}: the row has other cells filled but its {wanted} is empty; it is skipped. Fill it in or delete the row.");

    public static string SheetBadAssessment(string cell, string value) => Say(
        $"{cell}: đánh giá \"{value}\" không rõ (ghi \"Đạt\", \"Vượt\", \"Không đạt\" hoặc \"Chưa đạt\"); chỉ tiêu này in không có đánh giá.",
        $"{cell}: the assessment \"{value}\" is not understood (write \"Dat\", \"Vuot\", \"Khong dat\" or \"Chua dat\", with or without diacritics); the indicator is printed without one.");

    public static string SheetComparisonDisagrees(string cell, string stated, string computed) => Say(
        $"{cell}: bảng tính ghi {stated}% nhưng tính từ số liệu của dòng được {computed}%. Tài liệu in con số tính được; hãy kiểm tra lại số liệu hoặc công thức trong bảng tính.",
        $"{cell}: the sheet says {stated}% but the row's numbers give {computed}%. The booklet prints the computed one; check the numbers or the formula in the sheet.");

    /// <summary>How a sheet was read: its rows, and each column with its heading and what it was taken for.</summary>
    public static string SheetColumnsRead(string where, int rows, string what, string columns) => Say(
        $"{where}: đọc được {rows} {what}; các cột: {columns}.",
        $"{where}: {rows} {what} read; columns: {columns}.");

    /// <summary>A column of a sheet and the data key it fills: <c>C "Kế hoạch năm 2020" → plan</c>.</summary>
    public static string SheetColumnUse(string column, string heading, string meaning) => Say(
        $"{column} \"{heading}\" → {meaning}", $"{column} \"{heading}\" as {meaning}");

    public static string SheetColumnUnused => Say("không dùng", "not used");

    public static string SheetRowsIndicators => Say("chỉ tiêu", "indicators");

    public static string SheetRowsAgenda => Say("mục chương trình", "agenda items");

    public static string SheetRowsDelegates => Say("đại biểu", "delegates");

    public static string SheetRowsNames => Say("tập thể, cá nhân", "recipients");

    public static string SheetWantIndicatorName => Say("tên chỉ tiêu (\"Chỉ tiêu\", \"Tên chỉ tiêu\", \"Nội dung\")", "for the indicator's name (\"Chi tieu\", \"Ten chi tieu\", \"Noi dung\")");

    public static string SheetWantIndicatorValue => Say("số thực hiện (\"Thực hiện\", \"Ước thực hiện\", \"Kết quả\")", "for the result (\"Thuc hien\", \"Uoc thuc hien\", \"Ket qua\")");

    public static string SheetWantAgendaItem => Say("nội dung (\"Nội dung\", \"Nội dung chương trình\", \"Công việc\")", "for the item (\"Noi dung\", \"Noi dung chuong trinh\", \"Cong viec\")");
}
