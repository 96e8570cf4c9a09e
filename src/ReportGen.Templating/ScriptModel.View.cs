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
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Members = new();

    /// <summary>A view of <paramref name="source"/>, unsealed so that the caller can add what is computed, then seal it.</summary>
    internal static ModelObject View(object source)
    {
        var view = new ModelObject(source);
        foreach (var (name, property) in MembersOf(source.GetType()))
        {
            view.Set(name, Plain(property.GetValue(source)));
        }
        return Augment(view);
    }

    private static (string Name, PropertyInfo Property)[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0
                && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .Select(p => (p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? SnakeCase(p.Name), p))]);

    private static object? Plain(object? value) => value switch
    {
        null => null,
        string or int or decimal or bool or DateOnly or double or long => value,
        Enum e => SnakeCase(e.ToString()).Replace('_', '-'),
        IEnumerable items => new ScriptArray(items.Cast<object?>().Select(Plain)),
        _ => View(value).Seal(),
    };
}
