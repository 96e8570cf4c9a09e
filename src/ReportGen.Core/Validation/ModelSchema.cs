using System.Collections.Concurrent;
using System.Reflection;
using ReportGen.Core.Diagnostics;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Core.Validation;

/// <summary>
/// The keys a data file may hold, read from the model's properties (snake_case, or the
/// <see cref="YamlMemberAttribute.Alias"/>), per mapping level: the same names the deserializer uses.
/// </summary>
internal static class ModelSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Type>> Cache = new();

    /// <summary>Known keys of <paramref name="type"/> and the type each one's value must have.</summary>
    public static IReadOnlyDictionary<string, Type> KeysOf(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var keys = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var property in Schema.ModelKeys.Properties(t))
        {
            keys[Schema.ModelKeys.KeyOf(property)] = property.PropertyType;
        }
        return keys;
    });

    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, System.ComponentModel.DataAnnotations.RangeAttribute>> RangeCache = new();

    /// <summary>The bounds the model puts on a key's number (<c>[Range]</c>), or null; asked for every key of every mapping, so kept per type.</summary>
    public static System.ComponentModel.DataAnnotations.RangeAttribute? RangeOf(Type type, string key) =>
        RangeCache.GetOrAdd(Nullable.GetUnderlyingType(type) ?? type, static t =>
        {
            var ranges = new Dictionary<string, System.ComponentModel.DataAnnotations.RangeAttribute>(StringComparer.Ordinal);
            foreach (var property in Schema.ModelKeys.Properties(t))
            {
                if (property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RangeAttribute>() is { } range)
                {
                    ranges[Schema.ModelKeys.KeyOf(property)] = range;
                }
            }
            return ranges;
        }).GetValueOrDefault(key);

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> RequiredCache = new();

    /// <summary>The keys of <paramref name="type"/> the model marks required (<c>[JsonRequired]</c>), in declaration order.</summary>
    public static IReadOnlyList<string> RequiredKeysOf(Type type) => RequiredCache.GetOrAdd(type, static t =>
        [.. Schema.ModelKeys.Properties(t)
            .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonRequiredAttribute>() is not null)
            .Select(Schema.ModelKeys.KeyOf)]);

    private static readonly ConcurrentDictionary<Type, Type?> ListItemCache = new();

    /// <summary>
    /// The item type when <paramref name="type"/> is a <c>List&lt;T&gt;</c>, else null; asked for every node of every
    /// file, so kept per type (<see cref="Type.GetGenericArguments"/> makes a new array each time).
    /// </summary>
    public static Type? ListItemType(Type type) => ListItemCache.GetOrAdd(type, static t =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : null);

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> EnumCache = new();

    /// <summary>The values an enum takes in the data (hyphenated, lower case: "party", "collective"); asked for every enum value of every file, so kept per type.</summary>
    public static IReadOnlyList<string> EnumValues(Type type) => EnumCache.GetOrAdd(type, static t =>
        [.. Enum.GetNames(t).Select(n => HyphenatedNamingConvention.Instance.Apply(n))]);

    /// <summary>The known key nearest to <paramref name="key"/>, when it is near enough to be a typo.</summary>
    public static string? Nearest(string key, IEnumerable<string> known)
    {
        var closest = DidYouMean.Closest(key.ToLowerInvariant(), known);
        return closest is not null && DidYouMean.Distance(key.ToLowerInvariant(), closest) <= Math.Max(2, key.Length / 3) ? closest : null;
    }
}
