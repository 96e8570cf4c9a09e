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
public sealed class Issuer
{
    /// <summary>Full name, e.g. "Ủy ban nhân dân huyện Ý Yên".</summary>
    public string Name { get; init; } = "";

    /// <summary>Short name used when several bodies are listed together, e.g. "UBND".</summary>
    public string ShortName { get; init; } = "";

    public IssuerKind Kind { get; init; }

    /// <summary>The superior body as it stands in a document header, e.g. "Đảng bộ tỉnh Nam Định".</summary>
    public string? Superior { get; init; }
}
