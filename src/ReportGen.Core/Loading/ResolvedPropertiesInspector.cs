using System.Collections.Concurrent;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportGen.Core.Loading;

/// <summary>
/// YamlDotNet's type inspectors with each model type's properties resolved once: the key of a mapping is looked up
/// in a dictionary, and each property's <see cref="IPropertyDescriptor.ConverterType"/> (its <c>[YamlConverter]</c>,
/// which YamlDotNet reads by reflection on every value it sets) is read once.
/// </summary>
/// <remarks>
/// Reading the attribute was a third of deserializing a meeting (1,1 of 3,2 s of a 30-pass profile of the
/// 100-meeting province), and the name lookup a filtered walk over every property of the type. What the inner
/// chain answers does not depend on the object being filled (its own cache keeps properties per type), so keeping
/// them per type changes nothing. Anything not found, or found twice, is asked of the inner chain again, so its
/// exceptions (and their wording, which <see cref="DataLoader"/> reads) stay the same. Shared by every thread.
/// </remarks>
internal sealed class ResolvedPropertiesInspector(ITypeInspector inner) : ITypeInspector
{
    private readonly ConcurrentDictionary<Type, Resolved> _types = new();

    public IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) => Resolve(type, container).Properties;

    public IPropertyDescriptor GetProperty(Type type, object? container, string name, bool ignoreUnmatched, bool caseInsensitivePropertyMatching)
    {
        if (!caseInsensitivePropertyMatching && Resolve(type, container).ByName.TryGetValue(name, out var property))
        {
            return property;
        }
        return inner.GetProperty(type, container, name, ignoreUnmatched, caseInsensitivePropertyMatching);
    }

    public string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);

    public string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);

    public bool HasParseMethod(Type type) => inner.HasParseMethod(type);

    public object? Parse(string value, Type expectedType) => inner.Parse(value, expectedType);

    private Resolved Resolve(Type type, object? container) =>
        _types.GetOrAdd(type, static (t, state) =>
        {
            var properties = state.Inner.GetProperties(t, state.Container).Select(p => (IPropertyDescriptor)new ResolvedProperty(p)).ToList();
            // A name two properties answer to stays out: the inner chain says which (its exception).
            var byName = properties.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            return new Resolved(properties, byName);
        }, (Inner: inner, Container: container));

    private sealed record Resolved(IReadOnlyList<IPropertyDescriptor> Properties, Dictionary<string, IPropertyDescriptor> ByName);

    /// <summary>A property as the inner chain describes it, its converter read once.</summary>
    private sealed class ResolvedProperty(IPropertyDescriptor property) : IPropertyDescriptor
    {
        public string Name => property.Name;
        public bool AllowNulls => property.AllowNulls;
        public bool CanWrite => property.CanWrite;
        public Type Type => property.Type;
        public Type? TypeOverride { get => property.TypeOverride; set => property.TypeOverride = value; }
        public int Order { get => property.Order; set => property.Order = value; }
        public ScalarStyle ScalarStyle { get => property.ScalarStyle; set => property.ScalarStyle = value; }
        public bool Required => property.Required;
        public Type? ConverterType { get; } = property.ConverterType;

        public T? GetCustomAttribute<T>() where T : Attribute => property.GetCustomAttribute<T>();

        public IObjectDescriptor Read(object target) => property.Read(target);

        public void Write(object target, object? value) => property.Write(target, value);
    }
}
