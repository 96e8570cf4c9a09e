namespace ReportGen.Core.Security;

/// <summary>
/// The one allow-list of link targets for every medium (the web page, the booklet's PDF links): http, https,
/// mailto and tel, relative paths and #anchors. Anything else (javascript:, vbscript:, data:, file: …) could
/// run in a reader's browser or open a file on the reader's machine: it is shown as text, with no link.
/// docs/security.md.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Whether a link may point at <paramref name="url"/>.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return false; // "//host/…" takes the page's scheme, and on a USB stick that is file:
        }
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return true; // the colon is in the path, not a scheme: "a/b:c"
        }

        return SafeSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The target a link keeps: <paramref name="url"/> when allowed, else null (the text stays, unlinked).</summary>
    public static string? Filter(string? url) => IsAllowed(url) ? url : null;
}
