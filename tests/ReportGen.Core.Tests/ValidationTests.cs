using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Tests;

/// <summary>
/// The bad-input corpus: each <c>BadInputs/name.yaml</c> must produce exactly the diagnostics of
/// <c>name.expected.txt</c> (severity, code, line, column, in order).
/// </summary>
public sealed partial class ValidationTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "BadInputs");

    [GeneratedRegex(@"^(?<file>[^(]+)\((?<line>\d+),(?<col>\d+)\): (?<sev>error|warning) (?<code>RG\d{3}): ")]
    private static partial Regex DiagnosticLine();

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    private static string Key(string file, int line, int column, string severity, string code) =>
        $"{file}({line},{column}) {severity} {code}";

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_ProducesExactlyTheExpectedDiagnostics(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Corpus, name + ".expected.txt"))
            .Where(l => l.Length > 0)
            .Select(l => DiagnosticLine().Match(l))
            .Select(m => Key(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["sev"].Value, m.Groups["code"].Value))
            .ToList();
        Assert.NotEmpty(expected);

        var actual = DataLoader.CheckFile(Path.Combine(Corpus, name + ".yaml")).Diagnostics
            .Select(d => Key(Path.GetFileName(d.File), d.Line, d.Column, d.Severity == Severity.Error ? "error" : "warning", d.Code))
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Corpus_CoversEveryRuleOfTheValidator()
    {
        var codes = Directory.GetFiles(Corpus, "*.expected.txt").SelectMany(File.ReadAllLines)
            .Select(l => DiagnosticLine().Match(l).Groups["code"].Value).ToHashSet();
        foreach (var code in new[] { "RG013", "RG014", "RG015", "RG023", "RG024", "RG025", "RG026", "RG027", "RG028", "RG029", "RG032", "RG033", "RG034", "RG035", "RG036" })
        {
            Assert.Contains(code, codes);
        }
    }

    [Fact]
    public void Messages_SayWhatToDo()
    {
        string Messages(string name) => string.Join("\n", DataLoader.CheckFile(Path.Combine(Corpus, name + ".yaml")).Diagnostics.Select(d => d.Message));
        Assert.Contains("dùng dấu cách", Messages("tabs"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Có phải ý bạn là 'level'?", Messages("unknown-keys"));
        Assert.Contains("viết 12278.27", Messages("wrong-types"));
        Assert.Contains("dòng 3 cột 3 và dòng 4 cột 3", Messages("duplicate-keys"));
    }

    [Fact]
    public void Parse_ReportsAllErrorsOfAFile_NotOnlyTheFirst()
    {
        var text = File.ReadAllText(Path.Combine(Corpus, "wrong-types.yaml"));
        var error = Assert.Throws<UserInputException>(() => DataLoader.Parse(text, "x.yaml"));
        Assert.Equal(4, error.Diagnostics.Count);
    }

    [Fact]
    public void CheckDirectory_ReportsTheErrorsOfEveryFile()
    {
        var folder = Directory.CreateTempSubdirectory("rg-all-").FullName;
        try
        {
            File.Copy(Path.Combine(Corpus, "tabs.yaml"), Path.Combine(folder, "a.yaml"));
            File.Copy(Path.Combine(Corpus, "unknown-keys.yaml"), Path.Combine(folder, "b.yaml"));
            var result = DataLoader.CheckDirectory(folder);
            Assert.Null(result.Data);
            Assert.Equal(["a.yaml", "b.yaml"], result.Diagnostics.Select(d => Path.GetFileName(d.File)).Distinct());
            Assert.Equal(5, result.Diagnostics.Count);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Seeds_HaveNoErrors_OnlyTheExampleWarning()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ReportGen.sln")))
        {
            directory = directory.Parent;
        }
        var result = DataLoader.CheckDirectory(Path.Combine(directory.FullName, "seeds"));
        Assert.NotNull(result.Data);
        Assert.All(result.Diagnostics, d => Assert.Equal((Severity.Warning, "RG070"), (d.Severity, d.Code)));
    }
}
