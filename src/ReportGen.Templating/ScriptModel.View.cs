using System.Collections;
using System.Collections.Concurrent;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// The template view of any model object, read from the model itself: every data key becomes a member of the
/// same name (snake_case, or the YAML alias), so a field added to the model reaches the templates with no
/// second list to keep. Values are plain: text, numbers, dates, booleans, enums in their data spelling
/// ("party-member"), lists as read-only arrays and objects as views of their own.
/// </summary>
public static partial class ScriptModel
{
    /// <summary>A data key of a model type: its name in templates and how to read it.</summary>
    private sealed record Member(string Name, Func<object, object?> Read);

    /// <summary>
    /// The members of each model type, found once: the data keys (attributes read by reflection) and a reader
    /// per property. A view is built for every object of every template a meeting renders.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>Each enum value in its data spelling ("party-member"), made once: every view of a person spells some.</summary>
    private static readonly ConcurrentDictionary<Enum, string> EnumSpellings = new();

    /// <summary>Room for what <see cref="Augment"/> and <see cref="Meeting(Core.Model.Meeting)"/> add, so the view's table is sized once.</summary>
    private const int AddedMembers = 24;

    /// <summary>A view of <paramref name="source"/>, unsealed so that the caller can add what is computed, then seal it.</summary>
    internal static ModelObject View(object source)
    {
        var members = MembersOf(source.GetType());
        var view = new ModelObject(source, members.Length + AddedMembers);
        foreach (var member in members)
        {
            view.Set(member.Name, Plain(member.Read(source)));
        }
        return Augment(view);
    }

    /// <summary>
    /// Each data key of a type with a reader (<see cref="Core.Schema.PropertyAccess"/>). Reflection's GetValue made
    /// the province benchmark fall from about 210 to 180 pages/s (docs/benchmarks.md, 2026-12-05); compiled
    /// expressions were as fast but cost a JIT compilation per property at every start (109 for one meeting).
    /// </summary>
    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
        [.. Core.Schema.ModelKeys.Properties(t).Select(p => new Member(Core.Schema.ModelKeys.KeyOf(p), Core.Schema.PropertyAccess.Reader(p)))]);

    private static object? Plain(object? value) => value switch
    {
        null => null,
        string or int or decimal or bool or DateOnly or double or long => value,
        Enum e => EnumSpellings.GetOrAdd(e, static e => SnakeCase(e.ToString()).Replace('_', '-')),
        IEnumerable items => ReadOnlyArray(items),
        _ => View(value).Seal(),
    };

    /// <summary>
    /// A list as templates see it: its items made plain, read-only like the views, so that a view can be shared by
    /// the templates of one meeting's documents without one of them changing what the next one sees.
    /// </summary>
    private static ScriptArray ReadOnlyArray(IEnumerable items)
    {
        var array = items is ICollection collection ? new ScriptArray(collection.Count) : new ScriptArray();
        foreach (var item in items)
        {
            array.Add(Plain(item));
        }
        array.IsReadOnly = true;
        return array;
    }
}
