using ReportGen.Build;
using ReportGen.Localization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReportGen.Cli;

/// <summary>The table a build ends with: per meeting its pages, print sheets, copies and what was done; then the totals.</summary>
public static class BuildSummary
{
    public static void Write(IAnsiConsole console, TextWriter output, BuildReport report, BuildOptions options)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowFooters();
        var meetings = report.Meetings;
        table.AddColumn(new TableColumn(Messages.ColumnMeeting).Footer(Messages.TotalLabel(meetings.Count)));
        table.AddColumn(new TableColumn(Messages.ColumnUnit));
        // The reading copy's A4 pages, then the print copy's: A5 pages (blank padding included), four to a sheet.
        table.AddColumn(Right(Messages.ColumnPages, meetings.Sum(m => m.BookletPages)));
        table.AddColumn(new TableColumn(Messages.ColumnPrintPages).RightAligned());
        table.AddColumn(new TableColumn(Messages.ColumnSheetsPerCopy).RightAligned());
        table.AddColumn(Right(Messages.ColumnCopies, meetings.Sum(m => m.Copies)));
        table.AddColumn(Right(Messages.ColumnTotalSheets, meetings.Sum(m => m.PrintJob.TotalSheets)));
        table.AddColumn(Right(Messages.ColumnWarnings, report.Warnings.Count));
        table.AddColumn(new TableColumn(Messages.ColumnStatus));
        foreach (var meeting in meetings)
        {
            var job = meeting.PrintJob;
            table.AddRow(Cells(meeting.Id, meeting.Unit, Number(meeting.BookletPages), Number(job.PrintPages), Number(job.SheetsPerCopy), Number(job.Copies), Number(job.TotalSheets), Number(meeting.Warnings),
                meeting.NotReplaced ? Messages.StatusNotReplaced
                : meeting.Unchanged ? Messages.StatusUnchanged : Messages.StatusBuilt(meeting.Elapsed.TotalSeconds)));
        }
        foreach (var roundup in report.Roundups)
        {
            table.AddRow(Cells(roundup, Messages.RoundupLabel, "", "", "", "", "", "", ""));
        }
        console.Write(table);
        if (options.Only is null && options.Formats.HasFlag(OutputFormats.Md | OutputFormats.Pdf))
        {
            // Plain lines after the table: a long folder name must not be wrapped by the console's width.
            output.WriteLine(Messages.PrintPlanAt(Path.Combine(options.OutputDirectory, "print-plan.md")));
        }
        var drafts = meetings.Where(m => m.Draft).Select(m => m.Id).ToList();
        if (drafts.Count > 0)
        {
            output.WriteLine(Messages.DraftsPrinted(drafts));
        }
        var notReplaced = meetings.Where(m => m.NotReplaced).Select(m => m.Id).ToList();
        if (notReplaced.Count > 0)
        {
            output.WriteLine(Messages.MeetingsNotReplaced(notReplaced));
        }
        output.WriteLine(Messages.BuildDone(report.FilesWritten.Count, Path.GetFullPath(options.OutputDirectory), report.Elapsed.TotalSeconds,
            report.Warnings.Count, report.MeetingsBuilt, report.MeetingsUnchanged));
    }

    /// <summary>
    /// Draws a one-cell table of the summary's kind where nobody sees it: Spectre's table code (its types, markup and
    /// layout; ~15 ms at a cold start) is then ready before the build ends, where it would run on one thread.
    /// </summary>
    public static void Prepare()
    {
        var unseen = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(TextWriter.Null),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        unseen.Write(new Table().Border(TableBorder.Rounded).ShowFooters()
            .AddColumn(new TableColumn("-").Footer("0").RightAligned()).AddRow(Cells("-")));
    }

    private static TableColumn Right(string header, int total) => new TableColumn(header).RightAligned().Footer(Number(total));

    // Numbers as the office reads them (1.250 tờ), whatever the language of the messages.
    private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    // Text, not markup: ids and unit names are data and may hold '[' or ']'.
    private static IRenderable[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];
}
