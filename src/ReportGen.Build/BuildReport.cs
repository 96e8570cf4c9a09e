using ReportGen.Core.Diagnostics;

namespace ReportGen.Build;

/// <summary>What one meeting's build made.</summary>
public sealed record MeetingOutput(string Id, string Unit, int BookletPages)
{
    /// <summary>Sheets of A4 paper one print copy takes (booklet-print.pdf has two sides per sheet); 0 when none was made.</summary>
    public int PrintSheets { get; init; }

    /// <summary>Booklets to print: delegates plus reserve (meeting.delegates + meeting.reserve_copies).</summary>
    public int Copies { get; init; }

    public PrintJob PrintJob => new(Id, Unit, PrintSheets, Copies);
}

/// <summary>What a build did, for the summary the command prints.</summary>
public sealed record BuildReport(
    IReadOnlyList<MeetingOutput> Meetings,
    IReadOnlyList<string> Roundups,
    IReadOnlyList<Diagnostic> Warnings,
    string FontUsed,
    IReadOnlyCollection<string> FilesWritten,
    TimeSpan Elapsed);
