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

    /// <summary>The day; when left out, the one date all its meetings share (an error if they differ).</summary>
    [Description("Ngày, dạng năm-tháng-ngày: 2021-01-23; bỏ trống thì lấy ngày chung của các hội nghị.")]
    public DateOnly Date { get; set; }

    /// <summary>Ids of the meetings covered, in the article's order.</summary>
    [JsonRequired]
    [Description("Mã các hội nghị, theo thứ tự trong bài.")]
    public List<string> Meetings { get; init; } = [];

    [Description("Tác giả bài báo.")]
    public string Byline { get; init; } = "";

    [YamlIgnore]
    public string SourcePath { get; set; } = "";
}

/// <summary>Everything read from a data folder.</summary>
public sealed record DataSet(IReadOnlyList<Meeting> Meetings, IReadOnlyList<Roundup> Roundups);
