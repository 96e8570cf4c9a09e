using System.Text.RegularExpressions;
using CsCheck;
using ReportGen.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Tests;

public sealed class YamlPathsTests
{
    /// <summary>The pattern the paths were read with before they were scanned by hand.</summary>
    private static readonly Regex Pattern = new(@"([^.\[\]]+)|\[(\d+)\]");

    private static List<(string Text, bool IsIndex)> ByPattern(string path) =>
        [.. Pattern.Matches(path).Select(m => m.Groups[1].Success ? (m.Groups[1].Value, false) : (m.Groups[2].Value, true))];

    [Theory]
    [InlineData("results.fields[1].indicators[0].value")]
    [InlineData("roundup.meetings[12]")]
    [InlineData("emulation.awards")]
    [InlineData("")]
    [InlineData("[3]")]
    [InlineData("a[12b]")]
    [InlineData("a[12")]
    [InlineData("a[]b")]
    [InlineData("..a..[[1]]..")]
    [InlineData("a[\u0663\u0664]")] // Arabic-Indic digits are digits to the pattern's \d
    [InlineData("a[1\u0301]")]
    [InlineData("khóa.tên[0]\n.x")]
    public void Segments_AreThePatternsMatches(string path) =>
        Assert.Equal(ByPattern(path), YamlPaths.Segments(path).ToList());

    [Fact]
    public void Segments_OfAnyText_AreThePatternsMatches() =>
        Gen.Char["ab.[]019\u0663ệ \n"].Array[0, 24].Select(c => new string(c))
            .Sample(path => Assert.Equal(ByPattern(path), YamlPaths.Segments(path).ToList()), iter: 20_000);

    [Fact]
    public void Find_GoesDownKeysAndIndexes_AndGivesNullOffThePath()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("results:\n  fields:\n    - name: a\n    - name: b\n      indicators:\n        - value: 7\n"));
        var root = stream.Documents[0].RootNode;

        var value = Assert.IsType<YamlScalarNode>(YamlPaths.Find(root, "results.fields[1].indicators[0].value"));
        Assert.Equal("7", value.Value);
        Assert.Equal(6, value.Start.Line);
        Assert.Equal("a", Assert.IsType<YamlScalarNode>(YamlPaths.Find(root, "results.fields[0].name")).Value);
        Assert.Same(root, YamlPaths.Find(root, ""));
        Assert.Null(YamlPaths.Find(root, "results.fields[2].name"));
        Assert.Null(YamlPaths.Find(root, "results.fields.name"));
        Assert.Null(YamlPaths.Find(root, "results[0]"));
        Assert.Null(YamlPaths.Find(root, "results.missing.deeper"));
    }
}
