using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>One line of the conference programme (chương trình hội nghị).</summary>
[Description("Một mục trong chương trình hội nghị.")]
public sealed class AgendaItem
{
    /// <summary>Clock time as printed, e.g. "07:30"; optional.</summary>
    [Description("Giờ, ví dụ \"07:30\"; có thể bỏ trống.")]
    public string? Time { get; init; }

    /// <summary>What happens, e.g. "Báo cáo tổng kết công tác năm 2020".</summary>
    [Description("Nội dung, ví dụ \"Báo cáo tổng kết công tác năm 2020\".")]
    public string Item { get; init; } = "";

    /// <summary>Who presents it, e.g. "Đồng chí Bí thư Huyện ủy".</summary>
    [Description("Người trình bày, ví dụ \"Đồng chí Bí thư Huyện ủy\".")]
    public string? By { get; init; }
}

/// <summary>Where a meeting's programme is read from: a sheet of a workbook, or a CSV file.</summary>
[Description("Bảng tính chứa chương trình hội nghị.")]
public sealed class AgendaFrom
{
    /// <summary>The workbook or CSV file, relative to the data file and inside its folder.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    [Description("Tệp .xlsx hoặc .csv, đường dẫn tính từ thư mục của tệp dữ liệu, không ra ngoài thư mục đó.")]
    public string File { get; init; } = "";

    /// <summary>The sheet's name in a workbook; the first sheet when left out (none in a CSV file).</summary>
    [Description("Tên trang tính (sheet) trong tệp .xlsx; mặc định trang đầu tiên.")]
    public string? Sheet { get; init; }

    /// <summary>The row of the column headings (1 = the first row); the items are the rows below it.</summary>
    [Description("Số thứ tự dòng tiêu đề cột (Thời gian, Nội dung, Người trình bày); mặc định 1. Các mục chương trình là các dòng bên dưới.")]
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int HeaderRow { get; init; } = 1;
}
