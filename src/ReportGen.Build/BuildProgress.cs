namespace ReportGen.Build;

/// <summary>The stages of one meeting's build, in order, for a progress display.</summary>
public enum BuildStep
{
    /// <summary>Templates rendered: article, web page, the booklet's Markdown.</summary>
    Text,

    /// <summary>The A4 reading copy laid out and written as PDF.</summary>
    Booklet,

    /// <summary>The A5 print copy laid out and imposed.</summary>
    PrintCopy,
}

/// <summary>
/// Told what a build is doing as it goes. Called from several threads at once (meetings are built in
/// parallel): implementations must be thread-safe.
/// </summary>
public interface IBuildProgress
{
    /// <summary>The meetings this build will make, and those it keeps because nothing they depend on changed.</summary>
    void Planned(IReadOnlyList<string> toBuild, IReadOnlyList<string> unchanged);

    /// <summary>A worker starts on a meeting.</summary>
    void MeetingStarted(string meetingId);

    /// <summary>A meeting finished a step; <see cref="BuildStep"/> values arrive in order per meeting.</summary>
    void StepDone(string meetingId, BuildStep step);

    /// <summary>A meeting is built (not called for unchanged ones).</summary>
    void MeetingDone(MeetingOutput meeting);

    /// <summary>A line of information, e.g. the font used.</summary>
    void Note(string line);
}

/// <summary>Progress nobody watches.</summary>
public sealed class NoProgress : IBuildProgress
{
    public static readonly NoProgress Instance = new();

    public void Planned(IReadOnlyList<string> toBuild, IReadOnlyList<string> unchanged) { }

    public void MeetingStarted(string meetingId) { }

    public void StepDone(string meetingId, BuildStep step) { }

    public void MeetingDone(MeetingOutput meeting) { }

    public void Note(string line) { }
}
