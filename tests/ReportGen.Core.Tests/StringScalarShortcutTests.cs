using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportGen.Core.Tests;

/// <summary>
/// The data loader's short way for string values (<see cref="StringScalarShortcut"/>) gives what YamlDotNet's own steps
/// give: the same values from the repository's data files and from a document made of every spelling a string, a null or
/// a reference may take; the same refusals.
/// </summary>
public sealed class StringScalarShortcutTests
{
    private static readonly IDeserializer Plain = DataLoader.ModelDeserializer().Build();

    // The loader's value step: the string shortcut and the object step's short way (AssignableValuesConverter).
    private static readonly IDeserializer Shortcut = Deserializer.FromValueDeserializer(DataLoader.ValueSteps());

    // What was read, written out whole: two readings are the same when their writings are.
    private static readonly ISerializer Writer = new SerializerBuilder().Build();

    private static string Read<T>(IDeserializer deserializer, string text)
    {
        try
        {
            return Writer.Serialize(deserializer.Deserialize<T>(new Parser(new StringReader(text))));
        }
        catch (YamlException e)
        {
            return $"refused at {e.Start.Line},{e.Start.Column}: {e.Message} / {e.InnerException?.Message}";
        }
    }

    public static TheoryData<string> DataFiles()
    {
        var root = ReportGen.Tests.RepositoryRoot.Path;
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "ReportGen.EndToEnd.Tests", "Corpus"), "*.yaml"))
            .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("roundup", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(root, file));
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void AMeetingFile_ReadsTheSame(string file)
    {
        var text = File.ReadAllText(Path.Combine(ReportGen.Tests.RepositoryRoot.Path, file));
        var plain = Read<Meeting>(Plain, text);
        Assert.DoesNotContain("refused", plain, StringComparison.Ordinal);
        Assert.Equal(plain, Read<Meeting>(Shortcut, text));
    }

    public sealed class Strings
    {
        public string? Plain { get; set; }
        public string? Quoted { get; set; }
        public string? Tagged { get; set; }
        public string? Anchored { get; set; }
        public string? Alias { get; set; }
        public string? Block { get; set; }
        public int Number { get; set; }
        public List<string?> List { get; set; } = [];
        public Dictionary<string, string?> Map { get; set; } = [];
        public List<Strings> Nested { get; set; } = [];
    }

    /// <summary>Every way a string field may be written; each line of a case is the field's value.</summary>
    public static TheoryData<string> Spellings() =>
    [
        "plain: Hội nghị tổng kết năm 2021",
        "plain: ''",
        "plain:",
        "plain: ~",
        "plain: null",
        "plain: Null",
        "plain: NULL",
        "plain: nULL",
        "quoted: 'null'",
        "quoted: \"~\"",
        "quoted: \"\"",
        "quoted: \"dòng\\nhai\"",
        "plain: 123",
        "plain: 1.5",
        "plain: true",
        "plain: 2021-01-23",
        "tagged: !!str 123",
        "tagged: !!null ''",
        "tagged: !!int 5",
        "tagged: !đơn-vị x",
        "anchored: &a văn bản\nalias: *a",
        "alias: *nowhere",
        "block: |\n  dòng một\n  dòng hai\n",
        "block: >-\n  gấp\n  lại\n",
        "plain: một\n  dòng nối",
        "number: '12'",
        "number: abc",
        "list: [a, '', ~, null, 'null', !!str 1, &x y, *x]",
        "list:\n  - ''\n  -\n  - b",
        "map: { null: a, ~: b, '': c, k: ~, k2: '', k3: null }",
        "map: { ? null : a }",
        "map: { a: 1, a: 2 }",
        "nested:\n  - plain: x\n    list: [y, ~]\n  - quoted: 'z'",
        "plain: [not, a, string]",
        "plain: { not: a string }",
    ];

    [Theory]
    [MemberData(nameof(Spellings))]
    public void EverySpelling_ReadsTheSame_OrIsRefusedTheSame(string yaml)
    {
        Assert.Equal(Read<Strings>(Plain, yaml), Read<Strings>(Shortcut, yaml));
    }

    [Fact]
    public void TheShortcutIsTaken_ForAPlainString_AndNotForANull()
    {
        // Without this, every case above could pass through YamlDotNet's own steps alone.
        var inner = new CountingSteps(DataLoader.ModelDeserializer().BuildValueDeserializer());
        var shortcut = Deserializer.FromValueDeserializer(new StringScalarShortcut(inner));
        var read = shortcut.Deserialize<Strings>(new Parser(new StringReader("plain: x\nquoted: ~\nlist: [a, b]")));
        Assert.Equal("x", read.Plain);
        Assert.Null(read.Quoted);
        Assert.Equal(["a", "b"], read.List);
        // The document, the null, the list: the three strings went the short way.
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public void TheObjectStepsShortWayIsTaken_ForAValueOfThePropertysType_AndNotForANullOrANumberWrittenAsText()
    {
        // Without this, every reading above could go through YamlDotNet's own conversion alone.
        var library = new CountingConverter();
        var objects = Deserializer.FromValueDeserializer(
            DataLoader.ModelDeserializer(new AssignableValuesConverter(library)).BuildValueDeserializer());
        var read = objects.Deserialize<Strings>(new Parser(new StringReader(
            "plain: x\nlist: [a, b]\nnested:\n  - plain: y\nnumber: 5\nquoted: ~\nmap: {k: v}")));
        Assert.Equal("x", read.Plain);
        Assert.Equal(["a", "b"], read.List);
        Assert.Equal("y", Assert.Single(read.Nested).Plain);
        Assert.Equal(5, read.Number);
        Assert.Null(read.Quoted);
        // Seven properties set; only the null went to YamlDotNet's conversion.
        Assert.Equal(1, library.Calls);
    }

    [Theory]
    [InlineData("5", typeof(int))]
    [InlineData(5, typeof(string))]
    [InlineData(5, typeof(int?))]
    [InlineData(null, typeof(int))]
    [InlineData(null, typeof(string))]
    [InlineData("x", typeof(object))]
    [InlineData("x", typeof(IEnumerable<char>))]
    [InlineData("new", typeof(ReportGen.Core.Wording.ToneMarkStyle))]
    public void TheConverter_GivesWhatYamlDotNetsGives(object? value, Type expected)
    {
        var inspector = DataLoader.ModelDeserializer().BuildTypeInspector();
        var library = new YamlDotNet.Serialization.Utilities.ReflectionTypeConverter();
        var naming = YamlDotNet.Serialization.NamingConventions.HyphenatedNamingConvention.Instance;
        Assert.Equal(library.ChangeType(value, expected, naming, inspector), new AssignableValuesConverter().ChangeType(value, expected, naming, inspector));
        Assert.Null(new AssignableValuesConverter().ChangeType(DBNull.Value, typeof(object), naming, inspector));
    }

    private sealed class CountingConverter : YamlDotNet.Serialization.Utilities.ITypeConverter
    {
        private readonly YamlDotNet.Serialization.Utilities.ReflectionTypeConverter _library = new();

        public int Calls { get; private set; }

        public object? ChangeType(object? value, Type expectedType, YamlDotNet.Serialization.ITypeInspector typeInspector) =>
            ChangeType(value, expectedType, YamlDotNet.Serialization.NamingConventions.NullNamingConvention.Instance, typeInspector);

        public object? ChangeType(object? value, Type expectedType, YamlDotNet.Serialization.INamingConvention enumNamingConvention,
            YamlDotNet.Serialization.ITypeInspector typeInspector)
        {
            Calls++;
            return _library.ChangeType(value, expectedType, enumNamingConvention, typeInspector);
        }
    }

    private sealed class CountingSteps(IValueDeserializer inner) : IValueDeserializer
    {
        public int Calls { get; private set; }

        public object? DeserializeValue(IParser parser, Type expectedType, YamlDotNet.Serialization.Utilities.SerializerState state, IValueDeserializer nestedObjectDeserializer)
        {
            Calls++;
            return inner.DeserializeValue(parser, expectedType, state, nestedObjectDeserializer);
        }
    }
}
