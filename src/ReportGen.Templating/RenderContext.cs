using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Scriban's <see cref="TemplateContext"/> with a short way through <see cref="ToObject"/> for a parameter of type
/// <see cref="object"/>, which most of our functions (<c>vi.*</c>, <c>prose.*</c>, <c>md.*</c>, <c>html.escape</c>) take,
/// and for one of type <see cref="IEnumerable"/> given a list, which Scriban's <c>array.*</c> functions take.
/// </summary>
/// <remarks>
/// Scriban converts every argument of every function call to its parameter's type, twice for a delegate function (once
/// as the call is evaluated, once as the delegate's arguments are made). For <see cref="object"/> that conversion
/// (and for <see cref="IEnumerable"/> given a list or a text) always gives the value back, but only after a row of type
/// tests (enum, <c>IScriptConvertibleFrom</c>, primitive, <c>IList</c>, assignable) that together were about a quarter of
/// the templates' own time in the thread-time profile (docs/benchmarks.md, "Templates and the web page"); of the ~950
/// conversions of a province meeting's templates, three quarters are these two (the rest, text to text and a number
/// to <c>int</c>, Scriban answers first). The answer here is the one Scriban's own code
/// reaches for every such value but one that converts itself (<see cref="IScriptConvertibleTo"/>), which is left to it.
/// </remarks>
internal sealed class RenderContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        value is not IScriptConvertibleTo && (destinationType == typeof(object) || (destinationType == typeof(IEnumerable) && value is IEnumerable))
            ? value
            : base.ToObject(span, value, destinationType);
}
