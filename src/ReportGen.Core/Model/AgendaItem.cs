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
