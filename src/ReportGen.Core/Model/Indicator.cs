using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>A measured result of the year, e.g. 12278.27 ha of sown area.</summary>
[Description("Một chỉ tiêu đo được của năm.")]
public sealed class Indicator
{
    /// <summary>Name as it stands in the indicator table, e.g. "Tổng diện tích gieo trồng".</summary>
    [Description("Tên chỉ tiêu như trong bảng, ví dụ \"Tổng diện tích gieo trồng\".")]
    public string Name { get; init; } = "";

    /// <summary>The value in <see cref="Unit"/>; a plain number, formatted by the templates.</summary>
    [Description("Giá trị: một con số, dấu chấm thập phân (12278.27).")]
    public decimal Value { get; init; }

    /// <summary>Unit of measure (ĐVT) as printed: "ha", "tạ/ha", "tỷ đồng", "triệu USD", "xã".</summary>
    [Description("Đơn vị tính: \"ha\", \"tạ/ha\", \"tỷ đồng\".")]
    public string Unit { get; init; } = "";

    /// <summary>Change against the previous year or the plan, when reported.</summary>
    [Description("Tăng, giảm so với năm trước hoặc kế hoạch.")]
    public IndicatorChange? Change { get; init; }

    /// <summary>
    /// How a sentence says this result, with {value} where the formatted value and unit go, e.g.
    /// "Toàn huyện có {value} được UBND tỉnh công nhận đạt chuẩn NTM nâng cao".
    /// Without it the sentence is "name đạt {value}".
    /// </summary>
    [Description("Câu nói về kết quả, có {value} ở chỗ đặt số liệu.")]
    public string? Phrase { get; init; }
}

/// <summary>A change in percent against a reference ("năm 2019", "cùng kỳ năm trước", "kế hoạch").</summary>
public sealed class IndicatorChange
{
    /// <summary>Percent, signed: 13 means an increase of 13 %.</summary>
    [Description("Phần trăm, có dấu: 13 là tăng 13 %, -5 là giảm 5 %.")]
    public decimal Percent { get; init; }

    /// <summary>What the value is compared with, as the sentence says it: "năm 2019".</summary>
    [Description("So với: \"năm 2019\", \"kế hoạch\".")]
    public string Against { get; init; } = "năm trước";
}
