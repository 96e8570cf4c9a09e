using System.Collections.Concurrent;
using ReportGen.Build;
using ReportGen.Localization;
using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>
/// Progress bars on a terminal: one for the whole build and one per meeting while it is being built
/// (finished meetings leave the list; a province of a hundred meetings shows only those in work).
/// Spectre.Console's progress display is not thread-safe, so the build's threads only queue events and
/// the display thread applies them.
/// </summary>
public sealed class TerminalProgress(IAnsiConsole console) : IBuildProgress
{
    private const int StepsPerMeeting = 3;

    private readonly ConcurrentQueue<Action<ProgressContext>> _events = new();
    private readonly Dictionary<string, ProgressTask> _meetings = new(StringComparer.Ordinal);
    private ProgressTask? _total;

    /// <summary>Runs <paramref name="build"/> on another thread while the bars are drawn on this one.</summary>
    public T Run<T>(Func<IBuildProgress, T> build) => console.Progress()
        .AutoClear(true)
        .HideCompleted(true)
        .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
        .Start(context =>
        {
            var work = Task.Run(() => build(this));
            while (!work.Wait(TimeSpan.FromMilliseconds(100)))
            {
                Apply(context);
            }
            Apply(context);
            return work.GetAwaiter().GetResult();
        });

    public void Planned(IReadOnlyList<string> toBuild, IReadOnlyList<string> unchanged) => _events.Enqueue(context =>
    {
        _total = context.AddTask(Markup.Escape(Messages.Plan(toBuild.Count, unchanged.Count)), maxValue: Math.Max(1, toBuild.Count * StepsPerMeeting));
        if (toBuild.Count == 0)
        {
            _total.Value = _total.MaxValue;
        }
    });

    public void MeetingStarted(string meetingId) => _events.Enqueue(context =>
        _meetings[meetingId] = context.AddTask(Markup.Escape(meetingId), maxValue: StepsPerMeeting));

    public void StepDone(string meetingId, BuildStep step) => _events.Enqueue(_ =>
    {
        if (_meetings.TryGetValue(meetingId, out var task))
        {
            task.Increment(1);
            task.Description = Markup.Escape($"{meetingId}: {StepName(step)}");
        }
        _total?.Increment(1);
    });

    public void MeetingDone(MeetingOutput meeting) => _events.Enqueue(_ =>
    {
        if (_meetings.Remove(meeting.Id, out var task))
        {
            // A meeting made without PDFs has fewer steps: count the rest as done.
            _total?.Increment(task.MaxValue - task.Value);
            task.Value = task.MaxValue;
            task.StopTask();
        }
    });

    public void Note(string line) => _events.Enqueue(_ => console.MarkupLine("[grey]" + Markup.Escape(line) + "[/]"));

    private static string StepName(BuildStep step) => step switch
    {
        BuildStep.Text => Messages.StepText,
        BuildStep.Booklet => Messages.StepBooklet,
        _ => Messages.StepPrintCopy,
    };

    private void Apply(ProgressContext context)
    {
        while (_events.TryDequeue(out var apply))
        {
            apply(context);
        }
        context.Refresh();
    }
}
