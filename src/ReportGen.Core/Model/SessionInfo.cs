using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>A numbered sitting: "Kỳ họp thứ 16, HĐND huyện khóa XIX, nhiệm kỳ 2016-2021".</summary>
[Description("Kỳ họp hoặc hội nghị có số thứ tự trong nhiệm kỳ.")]
public sealed class SessionInfo
{
    [Description("Số thứ tự: 16 trong \"Kỳ họp thứ 16\".")]
    [System.ComponentModel.DataAnnotations.Range(0, 1_000)]
    public int Number { get; init; }

    /// <summary>The term's number as written, usually in Roman numerals: "XIX".</summary>
    [Description("Khóa: \"XIX\".")]
    public string? Term { get; init; }

    /// <summary>The term's years: "2016-2021".</summary>
    [Description("Nhiệm kỳ: \"2016-2021\".")]
    public string? TermYears { get; init; }

    /// <summary>A thematic or urgent sitting rather than a regular one (kỳ họp chuyên đề).</summary>
    [Description("Kỳ họp chuyên đề, bất thường (true/false).")]
    public bool Extraordinary { get; init; }

    /// <summary>The body that sits, when not the meeting's council (session) or first issuer (conference).</summary>
    [Description("Cơ quan họp, nếu khác HĐND (kỳ họp) hoặc cơ quan đầu tiên (hội nghị): \"Ban Chấp hành Đảng bộ tỉnh Ninh Bình\".")]
    public string? Body { get; init; }
}
