using System.Globalization;
using System.Text;
using ReportGen.Templating.Formatting;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// The one place a Scriban <see cref="TemplateContext"/> is made: limits, strict variables, the
/// function objects <c>vi</c>, <c>prose</c>, <c>md</c> and <c>html</c>, and the templates for <c>include</c>.
/// </summary>
internal static class TemplateHost
{
    /// <summary>
    /// Most iterations of one loop: above any meeting's lists (a province's decision may list tens of
    /// thousands of "Lao động tiên tiến"), low enough to stop a runaway loop within a second or two.
    /// </summary>
    public const int LoopLimit = 1_000_000;

    /// <summary>Deepest nesting of includes and function calls.</summary>
    public const int RecursiveLimit = 50;

    /// <summary>
    /// Longest text a value may turn into. Scriban cuts longer ones and adds "..."; the report and the
    /// agenda are handed to the page templates as HTML strings, so this is generous (8 M characters).
    /// </summary>
    public const int LimitToString = 8 * 1024 * 1024;

    private static readonly ViFunctions Vi = new();
    private static readonly ProseFunctions Prose = new();
    private static readonly MarkdownFunctions Md = new();

    /// <summary>
    /// A context for one rendering: built-ins (<c>html</c>, <c>string</c>, <c>array</c> …), then the
    /// read-only functions, then the read-only <paramref name="model"/>, then a scope for the
    /// template's own variables.
    /// </summary>
    public static TemplateContext Create(TemplateSet templates, ScriptObject model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = LimitToString,
            NewLine = "\n",
            // Only ScriptObjects reach templates; should anything else slip in, show none of its members.
            MemberFilter = _ => false,
        };
        templates.Prime(context);

        var functions = new ScriptObject();
        functions.SetValue("html", Html(context), readOnly: true);
        functions.SetValue("vi", Vi, readOnly: true);
        functions.SetValue("prose", Prose, readOnly: true);
        functions.SetValue("md", Md, readOnly: true);
        context.PushGlobal(functions);
        context.PushGlobal(model);
        context.PushGlobal(new ScriptObject());
        return context;
    }

    /// <summary>
    /// Scriban's <c>html</c> functions with <c>html.escape</c> replaced by <see cref="EscapeHtml"/>:
    /// the built-in one writes every letter outside ASCII as an entity ("c&amp;#244;ng t&amp;#225;c"),
    /// which is valid but leaves the Vietnamese pages unreadable as source.
    /// </summary>
    private static ScriptObject Html(TemplateContext context)
    {
        var html = new ScriptObject();
        if (context.BuiltinObject.TryGetValue("html", out var builtin) && builtin is ScriptObject functions)
        {
            foreach (var (name, function) in functions.Where(f => f.Key != "escape"))
            {
                html.SetValue(name, function, readOnly: true);
            }
        }

        html.Import("escape", new Func<object?, string>(EscapeHtml));
        html.IsReadOnly = true;
        return html;
    }

    /// <summary>Escapes the five characters that matter in HTML text and attribute values; null gives "".</summary>
    public static string EscapeHtml(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
