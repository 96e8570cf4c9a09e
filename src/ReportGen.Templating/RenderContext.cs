using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Scriban's <see cref="TemplateContext"/> with a short way through <see cref="ToObject"/> for a parameter of type
/// <see cref="object"/>, which most of our functions (<c>vi.*</c>, <c>prose.*</c>, <c>md.*</c>, <c>html.escape</c>) take.
/// </summary>
/// <remarks>
/// Scriban converts every argument of every function call to its parameter's type, twice for a delegate function (once
/// as the call is evaluated, once as the delegate's arguments are made). For <see cref="object"/> that conversion
/// always gives the value back, but only after a row of type tests (enum, <c>IScriptConvertibleFrom</c>, primitive,
/// <c>IList</c>, assignable) that together were about a quarter of the templates' own time in the thread-time profile
/// (docs/benchmarks.md, "Templates and the web page"). The answer here is the one Scriban's own code reaches for every
/// value but one that converts itself (<see cref="IScriptConvertibleTo"/>), which is left to Scriban.
/// </remarks>
internal sealed class RenderContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) && value is not IScriptConvertibleTo
            ? value
            : base.ToObject(span, value, destinationType);
}
