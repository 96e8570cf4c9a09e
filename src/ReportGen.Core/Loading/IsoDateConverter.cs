using System.Globalization;
using ReportGen.Localization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ReportGen.Core.Loading;

/// <summary>
/// Dates in data files are ISO (2021-01-23) and nothing else: "10/01/2025" means 10 January to a
/// Vietnamese reader and 1 October to .NET's invariant culture, so guessing would print a wrong date.
/// </summary>
internal sealed class IsoDateConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(DateOnly);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new YamlException(scalar.Start, scalar.End,
            Messages.BadDate($"'{scalar.Value}'"));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(((DateOnly)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
