using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ReportGen.Core.Model;

/// <summary>The conference itself: what it sums up, when and where it is held, and its programme.</summary>
public sealed class MeetingInfo
{
    /// <summary>
    /// What the conference does, lower-case as it follows "hội nghị" in a sentence:
    /// "tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021".
    /// </summary>
    [JsonRequired]
    [Description("Tên hội nghị, chữ thường, sau chữ \"hội nghị\": \"tổng kết công tác năm 2020, …\".")]
    public string Title { get; init; } = "";

    /// <summary>A short title for running footers, e.g. "Hội nghị tổng kết năm 2020"; optional.</summary>
    [Description("Tên ngắn ở chân trang; có thể bỏ trống.")]
    public string? ShortTitle { get; init; }

    /// <summary>The year being summed up (2020 for a conference held in January 2021).</summary>
    [Description("Năm được tổng kết (2020 cho hội nghị họp tháng 1/2021).")]
    public int Year { get; init; }

    [JsonRequired]
    [Description("Ngày họp, dạng năm-tháng-ngày: 2021-01-23.")]
    public DateOnly Date { get; init; }

    /// <summary>Place name for the date line and the cover, e.g. "Ý Yên".</summary>
    [JsonRequired]
    [Description("Địa danh ở dòng ngày tháng và bìa: \"Ý Yên\".")]
    public string Place { get; init; } = "";

    [Description("Nơi họp: \"Hội trường Huyện ủy\".")]
    public string? Venue { get; init; }

    /// <summary>Number of delegates invited.</summary>
    [Description("Số đại biểu được mời.")]
    public int? Delegates { get; init; }

    /// <summary>Booklets printed beyond one per delegate (for guests, the press, the archive).</summary>
    [Description("Số cuốn tài liệu in thêm ngoài số đại biểu.")]
    public int ReserveCopies { get; init; }

    /// <summary>Booklets to print: one per delegate plus the reserve.</summary>
    [JsonIgnore]
    public int Copies => (Delegates ?? 0) + ReserveCopies;

    [Description("Chương trình hội nghị.")]
    public List<AgendaItem> Agenda { get; init; } = [];
}
