using System.Collections.Concurrent;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Localization;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;
using ReportGen.Core.Wording;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Core.Loading;

/// <summary>
/// Reads a data folder: every <c>*.yaml</c> below it is either a meeting or, when its root holds a
/// <c>roundup:</c> key, a roundup. Problems come back as diagnostics with file, line and column.
/// </summary>
public static class DataLoader
{
    // Enum values as the files spell them (hyphenated), and the converter of the dates YamlDotNet does not read by itself:
    // one statement for the builder and for the object step made in its place. Before the deserializer: it is made from them.
    private static readonly INamingConvention EnumNames = HyphenatedNamingConvention.Instance;

    private static readonly IYamlTypeConverter DateConverter = new IsoDateConverter();

    // One deserializer for every thread: YamlDotNet's deserializer is safe to share since its version 16.1 (its
    // caches are concurrent), and one shared learns the model's types once, where one per thread learnt them on
    // every thread of a cold start (reflection over every model type, twice for a build of one meeting).
    // Strings, most of a file's values, take a short way (StringScalarShortcut), and so do the values set on the model's
    // properties (AssignableValuesConverter).
    private static readonly IDeserializer Deserializer = YamlDotNet.Serialization.Deserializer.FromValueDeserializer(ValueSteps());

    /// <summary>
    /// The value step the loader deserializes with: YamlDotNet's (<see cref="ModelDeserializer()"/>) with the two short ways,
    /// which give the same values (the tests compare them).
    /// </summary>
    public static IValueDeserializer ValueSteps() =>
        new StringScalarShortcut(ModelDeserializer(new AssignableValuesConverter()).BuildValueDeserializer());

    /// <summary>How the data files are deserialized into the model, YamlDotNet's way (the tests compare the shortcut with it).</summary>
    public static DeserializerBuilder ModelDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(EnumNames)
        .WithTypeConverter(DateConverter)
        .WithTypeInspector(inner => new ResolvedPropertiesInspector(inner));

    /// <summary>
    /// <see cref="ModelDeserializer()"/> with YamlDotNet's object step made with <paramref name="objectConverter"/> as the
    /// conversion of each property's value (<see cref="AssignableValuesConverter"/>). The step is YamlDotNet's own class,
    /// made with the builder's type inspector and the defaults the builder above leaves (unknown keys refused; no
    /// duplicate-key, nullability or required-key checks there: the validator makes them). Its converters serve only a
    /// property marked with one, which none of the model's is.
    /// </summary>
    public static DeserializerBuilder ModelDeserializer(YamlDotNet.Serialization.Utilities.ITypeConverter objectConverter)
    {
        var builder = ModelDeserializer();
        return builder.WithNodeDeserializer(
            _ => new YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer(new YamlDotNet.Serialization.ObjectFactories.DefaultObjectFactory(),
                builder.BuildTypeInspector(), ignoreUnmatched: false, duplicateKeyChecking: false, objectConverter, EnumNames,
                enforceNullability: false, caseInsensitivePropertyMatching: false, enforceRequiredProperties: false,
                typeConverters: [DateConverter]),
            where => where.InsteadOf<YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer>());
    }

    /// <summary>Loads every data file below <paramref name="dataDirectory"/>; throws <see cref="UserInputException"/> listing all errors.</summary>
    public static DataSet LoadDirectory(string dataDirectory)
    {
        var result = CheckDirectory(dataDirectory);
        return result.Data ?? throw new UserInputException([.. result.Diagnostics.Where(d => d.Severity == Severity.Error)]);
    }

    /// <summary>The data files of a folder (YAML, in every subfolder), in the order they are read.</summary>
    public static List<string> DataFiles(string dataDirectory) =>
        Directory.EnumerateFiles(dataDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Reads and validates every data file below <paramref name="dataDirectory"/> without throwing for the
    /// user's mistakes: all diagnostics of all files (errors and warnings), and the data when there was no error.
    /// </summary>
    /// <param name="printed">The tone-mark placement the documents print (the theme's), named by the warning on mixed data.</param>
    public static LoadResult CheckDirectory(string dataDirectory, ToneMarkStyle printed = ToneMarkStyle.New) =>
        CheckDirectory(dataDirectory, () => printed);

    /// <summary>The same, the placement the documents print asked only for a file that mixes both (the theme may still be being read).</summary>
    public static LoadResult CheckDirectory(string dataDirectory, Func<ToneMarkStyle> printed)
    {
        if (!Directory.Exists(dataDirectory))
        {
            return new LoadResult(null, [Diagnostic.Error(DiagnosticCodes.DataFolderMissing,
                Messages.DataFolderMissing(), dataDirectory)]);
        }

        var files = DataFiles(dataDirectory);

        // Files are independent: read and checked on all cores (a province has a hundred of them), then
        // taken in file order, so the diagnostics and the data come out the same every time. One file at a time to each
        // worker: Parallel.For hands out growing runs of indexes, and the last run, on a thread the system had paused,
        // kept one core checking alone for 40–60 ms of a 100-meeting build while the other waited.
        var results = new FileCheck[files.Count];
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, files.Count), EnumerablePartitionerOptions.NoBuffering),
            i => results[i] = CheckFile(files[i], printed));

        var meetings = new List<Meeting>();
        var roundups = new List<Roundup>();
        var diagnostics = new List<Diagnostic>();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            switch (result.Value)
            {
                case Meeting m: meetings.Add(m); break;
                case Roundup r: roundups.Add(r); break;
            }
        }

        var fileErrors = diagnostics.Any(d => d.Severity == Severity.Error);
        diagnostics.AddRange(CheckReferences(meetings, roundups, checkRoundups: !fileErrors));
        if (!diagnostics.Any(d => d.Severity == Severity.Error) && meetings.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoMeetings,
                Messages.NoMeetings(), dataDirectory));
        }
        return diagnostics.Any(d => d.Severity == Severity.Error)
            ? new LoadResult(null, diagnostics)
            : new LoadResult(new DataSet(meetings, roundups), diagnostics);
    }

    /// <summary>Reads one file: a <see cref="Meeting"/> or a <see cref="Roundup"/>; throws listing every error.</summary>
    public static object LoadFile(string path) => ThrowOnErrors(CheckFile(path));

    /// <summary>
    /// The largest data file read: a year's meeting is a few tens of kilobytes; anything near this is a
    /// wrong file (an export, a log), refused before it is read.
    /// </summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates one file without throwing for the user's mistakes.</summary>
    public static FileCheck CheckFile(string path, ToneMarkStyle printed = ToneMarkStyle.New) => CheckFile(path, () => printed);

    private static FileCheck CheckFile(string path, Func<ToneMarkStyle> printed)
    {
        string text;
        byte[] bytes = [];
        var start = 0;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return new FileCheck(null, [Diagnostic.Error(DiagnosticCodes.FileTooLarge,
                    Messages.FileTooLarge(length / 1024 / 1024, MaxFileBytes / 1024 / 1024), path)]);
            }
            bytes = File.ReadAllBytes(path);
            // Notepad's "Unicode" is UTF-16: say so, rather than point at its first zero byte.
            if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
            {
                return new FileCheck(null, [Diagnostic.Error(DiagnosticCodes.NotUtf8, Messages.Utf16(), path, 1, 1)]);
            }
            // A byte-order mark is accepted and dropped; any byte sequence that is not UTF-8 is refused
            // rather than silently turned into question marks in the booklet.
            start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
            // Text from Word often arrives decomposed (NFD); shaping and searching want NFC.
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start).Normalize(NormalizationForm.FormC);
        }
        catch (DecoderFallbackException e)
        {
            // Where the bad byte is, as an editor counts: its line, and its column in the characters before it.
            var at = Math.Clamp(start + Math.Max(0, e.Index), 0, bytes.Length);
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, at - 1)) + 1;
            if (at == 0 || lineStart > at)
            {
                lineStart = start;
            }
            var line = 1 + bytes.AsSpan(start, Math.Max(0, lineStart - start)).Count((byte)'\n');
            var column = 1 + Encoding.UTF8.GetString(bytes, lineStart, at - lineStart).Length;
            return new FileCheck(null, [Diagnostic.Error(DiagnosticCodes.NotUtf8,
                Messages.NotUtf8(e.Index), path, line, column)]);
        }
        catch (IOException e)
        {
            return new FileCheck(null, [Diagnostic.Error(DiagnosticCodes.UnreadableFile, Messages.UnreadableFile(e.Message), path)]);
        }
        return CheckText(text, path, printed);
    }

    /// <summary>Parses the text of one data file; <paramref name="path"/> only names it in messages. Throws listing every error.</summary>
    public static object Parse(string text, string path) => ThrowOnErrors(CheckText(text, path));

    /// <summary>Validates, then deserializes, the text of one data file; the value is null when there is an error.</summary>
    /// <param name="printed">The tone-mark placement the documents print, for the warning on mixed data.</param>
    public static FileCheck CheckText(string text, string path, ToneMarkStyle printed = ToneMarkStyle.New) => CheckText(text, path, () => printed);

    private static FileCheck CheckText(string text, string path, Func<ToneMarkStyle> printed)
    {
        var asWritten = text;
        // Control characters and bidirectional overrides never reach the documents: removed, each said where.
        var refused = Security.TextSafety.Refused(text)
            .Select(r => Diagnostic.Warning(DiagnosticCodes.RefusedCharacter, Messages.RefusedCharacter($"U+{(int)r.Character:X4}"), path, r.Line, r.Column))
            .ToList();
        text = Security.TextSafety.Remove(text);
        var diagnostics = (IReadOnlyList<Diagnostic>)[.. refused, .. DataValidator.Validate(text, path, out var parsed)];
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new FileCheck(null, diagnostics);
        }
        try
        {
            // Without an error the validator parsed the whole file.
            var (value, root) = Deserialize(parsed!, path);
            if (value is Meeting meeting)
            {
                var meaning = new List<Diagnostic>();
                MeaningValidator.Check(meeting, root, path, meaning);
                meaning.AddRange(ReadDelegateSheets(meeting));
                meaning.AddRange(ReadIndicatorSheets(meeting));
                meaning.AddRange(ReadAgendaSheet(meeting));
                if (ReadAwardSheets(meeting) is { Count: > 0 } awardSheets)
                {
                    meaning.AddRange(awardSheets);
                }
                if (root is YamlDotNet.RepresentationModel.YamlMappingNode map)
                {
                    // The names a sheet gave are counted against 'count' now that they are read (RG089).
                    Validation.DocumentValidator.CheckSheetAwardLists(meeting, map, path, meaning);
                }
                if (DataText.MixedToneMarks([(path, WithoutComments(asWritten)), .. ContentFiles(meeting)], printed) is { } mixed)
                {
                    meaning.Add(mixed);
                }
                diagnostics = [.. diagnostics.Concat(meaning).OrderBy(d => d.Line).ThenBy(d => d.Column)];
                if (meaning.Any(d => d.Severity == Severity.Error))
                {
                    return new FileCheck(null, diagnostics);
                }
            }
            // One spelling from here on: the documents, the names compared in code and the checks all see it.
            DataText.Normalise(value);
            return new FileCheck(value, diagnostics);
        }
        catch (YamlException e)
        {
            // The validator should have caught it; YamlDotNet's own message, made readable, is the fallback.
            var located = e.InnerException as YamlException ?? e;
            return new FileCheck(null, [.. diagnostics, Diagnostic.Error(DiagnosticCodes.UnreadableValue, Explain(e), path, (int)located.Start.Line, (int)located.Start.Column)]);
        }
    }

    /// <summary>
    /// Fills each delegate list that names a sheet ('delegates_from') with the sheet's delegates, after any
    /// listed in the data, so everything downstream sees a plain list. The path was checked by the validator.
    /// </summary>
    private static IEnumerable<Diagnostic> ReadDelegateSheets(Meeting meeting)
    {
        var folder = DocumentValidator.DataFolder(meeting.SourcePath);
        var diagnostics = new List<Diagnostic>();
        foreach (var document in meeting.Documents.Where(d => d.DelegatesFrom is { File.Length: > 0 }))
        {
            var file = Security.DataFilePaths.Locate(folder, document.DelegatesFrom!.File).FullPath;
            var result = Import.DelegateSheet.Read(file, document.DelegatesFrom);
            document.Delegates.AddRange(result.Delegates);
            if (result.Reading is { } reading)
            {
                meeting.SheetsRead.Add(reading);
            }
            diagnostics.AddRange(result.Diagnostics);
        }
        return diagnostics;
    }

    /// <summary>
    /// Fills each result field that names a sheet ('indicators_from') with the sheet's indicators, after any listed
    /// in the data, so the report, the indicator table and the charts see a plain list. The path was checked by the validator.
    /// </summary>
    private static List<Diagnostic> ReadIndicatorSheets(Meeting meeting)
    {
        var folder = DocumentValidator.DataFolder(meeting.SourcePath);
        var diagnostics = new List<Diagnostic>();
        var year = meeting.Results.Fields.Any(f => f.IndicatorsFrom is { File.Length: > 0 }) ? Wording.ReportPeriods.Resolve(meeting).Year : 0;
        foreach (var field in meeting.Results.Fields.Where(f => f.IndicatorsFrom is { File.Length: > 0 }))
        {
            var file = Security.DataFilePaths.Locate(folder, field.IndicatorsFrom!.File).FullPath;
            var result = Import.IndicatorSheet.Read(file, field.IndicatorsFrom, year > 0 ? year : null);
            field.Indicators.AddRange(result.Indicators);
            if (result.Reading is { } reading)
            {
                meeting.SheetsRead.Add(reading);
            }
            diagnostics.AddRange(result.Diagnostics);
        }
        return diagnostics;
    }

    /// <summary>
    /// Fills the programme from the sheet 'meeting.agenda_from' names, after any items listed in the data. The path
    /// was checked by the validator.
    /// </summary>
    private static List<Diagnostic> ReadAgendaSheet(Meeting meeting)
    {
        if (meeting.Info.AgendaFrom is not { File.Length: > 0 } from)
        {
            return [];
        }
        var folder = DocumentValidator.DataFolder(meeting.SourcePath);
        var file = Security.DataFilePaths.Locate(folder, from.File).FullPath;
        var result = Import.AgendaSheet.Read(file, from);
        meeting.Info.Agenda.AddRange(result.Items);
        if (result.Reading is { } reading)
        {
            meeting.SheetsRead.Add(reading);
        }
        return [.. result.Diagnostics];
    }

    /// <summary>
    /// Fills the names of each award that names a sheet ('names_from') with the sheet's names, after any listed in
    /// the data, so the annexed lists and the count check see a plain list. The path was checked by the validator.
    /// </summary>
    private static List<Diagnostic> ReadAwardSheets(Meeting meeting)
    {
        var folder = DocumentValidator.DataFolder(meeting.SourcePath);
        var diagnostics = new List<Diagnostic>();
        foreach (var award in meeting.Emulation.Awards.Where(a => a.NamesFrom is { File.Length: > 0 }))
        {
            var file = Security.DataFilePaths.Locate(folder, award.NamesFrom!.File).FullPath;
            var result = Import.AwardSheet.Read(file, award.NamesFrom, award.Recipients);
            award.Names.AddRange(result.Names);
            if (result.Reading is { } reading)
            {
                meeting.SheetsRead.Add(reading);
            }
            diagnostics.AddRange(result.Diagnostics);
        }
        return diagnostics;
    }

    /// <summary>A meeting's Markdown files, path and text, as the renderer will read them.</summary>
    private static IEnumerable<(string Path, string Text)> ContentFiles(Meeting meeting)
    {
        var folder = DocumentValidator.DataFolder(meeting.SourcePath);
        foreach (var document in meeting.Documents.Where(d => !string.IsNullOrWhiteSpace(d.File)))
        {
            var file = Security.DataFilePaths.Locate(folder, document.File!).FullPath;
            if (DataText.ReadContentFile(file) is { } text)
            {
                yield return (file, text);
            }
        }
    }

    /// <summary>
    /// The data file with its comments blanked (same length, so positions hold): a comment is not the data, and
    /// the comments of new-meeting.yaml would otherwise count as the secretary's spelling.
    /// </summary>
    private static string WithoutComments(string text)
    {
        var result = new StringBuilder(text);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            char? quote = null;
            for (var i = lineStart; i < lineEnd; i++)
            {
                var c = text[i];
                if (quote is not null)
                {
                    quote = c == quote ? null : quote;
                }
                else if (c is '"' or '\'' && (i == lineStart || " :[{,-".Contains(text[i - 1], StringComparison.Ordinal)))
                {
                    quote = c;
                }
                else if (c == '#' && (i == lineStart || char.IsWhiteSpace(text[i - 1])))
                {
                    for (var j = i; j < lineEnd; j++)
                    {
                        result[j] = ' ';
                    }
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }
        return result.ToString();
    }

    private static object ThrowOnErrors(FileCheck result) =>
        result.Value ?? throw new UserInputException([.. result.Diagnostics.Where(d => d.Severity == Severity.Error)]);

    /// <summary>The model of a file the validator parsed, built from the same events (the text is not parsed again).</summary>
    private static (object Value, YamlNode Root) Deserialize(ParsedYaml parsed, string path)
    {
        var root = parsed.Root;
        var isRoundup = root is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("roundup"));
        if (isRoundup)
        {
            var roundup = EmptyLists.Fill(Deserializer.Deserialize<RoundupFile>(parsed.Replay()).Roundup!);
            roundup.SourcePath = path;
            return (roundup, root);
        }
        var meeting = EmptyLists.Fill(Deserializer.Deserialize<Meeting>(parsed.Replay()));
        meeting.SourcePath = path;
        return (meeting, root);
    }

    /// <summary>YamlDotNet's messages name .NET types; say what the secretary should do instead.</summary>
    private static string Explain(YamlException e)
    {
        if (e.InnerException is YamlException own)
        {
            return own.Message; // our own converters already speak to the user
        }
        var inner = e.InnerException?.Message;
        var message = e.Message;
        if (YamlMessages.UnknownKey(message) is { } key)
        {
            return Messages.KeyNotInModel(key);
        }
        if (inner is not null && (inner.Contains("was not recognized as a valid", StringComparison.Ordinal) || e.InnerException is FormatException))
        {
            return Messages.ValueOfWrongType(inner);
        }
        return inner is null ? message : $"{message} {inner}";
    }

    /// <summary>
    /// Where the node at <paramref name="yamlPath"/> starts in an already loaded file, for problems found
    /// across files (after each file was read on its own). (1,1) when it cannot be found.
    /// </summary>
    private static (int Line, int Column) Locate(string path, string yamlPath)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            return YamlPaths.Find(stream.Documents[0].RootNode, yamlPath) is { } node
                ? ((int)node.Start.Line, (int)node.Start.Column)
                : (1, 1);
        }
        catch (Exception e) when (e is IOException or YamlException)
        {
            return (1, 1);
        }
    }

    private static IEnumerable<Diagnostic> CheckReferences(List<Meeting> meetings, List<Roundup> roundups, bool checkRoundups)
    {
        foreach (var group in meetings.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            foreach (var m in group.Skip(1))
            {
                var (line, column) = Locate(m.SourcePath, "id");
                yield return Diagnostic.Error(DiagnosticCodes.DuplicateMeetingId, Messages.DuplicateMeetingId(m.Id, group.First().SourcePath), m.SourcePath, line, column);
            }
        }
        // A roundup's id is an output folder too: it must not take a meeting's (or another roundup's) place.
        var taken = meetings.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First().SourcePath, StringComparer.Ordinal);
        foreach (var r in roundups)
        {
            if (taken.TryGetValue(r.Id, out var other))
            {
                var (line, column) = Locate(r.SourcePath, "roundup.id");
                yield return Diagnostic.Error(DiagnosticCodes.DuplicateMeetingId, Messages.IdUsedTwice(r.Id, other), r.SourcePath, line, column);
            }
            else
            {
                taken[r.Id] = r.SourcePath;
            }
        }
        if (!checkRoundups)
        {
            yield break; // a meeting file with an error is not loaded: its id would look unknown
        }
        var ids = meetings.Select(m => m.Id).ToHashSet();
        foreach (var r in roundups)
        {
            // No date: the one day its meetings share, never "ngày 01 tháng 01 năm 1".
            if (r.Date == default)
            {
                var days = r.Meetings.Where(ids.Contains).Select(id => meetings.First(m => m.Id == id).Info.Date).Distinct().ToList();
                if (days.Count == 1)
                {
                    r.Date = days[0];
                }
                else if (days.Count > 1)
                {
                    var (line, column) = Locate(r.SourcePath, "roundup");
                    yield return Diagnostic.Error(DiagnosticCodes.RoundupWithoutDate, Messages.RoundupWithoutDate(), r.SourcePath, line, column);
                }
            }
            for (var i = 0; i < r.Meetings.Count; i++)
            {
                if (!ids.Contains(r.Meetings[i]))
                {
                    var (line, column) = Locate(r.SourcePath, $"roundup.meetings[{i}]");
                    yield return Diagnostic.Error(DiagnosticCodes.UnknownRoundupMeeting, Messages.UnknownRoundupMeeting(r.Meetings[i]), r.SourcePath, line, column);
                }
            }
        }
    }
}

/// <summary>All diagnostics of a data folder, and its data when none is an error.</summary>
public sealed record LoadResult(DataSet? Data, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>One data file's diagnostics, and its <see cref="Meeting"/> or <see cref="Roundup"/> when none is an error.</summary>
public sealed record FileCheck(object? Value, IReadOnlyList<Diagnostic> Diagnostics);
