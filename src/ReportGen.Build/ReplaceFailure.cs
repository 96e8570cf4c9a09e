namespace ReportGen.Build;

/// <summary>
/// A group of output files (a meeting's) that could not be replaced: the first file that refused, and why (on
/// Windows mostly a PDF reader holding booklet.pdf open). The group's previous files are all still in place.
/// </summary>
/// <param name="Group">The meeting's or roundup's id; "" for the site's own files (index, search, print plan).</param>
/// <param name="RelativePath">The file that refused, '/'-separated, relative to the output folder.</param>
/// <param name="FullPath">The same file's full path, as the message names it.</param>
/// <param name="Reason">The system's own words.</param>
public sealed record ReplaceFailure(string Group, string RelativePath, string FullPath, string Reason);
