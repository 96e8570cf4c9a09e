namespace ReportGen.Core.Model;

/// <summary>A press article covering several meetings of a day, like "Các huyện: Ý Yên, Xuân Trường …".</summary>
public sealed class Roundup
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly Date { get; init; }

    /// <summary>Ids of the meetings covered, in the article's order.</summary>
    public List<string> Meetings { get; init; } = [];

    public string Byline { get; init; } = "";

    public string SourcePath { get; set; } = "";
}

/// <summary>Everything read from a data folder.</summary>
public sealed record DataSet(IReadOnlyList<Meeting> Meetings, IReadOnlyList<Roundup> Roundups);
