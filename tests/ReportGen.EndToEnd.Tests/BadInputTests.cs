using ReportGen.Build;
using ReportGen.Cli;
using ReportGen.Core.Diagnostics;

namespace ReportGen.EndToEnd.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("bad");

    private string Data => _workspace.Data;
    private string Output => _workspace.Output;
    private string Templates => _workspace.Templates;

    public BadInputTests()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "index.html"), "yesterday's good output");
    }

    private void Replace(string file, string oldText, string newText)
    {
        var path = Path.Combine(Data, file);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private BuildOptions Options => new(Data, Templates, Output);

    [Fact]
    public void Build_UnknownKey_IsReportedWithFileLineAndColumn_AndOutputIsUntouched()
    {
        Replace("y-yen.yaml", "  venue:", "  venu:");
        var error = Assert.Throws<UserInputException>(() => SiteBuilder.Run(Options));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith("y-yen.yaml", diagnostic.File);
        var expectedLine = File.ReadAllLines(Path.Combine(Data, "y-yen.yaml")).ToList().FindIndex(l => l.StartsWith("  venu:", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, diagnostic.Line);
        Assert.Equal(3, diagnostic.Column);
        Assert.Contains("venu", diagnostic.Message);
        Assert.Equal("yesterday's good output", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(Output));
    }

    [Fact]
    public void Build_NumberWrittenAsVietnameseText_GetsAHint()
    {
        Replace("xuan-truong.yaml", "value: 12278.27", "value: 12.278,27");
        var error = Assert.Throws<UserInputException>(() => SiteBuilder.Run(Options));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.True(diagnostic.Line > 0);
        Assert.Contains("12278.27", diagnostic.Message);
    }

    [Fact]
    public void Build_RoundupNamingAMissingMeeting_IsAnError()
    {
        Replace("roundup-2021-01-23.yaml", "- xuan-truong-2021", "- xuan-truong-2022");
        var error = Assert.Throws<UserInputException>(() => SiteBuilder.Run(Options));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("xuan-truong-2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_BrokenYaml_PrintsALocatedErrorWithoutStackTrace_AndExitsWithOne()
    {
        Replace("y-yen.yaml", "  year: 2020", "  year: [2020");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output], output, error);

        Assert.Equal(CommandLine.UserError, code);
        Assert.Matches(@"y-yen\.yaml\(\d+,\d+\): error RG\d{3}: ", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Equal("yesterday's good output", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Cli_UnknownOption_ExplainsAndExitsWithOne()
    {
        var error = new StringWriter();
        var code = CommandLine.Run(["build", "--colour"], new StringWriter(), error);
        Assert.Equal(CommandLine.UserError, code);
        Assert.Contains("--colour", error.ToString());
    }

    [Fact]
    public void Cli_Build_WritesEveryOutputAndExitsWithZero()
    {
        var output = new StringWriter();
        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output], output, new StringWriter());
        Assert.Equal(CommandLine.Success, code);
        foreach (var file in new[] { "index.html", "y-yen-2021/booklet.pdf", "y-yen-2021/index.html", "y-yen-2021/article.md",
                     "xuan-truong-2021/booklet.pdf", "nam-dinh-2021-01-23/article.md", "nam-dinh-2021-01-23/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(Output, file)), file);
        }
        Assert.Contains("Liberation Serif", output.ToString());
        Assert.Empty(Directory.GetFiles(Output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Build_CharacterNoFontHas_IsAWarningNamingTheCharacterAndTheFile()
    {
        // U+E000 (private use) is drawn by no font on a normal machine.
        Replace("y-yen.yaml", "được Ban TVTU đánh giá cao.", "được Ban TVTU đánh giá cao \uE000.");
        var report = SiteBuilder.Run(Options);
        var warning = Assert.Single(report.Warnings, w => w.Code == "RG061");
        Assert.Contains("U+E000", warning.Message);
        Assert.Contains("cao", warning.Message);
        Assert.EndsWith("y-yen.yaml", warning.File);
    }

    public void Dispose() => _workspace.Dispose();
}
