namespace ReportGen.Core.Security;

/// <summary>
/// Paths as the disk resolves them: every symbolic link on the way followed, so "somedir/passwd" with somedir
/// linked to /etc is seen as /etc/passwd and refused for leaving the data folder. docs/security.md.
/// </summary>
public static class PathSafety
{
    /// <summary>At most this many links are followed; a loop of links ends here, judged unresolvable.</summary>
    private const int MaxLinks = 40;

    /// <summary>The full path with every symbolic link in it resolved, component by component.</summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            var next = ResolveFirstLink(full);
            if (next is null)
            {
                return full;
            }
            full = next;
        }
        throw new IOException($"Too many symbolic links in the path '{path}'.");
    }

    /// <summary>Whether <paramref name="path"/>, resolved, lies inside <paramref name="folder"/>, resolved.</summary>
    public static bool IsInside(string path, string folder)
    {
        var resolvedFolder = Resolve(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var resolved = Resolve(path);
        return resolved.StartsWith(resolvedFolder, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The path with its first symbolic link (from the root down) replaced by its target; null when it has none.</summary>
    private static string? ResolveFirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists || info.LinkTarget is not { } target)
            {
                continue;
            }
            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(current) ?? root, target);
            return Path.GetFullPath(Path.Combine([resolved, .. parts[(i + 1)..]]));
        }
        return null;
    }
}
