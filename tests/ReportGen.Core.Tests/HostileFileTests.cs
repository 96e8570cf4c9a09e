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
        // At the line and column of the first character that is not UTF-8, as an editor counts them.
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains('\u00DD'));
        Assert.Equal((line + 1, lines[line].IndexOf('\u00DD') + 1), (error.Line, error.Column));
    }

    [Fact]
    public void Utf16File_IsNamedAsSuch()
    {
        var error = SingleError(DataLoader.CheckFile(Write("utf16.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(_seed))])));
        Assert.Equal("RG005", error.Code);
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void HugeFile_IsRefusedBeforeBeingRead()
    {
        var path = Write("huge.yaml", new byte[DataLoader.MaxFileBytes + 1]);
        var error = SingleError(DataLoader.CheckFile(path));
        Assert.Equal("RG004", error.Code);
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
        var check = DataLoader.CheckFile(Write("bomb.yaml", Encoding.UTF8.GetBytes(yaml.ToString())));
        Assert.Null(check.Value);
        // Refused by counting what the aliases stand for, before anything is expanded. (No timing here: a busy
        // machine would fail it; the count is what keeps it quick.) At the first alias whose expansion passes the
        // limit: level 5 (line 7) stands for 9^5 × 10 ≈ 590 000 strings.
        var error = Assert.Single(check.Diagnostics, d => d.Code == "RG017");
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void DeeplyNestedDocument_IsRefusedWithoutStackOverflow()
    {
        // 60 000 brackets (120 KB) once crashed the process with a stack overflow.
        var yaml = "id: " + new string('[', 60_000) + new string(']', 60_000) + "\n";
        var check = DataLoader.CheckFile(Write("deep.yaml", Encoding.UTF8.GetBytes(yaml)));
        Assert.Null(check.Value);
        var error = SingleError(check);
        Assert.Equal("RG017", error.Code);
        // At the 64th bracket: with the file's own mapping, the 65th level.
        Assert.Equal((1, 4 + 64), (error.Line, error.Column));
    }

    [Fact]
    public void SeveralDocumentsInOneFile_AreRefused_AtTheSecond()
    {
        byte[] two = [.. _seed, .. "\n---\nid: khac\n"u8.ToArray()];
        var error = SingleError(DataLoader.CheckFile(Write("two.yaml", two)));
        Assert.Equal("RG018", error.Code);
        // At the second document's first line, right under the separator.
        Assert.Equal(Array.IndexOf(Encoding.UTF8.GetString(two).Split('\n'), "---") + 2, error.Line);
    }

    [Fact]
    public void LineStartingWithAColon_IsALocatedSyntaxError_NotAnInternalError()
    {
        var lines = Encoding.UTF8.GetString(_seed).Split('\n');
        var blank = Array.FindIndex(lines, string.IsNullOrEmpty);
        lines[blank] = ": ";
        var error = SingleError(DataLoader.CheckFile(Write("colon.yaml", Encoding.UTF8.GetBytes(string.Join('\n', lines)))));
        Assert.Equal(("RG021", blank + 1), (error.Code, error.Line));
    }

    [Theory]
    [InlineData("delegates: 350", "delegates: 400000000")]     // the sheet count overflowed into a negative number
    [InlineData("count: 4", "count: 2000000000")]
    public void NumbersAboveTheirLimit_AreLocatedErrors(string from, string to)
    {
        var text = Encoding.UTF8.GetString(_seed).Replace(from, to, StringComparison.Ordinal);
        var error = SingleError(DataLoader.CheckFile(Write("big.yaml", Encoding.UTF8.GetBytes(text))));
        Assert.Equal("RG019", error.Code);
        Assert.Equal(Array.FindIndex(text.Split('\n'), l => l.Contains(to, StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void EmptyFile_SaysSo()
    {
        Assert.Equal("RG012", SingleError(DataLoader.CheckFile(Write("empty.yaml", []))).Code);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
