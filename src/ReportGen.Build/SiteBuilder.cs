using System.Collections.Concurrent;
using System.Diagnostics;
using ReportGen.Build.Incremental;
using ReportGen.Booklet;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Localization;
using ReportGen.Core.Model;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;
using ReportGen.Templating.Documents;
using ReportGen.Templating.Formatting;

namespace ReportGen.Build;

/// <summary>
/// The whole build: data and templates in, per meeting a booklet PDF, a web page and an article, per
/// roundup an article and a page, and the index. Validation and layout run first; files are written
/// only when everything succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds everything the options ask for. The user's mistakes and the user's environment (a folder that
    /// cannot be written, a full disk) come out as a <see cref="UserInputException"/>; anything else is a bug.
    /// </summary>
    public static BuildReport Run(BuildOptions options, IBuildProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return RunChecked(options, progress);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UserInputException(Diagnostic.Error(DiagnosticCodes.OutputNotWritable,
                Messages.OutputNotWritable(Core.Security.TextSafety.Escape(e.Message)), options.OutputDirectory));
        }
    }

    private static BuildReport RunChecked(BuildOptions options, IBuildProgress? progress)
    {
        progress ??= NoProgress.Instance;
        var clock = Stopwatch.StartNew();
        if (LastReportIfUnchanged(options, progress, clock) is { } unchanged)
        {
            return unchanged;
        }

        // The theme is read while the data is checked (a cold start of one meeting waits less): the data needs it only to
        // name the printed tone-mark placement in the warning on a file that mixes both, and waits for it only then.
        // The templates and fonts are read as soon as the theme is, still while the data is checked.
        var themePath = Path.Combine(options.TemplatesDirectory, "theme.yaml");
        var themeLoading = Task.Run(() => BookletTheme.Load(themePath));
        var templatesLoading = themeLoading.ContinueWith(
            loadedTheme => TemplateRenderer.Load(options.TemplatesDirectory, loadedTheme.GetAwaiter().GetResult().Text.ToSpelling()), TaskScheduler.Default);
        var fontsLoading = themeLoading.ContinueWith(loadedTheme =>
        {
            var fontsTheme = loadedTheme.GetAwaiter().GetResult();
            return FontLibrary.Load(fontsTheme.Fonts.Stack, UserFontDirectories(options, fontsTheme));
        }, TaskScheduler.Default);
        var printThemeLoading = themeLoading.ContinueWith(
            loadedTheme => PrintCopy.ThemeOf(options.TemplatesDirectory, loadedTheme.GetAwaiter().GetResult()), TaskScheduler.Default);
        BookletTheme theme;
        BookletTheme printTheme;
        LoadResult loaded;
        TemplateRenderer templates;
        try
        {
            // The same validation as 'reportgen check': every error of every file, or nothing is built.
            loaded = DataLoader.CheckDirectory(options.DataDirectory, () => PrintedToneMarks(themeLoading));
            // A theme that cannot be read is said first, as when it was read before the data; then the A5 copy's.
            theme = themeLoading.GetAwaiter().GetResult();
            printTheme = printThemeLoading.GetAwaiter().GetResult();
            if (loaded.Data is null)
            {
                throw new UserInputException([.. loaded.Diagnostics.Where(d => d.Severity == Severity.Error)]);
            }
            if (options.Only is { } only && loaded.Data.Meetings.All(m => m.Id != only))
            {
                var nearest = DidYouMean.Closest(only, loaded.Data.Meetings.Select(m => m.Id));
                // ParamName "args": the command line reports it as a user error (exit code 1).
                throw new ArgumentException(Messages.UnknownMeetingId(only, nearest, loaded.Data.Meetings.Select(m => m.Id)), "args");
            }
            templates = templatesLoading.GetAwaiter().GetResult();
        }
        catch
        {
            // Nothing is built: the loads in flight end unobserved, and the fonts' files are let go.
            Task.WaitAll([templatesLoading.ContinueWith(_ => { }), fontsLoading.ContinueWith(_ => { }), printThemeLoading.ContinueWith(_ => { })]);
            if (fontsLoading.IsCompletedSuccessfully)
            {
                fontsLoading.Result.Dispose();
            }
            throw;
        }
        var data = loaded.Data;
        // One meeting asked for (the common case while writing a report): its documents are rendered while the fonts
        // are awaited, the output folder locked and the inputs hashed, on the core that would idle meanwhile. When the
        // meeting turns out unchanged, they are dropped unused.
        var earlyDocuments = options.Only is { } onlyId && data.Meetings.FirstOrDefault(m => m.Id == onlyId) is { } onlyMeeting
            ? (Meeting: onlyMeeting, Documents: Task.Run(() => templates.Documents(onlyMeeting)))
            : default;
        IReadOnlyList<RenderedDocument> DocumentsOf(Meeting meeting) => ReferenceEquals(meeting, earlyDocuments.Meeting)
            ? earlyDocuments.Documents.GetAwaiter().GetResult()
            : templates.Documents(meeting);
        string[] userFontDirectories = UserFontDirectories(options, theme);
        using var fonts = fontsLoading.GetAwaiter().GetResult();
        var warnings = new List<Diagnostic>(loaded.Diagnostics);

        if (fonts.Stack.Count == 0)
        {
            throw new UserInputException(Diagnostic.Error(DiagnosticCodes.NoFont, Messages.NoFontFound(theme.Fonts.Stack),
                Path.Combine(options.TemplatesDirectory, "theme.yaml")));
        }
        var fontUsed = FontChoice.Describe(fonts, theme.Fonts.Stack);
        progress.Note(fontUsed);

        // One build at a time per output folder; what a killed build left is put right first.
        OutputFolderRules.Check(options);
        using var outputLock = OutputLock.Acquire(options.OutputDirectory);

        // Which meetings to make: those asked for, less those whose inputs hash as in the last build.
        var state = BuildState.Load(options.OutputDirectory);
        var inputs = BuildInputs.Shared(options, fonts, userFontDirectories);
        var selected = data.Meetings.Where(m => options.Only is null || m.Id == options.Only).ToList();
        var hashes = InputHashes(selected, inputs);
        var reused = options.Force
            ? []
            : selected.Select(m => (m.Id, Record: state.Reusable(m.Id, hashes[m.Id], options.OutputDirectory)))
                .Where(r => r.Record is not null).ToDictionary(r => r.Id, r => r.Record!, StringComparer.Ordinal);
        var toBuild = selected.Where(m => !reused.ContainsKey(m.Id)).ToList();
        progress.Planned([.. toBuild.Select(m => m.Id)], [.. reused.Keys]);

        using var files = new OutputFiles(options.OutputDirectory);
        var shaper = new TextShaper(fonts);
        // The roundups, the index page and the search index's other pages are made while the meetings are built.
        var searchKey = options.Only is null && options.Formats.HasFlag(OutputFormats.Html) ? SearchKey(data, hashes) : null;
        var site = SiteFiles.Start(data, templates, files, options, state, searchKey,
            toBuild.Select(m => m.Id).ToHashSet(StringComparer.Ordinal), reused.Keys.ToHashSet(StringComparer.Ordinal));
        // What the search index holds of each meeting built now, made from the documents the build renders anyway.
        var searchPages = new ConcurrentDictionary<string, Templating.Search.IndexedSearchPage>(StringComparer.Ordinal);
        Dictionary<string, MeetingOutput> built;
        try
        {
            built = BuildMeetings(toBuild, templates, DocumentsOf, theme, printTheme, shaper, fonts, files, options, progress, warnings, searchPages);
        }
        catch
        {
            site.Abandon();
            throw;
        }
        // The build state's JSON metadata (System.Text.Json configuring each property: ~20 ms at a cold start) is made on
        // the other core while this one makes the search index and moves the files into place.
        var stateJson = Task.Run(BuildState.PrepareJson);
        // So is what the next build's shortcut keeps after a whole build (every data, template and referred file read
        // twice: ~25 ms of a 100-meeting build's one-threaded end). The key's inputs are read first and the inputs
        // checked against the build's start after: an input changed in between is seen by the check, and not kept.
        var upToDateInputs = options.Only is null
            ? Task.Run(() =>
            {
                var read = UpToDateCheck.Inputs(options, data.Meetings.SelectMany(ReferencedFiles), inputs.FontFiles, userFontDirectories);
                var unchanged = inputs.SameAs(BuildInputs.Shared(options, fonts, userFontDirectories))
                    && selected.All(m => inputs.For(m, ReferencedFiles(m)) == hashes[m.Id]);
                return unchanged ? read : null;
            })
            : null;
        var roundups = site.Finish(searchPages);
        if (options.Formats.HasFlag(OutputFormats.Html))
        {
            state.SearchKey = searchKey;
        }

        // A meeting whose data still holds example values prints with a draft mark; the summary says so too.
        var outputs = selected.Select(m => (built.TryGetValue(m.Id, out var output)
            ? output
            : reused[m.Id].ToUnchangedOutput(m.Id)) with { Draft = m.Examples.Count > 0 }).ToList();

        if (options.Only is null && options.Formats.HasFlag(OutputFormats.Md | OutputFormats.Pdf))
        {
            // With --only the plan would lose the other meetings: the previous one stays.
            files.Add("print-plan.md", PrintPlan.ToMarkdown([.. outputs.Select(m => m.PrintJob)]));
        }

        var stagedPaths = files.Paths;
        var written = files.Commit().ToList();
        // A meeting whose files could not all be replaced (a PDF open in a reader, on Windows) kept its previous
        // files whole: it is not recorded as built, so the next build makes it again.
        var notReplaced = files.NotReplaced;
        var failed = notReplaced.Select(f => f.Group).ToHashSet(StringComparer.Ordinal);
        // Each meeting's warnings, for its line of the summary: counted by file once (each meeting's path against every
        // warning's was 100 ms of a 100-meeting build's one-threaded end).
        var sourceOf = data.Meetings.ToDictionary(m => m.Id, m => Path.GetFullPath(m.SourcePath), StringComparer.Ordinal);
        var warningsIn = warnings.CountBy(w => Path.GetFullPath(w.File)).ToDictionary(StringComparer.Ordinal);
        outputs = [.. outputs.Select(o => o with
        {
            Warnings = warningsIn.GetValueOrDefault(sourceOf[o.Id]),
            NotReplaced = failed.Contains(o.Id),
        })];
        // The state last, once the outputs are in place: it records them as written.
        var stagedByGroup = stagedPaths.ToLookup(OutputFiles.GroupOf, StringComparer.Ordinal);
        foreach (var meeting in outputs.Where(m => !failed.Contains(m.Id)))
        {
            state.Meetings[meeting.Id] = built.ContainsKey(meeting.Id)
                ? Record(meeting, hashes[meeting.Id], stagedByGroup[meeting.Id], options.OutputDirectory)
                : reused[meeting.Id] with { Draft = meeting.Draft, Warnings = meeting.Warnings };
        }
        var report = new BuildReport(outputs, roundups, warnings, fontUsed, written, clock.Elapsed)
        {
            NotReplaced = [.. notReplaced.Select(f => Diagnostic.Error(DiagnosticCodes.OutputFileInUse,
                Messages.OutputFileInUse(f.FullPath, Path.GetFileName(f.FullPath), f.Group, TextSafetyEscape(f.Reason)), f.FullPath))],
        };
        state.UpToDate = null;
        // The shortcut of the next build is kept only after a whole build whose files are all in place.
        if (options.Only is null && failed.Count == 0)
        {
            // A meeting no longer in the data is forgotten (its old files stay, as they always did).
            foreach (var gone in state.Meetings.Keys.Except(data.Meetings.Select(m => m.Id)).ToList())
            {
                state.Meetings.Remove(gone);
            }
            // Kept for the next build only if no input changed while this one ran: what it made is what they make now.
            if (upToDateInputs!.GetAwaiter().GetResult() is { } madeFrom)
            {
                var siteFiles = new SortedDictionary<string, FileRecord>(StringComparer.Ordinal);
                // The site's own files: those outside the state folder that no meeting's group holds (its folder).
                var meetingIds = data.Meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var path in stagedPaths.Append(Templating.Search.SearchIndex.FileName).Distinct(StringComparer.Ordinal)
                             .Where(p => !p.StartsWith(OutputFiles.StateFolder + "/", StringComparison.Ordinal) && !meetingIds.Contains(OutputFiles.GroupOf(p))))
                {
                    if (UpToDateCheck.FileOnDisk(options.OutputDirectory, path) is { } file)
                    {
                        siteFiles[path] = file;
                    }
                }
                UpToDateCheck.Record(options, state, report, madeFrom, siteFiles);
            }
        }
        else if (upToDateInputs is not null)
        {
            // Not kept (a file could not be replaced): still waited for, so no reading of the inputs outlives the build.
            upToDateInputs.ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        }
        using (var stateFile = new OutputFiles(options.OutputDirectory))
        {
            stateJson.GetAwaiter().GetResult();
            stateFile.Add(BuildState.RelativePath, state.ToJson());
            written.AddRange(stateFile.Commit());
        }
        return report with { Elapsed = clock.Elapsed };
    }

    /// <summary>
    /// The last whole build's report when nothing it was made from or wrote has changed (<see cref="UpToDateCheck"/>):
    /// the data is not even read. Under the folder's lock, so a build running now or killed before is seen.
    /// </summary>
    private static BuildReport? LastReportIfUnchanged(BuildOptions options, IBuildProgress progress, Stopwatch clock)
    {
        if (options.Force || options.Only is not null || !File.Exists(BuildState.PathIn(options.OutputDirectory)))
        {
            return null;
        }
        OutputFolderRules.Check(options);
        using var outputLock = OutputLock.Acquire(options.OutputDirectory);
        if (UpToDateCheck.LastReportIfUnchanged(options, BuildState.Load(options.OutputDirectory), clock) is not { } report)
        {
            return null;
        }
        progress.Note(report.FontUsed);
        progress.Planned([], [.. report.Meetings.Select(m => m.Id)]);
        return report;
    }

    /// <summary>
    /// Builds the meetings on all cores. Fonts, the shaper's cache and the templates are shared and
    /// read-only (or concurrent); each worker has its own composers. No lock: charts are laid out by the
    /// engine like text, and drawn as plain shapes and glyph runs.
    /// </summary>
    private static Dictionary<string, MeetingOutput> BuildMeetings(IReadOnlyList<Meeting> meetings, TemplateRenderer templates,
        Func<Meeting, IReadOnlyList<RenderedDocument>> documentsOf, BookletTheme theme, BookletTheme printTheme,
        TextShaper shaper, FontLibrary fonts, OutputFiles files, BuildOptions options, IBuildProgress progress, List<Diagnostic> warnings,
        ConcurrentDictionary<string, Templating.Search.IndexedSearchPage> searchPages)
    {
        var results = new ConcurrentDictionary<string, MeetingOutput>(StringComparer.Ordinal);
        var errors = new ConcurrentBag<Diagnostic>();
        // Warnings found while laying out: characters no font has, words cut to fit, blocks set as text.
        var layoutWarnings = new ConcurrentBag<Diagnostic>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? Environment.ProcessorCount };
        var docx = WordFiles.SettingsOf(theme);
        // Fewer meetings than cores (one meeting, the common case while writing a report): each lays out its A4 and
        // A5 copies at once, so the cores idle less. With more, the meetings themselves keep every core busy.
        var copiesAtOnce = meetings.Count < (parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount);
        // One meeting at a time to each worker (not chunks of several): the build ends when the last meeting does, and
        // a chunk handed out near the end left one core idle while the other finished it.
        Parallel.ForEach(Partitioner.Create(meetings, EnumerablePartitionerOptions.NoBuffering), parallel,
            () => (Composer: new BookletComposer(shaper, theme), PrintCopy: PrintCopy.Create(shaper, printTheme)),
            (meeting, _, worker) =>
            {
                var clock = Stopwatch.StartNew();
                progress.MeetingStarted(meeting.Id);
                // Locked: the A4 and A5 copies of one meeting may be laid out at once (BuildMeeting).
                var missing = new List<MissingGlyph>();
                void OnMissing(MissingGlyph glyph) { lock (missing) missing.Add(glyph); }
                var overwide = new HashSet<string>(StringComparer.Ordinal);
                void OnOverwide(string word) { lock (overwide) overwide.Add(word); }
                var unknownBlocks = new HashSet<string>(StringComparer.Ordinal);
                void OnUnknown(string kind) { lock (unknownBlocks) unknownBlocks.Add(kind); }
                worker.Composer.UnknownBlock += OnUnknown;
                worker.Composer.MissingGlyph += OnMissing;
                worker.PrintCopy.Composer.MissingGlyph += OnMissing;
                worker.Composer.OverwideWord += OnOverwide;
                worker.PrintCopy.Composer.OverwideWord += OnOverwide;
                try
                {
                    var output = BuildMeeting(meeting, templates, documentsOf(meeting), worker.Composer, worker.PrintCopy, files, options, docx,
                        step => progress.StepDone(meeting.Id, step), searchPages, copiesAtOnce) with { Elapsed = clock.Elapsed };
                    results[meeting.Id] = output;
                    progress.MeetingDone(output);
                }
                catch (LayoutException e)
                {
                    errors.Add(Diagnostic.Error(DiagnosticCodes.LayoutError, e.Message, meeting.SourcePath));
                }
                catch (UserInputException e)
                {
                    foreach (var diagnostic in e.Diagnostics)
                    {
                        errors.Add(diagnostic);
                    }
                }
                finally
                {
                    worker.Composer.MissingGlyph -= OnMissing;
                    worker.PrintCopy.Composer.MissingGlyph -= OnMissing;
                    worker.Composer.OverwideWord -= OnOverwide;
                    worker.Composer.UnknownBlock -= OnUnknown;
                    worker.PrintCopy.Composer.OverwideWord -= OnOverwide;
                }
                foreach (var word in overwide.Order(StringComparer.Ordinal))
                {
                    layoutWarnings.Add(OverwideWarning(meeting, word));
                }
                foreach (var kind in unknownBlocks.Order(StringComparer.Ordinal))
                {
                    layoutWarnings.Add(Diagnostic.Warning(DiagnosticCodes.UnknownBlock, Messages.UnknownBlock(kind), meeting.SourcePath));
                }
                foreach (var glyph in missing.Distinct())
                {
                    layoutWarnings.Add(Diagnostic.Warning(DiagnosticCodes.MissingGlyph, Messages.MissingGlyph(glyph.ToString()), meeting.SourcePath));
                }
                return worker;
            },
            _ => { });
        if (!errors.IsEmpty)
        {
            // Every meeting's problems at once, in file order.
            throw new UserInputException([.. errors.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)]);
        }
        warnings.AddRange(layoutWarnings.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal));
        return new Dictionary<string, MeetingOutput>(results, StringComparer.Ordinal);
    }

    /// <summary>
    /// The warning for a word cut to fit its line, at the first place the meeting's data file (or one of its
    /// Markdown files) writes it, so the secretary can shorten it or put a space in it.
    /// </summary>
    private static Diagnostic OverwideWarning(Meeting meeting, string word)
    {
        var shown = word.Length > 60 ? word[..57] + "…" : word;
        foreach (var file in new[] { Path.GetFullPath(meeting.SourcePath) }.Concat(ReferencedFiles(meeting)))
        {
            var text = File.Exists(file) ? File.ReadAllText(file) : "";
            // The layout glued some spaces (VietnameseBreaks): the data has plain ones.
            var at = text.IndexOf(word.Replace('\u00A0', ' '), StringComparison.Ordinal);
            if (at >= 0)
            {
                var (line, column) = TextPosition.Of(text, at);
                return Diagnostic.Warning(DiagnosticCodes.OverwideWord, Messages.OverwideWord(shown), file, line, column);
            }
        }
        return Diagnostic.Warning(DiagnosticCodes.OverwideWord, Messages.OverwideWord(shown), meeting.SourcePath);
    }

    /// <summary>
    /// Files other than its data file that a meeting's outputs are made from: its documents' Markdown or Word
    /// files, and the workbooks or CSV files its delegate lists, awards' names, indicators and agenda are read from.
    /// </summary>
    private static IEnumerable<string> ReferencedFiles(Meeting meeting)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(meeting.SourcePath)) ?? ".";
        return meeting.Documents.Where(d => !string.IsNullOrWhiteSpace(d.File)).Select(d => d.File!)
            .Concat(meeting.Documents.Where(d => !string.IsNullOrWhiteSpace(d.DelegatesFrom?.File)).Select(d => d.DelegatesFrom!.File))
            .Concat(meeting.Emulation.Awards.Where(a => !string.IsNullOrWhiteSpace(a.NamesFrom?.File)).Select(a => a.NamesFrom!.File))
            .Concat(meeting.Results.Fields.Where(f => !string.IsNullOrWhiteSpace(f.IndicatorsFrom?.File)).Select(f => f.IndicatorsFrom!.File))
            .Concat(string.IsNullOrWhiteSpace(meeting.Info.AgendaFrom?.File) ? [] : [meeting.Info.AgendaFrom.File])
            .Select(f => Core.Security.DataFilePaths.Locate(folder, f).FullPath);
    }

    /// <summary>
    /// Each meeting's input hash (its data file and referred files read and hashed), on every core: for 100 meetings ~10 ms
    /// of one core on the build's one-threaded path between the check and the meetings.
    /// </summary>
    private static Dictionary<string, string> InputHashes(List<Meeting> meetings, BuildInputs inputs)
    {
        var hashed = new string[meetings.Count];
        try
        {
            Parallel.For(0, meetings.Count, i => hashed[i] = inputs.For(meetings[i], ReferencedFiles(meetings[i])));
        }
        catch (AggregateException e)
        {
            // A file that cannot be read is reported as such by Run, not as the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return meetings.Select((m, i) => (m.Id, Hash: hashed[i])).ToDictionary(h => h.Id, h => h.Hash, StringComparer.Ordinal);
    }

    /// <summary>Every meeting's input hash and every roundup file's bytes, hashed: what the search index is made from.</summary>
    private static string SearchKey(DataSet data, IReadOnlyDictionary<string, string> hashes)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var meeting in data.Meetings.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{meeting.Id}={hashes[meeting.Id]}\n"));
        }
        foreach (var roundup in data.Roundups.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{roundup.Id}\n"));
            hash.AppendData(File.Exists(roundup.SourcePath) ? File.ReadAllBytes(roundup.SourcePath) : []);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The data's fonts folder the theme names (fonts.user_folder): its fonts come before the shipped ones.</summary>
    private static string[] UserFontDirectories(BuildOptions options, BookletTheme theme) => [Path.Combine(options.DataDirectory, theme.Fonts.UserFolder)];

    /// <summary>
    /// The tone-mark placement the theme prints, for the data's warning on mixed placements; waits for the theme. A theme
    /// that could not be read is reported once the data is checked, so its placement is then the default here.
    /// </summary>
    private static Core.Wording.ToneMarkStyle PrintedToneMarks(Task<BookletTheme> themeLoading)
    {
        try
        {
            themeLoading.Wait();
        }
        catch (AggregateException)
        {
            return Core.Wording.ToneMarkStyle.New;
        }
        return themeLoading.Result.Text.ToneMarks;
    }

    private static string TextSafetyEscape(string text) => Core.Security.TextSafety.Escape(text);

    internal static string? PageUrl(BuildOptions options, string id) =>
        options.SiteUrl is { Length: > 0 } site ? $"{site.TrimEnd('/')}/{id}/" : null;

    private static MeetingRecord Record(MeetingOutput meeting, string inputHash, IEnumerable<string> paths, string outputDirectory)
    {
        var files = new SortedDictionary<string, FileRecord>(StringComparer.Ordinal);
        foreach (var relative in paths.Where(p => p.StartsWith(meeting.Id + "/", StringComparison.Ordinal)))
        {
            var info = new FileInfo(Path.Combine(outputDirectory, relative));
            files[relative] = new FileRecord(info.Length, info.LastWriteTimeUtc.Ticks);
        }
        return new MeetingRecord(inputHash, meeting.Unit, meeting.BookletPages, meeting.PrintSheets, meeting.Copies, files, meeting.NoDelegates)
        {
            BlankPages = meeting.BlankPages,
            SheetsForBlanks = meeting.SheetsForBlanks,
            Draft = meeting.Draft,
            Warnings = meeting.Warnings,
        };
    }

    /// <param name="documents">The meeting's documents (agenda, report and appendix when the data lists none): one Markdown each for both media.</param>
    private static MeetingOutput BuildMeeting(Meeting meeting, TemplateRenderer templates, IReadOnlyList<RenderedDocument> documents,
        BookletComposer composer, PrintCopy printCopy,
        OutputFiles files, BuildOptions options, Docx.DocxSettings docx, Action<BuildStep> stepDone,
        ConcurrentDictionary<string, Templating.Search.IndexedSearchPage> searchPages, bool copiesAtOnce)
    {
        var sourceDateEpoch = options.SourceDateEpoch;
        var pdf = options.Formats.HasFlag(OutputFormats.Pdf);
        // The documents' Markdown trees are read by the text outputs and by each copy's elements; let go after the last.
        var treeReaders = new TreeReaders(documents, pdf ? 3 : 1);
        void Text()
        {
            AddTextOutputs(meeting, documents, templates, composer, files, options, docx, searchPages);
            treeReaders.Done();
            // The copies may lay the documents out for a while yet; the template view they carry is not needed by them.
            TemplateRenderer.ViewsRead(documents);
            stepDone(BuildStep.Text);
        }
        if (!pdf)
        {
            // No PDF asked: no layout at all (the slow part).
            Text();
            return new MeetingOutput(meeting.Id, meeting.Unit.FullName, 0) { Copies = meeting.Info.Copies, NoDelegates = meeting.Info.Delegates is null };
        }

        var bookletPages = 0;
        void ReadingCopy()
        {
            // Each page written as soon as it is laid out (PdfPageWriter): a thick booklet does not hold all its pages.
            files.Add($"{meeting.Id}/booklet.pdf", stream =>
                bookletPages = PdfWriter.Write(sink => composer.Compose(meeting, documents, sink: sink, documentsRead: treeReaders.Done), stream,
                    Metadata(meeting, sourceDateEpoch, templates.Spelling)));
            stepDone(BuildStep.Booklet);
        }
        // The print copy: laid out again on A5, imposed on A4 sheets (docs/printing.md).
        // Its back cover carries a QR code to the meeting's page when the site's address is known.
        PrintCopySheets? paper = null;
        void PrintingCopy()
        {
            paper = printCopy.Build(meeting, documents, Metadata(meeting, sourceDateEpoch, templates.Spelling), files, PageUrl(options, meeting.Id), treeReaders.Done);
            stepDone(BuildStep.PrintCopy);
        }
        // The three share only read-only inputs (documents, fonts, the shaper's concurrent cache, the templates); each copy
        // has its own composer, and the web page's charts use the A4 composer's setter, which keeps no state of its own. At once when there are fewer meetings than cores: a single meeting built from a cold
        // start otherwise keeps one core idle most of the time (docs/benchmarks.md).
        if (copiesAtOnce)
        {
            Parallel.Invoke(ReadingCopy, PrintingCopy, Text);
        }
        else
        {
            Text();
            ReadingCopy();
            PrintingCopy();
        }
        return new MeetingOutput(meeting.Id, meeting.Unit.FullName, bookletPages)
        {
            PrintSheets = paper!.Sheets, BlankPages = paper.BlankPages, SheetsForBlanks = paper.SheetsForBlanks,
            Copies = meeting.Info.Copies, NoDelegates = meeting.Info.Delegates is null,
        };
    }

    /// <summary>A meeting's outputs made of text: its part of the search index, its article, web page and Word files.</summary>
    private static void AddTextOutputs(Meeting meeting, IReadOnlyList<RenderedDocument> documents, TemplateRenderer templates, BookletComposer composer,
        OutputFiles files, BuildOptions options, Docx.DocxSettings docx, ConcurrentDictionary<string, Templating.Search.IndexedSearchPage> searchPages)
    {
        if (options.Formats.HasFlag(OutputFormats.Html))
        {
            var page = templates.SearchPageOf(meeting, documents);
            // Its tokens found and its JSON written here, on the meeting's worker: the search index, made after the last
            // meeting with one core idle, then only merges them.
            searchPages[meeting.Id] = Templating.Search.IndexedSearchPage.Of(page);
            // Kept for the builds to come, which will not render this meeting while it is unchanged.
            files.Add(SearchParts.RelativePath(meeting.Id), stream => SearchParts.WriteJson(page, stream));
        }
        if (options.Formats.HasFlag(OutputFormats.Md))
        {
            files.Add($"{meeting.Id}/article.md", templates.MeetingArticle(meeting, documents));
        }
        // The web page draws the same charts as the booklet, as inline SVG (no file to fetch): a phone's
        // variant and a wide one, at the web's text sizes; numbered in the page's order for their ids.
        var chartNumber = 0;
        string? ChartSvgFor(string name) => ChartFactory.Create(meeting, name) is { } chart
            ? ChartSvg.ForWebPage(chart, composer.ChartLayout, $"rg-chart-{++chartNumber}")
            : null;
        // The meeting page's address when the site's is known: for shared-link tags and the back cover's QR code.
        var pageUrl = PageUrl(options, meeting.Id);
        if (options.Formats.HasFlag(OutputFormats.Html))
        {
            // A Word contribution's pictures: files beside the page, named by the hash of their bytes (nothing else of the file's).
            foreach (var image in WebPictures.Of(documents))
            {
                files.Add($"{meeting.Id}/{WebPictures.PathOf(image)}", image.Bytes);
            }
            var pictures = WebPictures.Resolver(documents);
            files.Add($"{meeting.Id}/index.html", templates.MeetingPage(meeting, documents,
                (markdown, tree, anchors) => MarkdownRenderer.ToHtml(markdown, tree, ChartSvgFor, headingShift: 1, pictures, anchors), pageUrl));
        }
        if (options.Formats.HasFlag(OutputFormats.Docx))
        {
            // One Word file per document, from the same Markdown (ReportGen.Docx).
            WordFiles.Add(meeting, documents, docx, files, options.SourceDateEpoch, templates.Spelling);
        }
    }

    /// <param name="sourceDateEpoch">SOURCE_DATE_EPOCH when the build was given one: the documents' modification date.</param>
    /// <param name="style">The spelling of the documents, which their properties follow too.</param>
    private static PdfMetadata Metadata(Meeting meeting, DateTimeOffset? sourceDateEpoch, Core.Wording.Spelling style)
    {
        var name = Core.Wording.MeetingNames.EventName(meeting);
        var title = "Tài liệu " + Templating.ProseFunctions.LowerFirst(name);
        var author = string.Join(", ", meeting.Issuers.Select(i => i.Name));
        var period = Core.Wording.ReportPeriods.Phrase(Core.Wording.ReportPeriods.Resolve(meeting));
        var keywords = string.Join(", ", new[] { meeting.Unit.FullName, period, Core.Wording.MeetingNames.Noun(meeting) }.Where(k => k.Length > 0));
        // The conference date, not the clock: the same data gives the same document.
        var created = meeting.Info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        string Spelled(string text) => Core.Wording.ToneMarks.Apply(text, style.ToneMarks);
        return new PdfMetadata(Spelled(title), Spelled(author), Spelled($"{name}, {VietnameseFormat.AdministrativeDate(meeting.Info.Date)}"), Spelled(keywords), created)
        {
            // The build's instant when SOURCE_DATE_EPOCH gives one, never the clock's; otherwise the creation date.
            Modified = sourceDateEpoch?.UtcDateTime,
        };
    }
}
