namespace ReportGen.Core.Model;

/// <summary>What the press article needs beyond the facts: who wrote it and where it came from.</summary>
public sealed class ArticleInfo
{
    /// <summary>Authors as printed under the article: "Đức Thiện và Xuân Thu".</summary>
    public string Byline { get; init; } = "";

    /// <summary>Sources the article is based on (reports, the conference itself).</summary>
    public List<string> Sources { get; init; } = [];
}
