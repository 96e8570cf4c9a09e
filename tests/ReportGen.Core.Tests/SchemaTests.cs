using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using ReportGen.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Tests;

/// <summary>
/// The data files' JSON Schema (seeds/*.schema.json): generated from the model, kept in step with it, and
/// every seed file passes it. To rewrite the committed files after changing the model:
/// <c>REPORTGEN_UPDATE_SCHEMA=1 dotnet test tests/ReportGen.Core.Tests --filter SchemaTests</c>.
/// </summary>
public sealed partial class SchemaTests
{
    private const string UpdateSwitch = "REPORTGEN_UPDATE_SCHEMA";

    private static readonly Lazy<JsonSchema> MeetingSchema = new(() => JsonSchema.FromText(DataSchema.MeetingSchemaJson()));
    private static readonly Lazy<JsonSchema> RoundupSchema = new(() => JsonSchema.FromText(DataSchema.RoundupSchemaJson()));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Seeds => Path.Combine(RepositoryRoot(), "seeds");

    [Theory]
    [InlineData(DataSchema.MeetingFileName)]
    [InlineData(DataSchema.RoundupFileName)]
    public void CommittedSchema_EqualsTheOneGeneratedFromTheModel(string fileName)
    {
        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
            DataSchema.Write(Seeds);

        var path = Path.Combine(Seeds, fileName);
        var generated = fileName == DataSchema.MeetingFileName ? DataSchema.MeetingSchemaJson() : DataSchema.RoundupSchemaJson();
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(committed == generated,
            $"seeds/{fileName} is not the schema of the current model. Regenerate it: " +
            $"{UpdateSwitch}=1 dotnet test tests/ReportGen.Core.Tests --filter SchemaTests (then commit the file).");
    }

    [Fact]
    public void MeetingSchema_SpeaksTheYamlNamesAndFlagsUnknownKeys()
    {
        var schema = JsonNode.Parse(DataSchema.MeetingSchemaJson())!.AsObject();
        var properties = schema["properties"]!.AsObject();

        Assert.Equal(["id", "issuers", "meeting", "unit"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.False(properties.ContainsKey("source_path"));
        Assert.False(properties.ContainsKey("info"));

        var meeting = properties["meeting"]!.AsObject();
        // The title is optional: a conference with a period derives it (MeetingNames.Title); a ceremony needs one (RG091).
        Assert.Equal(["date", "place"], meeting["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("date", meeting["properties"]!["date"]!["format"]!.GetValue<string>());
        Assert.True(meeting["properties"]!.AsObject().ContainsKey("reserve_copies"));
        Assert.False(meeting["properties"]!.AsObject().ContainsKey("copies"));

        var unit = properties["unit"]!.AsObject();
        Assert.Equal(["name"], unit["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(unit["properties"]!.AsObject().ContainsKey("full_name"));

        var issuer = properties["issuers"]!["items"]!.AsObject();
        Assert.True(issuer["properties"]!.AsObject().ContainsKey("short_name"));
        Assert.Equal(["party", "council", "government", "front"],
            issuer["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(issuer["properties"]!["kind"]!["description"]?.GetValue<string>()));

        var json = DataSchema.MeetingSchemaJson();
        Assert.Contains("\"national\"", json, StringComparison.Ordinal);
        Assert.Contains("\"collective\"", json, StringComparison.Ordinal);
        // Every object in the schema refuses unknown keys.
        Assert.Equal(Regex.Matches(json, "\"properties\":").Count, Regex.Matches(json, "\"additionalProperties\": false").Count);
    }

    [Fact]
    public void SeedFiles_NameTheirSchemaOnTheFirstLine()
    {
        var files = Directory.EnumerateFiles(Seeds, "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var expected = IsRoundup(ToJson(file))
                ? $"# yaml-language-server: $schema=../{DataSchema.RoundupFileName}"
                : $"# yaml-language-server: $schema=../{DataSchema.MeetingFileName}";
            Assert.Equal(expected, File.ReadLines(file).First());
        }
    }

    [Fact]
    public void EverySeedFile_IsValidAgainstItsSchema()
    {
        var files = Directory.EnumerateFiles(Seeds, "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.Equal(3, files.Count);
        foreach (var file in files)
        {
            var errors = Validate(ToJson(file));
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}:\n{string.Join("\n", errors)}");
        }
    }

    [Fact]
    public void UnknownKey_FailsValidation_NamingTheKey()
    {
        var text = File.ReadAllText(Path.Combine(Seeds, "2021", "y-yen.yaml"));
        Assert.Contains("\n  place:", text, StringComparison.Ordinal);
        var errors = Validate(YamlToJson(text.Replace("\n  place:", "\n  plase:", StringComparison.Ordinal)));
        Assert.Contains(errors, e => e.Contains("/meeting/plase", StringComparison.Ordinal));
        // And the missing required key is named too.
        Assert.Contains(errors, e => e.Contains("place", StringComparison.Ordinal) && e.StartsWith("/meeting:", StringComparison.Ordinal));
    }

    [Fact]
    public void WrongEnumValue_FailsValidation_NamingTheValue()
    {
        var text = File.ReadAllText(Path.Combine(Seeds, "2021", "y-yen.yaml"));
        Assert.Contains("kind: party", text, StringComparison.Ordinal);
        var errors = Validate(YamlToJson(text.Replace("kind: party", "kind: Party", StringComparison.Ordinal)));
        var error = Assert.Single(errors);
        Assert.Contains("/issuers/0/kind", error, StringComparison.Ordinal);
        Assert.Contains("\"Party\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundupWithUnknownKey_FailsValidation()
    {
        var text = File.ReadAllText(Path.Combine(Seeds, "2021", "roundup-2021-01-23.yaml"));
        var errors = Validate(YamlToJson(text.Replace("  byline:", "  author:", StringComparison.Ordinal)));
        Assert.Contains(errors, e => e.Contains("/roundup/author", StringComparison.Ordinal));
    }

    [Fact]
    public void YamlToJson_KeepsNumbersAsNumbersAndDatesAsStrings()
    {
        var json = YamlToJson("a: 12278.27\nb: 2020\nc: 2021-01-23\nd: \"12\"\ne:\nf: true\ng: 07:30\n").AsObject();
        Assert.Equal(JsonValueKind.Number, json["a"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, json["b"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, json["c"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, json["d"]!.GetValueKind());
        Assert.Null(json["e"]);
        Assert.Equal(JsonValueKind.True, json["f"]!.GetValueKind());
        Assert.Equal("07:30", json["g"]!.GetValue<string>());
    }

    // ---- helpers ----

    private static bool IsRoundup(JsonNode data) => data is JsonObject o && o.ContainsKey("roundup");

    /// <summary>Validates a data file (as JSON) against its schema; one line per failing place: "location = value: message".</summary>
    private static List<string> Validate(JsonNode data)
    {
        var schema = IsRoundup(data) ? RoundupSchema.Value : MeetingSchema.Value;
        using var document = JsonDocument.Parse(data.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d =>
            {
                var location = d.InstanceLocation.ToString();
                var value = Resolve(data, location);
                var shown = value switch { null => "null", JsonObject => "{…}", JsonArray => "[…]", _ => value.ToJsonString(Readable) };
                return $"{location}: {shown}: {string.Join("; ", d.Errors!.Select(e => $"{e.Key}: {e.Value}"))}";
            })
            .Distinct()
            .ToList();
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[key],
                JsonArray a when int.TryParse(key, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }
        return node is null ? null : JsonNode.Parse(node.ToJsonString());
    }

    private static JsonNode ToJson(string file) => YamlToJson(File.ReadAllText(file));

    /// <summary>
    /// YAML → JSON as YamlDotNet reads the data: plain scalars that are numbers become numbers, true/false
    /// booleans, empty or ~ null; everything else (dates, times, quoted text) stays a string.
    /// </summary>
    private static JsonNode YamlToJson(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Convert(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new NotSupportedException(node.NodeType.ToString()),
    };

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
            return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (value is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.Create(integer);
        if (DecimalPattern().IsMatch(value) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex DecimalPattern();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportGen.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found above the test binaries.");
    }
}
