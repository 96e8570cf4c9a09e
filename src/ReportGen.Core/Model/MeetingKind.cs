using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>What kind of gathering a meeting is; it decides the noun its documents use for it.</summary>
public enum MeetingKind
{
    /// <summary>Hội nghị: a year-end or half-year summary, an emulation conference, a Party committee's conference.</summary>
    Conference,
    /// <summary>Kỳ họp: a session of a People's Council, numbered within its term.</summary>
    Session,
    /// <summary>Lễ: a ceremony (Party badges, an anniversary, an award).</summary>
    Ceremony,
}

/// <summary>How long a period the documents report on.</summary>
public enum PeriodSpan
{
    /// <summary>A whole year (tổng kết năm).</summary>
    Year,
    /// <summary>The first six months (sơ kết 6 tháng đầu năm).</summary>
    FirstHalf,
    /// <summary>The first nine months (sơ kết 9 tháng).</summary>
    NineMonths,
    /// <summary>A quarter (quý I … IV), <c>number</c> 1 to 4.</summary>
    Quarter,
    /// <summary>A month, <c>number</c> 1 to 12.</summary>
    Month,
    /// <summary>A term of office (nhiệm kỳ 2020-2025), <c>from</c> and <c>to</c>.</summary>
    Term,
    /// <summary>No period: a ceremony, a thematic session.</summary>
    None,
}

/// <summary>The period a meeting's report covers, e.g. the first half of 2020.</summary>
[Description("Kỳ báo cáo.")]
public sealed class ReportPeriod
{
    [Description("Độ dài kỳ: year (năm), first-half (6 tháng đầu năm), nine-months (9 tháng), quarter (quý), month (tháng), term (nhiệm kỳ), none (không có).")]
    public PeriodSpan Span { get; init; }

    [Description("Năm của kỳ báo cáo.")]
    public int Year { get; init; }

    /// <summary>The quarter (1–4) or the month (1–12).</summary>
    [Description("Số quý (1-4) hoặc tháng (1-12).")]
    public int Number { get; init; }

    /// <summary>First year of a term.</summary>
    [Description("Năm đầu nhiệm kỳ.")]
    public int From { get; init; }

    /// <summary>Last year of a term.</summary>
    [Description("Năm cuối nhiệm kỳ.")]
    public int To { get; init; }
}

/// <summary>A numbered sitting: "Kỳ họp thứ 16, HĐND huyện khóa XIX, nhiệm kỳ 2016-2021".</summary>
[Description("Kỳ họp hoặc hội nghị có số thứ tự trong nhiệm kỳ.")]
public sealed class SessionInfo
{
    [Description("Số thứ tự: 16 trong \"Kỳ họp thứ 16\".")]
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

/// <summary>A leader who presides or attends: "đồng chí Trần Lê Đoài, Phó Chủ tịch UBND tỉnh".</summary>
[Description("Một lãnh đạo, khách mời.")]
public sealed class Person
{
    [Description("Họ tên.")]
    public string Name { get; init; } = "";

    /// <summary>Position and body as a sentence gives them after the name.</summary>
    [Description("Chức vụ, cơ quan: \"Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh\".")]
    public string? Position { get; init; }

    /// <summary>Gives the directing speech (phát biểu chỉ đạo).</summary>
    [Description("Phát biểu chỉ đạo (true/false).")]
    public bool Speaks { get; init; }
}
