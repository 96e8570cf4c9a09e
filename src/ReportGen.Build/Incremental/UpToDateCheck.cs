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
    /// Records, after a whole build that wrote everything, what the next build compares: the key and the report.
    /// </summary>
    /// <param name="inputFiles">Every file the data files referred to (contributions, sheets).</param>
    /// <param name="userFontDirectories">The user's fonts folders; the shipped and system ones are added.</param>
    public static void Record(BuildOptions options, BuildState state, BuildReport report, IEnumerable<string> inputFiles,
        IReadOnlyList<string> fontFiles, IEnumerable<string> userFontDirectories, SortedDictionary<string, FileRecord> siteFiles)
    {
        var record = new UpToDateRecord
        {
            MeetingOrder = [.. report.Meetings.Select(m => m.Id)],
            Roundups = [.. report.Roundups],
            Warnings = [.. report.Warnings],
            FontUsed = report.FontUsed,
            InputFiles = [.. inputFiles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            FontFiles = [.. fontFiles],
            FontFolders = [.. userFontDirectories.Append(FontLibrary.ShippedFontDirectory()).Concat(FontLibrary.SystemFontDirectories())],
            SiteFiles = siteFiles,
        };
        state.UpToDate = record with { Key = Key(options, state, record) };
    }

    /// <summary>The outputs' side: a file of the site as the build left it.</summary>
    public static FileRecord? FileOnDisk(string outputDirectory, string relative)
    {
        var info = new FileInfo(Path.Combine(outputDirectory, relative));
        return info.Exists ? new FileRecord(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    private static string Key(BuildOptions options, BuildState state, UpToDateRecord record)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        BuildInputs.AddText(hash, "reportgen-up-to-date-1");
        BuildInputs.AddToolAndOptions(hash, options);
        BuildInputs.AddFolder(hash, options.TemplatesDirectory);
        foreach (var file in DataLoader.DataFiles(options.DataDirectory).Concat(record.InputFiles))
        {
            BuildInputs.AddText(hash, "input:" + Path.GetFullPath(file));
            hash.AppendData(File.Exists(file) ? File.ReadAllBytes(file) : [0xFF]);
        }
        BuildInputs.AddFonts(hash, record.FontFiles);
        // A font file added anywhere in the folders the stack is looked up in changes its folder's time.
        foreach (var folder in record.FontFolders)
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
        // The outputs, as the build left them: a file deleted or edited by hand is made again.
        var outputs = state.Meetings.Values.SelectMany(m => m.Files).Concat(record.SiteFiles);
        foreach (var (relative, file) in outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var now = FileOnDisk(options.OutputDirectory, relative);
            BuildInputs.AddText(hash, $"output:{relative}:{file.Length}:{file.WrittenTicks}:{now?.Length}:{now?.WrittenTicks}");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

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
