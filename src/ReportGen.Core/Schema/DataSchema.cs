using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Schema;

/// <summary>
/// The JSON Schema of the data files, generated from the model so that it cannot drift from what the
/// loader reads: snake_case keys and hyphenated lower-case enum values as YamlDotNet's conventions in
/// <c>DataLoader</c>, <c>additionalProperties: false</c> so an editor flags unknown keys, and the
/// <see cref="DescriptionAttribute"/> texts of the model as hover help. The files are kept in
/// <c>seeds/</c> (<see cref="MeetingFileName"/>, <see cref="RoundupFileName"/>) and named on the first
/// line of each data file: <c># yaml-language-server: $schema=../meeting.schema.json</c>.
/// </summary>
public static class DataSchema
{
    public const string MeetingFileName = "meeting.schema.json";
    public const string RoundupFileName = "roundup.schema.json";

    private const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>How the YAML names things, said in System.Text.Json's terms.</summary>
    private static readonly JsonSerializerOptions ModelOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { AsTheYamlReadsIt },
        },
    };

    /// <summary>
    /// The keys the loader reads, from the same attributes it reads them by: a <see cref="YamlDotNet.Serialization.YamlMemberAttribute"/>
    /// alias renames a key ("meeting" for <c>Meeting.Info</c>); <see cref="YamlDotNet.Serialization.YamlIgnoreAttribute"/> and
    /// read-only (computed) properties are not keys. No second spelling in JSON attributes.
    /// </summary>
    private static void AsTheYamlReadsIt(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        if (type.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
        {
            return;
        }
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].AttributeProvider is not PropertyInfo member || !ModelKeys.IsKey(member))
            {
                type.Properties.RemoveAt(i);
                continue;
            }
            type.Properties[i].Name = ModelKeys.KeyOf(member);
        }
    }

    private static readonly JsonSerializerOptions OutputOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = AddDescription,
    };

    /// <summary>The schema of a meeting file (root type <see cref="Meeting"/>).</summary>
    public static string MeetingSchemaJson() => Export(typeof(Meeting),
        "Hội nghị tổng kết",
        "Tệp dữ liệu một hội nghị tổng kết năm của ReportGen.");

    /// <summary>The schema of a roundup file: one key <c>roundup:</c> holding a <see cref="Roundup"/>.</summary>
    public static string RoundupSchemaJson() => Export(typeof(RoundupFile),
        "Bài tổng hợp",
        "Tệp dữ liệu bài báo tổng hợp nhiều hội nghị trong một ngày của ReportGen.");

    /// <summary>Writes both schema files into the data folder (regenerate after changing the model).</summary>
    public static void Write(string seedsDirectory)
    {
        Directory.CreateDirectory(seedsDirectory);
        File.WriteAllText(Path.Combine(seedsDirectory, MeetingFileName), MeetingSchemaJson());
        File.WriteAllText(Path.Combine(seedsDirectory, RoundupFileName), RoundupSchemaJson());
    }

    private static string Export(Type type, string title, string description)
    {
        var exported = (JsonObject)ModelOptions.GetJsonSchemaAsNode(type, ExporterOptions);
        exported.Remove("description");
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = title,
            ["description"] = description,
        };
        // Move, not copy: the exporter's "$ref"s point into the root ("#/properties/unit"), which keeps its shape.
        foreach (var key in exported.Select(p => p.Key).ToList())
        {
            var value = exported[key];
            exported.Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(OutputOptions) + "\n";
    }

    private static JsonNode AddDescription(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node || node.ContainsKey("description"))
            return schema;
        var description = context.PropertyInfo is { } property
            ? property.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
                .OfType<DescriptionAttribute>().FirstOrDefault()?.Description
            : context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (!string.IsNullOrEmpty(description))
            node.Insert(0, "description", description);
        // The bounds the validator enforces, so an editor flags them while typing.
        if (context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.RangeAttribute), inherit: false)
                .OfType<System.ComponentModel.DataAnnotations.RangeAttribute>().FirstOrDefault() is { } range)
        {
            node["minimum"] = JsonValue.Create(Convert.ToDecimal(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
            node["maximum"] = JsonValue.Create(Convert.ToDecimal(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
        }
        return node;
    }

    /// <summary>The root of a roundup file, as <c>DataLoader</c> reads it.</summary>
    private sealed class RoundupFile
    {
        [JsonRequired]
        [Description("Bài báo tổng hợp các hội nghị trong một ngày.")]
        public Roundup Roundup { get; init; } = new();
    }
}
