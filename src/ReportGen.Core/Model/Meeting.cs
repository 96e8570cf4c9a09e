using System.ComponentModel;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;

namespace ReportGen.Core.Model;

/// <summary>
/// One year-end conference: the root of one data file. Everything the booklet, the web page and the
/// article say about it comes from here.
/// </summary>
public sealed class Meeting
{
    /// <summary>Stable id, used as the output folder: "y-yen-2021".</summary>
    [JsonRequired]
    [Description("Mã hội nghị, dùng làm tên thư mục kết quả: \"y-yen-2021\".")]
    public string Id { get; init; } = "";

    [JsonRequired]
    [Description("Đơn vị tổ chức hội nghị.")]
    public OrganizationalUnit Unit { get; init; } = new();

    /// <summary>The bodies that hold the conference, in the order they are named.</summary>
    [JsonRequired]
    [Description("Các cơ quan tổ chức hội nghị, theo thứ tự gọi tên.")]
    public List<Issuer> Issuers { get; init; } = [];

    /// <summary>The conference itself; the key is <c>meeting:</c> in the data file.</summary>
    [YamlMember(Alias = "meeting")]
    [JsonRequired]
    [Description("Hội nghị: tên, ngày, địa điểm, chương trình.")]
    public MeetingInfo Info { get; init; } = new();

    [Description("Kết quả năm được tổng kết.")]
    public YearResults Results { get; init; } = new();

    [Description("Công tác thi đua, khen thưởng.")]
    public Emulation Emulation { get; init; } = new();

    [Description("Phương hướng, nhiệm vụ năm tới.")]
    public NextYearTasks Tasks { get; init; } = new();

    /// <summary>The documents bound into the booklet, in order; none means the classic agenda, report and appendix.</summary>
    [Description("Các văn bản trong tập tài liệu, theo thứ tự đóng tập; bỏ trống thì tập gồm chương trình, báo cáo, phụ lục.")]
    public List<BookletDocument> Documents { get; init; } = [];

    [Description("Thông tin cho bài báo.")]
    public ArticleInfo Article { get; init; } = new();

    /// <summary>Fields whose values are plausible examples, not facts (e.g. "meeting.venue").</summary>
    [Description("Các trường có giá trị ví dụ, chưa phải số liệu thật (ví dụ \"meeting.venue\").")]
    public List<string> Examples { get; init; } = [];

    /// <summary>How each sheet the data names was read (set by the loader): its columns and the keys they fill, for <c>reportgen check</c>.</summary>
    [YamlIgnore]
    public List<Import.SheetReading> SheetsRead { get; } = [];

    /// <summary>The data file this meeting was read from (set by the loader, not by the YAML).</summary>
    [YamlIgnore]
    public string SourcePath { get; set; } = "";
}
