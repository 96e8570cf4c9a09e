namespace ReportGen.Core.Wording;

/// <summary>
/// The parts of a Markdown (or HTML) text that are prose, where spelling and quotation marks may be put right:
/// everything but fenced code blocks (``` and ~~~, so ```chart blocks too), code spans, link targets
/// ("](…)", with their title), tags and comments ("&lt;a href=…&gt;", autolinks "&lt;https://…&gt;"), and the
/// content of &lt;style&gt; and &lt;script&gt;. A plain text with none of these is one region.
/// </summary>
/// <remarks>
/// A scanner, not a Markdown parser: Core does not depend on Markdig. It errs towards leaving text alone;
/// the Templating tests check it against Markdig's own reading of code spans, links and HTML.
/// </remarks>
public static class ProseRegions
{
    /// <summary>Whether a rewrite would change a prose region (answered without copying it).</summary>
    public delegate bool RegionTest(ReadOnlySpan<char> region);

    /// <summary>The text with <paramref name="rewrite"/> applied to each prose region (its length may change).</summary>
    /// <param name="changes">
    /// When given, only the regions it says would change are copied out and rewritten; the others are kept as they are
    /// (it must answer true whenever <paramref name="rewrite"/> would change the region).
    /// </param>
    public static string Rewrite(string text, Func<string, string> rewrite, RegionTest? changes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rewrite);
        // The new text is built from the first region that changes: an output already written in the style asked
        // for (most are) comes back as it is, without two more copies of a page the size of a province's awards.
        System.Text.StringBuilder? result = null;
        var at = 0;
        var scanner = new Scanner(text);
        while (scanner.Next(out var start, out var length))
        {
            if (length == text.Length)
            {
                return changes is null || changes(text) ? rewrite(text) : text; // a plain text: one region, no copy
            }
            if (changes is not null && !changes(text.AsSpan(start, length)))
            {
                continue; // kept as it is: copied with the text before the next region rewritten, or at the end
            }
            var region = text.Substring(start, length);
            var rewritten = rewrite(region);
            if (result is null && string.Equals(rewritten, region, StringComparison.Ordinal))
            {
                continue;
            }
            result ??= new System.Text.StringBuilder(text.Length);
            result.Append(text, at, start - at).Append(rewritten);
            at = start + length;
        }
        return result is null ? text : result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The prose regions of <paramref name="text"/>, in order: start and length.</summary>
    public static IReadOnlyList<(int Start, int Length)> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = new List<(int, int)>();
        var scanner = new Scanner(text);
        while (scanner.Next(out var start, out var length))
        {
            regions.Add((start, length));
        }
        return regions;
    }

    /// <summary>
    /// Finds the prose regions one after the other, for <see cref="Rewrite"/> to use as they come: a web page of a
    /// meeting has thousands (one between every two tags), and their list, grown as they were found, with a lower-cased
    /// copy of every tag's name, was 47 KB a page (docs/benchmarks.md, "Word files, templates and the web page").
    /// </summary>
    private struct Scanner(string text)
    {
        private int _i;
        private int _proseStart;
        private bool _ended;

        /// <summary>The next prose region; false after the last.</summary>
        public bool Next(out int start, out int length)
        {
            while (!_ended)
            {
                int end;
                if (_i >= text.Length)
                {
                    _ended = true;
                    end = text.Length;
                }
                else if (NotProseAt() is { } notProseEnd)
                {
                    end = notProseEnd;
                }
                else
                {
                    continue;
                }
                // The prose before what is skipped, if any, then on after it.
                (start, length) = (_proseStart, _i - _proseStart);
                _i = _proseStart = Math.Min(end, text.Length);
                if (length > 0)
                {
                    return true;
                }
            }
            (start, length) = (0, 0);
            return false;
        }

        /// <summary>
        /// At <see cref="_i"/>: the end of what is not prose starting there (a fence, a code span, a link target, a tag),
        /// or null after stepping over prose (an escaped character, a lone backtick, a letter).
        /// </summary>
        private int? NotProseAt()
        {
            var i = _i;
            var atLineStart = i == 0 || text[i - 1] == '\n';
            if (atLineStart && FenceAt(text, i) is { } fence)
            {
                return FenceEnd(text, i, fence);
            }
            switch (text[i])
            {
                case '\\' when i + 1 < text.Length && text[i + 1] != '\n':
                    _i += 2; // an escaped character is the writer's literal choice: a \" stays straight
                    return null;
                case '`':
                    var ticks = RunLength(text, i, '`');
                    var close = ClosingTicks(text, i + ticks, ticks);
                    if (close >= 0)
                    {
                        return close + ticks;
                    }
                    _i += ticks;
                    return null;
                case ']' when i + 1 < text.Length && text[i + 1] == '(':
                    var closeParen = text.IndexOf(')', i + 2);
                    var lineEnd = text.IndexOf('\n', i + 2);
                    if (closeParen >= 0 && (lineEnd < 0 || closeParen < lineEnd))
                    {
                        _i++; // the ']' is the end of the link text, prose
                        return closeParen + 1;
                    }
                    break;
                case '<' when TagEnd(text, i) is { } tagEnd:
                    var name = TagName(text, i);
                    var closing = name.Equals("style", StringComparison.OrdinalIgnoreCase) ? "</style"
                        : name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script"
                        : null;
                    if (closing is not null)
                    {
                        var end = text.IndexOf(closing, tagEnd, StringComparison.OrdinalIgnoreCase);
                        var endTag = end < 0 ? -1 : text.IndexOf('>', end);
                        return endTag < 0 ? text.Length : endTag + 1;
                    }
                    return tagEnd;
            }
            // Prose here: on to the next place where something else could start, a character that may open it or a
            // line start (a fence). Stepping a character at a time, this scan was 2 % of a province's build.
            _i = NextPossibleStart(text, i + 1);
            return null;
        }
    }

    /// <summary>The characters at which <c>Scanner.NotProseAt</c> may find something that is not prose (a line start aside).</summary>
    private static readonly System.Buffers.SearchValues<char> PossibleStarts = System.Buffers.SearchValues.Create("\\`]<\n");

    /// <summary>
    /// The first place from <paramref name="from"/> on where what is not prose could start: a line start, or one of
    /// <see cref="PossibleStarts"/> (a line break stands for the line start after it); the text's end when there is none.
    /// </summary>
    private static int NextPossibleStart(string text, int from)
    {
        if (from >= text.Length || text[from - 1] == '\n')
        {
            return from;
        }
        var found = text.AsSpan(from).IndexOfAny(PossibleStarts);
        if (found < 0)
        {
            return text.Length;
        }
        var at = from + found;
        return text[at] == '\n' ? at + 1 : at;
    }

    /// <summary>A fence opening at a line start (up to three spaces in): its character and length.</summary>
    private static (char Char, int Length)? FenceAt(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && i - lineStart < 3 && text[i] == ' ')
        {
            i++;
        }
        if (i >= text.Length || text[i] is not ('`' or '~'))
        {
            return null;
        }
        var length = RunLength(text, i, text[i]);
        return length >= 3 ? (text[i], length) : null;
    }

    /// <summary>Where a fenced block ends: after its closing fence's line, or at the end of the text.</summary>
    private static int FenceEnd(string text, int start, (char Char, int Length) fence)
    {
        var line = text.IndexOf('\n', start);
        while (line >= 0)
        {
            var next = line + 1;
            if (FenceAt(text, next) is { } closing && closing.Char == fence.Char && closing.Length >= fence.Length)
            {
                var end = text.IndexOf('\n', next);
                return end < 0 ? text.Length : end + 1;
            }
            line = text.IndexOf('\n', next);
        }
        return text.Length;
    }

    private static int RunLength(string text, int start, char c)
    {
        var i = start;
        while (i < text.Length && text[i] == c)
        {
            i++;
        }
        return i - start;
    }

    /// <summary>The start of a run of exactly <paramref name="ticks"/> backticks closing a code span, or -1.</summary>
    private static int ClosingTicks(string text, int from, int ticks)
    {
        var i = from;
        while ((i = text.IndexOf('`', i)) >= 0)
        {
            var run = RunLength(text, i, '`');
            if (run == ticks)
            {
                return i;
            }
            i += run;
        }
        return -1;
    }

    /// <summary>
    /// The end of a tag, comment or autolink starting at '&lt;' ("&lt;b&gt;", "&lt;/p&gt;", "&lt;!-- … --&gt;",
    /// "&lt;https://…&gt;"); null for a '&lt;' of prose ("a &lt; b", "&lt;3").
    /// </summary>
    private static int? TagEnd(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return null;
        }
        if (string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + 3;
        }
        var next = text[start + 1];
        if (!char.IsAsciiLetter(next) && next is not ('/' or '!' or '?'))
        {
            return null;
        }
        // A '>' outside quoted attribute values closes the tag.
        char? quote = null;
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'' && text[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c == '<' || (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                return null; // prose such as "a <b" running on: a tag never holds '<' nor a blank line
            }
        }
        return null;
    }

    /// <summary>The tag's name as written (any case): a span of the text, not a copy, since only "style" and "script" matter.</summary>
    private static ReadOnlySpan<char> TagName(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }
        return text.AsSpan(start + 1, i - start - 1);
    }
}
