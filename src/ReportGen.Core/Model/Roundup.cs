using System.ComponentModel;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;

namespace ReportGen.Core.Model;

/// <summary>A press article covering several meetings of a day, like "Các huyện: Ý Yên, Xuân Trường …".</summary>
public sealed class Roundup
{
    [JsonRequired]
    [Description("Mã bài tổng hợp: \"nam-dinh-2021-01-23\".")]
    public string Id { get; init; } = "";

    [JsonRequired]
    [Description("Tên bài báo.")]
    public string Title { get; init; } = "";

    [Description("Ngày, dạng năm-tháng-ngày: 2021-01-23.")]
    public DateOnly Date { get; init; }

    /// <summary>Ids of the meetings covered, in the article's order.</summary>
    [JsonRequired]
    [Description("Mã các hội nghị, theo thứ tự trong bài.")]
    public List<string> Meetings { get; init; } = [];

    [Description("Tác giả bài báo.")]
    public string Byline { get; init; } = "";

    [JsonIgnore, YamlIgnore]
    public string SourcePath { get; set; } = "";
}

/// <summary>Everything read from a data folder.</summary>
public sealed record DataSet(IReadOnlyList<Meeting> Meetings, IReadOnlyList<Roundup> Roundups);
