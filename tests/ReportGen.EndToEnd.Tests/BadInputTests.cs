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

    [Theory]
    [InlineData("theme.yaml")]
    [InlineData(PrintCopy.ThemeFile)]
    public void Cli_ThemeFileWithAMistake_BuildAndCheck_SayItOnceWithLineAndColumn_AndExitWithOne(string themeFile)
    {
        // Before 2026-12-07 a mistake in theme-a5.yaml was read by each worker of the parallel build and came out as
        // "internal error: One or more errors occurred" (twice), and 'check' did not read the file at all.
        using var workspace = new SeedWorkspace("bad-theme", copyTemplates: true);
        var (data, templates, output) = (workspace.Data, workspace.Templates, workspace.Output);
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "yesterday's good output");
        var path = Path.Combine(templates, themeFile);
        // A key the program does not know, ending in a right-to-left override: shown escaped (as every diagnostic is),
        // never as the character.
        const string Key = "khong_co_muc_nay\u202E";
        File.AppendAllText(path, $"\n{Key}: 1\n");
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.StartsWith(Key, StringComparison.Ordinal)) + 1;
        var located = $"{themeFile}({line},1): error {DiagnosticCodes.ThemeError}: ";

        var buildOutput = new StringWriter();
        var buildError = new StringWriter();
        var buildCode = CommandLine.Run(["build", "--data", data, "--templates", templates, "--out", output], buildOutput, buildError);

        Assert.Equal(CommandLine.UserError, buildCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(buildError.ToString(), System.Text.RegularExpressions.Regex.Escape(located)));
        Assert.Contains(Localization.Messages.ThemeKeyUnknown(Core.Security.TextSafety.Escape(Key)), buildError.ToString());
        Assert.DoesNotContain("\u202E", buildError.ToString(), StringComparison.Ordinal); // culture comparison ignores the character
        Assert.DoesNotContain("ReportGen.Booklet", buildError.ToString()); // no .NET type name
        Assert.DoesNotContain("   at ", buildError.ToString());
        Assert.DoesNotContain(Localization.Messages.InternalError("").TrimEnd(), buildError.ToString());
        Assert.Equal("yesterday's good output", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(output));

        var checkOutput = new StringWriter();
        var checkCode = CommandLine.Run(["check", "--data", data, "--templates", templates], checkOutput, new StringWriter());

        Assert.Equal(CommandLine.UserError, checkCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(checkOutput.ToString(), System.Text.RegularExpressions.Regex.Escape(located)));
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
