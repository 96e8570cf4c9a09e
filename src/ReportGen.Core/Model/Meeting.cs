using YamlDotNet.Serialization;

namespace ReportGen.Core.Model;

/// <summary>
/// One year-end conference: the root of one data file. Everything the booklet, the web page and the
/// article say about it comes from here.
/// </summary>
public sealed class Meeting
{
    /// <summary>Stable id, used as the output folder: "y-yen-2021".</summary>
    public string Id { get; init; } = "";

    public OrganizationalUnit Unit { get; init; } = new();

    /// <summary>The bodies that hold the conference, in the order they are named.</summary>
    public List<Issuer> Issuers { get; init; } = [];

    /// <summary>The conference itself; the key is <c>meeting:</c> in the data file.</summary>
    [YamlMember(Alias = "meeting")]
    public MeetingInfo Info { get; init; } = new();

    public YearResults Results { get; init; } = new();

    public Emulation Emulation { get; init; } = new();

    public NextYearTasks Tasks { get; init; } = new();

    public ArticleInfo Article { get; init; } = new();

    /// <summary>Fields whose values are plausible examples, not facts (e.g. "meeting.venue").</summary>
    public List<string> Examples { get; init; } = [];

    /// <summary>The data file this meeting was read from (set by the loader, not by the YAML).</summary>
    public string SourcePath { get; set; } = "";
}
