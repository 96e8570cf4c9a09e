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

    /// <summary>
    /// Scriban's built-in functions (<c>array</c>, <c>string</c>, <c>html</c> …), made once and read-only. A context
    /// made without them deep-copies the whole set (about 600 members) so that a template could change them; that
    /// was a fifth of a template's rendering time. No template of ours changes a built-in, and a shared, read-only
    /// set cannot be changed by one rendering under another running in parallel (the assignment is an error, RG102).
    /// </summary>
    private static readonly ScriptObject Builtins = ReadOnlyBuiltins();

    /// <summary>
    /// The function objects every template sees, read-only and shared like <see cref="Builtins"/>: <c>vi</c>,
    /// <c>prose</c>, <c>md</c>, and <c>html</c> with our <c>html.escape</c>.
    /// </summary>
    private static readonly ScriptObject Functions = FunctionObjects();

    /// <summary>
    /// This thread's spare context, made for <see cref="_spareSet"/> and reset after its last rendering. Making a context
    /// allocated about 26 KB (Scriban sets up its stacks and an argument array of every length up to 64 for reflection
    /// calls), and a meeting renders ten templates or more: 213 KB a meeting, about a fifth of what its templates
    /// allocated (docs/benchmarks.md, "Word files, templates and the web page"). Per thread, so parallel meetings never
    /// share one; taken while in use, so a rendering inside a rendering makes its own.
    /// </summary>
    [ThreadStatic]
    private static TemplateContext? _spare;

    [ThreadStatic]
    private static TemplateSet? _spareSet;

    /// <summary>
    /// Renders <paramref name="template"/> of <paramref name="templates"/> in a context with the built-ins (<c>html</c>,
    /// <c>string</c>, <c>array</c> …), then the read-only functions, then the read-only <paramref name="model"/>, then a
    /// scope for the template's own variables.
    /// </summary>
    /// <exception cref="Scriban.Syntax.ScriptRuntimeException">The template failed; its context is dropped, not reused.</exception>
    public static string Render(TemplateSet templates, Template template, ScriptObject model)
    {
        var context = ReferenceEquals(_spareSet, templates) && _spare is { } spare ? spare : Create(templates);
        _spare = null;
        context.PushGlobal(Functions);
        context.PushGlobal(model);
        context.PushGlobal(new ScriptObject());
        // Written through an output of our own, into arrays of the shared pool (PooledText): a StringBuilder's chunks
        // were new for every text, and a long one's lived long enough for collections to copy them. Scriban's own
        // StringBuilderOutput, emptied after reading by setting its length to 0, also made a new array of the builder's
        // capacity (11 MB for a 1 000-page list's web page; docs/benchmarks.md, "Issue 19, session 20"); the context's own
        // output is left empty, so the context holds no text between renderings.
        var text = new PooledText();
        context.PushOutput(new PooledOutput(text));
        try
        {
            var output = template.Render(context);
            context.PopOutput();
            // Reset pops the globals but the built-ins, empties the output and the output limit's count, and forgets the
            // included templates, which Prime puts back; a new context starts after no newline, so this one does too.
            context.Reset();
            context.ResetPreviousNewLine();
            templates.Prime(context);
            _spare = context;
            _spareSet = templates;
            return output;
        }
        finally
        {
            text.Clear();
        }
    }

    /// <summary>Writes into pooled arrays, and gives their text; unlike Scriban's <see cref="StringBuilderOutput"/>, never emptied by Scriban.</summary>
    private sealed class PooledOutput(PooledText text) : IScriptOutput
    {
        public void Write(string value, int offset, int count) => text.Append(value.AsSpan(offset, count));

        public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
        {
            text.Append(value.AsSpan(offset, count));
            return default;
        }

        public override string ToString() => text.ToString();
    }

    /// <summary>A context with our limits and strictness, able to include the templates of the set.</summary>
    private static TemplateContext Create(TemplateSet templates)
    {
        var context = new RenderContext(Builtins)
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
        return context;
    }

    private static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var (_, value) in builtins)
        {
            if (value is ScriptObject functions)
            {
                functions.IsReadOnly = true;
            }
        }
        builtins.IsReadOnly = true;
        return builtins;
    }

    private static ScriptObject FunctionObjects()
    {
        var functions = new ScriptObject();
        functions.SetValue("html", Html(Builtins), readOnly: true);
        functions.SetValue("vi", new ViFunctions(), readOnly: true);
        functions.SetValue("prose", new ProseFunctions(), readOnly: true);
        functions.SetValue("md", new MarkdownFunctions(), readOnly: true);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>
    /// Scriban's <c>html</c> functions with <c>html.escape</c> replaced by <see cref="EscapeHtml"/>:
    /// the built-in one writes every letter outside ASCII as an entity ("c&amp;#244;ng t&amp;#225;c"),
    /// which is valid but leaves the Vietnamese pages unreadable as source.
    /// </summary>
    private static ScriptObject Html(ScriptObject builtins)
    {
        var html = new ScriptObject();
        if (builtins.TryGetValue("html", out var builtin) && builtin is ScriptObject functions)
        {
            foreach (var (name, function) in functions.Where(f => f.Key != "escape"))
            {
                html.SetValue(name, function, readOnly: true);
            }
        }

        html.AddFunction("escape", new Func<object?, string>(EscapeHtml));
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
        // Most values (names, dates, headings) have nothing to escape and are returned as they are; the others are
        // copied once, a character at a time (a string per character before: 7 % of the web page step's bytes).
        var first = text.AsSpan().IndexOfAny(HtmlSpecial);
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>The characters <see cref="EscapeHtml"/> replaces.</summary>
    private static readonly System.Buffers.SearchValues<char> HtmlSpecial = System.Buffers.SearchValues.Create("&<>\"'");
}
