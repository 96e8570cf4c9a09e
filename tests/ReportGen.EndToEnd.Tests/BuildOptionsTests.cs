using ReportGen.Build;
using ReportGen.Cli;

namespace ReportGen.EndToEnd.Tests;

public sealed class BuildOptionsTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("options");

    private string Data => _workspace.Data;
    private string Output => _workspace.Output;
    private string Templates => _workspace.Templates;

    public BuildOptionsTests()
    {
        // A second roundup that does not include y-yen-2021.
        var roundup = File.ReadAllText(Path.Combine(Data, "roundup-2021-01-23.yaml"))
            .Replace("id: nam-dinh-2021-01-23", "id: xuan-truong-only", StringComparison.Ordinal)
            .Replace("    - y-yen-2021\n", "", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Data, "roundup-other.yaml"), roundup);
    }

    public void Dispose() => _workspace.Dispose();

    private string Out(string relative) => Path.Combine(Output, relative);

    [Fact]
    public void Only_BuildsThatMeetingItsRoundupsAndTheIndex_AndLeavesTheRestAlone()
    {
        SiteBuilder.Run(new BuildOptions(Data, Templates, Output));
        string[] stale =
        [
            "y-yen-2021/article.md", "y-yen-2021/index.html", "y-yen-2021/booklet.pdf", "y-yen-2021/booklet-print.pdf",
            "xuan-truong-2021/article.md", "xuan-truong-2021/index.html", "xuan-truong-2021/booklet.pdf", "xuan-truong-2021/booklet-print.pdf",
            "nam-dinh-2021-01-23/article.md", "xuan-truong-only/article.md", "xuan-truong-only/index.html",
            "index.html", "print-plan.md",
        ];
        foreach (var file in stale)
        {
            Assert.True(File.Exists(Out(file)), file);
            File.WriteAllText(Out(file), "old");
        }

        var output = new StringWriter();
        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output, "--only", "y-yen-2021"], output, new StringWriter());
        Assert.Equal(CommandLine.Success, code);

        string[] rebuilt = ["y-yen-2021/article.md", "y-yen-2021/index.html", "y-yen-2021/booklet.pdf", "y-yen-2021/booklet-print.pdf",
            "nam-dinh-2021-01-23/article.md", "index.html"];
        foreach (var file in rebuilt)
        {
            Assert.NotEqual("old", File.ReadAllText(Out(file)));
        }
        foreach (var file in stale.Except(rebuilt))
        {
            Assert.Equal("old", File.ReadAllText(Out(file)));
        }
        var index = File.ReadAllText(Out("index.html"));
        Assert.Contains("y-yen-2021/", index);
        Assert.Contains("xuan-truong-2021/", index);
        Assert.DoesNotContain("xuan-truong-2021 ", output.ToString());
    }

    [Fact]
    public void Only_UnknownId_ExitsWithOne_AndSuggestsTheNearest()
    {
        var error = new StringWriter();
        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output, "--only", "y-yen-2012"], new StringWriter(), error);
        Assert.Equal(CommandLine.UserError, code);
        Assert.Contains("'y-yen-2012'", error.ToString());
        Assert.Contains("Có phải ý bạn là 'y-yen-2021'?", error.ToString());
        Assert.False(Directory.Exists(Output));
    }

    private string[] Written() => [.. ReproducibleBuildsFixture.FilesOf(Output)];

    [Fact]
    public void Format_Md_WritesOnlyTheArticles_WithoutLayingOutAnything()
    {
        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output, "--format", "md"], new StringWriter(), new StringWriter());
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal(["nam-dinh-2021-01-23/article.md", "xuan-truong-2021/article.md", "xuan-truong-only/article.md", "y-yen-2021/article.md"], Written());
        var report = SiteBuilder.Run(new BuildOptions(Data, Templates, Output, Formats: OutputFormats.Md));
        Assert.All(report.Meetings, m => Assert.Equal(0, m.BookletPages));
    }

    [Fact]
    public void Format_PdfAndHtml_WritesThePdfsPagesAndIndex_NoArticles()
    {
        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output, "--format", "pdf,html"], new StringWriter(), new StringWriter());
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal(
        [
            "index.html", "nam-dinh-2021-01-23/index.html", "search-index.js", "search.js",
            "xuan-truong-2021/booklet-print.pdf", "xuan-truong-2021/booklet.pdf", "xuan-truong-2021/index.html",
            "xuan-truong-only/index.html",
            "y-yen-2021/booklet-print.pdf", "y-yen-2021/booklet.pdf", "y-yen-2021/index.html",
        ], Written());
    }

    [Fact]
    public void Format_Default_WritesEverything_IncludingThePrintPlan()
    {
        SiteBuilder.Run(new BuildOptions(Data, Templates, Output));
        Assert.Contains("print-plan.md", Written());
        Assert.Contains("y-yen-2021/article.md", Written());
        Assert.Contains("y-yen-2021/booklet-print.pdf", Written());
        Assert.Contains("index.html", Written());
    }

    [Theory]
    [InlineData("pdf,odt")]
    [InlineData(",")]
    public void Format_Unknown_ExitsWithOne(string formats)
    {
        var error = new StringWriter();
        var code = CommandLine.Run(["build", "--data", Data, "--templates", Templates, "--out", Output, "--format", formats], new StringWriter(), error);
        Assert.Equal(CommandLine.UserError, code);
        Assert.Contains("pdf, html, md", error.ToString());
        Assert.False(Directory.Exists(Output));
    }
}
