using System.Globalization;
using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// Vietnamese without diacritics, for a console that cannot show UTF-8 ("Làm 2 hội nghị" → "Lam 2 hoi nghi"): marks
/// stripped, đ → d, Đ → D, and what is still not ASCII (box lines, ellipsis, quotes) given a plain stand-in, so that
/// nothing comes out as "?" or as a code page's wrong letters.
/// </summary>
public static class PlainAscii
{
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c < 128)
            {
                result.Append(c);
                continue;
            }
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
            }
            result.Append(c switch
            {
                'đ' => "d",
                'Đ' => "D",
                '\u00A0' or '\u202F' or '\u2009' => " ",
                '–' or '—' or '─' or '━' or '┄' => "-",
                '│' or '┃' => "|",
                '╭' or '╮' or '╰' or '╯' or '┌' or '┐' or '└' or '┘' or '├' or '┤' or '┬' or '┴' or '┼' => "+",
                '…' => "...",
                '“' or '”' or '„' => "\"",
                '‘' or '’' => "'",
                '×' => "x",
                '→' => "->",
                '█' or '▓' or '▒' => "#",
                '░' => ".",
                _ => "?",
            });
        }
        return result.ToString();
    }
}

/// <summary>A writer that passes everything on in <see cref="PlainAscii"/>: the console of an old Windows, or <c>--ascii</c>.</summary>
public sealed class PlainAsciiWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => Encoding.ASCII;

    public override void Write(char value) => inner.Write(PlainAscii.From(value.ToString()));

    public override void Write(string? value) => inner.Write(value is null ? null : PlainAscii.From(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : PlainAscii.From(value));

    public override void Flush() => inner.Flush();
}
