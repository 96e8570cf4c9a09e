using ReportGen.Core.Diagnostics;

namespace ReportGen.Build;

/// <summary>What one meeting's build made.</summary>
public sealed record MeetingOutput(string Id, string Unit, int BookletPages);

/// <summary>What a build did, for the summary the command prints.</summary>
public sealed record BuildReport(
    IReadOnlyList<MeetingOutput> Meetings,
    IReadOnlyList<string> Roundups,
    IReadOnlyList<Diagnostic> Warnings,
    string FontUsed,
    IReadOnlyCollection<string> FilesWritten,
    TimeSpan Elapsed);
