using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Utilities;

namespace ReportGen.Core.Loading;

/// <summary>
/// The deserializer's value step with a short way for the commonest value of a data file: a string written as a scalar
/// with no tag, no anchor, and not one of YAML's spellings of null. Its value is the scalar's text, which is what
/// YamlDotNet's own steps give; they get there by asking each type resolver and node deserializer in turn and then
/// converting the text to string, a conversion that first compares the value's type name with "System.DBNull" (a name
/// the native program makes anew each time): 1 % of a 100-meeting build (docs/benchmarks.md, "Issue 19, session 22").
/// Every other value, and everything inside it, goes through <paramref name="inner"/>, YamlDotNet's own steps; the
/// values nested in it come back here, as the deserializer passes this step down as the one for nested values.
/// </summary>
/// <remarks>The tests deserialize the same documents with and without the shortcut and want the same values.</remarks>
public sealed class StringScalarShortcut(IValueDeserializer inner) : IValueDeserializer
{
    public object? DeserializeValue(IParser parser, Type expectedType, SerializerState state, IValueDeserializer nestedObjectDeserializer)
    {
        if (expectedType == typeof(string) && parser.Current is Scalar { Tag.IsEmpty: true, Anchor.IsEmpty: true } scalar && !IsNull(scalar))
        {
            parser.MoveNext();
            return scalar.Value;
        }
        return inner.DeserializeValue(parser, expectedType, state, nestedObjectDeserializer);
    }

    /// <summary>The plain scalars YAML reads as null (YamlDotNet's NullNodeDeserializer): empty, ~, null, Null, NULL; never a key.</summary>
    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && !scalar.IsKey && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
