namespace ReportGen.Core.Model;

/// <summary>A measured result of the year, e.g. 12278.27 ha of sown area.</summary>
public sealed class Indicator
{
    /// <summary>Name as it stands in the indicator table, e.g. "Tổng diện tích gieo trồng".</summary>
    public string Name { get; init; } = "";

    /// <summary>The value in <see cref="Unit"/>; a plain number, formatted by the templates.</summary>
    public decimal Value { get; init; }

    /// <summary>Unit of measure (ĐVT) as printed: "ha", "tạ/ha", "tỷ đồng", "triệu USD", "xã".</summary>
    public string Unit { get; init; } = "";

    /// <summary>Change against the previous year or the plan, when reported.</summary>
    public IndicatorChange? Change { get; init; }

    /// <summary>
    /// How a sentence says this result, with {value} where the formatted value and unit go, e.g.
    /// "Toàn huyện có {value} được UBND tỉnh công nhận đạt chuẩn NTM nâng cao".
    /// Without it the sentence is "name đạt {value}".
    /// </summary>
    public string? Phrase { get; init; }
}

/// <summary>A change in percent against a reference ("năm 2019", "cùng kỳ năm trước", "kế hoạch").</summary>
public sealed class IndicatorChange
{
    /// <summary>Percent, signed: 13 means an increase of 13 %.</summary>
    public decimal Percent { get; init; }

    /// <summary>What the value is compared with, as the sentence says it: "năm 2019".</summary>
    public string Against { get; init; } = "năm trước";
}
