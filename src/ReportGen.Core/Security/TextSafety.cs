using System.Buffers;
using System.Text;

namespace ReportGen.Core.Security;

/// <summary>
/// Characters a data file must not carry into the documents or the terminal: control characters (C0 but tab,
/// line feed and carriage return; DEL; C1) and the bidirectional overrides and isolates that can make text read
/// differently from what it is (U+202A–U+202E, U+2066–U+2069). They are removed with a located warning, and
/// escaped wherever a message echoes the data. docs/security.md.
/// </summary>
public static class TextSafety
{
    public static bool IsRefused(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    // The same characters as IsRefused, searched for many at a time: a data file almost never holds one, and asking
    // IsRefused of each character through LINQ was 6 % of checking a meeting's file (data-check profile). The ASCII ones
    // in one set and the others as three ranges, each a vectorised scan: one set of them all searched Vietnamese text
    // (a letter in four outside ASCII) character by character through its probabilistic map, 2 % of a whole build's
    // CPU in the native build's profile (docs/benchmarks.md).
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        [.. Range('\u0000', '\u0008'), '\u000B', '\u000C', .. Range('\u000E', '\u001F'), '\u007F']);

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

    /// <summary>Whether <paramref name="text"/> holds any refused character.</summary>
    public static bool HasRefused(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAny(AsciiControls) || span.ContainsAnyInRange('\u0080', '\u009F')
            || span.ContainsAnyInRange('\u202A', '\u202E') || span.ContainsAnyInRange('\u2066', '\u2069');
    }

    /// <summary>Each refused character of <paramref name="text"/> with its 1-based line and column.</summary>
    public static IEnumerable<(int Line, int Column, char Character)> Refused(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasRefused(text))
        {
            yield break;
        }
        int line = 1, column = 1;
        foreach (var c in text)
        {
            if (IsRefused(c))
            {
                yield return (line, column, c);
            }
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }

    /// <summary>The text without its refused characters.</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasRefused(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsRefused(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The text with every refused character written as \uXXXX: safe to print on a terminal.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasRefused(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(IsRefused(c) ? $"\\u{(int)c:X4}" : c);
        }
        return builder.ToString();
    }
}
