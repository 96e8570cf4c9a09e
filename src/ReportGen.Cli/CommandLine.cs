using ReportGen.Build;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Localization;
using ReportGen.Templating;
using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>
/// The <c>reportgen</c> command. It only reads the options and prints; the work is in ReportGen.Build.
/// Exit codes: 0 success, 1 a problem in the data or templates, 2 an internal failure.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalError = 2;

    /// <param name="terminal">
    /// True when <paramref name="output"/> is a terminal someone watches: progress bars and colours. False
    /// (tests, CI, a log file): plain lines. Null: decided from the console.
    /// </param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool? terminal = null, CancellationToken stop = default)
    {
        var verbose = args.Contains("--verbose");
        // The language first, so that every message, even about a wrong option, is in it.
        using var language = Messages.Use(LanguageOf(args, error) ?? Language.Vietnamese);
        try
        {
            args = WithoutLanguage(args);
            if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
            {
                output.WriteLine(Messages.Help);
                return args.Length == 0 ? UserError : Success;
            }
            var isTerminal = terminal ?? (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
            switch (args[0])
            {
                case "check":
                    return Check(ParseBuildOptions(args[1..]), output);
                case "serve":
                    return Serve(args[1..], output, stop);
                case "new":
                    return New(args[1..], output);
                case "watch":
                    return Watch(ParseBuildOptions(args[1..]), output, error, isTerminal, stop);
                case "build":
                    var options = ParseBuildOptions(args[1..]);
                    // Spectre.Console is set up while the build starts (its types and profile: ~10 ms of a cold start); only
                    // a terminal's progress bars need it before the summary. The summary's table is drawn once unseen on the
                    // same task, so that Spectre's table code is ready for the build's end, which runs on one thread.
                    var console = Task.Run(() =>
                    {
                        var made = ConsoleFor(output, isTerminal);
                        BuildSummary.Prepare();
                        return made;
                    });
                    var report = isTerminal
                        ? new TerminalProgress(console.GetAwaiter().GetResult()).Run(progress => SiteBuilder.Run(options, progress))
                        : SiteBuilder.Run(options, new PlainProgress(output));
                    PrintSummary(report, options, console.GetAwaiter().GetResult(), output, error);
                    // Files left open in another program: the rest is built, but the build did not do all it was asked.
                    return report.NotReplaced.Count > 0 ? UserError : Success;
                default:
                    error.WriteLine(Messages.UnknownCommand(args[0]));
                    return UserError;
            }
        }
        catch (UserInputException e)
        {
            PrintFailure(e, error);
            return UserError;
        }
        catch (ArgumentException e) when (e.ParamName == "args")
        {
            error.WriteLine(e.Message.Split(" (Parameter")[0]);
            return UserError;
        }
        catch (Exception e)
        {
            error.WriteLine(Messages.InternalError(e.Message));
            error.WriteLine(verbose ? e.ToString() : Messages.RunWithVerbose);
            return InternalError;
        }
    }

    /// <summary>One build, with bars on a terminal and plain lines elsewhere.</summary>
    private static BuildReport Build(BuildOptions options, IAnsiConsole console, TextWriter output, bool terminal) => terminal
        ? new TerminalProgress(console).Run(progress => SiteBuilder.Run(options, progress))
        : SiteBuilder.Run(options, new PlainProgress(output));

    /// <summary>
    /// <c>reportgen watch</c>: builds, then rebuilds each time a data file or template is saved (only what
    /// changed: the build is incremental). A build that fails prints its errors and the watch goes on.
    /// Stops on Ctrl+C or <paramref name="stop"/>.
    /// </summary>
    private static int Watch(BuildOptions options, TextWriter output, TextWriter error, bool terminal, CancellationToken stop)
    {
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stopped.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var console = ConsoleFor(output, terminal);
            using var watcher = new BuildWatcher([options.DataDirectory, options.TemplatesDirectory], [options.OutputDirectory], TimeSpan.FromMilliseconds(300));
            while (true)
            {
                try
                {
                    PrintSummary(Build(options, console, output, terminal), options, console, output, error);
                }
                catch (UserInputException e)
                {
                    PrintFailure(e, error);
                }
                catch (ArgumentException e) when (e.ParamName == "args")
                {
                    error.WriteLine(e.Message.Split(" (Parameter")[0]);
                }
                output.WriteLine(Messages.Watching(options.DataDirectory, options.TemplatesDirectory));
                var changed = watcher.WaitForChanges(stopped.Token);
                if (changed is null)
                {
                    output.WriteLine(Messages.Stopped);
                    return Success;
                }
                foreach (var file in changed)
                {
                    output.WriteLine(Messages.ChangeSeen(Path.GetRelativePath(Environment.CurrentDirectory, file)));
                }
            }
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void PrintFailure(UserInputException e, TextWriter error)
    {
        foreach (var diagnostic in e.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }
        error.WriteLine(Messages.BuildFailed(e.Diagnostics.Count(d => d.Severity == Severity.Error)));
    }

    /// <summary>The language asked with <c>--lang</c>, or REPORTGEN_LANG; null: the default.</summary>
    private static Language? LanguageOf(string[] args, TextWriter error)
    {
        var index = Array.IndexOf(args, "--lang");
        var value = index >= 0 && index + 1 < args.Length ? args[index + 1] : Environment.GetEnvironmentVariable("REPORTGEN_LANG");
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var language = Messages.ParseLanguage(value);
        if (language is null)
        {
            error.WriteLine(Messages.UnknownLanguage(value));
        }
        return language;
    }

    private static string[] WithoutLanguage(string[] args)
    {
        var index = Array.IndexOf(args, "--lang");
        if (index < 0)
        {
            return args;
        }
        if (index + 1 >= args.Length || Messages.ParseLanguage(args[index + 1]) is null)
        {
            throw new ArgumentException(Messages.UnknownLanguage(index + 1 < args.Length ? args[index + 1] : ""), nameof(args));
        }
        return [.. args[..index], .. args[(index + 2)..]];
    }

    /// <summary>Spectre.Console writing to <paramref name="output"/>: colours on a terminal, plain text elsewhere.</summary>
    private static IAnsiConsole ConsoleFor(TextWriter output, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            // A log has no width; wide enough that unit names are not wrapped.
            console.Profile.Width = 132;
        }
        return console;
    }

    /// <summary>
    /// <c>reportgen check</c>: validates the data and the templates, writes nothing, prints every diagnostic
    /// and a count line. 0 when there is no error (warnings allowed), 1 otherwise.
    /// </summary>
    private static int Check(BuildOptions options, TextWriter output)
    {
        var diagnostics = new List<Diagnostic>();
        // The theme, the data and the templates are read at once (a check starts faster); the theme's spelling is asked
        // by the data only to name it in the warning on mixed tone marks. The diagnostics keep their order: data, themes, templates.
        var themeLoading = Task.Run(() => ReportGen.Booklet.BookletTheme.Load(Path.Combine(options.TemplatesDirectory, "theme.yaml")));
        // The A5 copy's theme too: the build reads it before any meeting, and stops at its mistakes as at theme.yaml's.
        var printThemeLoading = Task.Run(() => ReportGen.Booklet.BookletTheme.Load(Path.Combine(options.TemplatesDirectory, PrintCopy.ThemeFile)));
        var templatesLoading = Task.Run(() => TemplateRenderer.Load(options.TemplatesDirectory));
        var loaded = DataLoader.CheckDirectory(options.DataDirectory, () =>
            themeLoading.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.Text.ToneMarks : Core.Wording.ToneMarkStyle.New).Result);
        diagnostics.AddRange(loaded.Diagnostics);
        foreach (var theme in new Task[] { themeLoading, printThemeLoading })
        {
            try
            {
                theme.GetAwaiter().GetResult();
            }
            catch (UserInputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        try
        {
            templatesLoading.GetAwaiter().GetResult();
        }
        catch (UserInputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }
        try
        {
            // The output folder the build would write: refused here as the build would refuse it.
            OutputFolderRules.Check(options);
        }
        catch (UserInputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }
        // How each sheet's columns were understood, so a person sees which column became 'plan' before trusting the booklet.
        foreach (var reading in loaded.Data?.Meetings.SelectMany(m => m.SheetsRead) ?? [])
        {
            output.WriteLine(reading);
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine(errors == 0 ? Messages.CheckPassed(warnings) : Messages.CheckFailed(errors, warnings));
        return errors == 0 ? Success : UserError;
    }

    /// <summary>
    /// <c>reportgen serve</c>: shows the output folder on 127.0.0.1 until Ctrl+C (or
    /// <paramref name="stop"/>, for tests).
    /// </summary>
    public static int Serve(string[] args, TextWriter output, CancellationToken stop = default)
    {
        var folder = new BuildOptions().OutputDirectory;
        var port = 8080;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException(Messages.PortNeedsValue(args[i]), nameof(args));
            switch (args[i])
            {
                case "--out":
                    folder = Value();
                    break;
                case "--port":
                    var text = Value();
                    if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port)
                        || port is < 1 or > 65535)
                    {
                        throw new ArgumentException(Messages.BadPort(text), nameof(args));
                    }
                    break;
                case "--verbose":
                    break;
                default:
                    throw new ArgumentException(Messages.UnknownOption(args[i]), nameof(args));
            }
        }
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException(Messages.NoOutputFolder(folder), nameof(args));
        }

        using var server = new PreviewServer(folder, port);
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop cleanly instead of killing the process
            stopped.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            try
            {
                server.Start();
            }
            catch (System.Net.HttpListenerException e)
            {
                throw new ArgumentException(Messages.PortUnavailable(port, e.Message), nameof(args));
            }
            output.WriteLine(Messages.Serving(Path.GetFullPath(folder), server.Address.ToString()));
            stopped.Token.WaitHandle.WaitOne();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        output.WriteLine(Messages.Stopped);
        return Success;
    }

    /// <summary><c>reportgen new &lt;meeting-id&gt;</c>: writes a new meeting's data file, ready to fill.</summary>
    private static int New(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(Messages.NewNeedsId, nameof(args));
        }
        var options = ParseBuildOptions(args.Skip(1).ToArray());
        var path = NewMeeting.Create(args[0], options.DataDirectory, options.TemplatesDirectory);
        output.WriteLine(Messages.NewCreated(path));
        return Success;
    }

    internal static BuildOptions ParseBuildOptions(string[] args)
    {
        // Templates and example data beside the program when it came in a package (ProgramFolders).
        var options = new BuildOptions(ProgramFolders.Data, ProgramFolders.Templates) { SourceDateEpoch = SourceDateEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")) };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException(Messages.OptionNeedsValue(args[i]), nameof(args));
            options = args[i] switch
            {
                "--data" => options with { DataDirectory = Value() },
                "--templates" => options with { TemplatesDirectory = Value() },
                "--out" => options with { OutputDirectory = Value() },
                "--site-url" => options with { SiteUrl = Value() },
                "--only" => options with { Only = Value() },
                "--format" => options with { Formats = ParseFormats(Value()) },
                "--force" => options with { Force = true },
                "--verbose" => options,
                _ => throw new ArgumentException(Messages.UnknownOption(args[i]), nameof(args)),
            };
        }
        return options;
    }

    /// <summary>Reads <c>--format pdf,html,md,docx</c>.</summary>
    public static OutputFormats ParseFormats(string value)
    {
        var formats = OutputFormats.None;
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "pdf" => OutputFormats.Pdf,
                "html" => OutputFormats.Html,
                "md" => OutputFormats.Md,
                "docx" => OutputFormats.Docx,
                _ => throw new ArgumentException(Messages.UnknownFormat(part), "args"),
            };
        }
        return formats == OutputFormats.None
            ? throw new ArgumentException(Messages.NoFormat, "args")
            : formats;
    }

    /// <summary>
    /// Reads SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC. Unset or empty: null.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not such a number.</exception>
    public static DateTimeOffset? SourceDateEpoch(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!long.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new ArgumentException(Messages.BadSourceDateEpoch(value), "args");
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static void PrintSummary(BuildReport report, BuildOptions options, IAnsiConsole console, TextWriter output, TextWriter error)
    {
        foreach (var warning in report.Warnings)
        {
            error.WriteLine(warning);
        }
        foreach (var failure in report.NotReplaced)
        {
            error.WriteLine(failure);
        }
        BuildSummary.Write(console, output, report, options);
    }
}
