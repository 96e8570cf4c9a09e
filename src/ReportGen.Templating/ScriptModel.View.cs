using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;
using YamlDotNet.Serialization;

namespace ReportGen.Templating;

/// <summary>
/// The template view of any model object, read from the model itself: every data key becomes a member of the
/// same name (snake_case, or the YAML alias), so a field added to the model reaches the templates with no
/// second list to keep. Values are plain: text, numbers, dates, booleans, enums in their data spelling
/// ("party-member"), lists as arrays and objects as views of their own.
/// </summary>
public static partial class ScriptModel
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Members = new();

    /// <summary>A view of <paramref name="source"/>, unsealed so that the caller can add what is computed, then seal it.</summary>
    internal static ModelObject View(object source)
    {
        var view = new ModelObject(source);
        foreach (var (name, read) in MembersOf(source.GetType()))
        {
            view.Set(name, Plain(read(source)));
        }
        return Augment(view);
    }

    /// <summary>The data keys of a type and a compiled reader for each: a view is built for every template a
    /// meeting renders, and with reflection's GetValue the province benchmark fell from about 210 to 180 pages/s
    /// (docs/benchmarks.md, 2026-12-05).</summary>
    private static (string Name, Func<object, object?> Read)[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
        [.. Core.Schema.ModelKeys.Properties(t).Select(p => (Core.Schema.ModelKeys.KeyOf(p), Reader(p)))]);

    private static Func<object, object?> Reader(PropertyInfo property)
    {
        var source = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var value = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(source, property.DeclaringType!), property);
        return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(
            System.Linq.Expressions.Expression.Convert(value, typeof(object)), source).Compile();
    }

    private static object? Plain(object? value) => value switch
    {
        null => null,
        string or int or decimal or bool or DateOnly or double or long => value,
        Enum e => SnakeCase(e.ToString()).Replace('_', '-'),
        IEnumerable items => new ScriptArray(items.Cast<object?>().Select(Plain)),
        _ => View(value).Seal(),
    };
}
