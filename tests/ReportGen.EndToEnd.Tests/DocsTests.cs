using System.Text.RegularExpressions;
using ReportGen.Cli;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The documentation stays true: every relative link and picture points at a file, every YAML block of the
/// user guide parses (and the complete meeting files in it load without an error), and every command the
/// guide names is one the program has.
/// </summary>
public sealed partial class DocsTests
{
    private const string Guide = "docs/huong-dan-su-dung.md";

    /// <summary>The first line of a ```yaml block that is a whole data file, not a fragment.</summary>
    private const string CompleteMarker = "# Tệp đầy đủ";

    private readonly string _repository = SeedBuildFixture.FindRepositoryRoot();

    public static TheoryData<string> MarkdownFiles()
    {
        var root = SeedBuildFixture.FindRepositoryRoot();
        var data = new TheoryData<string> { "README.md" };
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void EveryRelativeLinkAndImage_PointsAtAnExistingFile(string relative)
    {
        var path = Path.Combine(_repository, relative);
        var folder = Path.GetDirectoryName(path)!;
        var prose = WithoutCode(File.ReadAllText(path));
        var missing = new List<string>();
        var count = 0;
        foreach (Match link in LinkPattern().Matches(prose))
        {
            var target = link.Groups["target"].Value.Trim();
            if (target.Length == 0 || target.StartsWith('#') || UriScheme().IsMatch(target))
            {
                continue;
            }
            target = Uri.UnescapeDataString(target.Split('#')[0]);
            count++;
            var full = Path.GetFullPath(Path.Combine(folder, target));
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                missing.Add(link.Value);
            }
        }
        Assert.True(missing.Count == 0, $"{relative}: links to missing files: " + string.Join(", ", missing));
        if (relative == Guide)
        {
            Assert.True(count >= 5, $"the guide should show pictures of real pages; found {count} relative links");
        }
    }

    [Fact]
    public void Guide_PicturesAreSmall()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(_repository, "docs", "images"), "huong-dan-*.png"))
        {
            Assert.True(new FileInfo(file).Length < 250 * 1024, $"{Path.GetFileName(file)} is larger than 250 KB");
        }
    }

    [Fact]
    public void Guide_EveryYamlBlockParses_AndTheCompleteFilesLoadWithoutErrors()
    {
        var blocks = CodeBlocks(File.ReadAllText(Path.Combine(_repository, Guide)))
            .Where(b => b.Language == "yaml")
            .Select(b => b.Text)
            .ToList();
        Assert.True(blocks.Count >= 8, $"only {blocks.Count} yaml blocks in the guide");

        foreach (var block in blocks)
        {
            var stream = new YamlStream();
            var exception = Record.Exception(() => stream.Load(new StringReader(block)));
            Assert.True(exception is null, $"this yaml block does not parse ({exception?.Message}):\n{block}");
            Assert.NotEmpty(stream.Documents);
        }

        var complete = blocks.Where(b => b.TrimStart().StartsWith(CompleteMarker, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(complete);
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            for (var i = 0; i < complete.Count; i++)
            {
                var path = Path.Combine(folder, $"block-{i}.yaml");
                File.WriteAllText(path, complete[i]);
                var check = DataLoader.CheckFile(path);
                var errors = check.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
                Assert.True(errors.Count == 0, "a complete file of the guide has errors: "
                    + string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}")) + "\n" + complete[i]);
                Assert.NotNull(check.Value);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Guide_NamesOnlyCommandsTheProgramHas()
    {
        var help = new StringWriter();
        Assert.Equal(CommandLine.Success, CommandLine.Run(["--help"], help, new StringWriter()));
        var known = HelpCommand().Matches(help.ToString()).Select(m => m.Groups["command"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("build", known);
        Assert.Contains("check", known);

        var text = File.ReadAllText(Path.Combine(_repository, Guide));
        var code = string.Join("\n", CodeBlocks(text).Select(b => b.Text))
            + "\n" + string.Join("\n", InlineCode().Matches(WithoutCode(text)).Select(m => m.Groups["code"].Value));
        var named = GuideCommand().Matches(code).Select(m => m.Groups["command"].Value).ToList();
        Assert.True(named.Count >= 10, $"only {named.Count} commands named in the guide");
        var unknown = named.Where(c => !known.Contains(c)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "the guide names commands the program does not have: " + string.Join(", ", unknown)
            + " (known: " + string.Join(", ", known) + ")");
        foreach (var command in known)
        {
            Assert.True(named.Contains(command), $"the guide never shows 'reportgen {command}'");
        }
    }

    private sealed record CodeBlock(string Language, string Text);

    private static List<CodeBlock> CodeBlocks(string markdown)
    {
        var blocks = new List<CodeBlock>();
        string? language = null;
        var lines = new List<string>();
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (language is null && trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                language = trimmed[3..].Trim();
                lines.Clear();
            }
            else if (language is not null && trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                blocks.Add(new CodeBlock(language, string.Join("\n", lines) + "\n"));
                language = null;
            }
            else if (language is not null)
            {
                lines.Add(line);
            }
        }
        Assert.True(language is null, "a code block is not closed");
        return blocks;
    }

    /// <summary>The text with fenced code blocks removed (a '[x](y)' inside code is not a link).</summary>
    private static string WithoutCode(string markdown) => FencedBlock().Replace(markdown.Replace("\r\n", "\n"), "\n");

    [GeneratedRegex(@"^[ \t]*```.*?^[ \t]*```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^\s*reportgen (?<command>[a-z]+)", RegexOptions.Multiline)]
    private static partial Regex HelpCommand();

    [GeneratedRegex(@"(?:\breportgen|src/ReportGen\.Cli --) +(?<command>[a-z][a-z-]*)")]
    private static partial Regex GuideCommand();
}
