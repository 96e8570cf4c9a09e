using System.Collections.Concurrent;
using System.Reflection;
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
        foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.Name == "SourcePath" || property.GetCustomAttribute<YamlIgnoreAttribute>() is not null)
            {
                continue;
            }
            var name = property.GetCustomAttribute<YamlMemberAttribute>()?.Alias
                ?? UnderscoredNamingConvention.Instance.Apply(property.Name);
            keys[name] = property.PropertyType;
        }
        return keys;
    });

    /// <summary>The values an enum takes in the data (hyphenated, lower case: "party", "collective").</summary>
    public static IReadOnlyList<string> EnumValues(Type type) =>
        [.. Enum.GetNames(type).Select(n => HyphenatedNamingConvention.Instance.Apply(n))];

    /// <summary>Levenshtein distance, for "did you mean".</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The known key nearest to <paramref name="key"/>, when it is near enough to be a typo.</summary>
    public static string? Nearest(string key, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: EditDistance(key.ToLowerInvariant(), k)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, key.Length / 3) ? best.Key : null;
    }
}
