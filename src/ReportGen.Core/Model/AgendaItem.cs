namespace ReportGen.Core.Model;

/// <summary>One line of the conference programme (chương trình hội nghị).</summary>
public sealed class AgendaItem
{
    /// <summary>Clock time as printed, e.g. "07:30"; optional.</summary>
    public string? Time { get; init; }

    /// <summary>What happens, e.g. "Báo cáo tổng kết công tác năm 2020".</summary>
    public string Item { get; init; } = "";

    /// <summary>Who presents it, e.g. "Đồng chí Bí thư Huyện ủy".</summary>
    public string? By { get; init; }
}
