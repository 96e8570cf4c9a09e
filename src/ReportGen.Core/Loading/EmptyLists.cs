using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace ReportGen.Core.Loading;

/// <summary>
/// A key written with no value (<c>names:</c>, a placeholder a secretary leaves to fill later) reads as
/// null in YAML, and YamlDotNet then overwrites the model's empty list with null. The data means "none
/// yet": this turns every such null list of the model into an empty one, so nothing downstream has to
/// guard against it.
/// </summary>
internal static class EmptyLists
{
    public static T Fill<T>(T model) where T : class
    {
        Visit(model);
        return model;
    }

    private static void Visit(object? node)
    {
        if (node is null || !IsModelType(node.GetType()))
        {
            return;
        }
        foreach (var member in MembersOf(node.GetType()))
        {
            var value = member.Read(node);
            if (!member.IsList)
            {
                Visit(value);
                continue;
            }
            if (value is null && member.FillWhenNull)
            {
                value = Activator.CreateInstance(member.Property.PropertyType);
                member.Property.SetValue(node, value);
            }
            foreach (var item in (IEnumerable?)value ?? Array.Empty<object>())
            {
                Visit(item);
            }
        }
    }

    /// <summary>A property that may hold a list or a model object; for a list, whether a null one is made empty.</summary>
    private sealed record Member(PropertyInfo Property, Func<object, object?> Read, bool IsList, bool FillWhenNull);

    /// <summary>
    /// Kept per type: every object of every data file is walked, and reading the attribute of each property cost
    /// more than the walk itself. Properties of value types hold neither a list nor a model object, and are left out.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType)
            .Select(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                ? new Member(p, Schema.PropertyAccess.Reader(p), IsList: true, FillWhenNull: p.CanWrite && p.GetCustomAttribute<Model.AbsentMeansDefaultAttribute>() is null)
                : new Member(p, Schema.PropertyAccess.Reader(p), IsList: false, FillWhenNull: false))]);

    // Only our model's classes are walked: not strings, dates or anything of the framework.
    private static bool IsModelType(Type type) => type.IsClass && type.Namespace == typeof(Model.Meeting).Namespace;
}
