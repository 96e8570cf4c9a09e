using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;
using YamlDotNet.Serialization.ObjectFactories;
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
/// <remarks>The tests read the same documents with this step and with YamlDotNet's alone and want the same values.</remarks>
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

    /// <summary>
    /// <paramref name="builder"/> with YamlDotNet's object step made with <paramref name="converter"/>. The step is built
    /// with the builder's defaults, as <see cref="DataLoader.ModelDeserializer"/> leaves them (unknown keys refused, no
    /// duplicate-key or nullability checks there: the validator makes them), and the loader's enum names.
    /// The property converters it knows serve only a property marked with one (none of the model's is).
    /// </summary>
    public static DeserializerBuilder InObjects(DeserializerBuilder builder, ITypeConverter converter) =>
        builder.WithNodeDeserializer(
            _ => new ObjectNodeDeserializer(new DefaultObjectFactory(), builder.BuildTypeInspector(),
                ignoreUnmatched: false, duplicateKeyChecking: false, converter, HyphenatedNamingConvention.Instance,
                enforceNullability: false, caseInsensitivePropertyMatching: false, enforceRequiredProperties: false,
                typeConverters: [new IsoDateConverter()]),
            where => where.InsteadOf<ObjectNodeDeserializer>());
}
