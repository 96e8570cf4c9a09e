using ReportGen.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// The template's view of one model object (a meeting, a field, an award …): snake_case members
/// holding plain values, read-only, and strict — a member the data does not have stops the rendering
/// with its name instead of printing nothing, so a typo in a template is found at once.
/// </summary>
/// <remarks>
/// It keeps the model object it was built from, so that <c>prose.*</c> functions given
/// <c>meeting</c> or <c>field</c> work on the typed model.
/// </remarks>
public sealed class ModelObject : ScriptObject
{
    /// <param name="source">The model object the view shows.</param>
    /// <param name="capacity">How many members it will hold, so that its dictionary is made once at that size.</param>
    /// <remarks>
    /// Scriban's ScriptObject, when derived from, imports the derived type's static members by reflection in its
    /// constructor (custom attributes of every member); a view has none to import, and skipping it saved about a
    /// third of the templates' time (docs/benchmarks.md, "Templating and data loading").
    /// </remarks>
    internal ModelObject(object source, int capacity = 0)
        : base(capacity, autoImportStaticsFromThisType: false)
    {
        Source = source;
    }

    /// <summary>The model object this view was built from.</summary>
    public object Source { get; }

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        throw new ScriptRuntimeException(span, Messages.NoSuchMember(Describe(Source), member, Keys.Order(StringComparer.Ordinal)));
    }

    internal ModelObject Set(string member, object? value)
    {
        SetValue(member, value, readOnly: true);
        return this;
    }

    internal ModelObject Seal()
    {
        IsReadOnly = true;
        return this;
    }

    private static string Describe(object source) => source switch
    {
        Core.Model.Meeting m => Messages.MeetingObject(m.Id),
        Core.Model.Roundup r => Messages.RoundupObject(r.Id),
        _ => Messages.DataObject(ScriptModel.SnakeCase(source.GetType().Name)),
    };
}
