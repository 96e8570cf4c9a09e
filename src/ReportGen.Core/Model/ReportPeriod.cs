using System.ComponentModel;

namespace ReportGen.Core.Model;

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
    [System.ComponentModel.DataAnnotations.Range(0, 2100)]
    public int Year { get; init; }

    /// <summary>The quarter (1–4) or the month (1–12).</summary>
    [Description("Số quý (1-4) hoặc tháng (1-12).")]
    [System.ComponentModel.DataAnnotations.Range(0, 12)]
    public int Number { get; init; }

    /// <summary>First year of a term.</summary>
    [Description("Năm đầu nhiệm kỳ.")]
    public int From { get; init; }

    /// <summary>Last year of a term.</summary>
    [Description("Năm cuối nhiệm kỳ.")]
    public int To { get; init; }
}
