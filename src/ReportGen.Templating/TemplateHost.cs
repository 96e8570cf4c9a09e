using ReportGen.Templating.Formatting;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// The one place a Scriban <see cref="TemplateContext"/> is made: limits, strict variables, the
/// function objects <c>vi</c>, <c>prose</c> and <c>md</c>, and the templates for <c>include</c>.
/// </summary>
internal static class TemplateHost
{
    /// <summary>Most iterations of one loop: far above any meeting's lists, low enough to stop a runaway loop.</summary>
    public const int LoopLimit = 10_000;

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
        functions.SetValue("vi", Vi, readOnly: true);
        functions.SetValue("prose", Prose, readOnly: true);
        functions.SetValue("md", Md, readOnly: true);
        context.PushGlobal(functions);
        context.PushGlobal(model);
        context.PushGlobal(new ScriptObject());
        return context;
    }
}
