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
    public static IReadOnlyList<(int Line, int Column, string Url)> RefusedLinks(string text) => RefusedLinks(text, t => Links().Matches(t));

    /// <summary>
    /// The same, the links found by <paramref name="find"/>. The expression's time limit is wall-clock time, which a long
    /// collection or a starved office computer can run out on ordinary text: the links found by then are said, and the
    /// check goes on. Nothing is let through by it: the documents refuse such links as they are made; this only says where.
    /// </summary>
    public static IReadOnlyList<(int Line, int Column, string Url)> RefusedLinks(string text, Func<string, IEnumerable<Match>> find)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(find);
        // Every link the expression finds has a '<', a "](" or a "]:"; a data file without any (most of them) is not
        // run through it, which was 4 % of checking a meeting's file (data-check profile).
        if (!text.Contains('<', StringComparison.Ordinal) && !text.Contains("](", StringComparison.Ordinal) && !text.Contains("]:", StringComparison.Ordinal))
        {
            return [];
        }
        var refused = new List<(int Line, int Column, string Url)>();
        try
        {
            foreach (var match in find(text))
            {
                var url = match.Groups["url"];
                if (!LinkPolicy.IsAllowed(url.Value))
                {
                    var (line, column) = Diagnostics.TextPosition.Of(text, url.Index);
                    refused.Add((line, column, url.Value));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Out of time: what was found is said (see above).
        }
        return refused;
    }
}
