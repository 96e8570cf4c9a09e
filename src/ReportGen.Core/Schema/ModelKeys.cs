using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Core.Schema;

/// <summary>
/// The one rule for what a data key is called and which properties are keys: a writable property not marked
/// <see cref="YamlIgnoreAttribute"/>, named by its <see cref="YamlMemberAttribute.Alias"/> or in snake_case, as
/// the loader (YamlDotNet) reads it. The validator, the JSON Schema and the templates' view all ask here.
/// </summary>
/// <remarks>
/// The answers are kept per type and per property: they are asked for every mapping of every data file and every
/// object a template sees, and each reads custom attributes (the validator's share of a province's load was a
/// tenth of its time in GetCustomAttribute).
/// </remarks>
public static class ModelKeys
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> KeyProperties = new();
    private static readonly ConcurrentDictionary<PropertyInfo, string> Keys = new();

    /// <summary>The properties of <paramref name="type"/> that are data keys, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type type) => KeyProperties.GetOrAdd(type, static t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsKey)]);

    /// <summary>Whether a property is a data key (the loader reads it from the file).</summary>
    public static bool IsKey(PropertyInfo property) =>
        property.CanWrite && property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<YamlIgnoreAttribute>() is null;

    /// <summary>The key's name in the data file: "short_name", "meeting" (the alias of <c>Meeting.Info</c>).</summary>
    public static string KeyOf(PropertyInfo property) => Keys.GetOrAdd(property, static p =>
        p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? UnderscoredNamingConvention.Instance.Apply(p.Name));
}
