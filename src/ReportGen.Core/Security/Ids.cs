using System.Text.RegularExpressions;

namespace ReportGen.Core.Security;

/// <summary>
/// What an id (a meeting's or a roundup's output folder) may be: a slug of lower-case ASCII letters, digits and
/// single hyphens, at most 80 characters, and not a name Windows reserves for a device (con, nul, com1 …), so
/// that no id can name a path outside the output folder or one an office's computer cannot create.
/// </summary>
public static partial class Ids
{
    public const int MaxLength = 80;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    private static readonly HashSet<string> WindowsDevices = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && Slug().IsMatch(id) && !WindowsDevices.Contains(id);
}
