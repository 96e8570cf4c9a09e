using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>Which document conventions a body follows: Party bodies (HD 36-HD/VPTW) or state bodies (NĐ 30/2020).</summary>
public enum IssuerKind
{
    /// <summary>A Party committee (Tỉnh ủy, Huyện ủy, Đảng ủy xã …).</summary>
    Party,
    /// <summary>A People's Council (HĐND).</summary>
    Council,
    /// <summary>A People's Committee (UBND) or another state administrative body.</summary>
    Government,
    /// <summary>The Fatherland Front or a mass organisation (MTTQ, đoàn thể).</summary>
    Front,
}

/// <summary>A body that holds the meeting and signs its documents, e.g. "Huyện ủy Ý Yên".</summary>
[Description("Một cơ quan tổ chức hội nghị và ký văn bản.")]
public sealed class Issuer
{
    /// <summary>Full name, e.g. "Ủy ban nhân dân huyện Ý Yên".</summary>
    [Description("Tên đầy đủ: \"Ủy ban nhân dân huyện Ý Yên\".")]
    public string Name { get; init; } = "";

    /// <summary>Short name used when several bodies are listed together, e.g. "UBND".</summary>
    [Description("Tên ngắn: \"UBND\", \"Huyện ủy\".")]
    public string ShortName { get; init; } = "";

    [Description("Loại cơ quan: party (cấp ủy Đảng), council (HĐND), government (UBND), front (MTTQ, đoàn thể).")]
    public IssuerKind Kind { get; init; }

    /// <summary>The superior body as it stands in a document header, e.g. "Đảng bộ tỉnh Nam Định".</summary>
    [Description("Cơ quan cấp trên ghi ở tiêu đề văn bản: \"Đảng bộ tỉnh Nam Định\".")]
    public string? Superior { get; init; }

    /// <summary>
    /// The body's abbreviation in document numbers ("HU" in "Số 12-BC/HU", "UBND" in "Số: 12/BC-UBND");
    /// when left out, the short name if it is already an abbreviation, else its initials.
    /// </summary>
    [Description("Chữ viết tắt tên cơ quan trong số văn bản: \"HU\", \"UBND\".")]
    public string? Code { get; init; }
}
