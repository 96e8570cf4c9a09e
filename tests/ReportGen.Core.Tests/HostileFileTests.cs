using System.Diagnostics;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests;

/// <summary>Broken and hostile files are refused quickly with a message, never a crash or a hang.</summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-hostile-").FullName;
    private readonly byte[] _seed = File.ReadAllBytes(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "y-yen.yaml"));

    public HostileFileTests()
    {
        // The seed's contribution is read from a Markdown file beside it.
        File.Copy(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "y-yen-tham-luan-yen-tien.md"), Path.Combine(_folder, "y-yen-tham-luan-yen-tien.md"));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Diagnostic SingleError(FileCheck check) =>
        Assert.Single(check.Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var check = DataLoader.CheckFile(Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. _seed]));
        Assert.IsType<Meeting>(check.Value);
    }

    [Fact]
    public void InvalidUtf8_IsRefusedWithAHintToSaveAsUtf8()
    {
        var text = Encoding.UTF8.GetString(_seed).Replace("Ý Yên", "Y\u00DD Y\u00EAn", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(text); // saved in the wrong encoding
        var error = SingleError(DataLoader.CheckFile(Write("latin1.yaml", latin1)));
        Assert.Equal("RG005", error.Code);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void HugeFile_IsRefusedBeforeBeingRead()
    {
        var path = Write("huge.yaml", new byte[DataLoader.MaxFileBytes + 1]);
        var clock = Stopwatch.StartNew();
        var error = SingleError(DataLoader.CheckFile(path));
        Assert.Equal("RG004", error.Code);
        Assert.True(clock.ElapsedMilliseconds < 1000);
    }

    [Fact]
    public void AliasBomb_IsRefusedQuickly()
    {
        // Nine levels of nine aliases: a billion strings if anything expanded it.
        var yaml = new StringBuilder("id: bom\nlol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level < 10; level++)
        {
            yaml.Append($"l{level}: &{(char)('a' + level)} [{string.Join(",", Enumerable.Repeat($"*{(char)('a' + level - 1)}", 9))}]\n");
        }
        var clock = Stopwatch.StartNew();
        var check = DataLoader.CheckFile(Write("bomb.yaml", Encoding.UTF8.GetBytes(yaml.ToString())));
        Assert.Null(check.Value);
        Assert.Contains(check.Diagnostics, d => d.Code == "RG025");
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void DeeplyNestedDocument_IsRefusedWithoutStackOverflow()
    {
        var yaml = "id: " + new string('[', 20_000) + new string(']', 20_000) + "\n";
        var check = DataLoader.CheckFile(Write("deep.yaml", Encoding.UTF8.GetBytes(yaml)));
        Assert.Null(check.Value);
        Assert.NotEmpty(check.Diagnostics);
    }

    [Fact]
    public void EmptyFile_SaysSo()
    {
        Assert.Equal("RG012", SingleError(DataLoader.CheckFile(Write("empty.yaml", []))).Code);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
