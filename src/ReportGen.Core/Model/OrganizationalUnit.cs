using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ReportGen.Core.Model;

/// <summary>
/// A unit of the political system at the level it had on the meeting's date. The level is data, never
/// assumed: since 1 July 2025 districts (huyện) no longer exist, while 2021 data still speaks of them.
/// </summary>
public sealed class OrganizationalUnit
{
    /// <summary>Proper name without the level word, e.g. "Ý Yên".</summary>
    [JsonRequired]
    [Description("Tên riêng, không có chữ chỉ cấp: \"Ý Yên\".")]
    public string Name { get; init; } = "";

    /// <summary>Level word as written before the name: "tỉnh", "huyện", "xã", "phường", "thành phố", "sở" …</summary>
    [Description("Cấp tại ngày họp: \"tỉnh\", \"huyện\", \"xã\", \"phường\" …")]
    public string Level { get; init; } = "";

    /// <summary>The unit one tier up (a province for a commune or a district of the time).</summary>
    [Description("Đơn vị cấp trên.")]
    public OrganizationalUnit? Parent { get; init; }

    /// <summary>Short code used in document numbers and file names, e.g. "YY".</summary>
    [Description("Chữ viết tắt dùng trong số văn bản: \"YY\".")]
    public string? Abbreviation { get; init; }

    /// <summary>"huyện Ý Yên": the level and the name, as a sentence writes it.</summary>
    public string FullName => string.IsNullOrWhiteSpace(Level) ? Name : $"{Level} {Name}";
}
