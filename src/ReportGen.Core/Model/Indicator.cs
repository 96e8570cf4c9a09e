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

    /// <summary>The planned value (kế hoạch, dự toán) in the same unit; gives "TH/KH (%)".</summary>
    [Description("Kế hoạch (dự toán) cùng đơn vị tính.")]
    public decimal? Plan { get; init; }

    /// <summary>The value of the same period before (cùng kỳ) in the same unit; gives the computed change.</summary>
    [Description("Giá trị cùng kỳ (kỳ trước) cùng đơn vị tính.")]
    public decimal? Previous { get; init; }

    /// <summary>A change the report states; checked against <see cref="Plan"/> or <see cref="Previous"/> when they exist.</summary>
    [Description("Tăng, giảm mà báo cáo nêu (so với năm trước, kế hoạch, dự toán).")]
    public IndicatorChange? Change { get; init; }

    /// <summary>How the sentence compares with the plan and the period before: in percent or as a difference.</summary>
    [Description("Cách so sánh trong câu: percent (phần trăm, mặc định) hoặc difference (chênh lệch: \"cao hơn kế hoạch 0,5 tạ/ha\").")]
    public ComparisonForm Compare { get; init; }

    /// <summary>A share of a whole: "chiếm 81,2% số hộ".</summary>
    [Description("Tỷ lệ so với tổng thể: percent, of (\"chiếm 81,2% số hộ\").")]
    public IndicatorShare? Share { get; init; }

    /// <summary>Whether the indicator is a target and was met (Đạt / Không đạt); null when not a target or not said.</summary>
    [Description("Chỉ tiêu đạt (true) hay không đạt (false); bỏ trống nếu không đánh giá.")]
    public bool? Achieved { get; init; }

    /// <summary>The phrase continues the clause before it (no "; " between them).</summary>
    [Description("Câu nối tiếp vế trước, không ngắt bằng dấu chấm phẩy (true/false).")]
    public bool Continues { get; init; }

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
    [System.ComponentModel.DataAnnotations.Range(-100, 1_000_000)]
    public decimal Percent { get; init; }

    /// <summary>What the value is compared with, as the sentence says it: "năm 2019".</summary>
    [Description("So với: \"năm 2019\", \"kế hoạch\".")]
    public string Against { get; init; } = "năm trước";
}

/// <summary>How a comparison is put in words: "bằng 102,3% kế hoạch" or "cao hơn kế hoạch 0,5 tạ/ha".</summary>
public enum ComparisonForm
{
    Percent,
    Difference,
}

/// <summary>A share of a whole: 81,2 % of the households.</summary>
public sealed class IndicatorShare
{
    [Description("Phần trăm: 81.2.")]
    public decimal Percent { get; init; }

    /// <summary>Of what, as the sentence says it: "tổng số hộ".</summary>
    [Description("Của tổng thể nào: \"tổng số hộ\".")]
    public string Of { get; init; } = "";
}
