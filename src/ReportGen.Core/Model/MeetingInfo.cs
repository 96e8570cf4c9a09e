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
    [Description("Tên hội nghị, chữ thường, sau chữ \"hội nghị\" (\"lễ\"): \"tổng kết công tác năm 2020, …\"; bỏ trống thì lấy theo kỳ báo cáo (bắt buộc với buổi lễ).")]
    public string Title { get; init; } = "";

    /// <summary>What kind of gathering it is: a conference (hội nghị), a council session (kỳ họp), a ceremony (lễ).</summary>
    [Description("Loại: conference (hội nghị), session (kỳ họp HĐND), ceremony (lễ).")]
    public MeetingKind Kind { get; init; }

    /// <summary>The period the documents report on; <see cref="Year"/> is its short form for a whole year.</summary>
    [Description("Kỳ báo cáo: span (year, first-half, nine-months, quarter, month, term, none), year, number, from, to.")]
    public ReportPeriod? Period { get; init; }

    /// <summary>The numbered sitting: a council's session or a Party committee's conference ("lần thứ 20").</summary>
    [Description("Kỳ họp, phiên họp có số: number, term (khóa), term_years (nhiệm kỳ), extraordinary (chuyên đề).")]
    public SessionInfo? Session { get; init; }

    /// <summary>Who presides (chủ trì).</summary>
    [Description("Lãnh đạo chủ trì.")]
    public List<Person> Presiding { get; init; } = [];

    /// <summary>Leaders of the superior level and guests who attend ("Dự hội nghị có đồng chí …").</summary>
    [Description("Lãnh đạo cấp trên, khách mời dự.")]
    public List<Person> Guests { get; init; } = [];

    /// <summary>A short title for running footers, e.g. "Hội nghị tổng kết năm 2020"; optional.</summary>
    [Description("Tên ngắn ở chân trang; có thể bỏ trống.")]
    public string? ShortTitle { get; init; }

    /// <summary>The year being summed up (2020 for a conference held in January 2021): the short form of
    /// <c>period: { span: year, year: 2020 }</c>, and the year of any other period without its own.</summary>
    [Description("Năm được tổng kết (2020 cho hội nghị họp tháng 1/2021); cách viết ngắn của period.year.")]
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
    [System.ComponentModel.DataAnnotations.Range(0, 100_000)]
    public int? Delegates { get; init; }

    /// <summary>Booklets printed beyond one per delegate (for guests, the press, the archive).</summary>
    [Description("Số cuốn tài liệu in thêm ngoài số đại biểu.")]
    [System.ComponentModel.DataAnnotations.Range(0, 100_000)]
    public int ReserveCopies { get; init; }

    /// <summary>Booklets to print: one per delegate plus the reserve.</summary>
    public int Copies => (Delegates ?? 0) + ReserveCopies;

    [Description("Chương trình hội nghị.")]
    public List<AgendaItem> Agenda { get; init; } = [];

    /// <summary>
    /// A workbook (.xlsx) or CSV file the programme is read from, after any items in <see cref="Agenda"/>; loading
    /// fills <see cref="Agenda"/> from it, so nothing downstream knows where it came from.
    /// </summary>
    [Description("Đọc chương trình hội nghị từ bảng tính (.xlsx) hoặc tệp CSV đặt cạnh tệp dữ liệu, sau các mục ghi ở 'agenda'. Cột nhận theo tiêu đề: Thời gian, Nội dung, Người trình bày.")]
    public AgendaFrom? AgendaFrom { get; init; }
}
