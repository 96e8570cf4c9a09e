using ReportGen.Core.Diagnostics;

namespace ReportGen.Build;

/// <summary>What one meeting's build made.</summary>
public sealed record MeetingOutput(string Id, string Unit, int BookletPages)
{
    /// <summary>Sheets of A4 paper one print copy takes (booklet-print.pdf has two sides per sheet); 0 when none was made.</summary>
    public int PrintSheets { get; init; }

    /// <summary>Pages of the print copy left blank so that a document starts on a right-hand page.</summary>
    public int BlankPages { get; init; }

    /// <summary>Sheets of one print copy those blank pages add.</summary>
    public int SheetsForBlanks { get; init; }

    /// <summary>Booklets to print: delegates plus reserve (meeting.delegates + meeting.reserve_copies).</summary>
    public int Copies { get; init; }

    /// <summary>The data gives no number of delegates: <see cref="Copies"/> is the reserve alone, and the print plan says so.</summary>
    public bool NoDelegates { get; init; }

    /// <summary>The data still holds example values: every page carries the draft mark.</summary>
    public bool Draft { get; init; }

    /// <summary>True when nothing the meeting depends on changed and the last build's files were kept.</summary>
    public bool Unchanged { get; init; }

    /// <summary>Warnings about the meeting's data file (examples left in, characters no font has …).</summary>
    public int Warnings { get; init; }

    /// <summary>
    /// Its new files could not all be replaced (one was open in another program): its previous files stay, whole,
    /// and the next build makes it again.
    /// </summary>
    public bool NotReplaced { get; init; }

    /// <summary>How long the meeting took to build (zero when unchanged).</summary>
    public TimeSpan Elapsed { get; init; }

    public PrintJob PrintJob => new(Id, Unit, PrintSheets, Copies, NoDelegates) { BlankPages = BlankPages, SheetsForBlanks = SheetsForBlanks };
}

/// <summary>What a build did, for the summary the command prints.</summary>
/// <param name="FilesWritten">Files written or replaced; a file whose bytes did not change is not among them.</param>
public sealed record BuildReport(
    IReadOnlyList<MeetingOutput> Meetings,
    IReadOnlyList<string> Roundups,
    IReadOnlyList<Diagnostic> Warnings,
    string FontUsed,
    IReadOnlyCollection<string> FilesWritten,
    TimeSpan Elapsed)
{
    /// <summary>
    /// Nothing the last whole build was made from or wrote had changed: its report was given again without
    /// reading the data (<see cref="Incremental.UpToDateCheck"/>).
    /// </summary>
    public bool UpToDate { get; init; }

    /// <summary>
    /// One error (RG147) per group of files the build made but could not put in place, naming the file that refused;
    /// the meetings concerned are marked <see cref="MeetingOutput.NotReplaced"/>. Empty when everything is in place.
    /// </summary>
    public IReadOnlyList<Diagnostic> NotReplaced { get; init; } = [];

    public int MeetingsBuilt => Meetings.Count(m => !m.Unchanged);

    public int MeetingsUnchanged => Meetings.Count(m => m.Unchanged);
}
