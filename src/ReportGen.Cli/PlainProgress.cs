using ReportGen.Build;
using ReportGen.Localization;

namespace ReportGen.Cli;

/// <summary>
/// Progress as plain lines, for output that is not a terminal (CI, a log file): one line per finished
/// meeting, no cursor movement, nothing to clean up.
/// </summary>
public sealed class PlainProgress(TextWriter output) : IBuildProgress
{
    private readonly Lock _gate = new();

    public void Planned(IReadOnlyList<string> toBuild, IReadOnlyList<string> unchanged) => Write(Messages.Plan(toBuild.Count, unchanged.Count));

    public void MeetingStarted(string meetingId) { }

    public void StepDone(string meetingId, BuildStep step) { }

    public void MeetingDone(MeetingOutput meeting) =>
        Write(Messages.MeetingBuilt(meeting.Id, meeting.BookletPages, meeting.Elapsed.TotalSeconds));

    public void Note(string line) => Write(line);

    // Meetings finish on several threads: one line at a time.
    private void Write(string line)
    {
        lock (_gate)
        {
            output.WriteLine(line);
        }
    }
}
