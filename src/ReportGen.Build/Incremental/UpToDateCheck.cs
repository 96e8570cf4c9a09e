using System.Diagnostics;
using System.Security.Cryptography;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Layout.Fonts;

namespace ReportGen.Build.Incremental;

/// <summary>
/// The unchanged rebuild without reading the data: one key over everything a whole build is made from and left
/// behind — the tool and options, the templates, every data file and every file they referred to (by content),
/// the fonts (by path, length and time) and the font folders (a font added there could take over a family),
/// and every output file as the build wrote it. When the key is the one the last whole build recorded, that
/// build's report is given again and nothing is loaded, laid out or written: a province's second build costs
/// hashing a few hundred small files instead of reading and checking a hundred data files, scanning the fonts
/// and making the index again.
/// </summary>
public static class UpToDateCheck
{
    /// <summary>The last whole build's report when nothing it was made from or wrote has changed; otherwise null.</summary>
    public static BuildReport? LastReportIfUnchanged(BuildOptions options, BuildState state, Stopwatch clock)
    {
        if (options.Force || options.Only is not null || state.UpToDate is not { } record
            || !Directory.Exists(options.DataDirectory) || Key(options, state, record) != record.Key)
        {
            return null;
        }
        var meetings = record.MeetingOrder.Select(id => state.Meetings[id].ToUnchangedOutput(id)).ToList();
        return new BuildReport(meetings, record.Roundups, record.Warnings, record.FontUsed, [], clock.Elapsed) { UpToDate = true };
    }

    /// <summary>
    /// What a whole build was made from, read for the key: the inputs' half of <see cref="Record"/>, hashed apart so that
    /// the build reads it on another core while it moves its files into place.
    /// </summary>
    /// <param name="inputFiles">Every file the data files referred to (contributions, sheets).</param>
    /// <param name="userFontDirectories">The user's fonts folders; the shipped and system ones are added.</param>
    public static UpToDateInputs Inputs(BuildOptions options, IEnumerable<string> inputFiles, IReadOnlyList<string> fontFiles,
        IEnumerable<string> userFontDirectories)
    {
        List<string> files = [.. inputFiles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        List<string> folders = [.. userFontDirectories.Append(FontLibrary.ShippedFontDirectory()).Concat(FontLibrary.SystemFontDirectories())];
        return new UpToDateInputs(files, [.. fontFiles], folders, InputsDigest(options, files, fontFiles, folders));
    }

    /// <summary>
    /// Records, after a whole build that wrote everything, what the next build compares: the key and the report.
    /// </summary>
    /// <param name="inputs">What the build was made from, read before its inputs were found unchanged (<see cref="Inputs"/>).</param>
    public static void Record(BuildOptions options, BuildState state, BuildReport report, UpToDateInputs inputs,
        SortedDictionary<string, FileRecord> siteFiles)
    {
        var record = new UpToDateRecord
        {
            MeetingOrder = [.. report.Meetings.Select(m => m.Id)],
            Roundups = [.. report.Roundups],
            Warnings = [.. report.Warnings],
            FontUsed = report.FontUsed,
            InputFiles = inputs.InputFiles,
            FontFiles = inputs.FontFiles,
            FontFolders = inputs.FontFolders,
            SiteFiles = siteFiles,
        };
        state.UpToDate = record with { Key = Key(options, state, record, inputs.Digest) };
    }

    /// <summary>The outputs' side: a file of the site as the build left it.</summary>
    public static FileRecord? FileOnDisk(string outputDirectory, string relative)
    {
        var info = new FileInfo(Path.Combine(outputDirectory, relative));
        return info.Exists ? new FileRecord(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    private static string Key(BuildOptions options, BuildState state, UpToDateRecord record) =>
        Key(options, state, record, InputsDigest(options, record.InputFiles, record.FontFiles, record.FontFolders));

    /// <summary>The key: the inputs' digest, and every output file as the build recorded it and as it is on disk now.</summary>
    private static string Key(BuildOptions options, BuildState state, UpToDateRecord record, byte[] inputsDigest)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        BuildInputs.AddText(hash, "reportgen-up-to-date-2");
        hash.AppendData(inputsDigest);
        // The outputs, as the build left them: a file deleted or edited by hand is made again.
        var outputs = state.Meetings.Values.SelectMany(m => m.Files).Concat(record.SiteFiles);
        foreach (var (relative, file) in outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var now = FileOnDisk(options.OutputDirectory, relative);
            BuildInputs.AddText(hash, $"output:{relative}:{file.Length}:{file.WrittenTicks}:{now?.Length}:{now?.WrittenTicks}");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The tool and options, the templates, every data file and every file they referred to (by content), the fonts
    /// (by path, length and time) and the font folders (a font added there could take over a family).
    /// </summary>
    private static byte[] InputsDigest(BuildOptions options, IEnumerable<string> inputFiles, IEnumerable<string> fontFiles,
        IEnumerable<string> fontFolders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        BuildInputs.AddToolAndOptions(hash, options);
        BuildInputs.AddFolder(hash, options.TemplatesDirectory);
        foreach (var file in DataLoader.DataFiles(options.DataDirectory).Concat(inputFiles))
        {
            BuildInputs.AddText(hash, "input:" + Path.GetFullPath(file));
            hash.AppendData(File.Exists(file) ? File.ReadAllBytes(file) : [0xFF]);
        }
        BuildInputs.AddFonts(hash, fontFiles);
        // A font file added anywhere in the folders the stack is looked up in changes its folder's time.
        foreach (var folder in fontFolders)
        {
            if (!Directory.Exists(folder))
            {
                BuildInputs.AddText(hash, $"font-folder:{folder}:none");
                continue;
            }
            foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Prepend(folder).Order(StringComparer.Ordinal))
            {
                BuildInputs.AddText(hash, $"font-folder:{directory}:{Directory.GetLastWriteTimeUtc(directory).Ticks}");
            }
        }
        return hash.GetHashAndReset();
    }
}

/// <summary>What a whole build was made from (<see cref="UpToDateCheck.Inputs"/>): the files, and their digest.</summary>
public sealed record UpToDateInputs(List<string> InputFiles, List<string> FontFiles, List<string> FontFolders, byte[] Digest);

/// <summary>What <see cref="UpToDateCheck"/> keeps in the build state.</summary>
public sealed record UpToDateRecord
{
    public string Key { get; init; } = "";

    /// <summary>The meetings in the order of the report (the data files' order).</summary>
    public List<string> MeetingOrder { get; init; } = [];

    public List<string> Roundups { get; init; } = [];

    public List<Diagnostic> Warnings { get; init; } = [];

    public string FontUsed { get; init; } = "";

    public List<string> InputFiles { get; init; } = [];

    public List<string> FontFiles { get; init; } = [];

    /// <summary>The folders fonts are looked up in: the user's, the shipped one, the system's.</summary>
    public List<string> FontFolders { get; init; } = [];

    /// <summary>Files of the site that belong to no meeting: the index, the search, roundups, the print plan.</summary>
    public SortedDictionary<string, FileRecord> SiteFiles { get; init; } = new(StringComparer.Ordinal);
}
