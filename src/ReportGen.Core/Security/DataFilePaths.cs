using System.Text;

namespace ReportGen.Core.Security;

/// <summary>
/// Where a file the data names (a contribution's <c>file:</c>, a sheet) is on disk, the same on every system:
/// backslashes are separators ("tham-luan\xa.docx", typed on Windows), names are compared in NFC (macOS writes
/// "Tham luận.md" in NFD, a YAML file typed on Windows holds NFC), and a name whose case differs from the file on
/// disk is found — Windows and macOS open it anyway, Linux would not — with the disk's spelling returned, so that
/// the check can warn (RG148) and the same data builds everywhere. Whether the path stays inside the data folder
/// is judged by the callers, on the path returned.
/// </summary>
public static class DataFilePaths
{
    /// <summary>A folder with more entries than this is not searched by name (an untrusted data folder): the plain path is used.</summary>
    private const int MaxEntriesSearched = 10_000;

    /// <summary>The file's full path, as the disk spells it when it was found, and that spelling when its case differs from the data's.</summary>
    /// <param name="FullPath">The path to open: the disk's own spelling, or the data's when nothing was found.</param>
    /// <param name="CaseDiffersOnDisk">The path relative to the folder, '/'-separated, as the disk spells it; null when the case matches.</param>
    public sealed record Located(string FullPath, string? CaseDiffersOnDisk);

    /// <summary>The path the data wrote, with backslashes as separators and no surrounding spaces, relative to <paramref name="folder"/>.</summary>
    public static string Plain(string folder, string file) =>
        Path.GetFullPath(Path.Combine(folder, file.Trim().Replace('\\', '/')));

    /// <summary>Finds <paramref name="file"/> (relative to <paramref name="folder"/>) on disk, name by name.</summary>
    public static Located Locate(string folder, string file)
    {
        var plain = Plain(folder, file);
        var current = Path.GetFullPath(folder);
        var spelled = new List<string>();
        var caseDiffers = false;
        foreach (var part in file.Trim().Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "." or "..")
            {
                current = part == "." ? current : Path.GetDirectoryName(current) ?? current;
                spelled.Add(part);
                continue;
            }
            if (FindEntry(current, part) is not { } entry)
            {
                return new Located(plain, null);
            }
            caseDiffers |= entry.CaseDiffers;
            spelled.Add(entry.Name);
            current = Path.Combine(current, entry.Name);
        }
        return File.Exists(current)
            ? new Located(current, caseDiffers ? string.Join('/', spelled) : null)
            : new Located(plain, null);
    }

    /// <summary>
    /// The entry of <paramref name="directory"/> named <paramref name="name"/>: the same characters first, then the
    /// same in NFC (not a difference the user made), then the same in NFC but for case.
    /// </summary>
    private static (string Name, bool CaseDiffers)? FindEntry(string directory, string name)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }
        if (HasEntryNamed(directory, name))
        {
            return (name, false);
        }
        var wanted = name.Normalize(NormalizationForm.FormC);
        string? sameButCase = null;
        var seen = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
        {
            if (++seen > MaxEntriesSearched)
            {
                break;
            }
            var entryName = Path.GetFileName(entry);
            if (string.Equals(entryName, name, StringComparison.Ordinal))
            {
                return (entryName, false);
            }
            var normalised = entryName.Normalize(NormalizationForm.FormC);
            if (string.Equals(normalised, wanted, StringComparison.Ordinal))
            {
                return (entryName, false);
            }
            if (sameButCase is null && string.Equals(normalised, wanted, StringComparison.OrdinalIgnoreCase))
            {
                sameButCase = entryName;
            }
        }
        return sameButCase is null ? null : (sameButCase, true);
    }

    /// <summary>Every entry, hidden ones too, as <see cref="Directory.EnumerateFileSystemEntries(string)"/> lists them.</summary>
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0 };

    /// <summary>
    /// Whether <paramref name="directory"/> holds an entry of exactly <paramref name="name"/> among its first
    /// <see cref="MaxEntriesSearched"/>: the names are compared where the system lists them, without a string or an NFC
    /// form made for each. Most data name their files as the disk spells them, and a province's folder holds hundreds of
    /// files, each named by a data file: every name of the folder was made and normalised for each
    /// (docs/benchmarks.md, "Issue 19, session 26").
    /// </summary>
    private static bool HasEntryNamed(string directory, string name)
    {
        var seen = 0;
        var found = false;
        var entries = new System.IO.Enumeration.FileSystemEnumerable<bool>(directory, static (ref _) => true, EveryEntry)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) =>
            {
                found = entry.FileName.SequenceEqual(name);
                return found || ++seen >= MaxEntriesSearched;
            },
        };
        foreach (var _ in entries)
        {
            break;
        }
        return found;
    }
}
