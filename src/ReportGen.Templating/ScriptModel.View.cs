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

    /// <summary>A view of <paramref name="source"/>, unsealed so that the caller can add what is computed, then seal it.</summary>
    /// <remarks>
    /// Its table is made once at its size: the data's keys and what <see cref="Augment"/> adds to a view of this type
    /// (<see cref="AugmentedMembers"/>). Every view used to get room for 24, what the meeting's view adds: a person, a
    /// recipient or an indicator row, thousands of them in a province's meeting, carried ~0,8 KB of empty entries each,
    /// 40 % of the bytes the booklet's templates allocated (docs/benchmarks.md, "Word files, templates and the web page").
    /// Then room for two: a recipient's view of three keys took a table of seven, and a 1 000-page list's 34 500 views
    /// lived to the end of its build.
    /// </remarks>
    internal static ModelObject View(object source)
    {
        var members = MembersOf(source.GetType());
        var view = new ModelObject(source, members.Length + AugmentedMembers(source));
        AddMembers(view, source, members);
        return Augment(view);
    }

    /// <summary>Each data key of <paramref name="source"/> as a member of <paramref name="view"/>, its value made plain.</summary>
    private static void AddMembers(ModelObject view, object source, Member[] members, string? except = null)
    {
        foreach (var member in members)
        {
            if (member.Name != except)
            {
                view.Set(member.Name, Plain(member.Read(source)));
            }
        }
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
