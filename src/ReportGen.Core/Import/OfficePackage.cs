using System.IO.Compression;

namespace ReportGen.Core.Import;

/// <summary>
/// The first look at an office file (.docx, .xlsx), at its zip directory before any part is unpacked
/// (<see cref="OfficeParts.Open"/>): the file comes from outside, so the directory is measured — the whole must not
/// expand past a limit, and no large part may expand absurdly (a zip bomb) — and the part that makes it the kind of file
/// it claims must be there.
/// </summary>
internal static class OfficePackage
{
    /// <summary>The most an office file may expand to when unzipped (a contribution with pictures is a few MB).</summary>
    public const long MaxExpandedBytes = 64L * 1024 * 1024;

    /// <summary>The most a part over 1 MB may expand relative to its compressed size: more is a zip bomb, not a document.</summary>
    public const long MaxRatio = 200;

    /// <summary>Why a file that is no zip at all is refused.</summary>
    public const string NotAZip = "not a zip package";

    /// <summary>
    /// Why the package whose directory <paramref name="zip"/> read must be refused, "" when it lacks the part its kind must
    /// have, or null when it may be read. Only the directory is looked at: nothing is unpacked.
    /// </summary>
    /// <param name="mainPart">The part its kind must have ("word/document.xml", "xl/workbook.xml").</param>
    public static string? Refusal(ZipArchive zip, string mainPart)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio && entry.Length > 1024 * 1024))
            {
                return $"it expands to more than {MaxExpandedBytes / 1024 / 1024} MB or {MaxRatio} times its size";
            }
        }
        return zip.GetEntry(mainPart) is null ? "" : null;
    }
}
