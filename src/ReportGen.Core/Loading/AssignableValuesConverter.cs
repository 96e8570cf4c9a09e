using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.Utilities;

namespace ReportGen.Core.Loading;

/// <summary>
/// The conversion YamlDotNet's object step makes of each property's value before setting it, with a short way for a
/// value that already is of the property's type (nearly all of them: a string, a list, a model object), which YamlDotNet
/// returns unchanged too. Its own conversion first compares the value's type name with "System.DBNull", a name the
/// native program makes anew each time (a string built from the type's metadata): 0,44 % of a 100-meeting build's
/// samples and 1 % of its allocations (docs/benchmarks.md, "Issue 19, session 23"). Any other value (a null, a
/// number for a text, an enum's name) goes to <paramref name="library"/>, YamlDotNet's own conversion.
/// </summary>
/// <remarks>
/// <see cref="DataLoader.ModelDeserializer(ITypeConverter)"/> makes YamlDotNet's object step with it. The tests read the same
/// documents with this step and with YamlDotNet's alone and want the same values.
/// </remarks>
public sealed class AssignableValuesConverter(ITypeConverter library) : ITypeConverter
{
    public AssignableValuesConverter()
        : this(new ReflectionTypeConverter())
    {
    }

    public object? ChangeType(object? value, Type expectedType, ITypeInspector typeInspector) =>
        ChangeType(value, expectedType, NullNamingConvention.Instance, typeInspector);

    public object? ChangeType(object? value, Type expectedType, INamingConvention enumNamingConvention, ITypeInspector typeInspector) =>
        value is not (null or DBNull) && expectedType.IsInstanceOfType(value)
            ? value
            : library.ChangeType(value, expectedType, enumNamingConvention, typeInspector);
}
