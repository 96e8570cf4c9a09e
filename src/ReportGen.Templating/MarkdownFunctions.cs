using System.Text;
using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Markdown and front-matter helpers for templates, registered as <c>md</c>:
/// <c>md.to_html text</c> (a Markdown field of the data, as safe HTML), <c>md.inline text</c> (text on
/// one line, for a heading or a list item), <c>md.cell text</c> (a pipe-table cell) and
/// <c>md.yaml text</c> (a double-quoted YAML scalar for front matter).
/// </summary>
public sealed partial class MarkdownFunctions : ScriptObject
{
    /// <summary>Creates the function object; read-only, so templates cannot replace a function.</summary>
    public MarkdownFunctions()
        : base(8, autoImportStaticsFromThisType: false)
    {
        this.AddFunction("to_html", new Func<object?, string>(value => MarkdownRenderer.ToHtml(Text(value))));
        this.AddFunction("inline", new Func<object?, string>(value => Inline(Text(value))));
        this.AddFunction("cell", new Func<object?, string>(value => Cell(Text(value))));
        this.AddFunction("yaml", new Func<object?, string>(value => Yaml(Text(value))));
        IsReadOnly = true;
    }

    /// <summary>Joins the lines of a text into one line: "a\n  b" → "a b".</summary>
    public static string Inline(string? text) =>
        string.IsNullOrEmpty(text) ? ""
        // Most values are one line: the expression, which may start at every space, is not run over them (a quarter of
        // the time of our functions called by the documents' templates, in the thread-time profile).
        : text.AsSpan().IndexOfAny('\r', '\n') < 0 ? text.Trim()
        : LineBreaks().Replace(text, " ").Trim();

    /// <summary>Text for a pipe-table cell: one line, '|' escaped; an empty cell holds "-".</summary>
    public static string Cell(string? text)
    {
        var line = Inline(text).Replace("|", "\\|", StringComparison.Ordinal);
        return line.Length == 0 ? "-" : line;
    }

    /// <summary>A YAML double-quoted scalar: <c>"Các huyện: Ý Yên"</c>, with '\' and '"' escaped.</summary>
    public static string Yaml(string? text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in Inline(text))
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        _ => throw new ArgumentException($"md functions expect text but got a {value.GetType().Name}."),
    };

    [GeneratedRegex(@"\s*(\r\n|\r|\n)\s*")]
    private static partial Regex LineBreaks();
}
