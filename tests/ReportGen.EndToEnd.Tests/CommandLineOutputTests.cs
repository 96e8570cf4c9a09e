using ReportGen.Cli;
using ReportGen.Localization;

namespace ReportGen.EndToEnd.Tests;

/// <summary>What <c>reportgen build</c> and <c>reportgen watch</c> print, in both languages, on a terminal and off one.</summary>
public sealed class CommandLineOutputTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("cli");

    private string Data => _workspace.Data;
    private string Output => _workspace.Output;
    private string Templates => _workspace.Templates;

    public void Dispose() => _workspace.Dispose();

    private (int Code, string Output, string Error) Run(bool terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run([.. args, "--data", Data, "--templates", Templates, "--out", Output], output, error, terminal);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_OffATerminal_PrintsPlainLinesAndASummaryTableWithTotals()
    {
        var (code, output, _) = Run(false, "build");

        Assert.Equal(CommandLine.Success, code);
        Assert.DoesNotContain("\u001b[", output); // no terminal control sequences in a log
        Assert.Contains("Làm 2 hội nghị; 0 hội nghị không đổi", output);
        Assert.Matches(@"y-yen-2021: \d+ trang \(\d+,\d giây\)", output);
        var lines = output.Split('\n');
        var total = Assert.Single(lines, l => l.Contains("Tổng cộng: 2 hội nghị", StringComparison.Ordinal));
        // Copies: 350 + 20 for Ý Yên, 280 + 15 for Xuân Trường (seed examples), in Vietnamese digits.
        Assert.Contains("665", total);
        var yYen = Assert.Single(lines, l => l.Contains("y-yen-2021", StringComparison.Ordinal) && l.Contains("đã làm", StringComparison.Ordinal));
        // A4 pages (reading copy), A5 pages (print copy), sheets per copy: four A5 pages to a sheet, never
        // counted from the A4 pages; the A5 copy, with smaller pages, has more of them.
        var numbers = System.Text.RegularExpressions.Regex.Matches(yYen, @"│\s+(\d+)\s+(?=│)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var (a4, a5, sheets) = (numbers[0], numbers[1], numbers[2]);
        Assert.Equal(a5, 4 * sheets);
        Assert.True(a5 > a4, $"A5 {a5} pages, A4 {a4}");
        // Its warnings: the seed's one RG070 (values still examples). Numbers with a thousands dot are not read here.
        Assert.Equal([370, 1], numbers[3..]);
        Assert.Contains("2 hội nghị làm mới, 0 không đổi; 2 cảnh báo", output);
        // The seeds still hold example values: the summary says the booklets are drafts, as their pages do.
        Assert.Single(lines, l => l.StartsWith("Bản dự thảo", StringComparison.Ordinal) && l.Contains("xuan-truong-2021, y-yen-2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Again_SaysUnchanged_AndWroteNothing()
    {
        Run(false, "build");
        var (code, output, _) = Run(false, "build");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Làm 0 hội nghị; 2 hội nghị không đổi", output);
        Assert.Contains("Đã ghi 0 tệp", output);
        Assert.Single(output.Split('\n'), l => l.Contains("y-yen-2021", StringComparison.Ordinal) && l.Contains("không đổi", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LangEn_SpeaksEnglish_DocumentsStayVietnamese()
    {
        var (code, output, _) = Run(false, "build", "--lang", "en");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Building 2 meetings; 0 unchanged", output);
        Assert.Contains("Total: 2 meetings", output);
        Assert.Contains("built (", output);
        Assert.DoesNotContain("Tổng cộng", output);
        Assert.Contains("Tổng kết", File.ReadAllText(Path.Combine(Output, "y-yen-2021", "article.md")), StringComparison.OrdinalIgnoreCase);
        // The language does not leak out of the command.
        Assert.Equal(Language.Vietnamese, Messages.Language);
    }

    [Fact]
    public void LangEn_AppliesToOptionErrorsAndHelp()
    {
        var error = new StringWriter();
        Assert.Equal(CommandLine.UserError, CommandLine.Run(["build", "--colour", "--lang", "en"], new StringWriter(), error));
        Assert.Equal("Unknown option '--colour'. See 'reportgen --help'.", error.ToString().Trim());

        var help = new StringWriter();
        Assert.Equal(CommandLine.Success, CommandLine.Run(["--help", "--lang", "en"], help, new StringWriter()));
        Assert.Contains("reportgen watch", help.ToString());
        Assert.Contains("--force", help.ToString());
        Assert.DoesNotContain("Cách dùng", help.ToString());
    }

    [Fact]
    public void UnknownLanguage_IsAUserError()
    {
        var error = new StringWriter();
        Assert.Equal(CommandLine.UserError, CommandLine.Run(["build", "--lang", "fr"], new StringWriter(), error));
        Assert.Contains("--lang vi", error.ToString());
    }

    [Fact]
    public void Build_OnATerminal_DrawsTheTableWithTheSameFacts()
    {
                var (code, output, _) = Run(true, "build");
        Assert.Equal(CommandLine.Success, code);
        // The live display ran (it hides the cursor while it redraws); what it shows is tested below.
        Assert.Contains("\u001b[?25l", output);
        var text = System.Text.RegularExpressions.Regex.Replace(output, @"\u001b\[[0-9;?]*[A-Za-z]", "");
        Assert.Contains("665", text); // total copies in the table's footer
        Assert.Contains("2 hội nghị làm mới, 0 không đổi", text);
    }

    [Fact]
    public void TerminalProgress_ShowsABarPerMeetingInWork_WithItsStep()
    {
        var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(output),
            Ansi = Spectre.Console.AnsiSupport.Yes,
            Interactive = Spectre.Console.InteractionSupport.Yes,
        });
        // No waiting on the display's clock: the last frame, drawn when the work ends, shows the state reached.
        var result = new TerminalProgress(console).Run(progress =>
        {
            progress.Planned(["hai-hau-2025", "giao-thuy-2025"], ["nam-truc-2025"]);
            progress.MeetingStarted("hai-hau-2025");
            progress.StepDone("hai-hau-2025", ReportGen.Build.BuildStep.Text);
            return 42;
        });

        Assert.Equal(42, result);
        var text = output.ToString();
        Assert.Contains("Làm 2 hội nghị; 1 hội nghị không đổi", text);
        Assert.Matches(@"hai-hau-2025: nội dung[^\n]*33%", text);
        Assert.DoesNotContain("giao-thuy-2025", text); // not started: no bar yet
    }

    [Fact]
    public async Task Watch_RebuildsWhenADataFileIsSaved_AndStopsCleanly()
    {
        var output = new SynchronizedWriter();
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(() => CommandLine.Run(["watch", "--data", Data, "--templates", Templates, "--out", Output], output, new StringWriter(), false, stop.Token));

        WaitFor(() => Count(output.ToString(), "Đang theo dõi") == 1, watch);
        var file = Path.Combine(Data, "y-yen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("delegates: 350", "delegates: 351", StringComparison.Ordinal));
        WaitFor(() => Count(output.ToString(), "Đang theo dõi") == 2, watch);
        stop.Cancel();

        Assert.Equal(CommandLine.Success, await watch.WaitAsync(TimeSpan.FromSeconds(30)));
        var text = output.ToString();
        Assert.Contains("y-yen.yaml", text); // the change it saw
        Assert.Contains("Làm 1 hội nghị; 1 hội nghị không đổi", text); // only Ý Yên again
        Assert.Contains("Đã dừng.", text);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static void WaitFor(Func<bool> condition, Task watch)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.False(watch.IsCompleted, "watch ended early");
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the watch");
            Thread.Sleep(50);
        }
    }

    /// <summary>A StringWriter the watch thread writes to while the test reads it.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
