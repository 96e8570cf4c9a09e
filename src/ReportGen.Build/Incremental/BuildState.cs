using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Build.Incremental;

/// <summary>
/// What the last build made of each meeting, kept in the output folder (.reportgen/build-state.json): the
/// hash of the meeting's inputs and what its outputs were. A meeting whose inputs hash the same and whose
/// files are still in place as written is not built again.
/// </summary>
public sealed class BuildState
{
    public const string FileName = "build-state.json";

    /// <summary>Bumped when the meaning of the state changes; an older state is ignored (everything is rebuilt).</summary>
    private const int CurrentFormat = 2;

    public int Format { get; init; } = CurrentFormat;

    public SortedDictionary<string, MeetingRecord> Meetings { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What the search index was made from (every meeting's input hash and every roundup file): when it is the
    /// same, output/search-index.js is already right and is not made again.
    /// </summary>
    public string? SearchKey { get; set; }

    /// <summary>The last whole build's key and report, for <see cref="UpToDateCheck"/>; null when there is none to trust.</summary>
    public UpToDateRecord? UpToDate { get; set; }

    /// <summary>The state in <paramref name="outputDirectory"/>, or an empty one when there is none or it is unreadable.</summary>
    public static BuildState Load(string outputDirectory)
    {
        var path = PathIn(outputDirectory);
        try
        {
            var state = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildStateJson.Default.BuildState) : null;
            return state is { Format: CurrentFormat } ? state : new BuildState();
        }
        catch (JsonException)
        {
            // A damaged state only costs a full build.
            return new BuildState();
        }
    }

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, RelativePath);

    public static string RelativePath => $"{OutputFiles.StateFolder}/{FileName}";

    /// <summary>
    /// Configures the serializer's metadata of the state (and its records) ahead of <see cref="ToJson"/>: at a cold start
    /// that is the larger part of writing the state, and a build does it on another core while it commits its files.
    /// </summary>
    public static void PrepareJson() => _ = BuildStateJson.Default.BuildState;

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, BuildStateJson.Default.BuildState);

    /// <summary>
    /// The meeting's record when it can be reused: same input hash, and every file it wrote still in the
    /// output folder with the length and time it had (a deleted or hand-edited output is rebuilt).
    /// </summary>
    public MeetingRecord? Reusable(string meetingId, string inputHash, string outputDirectory)
    {
        if (!Meetings.TryGetValue(meetingId, out var record) || record.InputHash != inputHash)
        {
            return null;
        }
        foreach (var (relative, file) in record.Files)
        {
            var info = new FileInfo(Path.Combine(outputDirectory, relative));
            if (!info.Exists || info.Length != file.Length || info.LastWriteTimeUtc.Ticks != file.WrittenTicks)
            {
                return null;
            }
        }
        return record;
    }
}

/// <summary>One meeting in <see cref="BuildState"/>.</summary>
public sealed record MeetingRecord(string InputHash, string Unit, int BookletPages, int PrintSheets, int Copies, SortedDictionary<string, FileRecord> Files, bool NoDelegates = false)
{
    /// <summary>Blank pages of the print copy for right-hand starts, and the sheets they add (the print plan's cost).</summary>
    public int BlankPages { get; init; }

    public int SheetsForBlanks { get; init; }

    /// <summary>The data still held example values (the draft mark), and the warnings about its data file.</summary>
    public bool Draft { get; init; }

    public int Warnings { get; init; }

    /// <summary>The meeting as the summary shows it when it was not built again.</summary>
    public MeetingOutput ToUnchangedOutput(string id) =>
        new(id, Unit, BookletPages)
        {
            PrintSheets = PrintSheets, BlankPages = BlankPages, SheetsForBlanks = SheetsForBlanks,
            Copies = Copies, NoDelegates = NoDelegates, Unchanged = true, Draft = Draft, Warnings = Warnings,
        };
}

/// <summary>One output file as the build left it.</summary>
public sealed record FileRecord(long Length, long WrittenTicks);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BuildState))]
[JsonSerializable(typeof(ReportGen.Templating.Search.SearchPage))]
internal sealed partial class BuildStateJson : JsonSerializerContext;
