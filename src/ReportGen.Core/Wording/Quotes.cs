using System.Text;

namespace ReportGen.Core.Wording;

/// <summary>How quotations are marked in the documents.</summary>
public enum QuoteStyle
{
    /// <summary>“…” and ‘…’ inside them, as Vietnamese print sets them; straight quotes typed in the data are curled.</summary>
    Curly,
}

/// <summary>
/// Straight quotes of prose turned into curly ones: a quote opens at the start of the text, after a space, an
/// opening bracket, a dash or another opening quote (Markdown's emphasis markers looked through: **"Nông thôn
/// mới"**), and closes everywhere else. A single straight quote inside a word is an apostrophe (’). An escaped
/// quote (\") is the writer's literal choice and stays straight. Code, link targets and tags are left alone
/// (<see cref="ProseRegions"/>).
/// </summary>
public static class Quotes
{
    /// <summary>The Markdown (or plain) text with the straight quotes of its prose curled.</summary>
    public static string Curl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('"', '\'') < 0)
        {
            return text;
        }
        // Each quote is judged by the real text before it, also across a code span or a link target
        // ("[tài liệu](url)"" closes).
        var result = new StringBuilder(text);
        foreach (var (start, length) in ProseRegions.Of(text))
        {
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c is not ('"' or '\'') || (i > 0 && text[i - 1] == '\\'))
                {
                    continue;
                }
                result[i] = (c, Opens(text, i)) switch
                {
                    ('"', true) => '“',
                    ('"', false) => '”',
                    ('\'', true) => '‘',
                    _ => '’',
                };
            }
        }
        return result.ToString();
    }

    /// <summary>Whether the quote at <paramref name="at"/> opens: what precedes it, emphasis markers looked through, is a boundary.</summary>
    private static bool Opens(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is '*' or '_')
        {
            i--;
        }
        if (i < 0)
        {
            // Only markers before it: it opens unless a word follows nothing at all ("**"" ends a span).
            return at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]);
        }
        var before = text[i];
        // '>' ends a tag (<b>"Tên"</b>) or a Markdown quote marker: what follows starts afresh.
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '“' or '‘' or '—' or '–' or '-' or '/' or '>';
    }
}
