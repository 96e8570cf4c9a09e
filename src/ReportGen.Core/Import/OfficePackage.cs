using System.IO.Compression;

namespace ReportGen.Core.Import;

/// <summary>
/// The first look at an office file (.docx, .xlsx) before any of it is unpacked (<see cref="OfficeParts"/>): the file comes
/// from outside, so its zip directory is measured — the whole must not expand past a limit, and no large part
/// may expand absurdly (a zip bomb) — and the part that makes it the kind of file it claims must be there.
/// </summary>
internal static class OfficePackage
{
    /// <summary>The most an office file may expand to when unzipped (a contribution with pictures is a few MB).</summary>
    public const long MaxExpandedBytes = 64L * 1024 * 1024;

    /// <summary>The most a part over 1 MB may expand relative to its compressed size: more is a zip bomb, not a document.</summary>
    public const long MaxRatio = 200;

    /// <summary>Why <paramref name="path"/> must be refused, or null when it may be opened.</summary>
    /// <param name="mainPart">The part its kind must have ("word/document.xml", "xl/workbook.xml").</param>
    public static string? Refusal(string path, string mainPart)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
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
        catch (InvalidDataException)
        {
            return "not a zip package";
        }
    }
}
