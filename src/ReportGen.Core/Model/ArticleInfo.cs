using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>What the press article needs beyond the facts: who wrote it and where it came from.</summary>
public sealed class ArticleInfo
{
    /// <summary>Authors as printed under the article: "Đức Thiện và Xuân Thu".</summary>
    [Description("Tác giả bài báo: \"Đức Thiện và Xuân Thu\".")]
    public string Byline { get; init; } = "";

    /// <summary>Sources the article is based on (reports, the conference itself).</summary>
    [Description("Nguồn tư liệu của bài báo.")]
    public List<string> Sources { get; init; } = [];
}
