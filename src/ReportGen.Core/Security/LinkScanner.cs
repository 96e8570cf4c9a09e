using System.Text.RegularExpressions;

namespace ReportGen.Core.Security;

/// <summary>
/// Finds the links a Markdown text makes (autolinks &lt;…&gt;, inline links](…), reference definitions) whose target
/// <see cref="LinkPolicy"/> refuses, with their line and column, so the check can say where they are before the
/// build shows them as plain text.
/// </summary>
public static partial class LinkScanner
{
    [GeneratedRegex(@"<(?<url>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>|\]\(\s*<?(?<url>[^)\s>]+)|^[ ]{0,3}\[[^\]]+\]:\s*<?(?<url>\S+?)>?(\s|$)", RegexOptions.Multiline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Links();

    /// <summary>Each refused link target, where it starts (1-based line and column).</summary>
    public static IEnumerable<(int Line, int Column, string Url)> RefusedLinks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every link the expression finds has a '<', a "](" or a "]:"; a data file without any (most of them) is not
        // run through it, which was 4 % of checking a meeting's file (data-check profile).
        if (!text.Contains('<', StringComparison.Ordinal) && !text.Contains("](", StringComparison.Ordinal) && !text.Contains("]:", StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (Match match in Links().Matches(text))
        {
            var url = match.Groups["url"];
            if (LinkPolicy.IsAllowed(url.Value))
            {
                continue;
            }
            var (line, column) = Diagnostics.TextPosition.Of(text, url.Index);
            yield return (line, column, url.Value);
        }
    }
}
