using System.Collections;
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
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var value = property.GetValue(node);
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                if (value is null && property.CanWrite && property.GetCustomAttribute<Model.AbsentMeansDefaultAttribute>() is null)
                {
                    property.SetValue(node, Activator.CreateInstance(type));
                }
                foreach (var item in (IEnumerable?)property.GetValue(node) ?? Array.Empty<object>())
                {
                    Visit(item);
                }
            }
            else
            {
                Visit(value);
            }
        }
    }

    // Only our model's classes are walked: not strings, dates or anything of the framework.
    private static bool IsModelType(Type type) => type.IsClass && type.Namespace == typeof(Model.Meeting).Namespace;
}
