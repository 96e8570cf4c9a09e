using AngleSharp.Html.Parser;
using ReportGen.Build;
using YamlDotNet.RepresentationModel;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// Builds the corpus of meetings of other kinds, levels and eras (Corpus/*.yaml, none of them a seed) once, into a
/// temporary folder. Most are written from a public report named in their first lines; a few kinds no public report
/// gave us (a Front committee, a council's term, a ward's quarter, a special zone's ceremony) are invented and say so.
/// </summary>
public sealed class CorpusBuildFixture : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reportgen-corpus-" + Guid.NewGuid().ToString("N"));
    public string Output => Path.Combine(Root, "output");
    public BuildReport Report { get; }

    public CorpusBuildFixture()
    {
        var data = Path.Combine(Root, "data");
        Directory.CreateDirectory(data);
        foreach (var file in CorpusTests.MeetingFiles())
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }
        Report = SiteBuilder.Run(new BuildOptions(data, Path.Combine(SeedBuildFixture.FindRepositoryRoot(), "templates"), Output));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>
/// Each corpus meeting's documents say what its secretariat would require (Corpus/&lt;id&gt;.expect.yaml, written
/// from the rules and the source, not from our output): the header lines, the period's headings, the meeting's
/// name, its guests, numbers the Vietnamese way, checked in the booklet's text (PdfPig), the web page's text
/// (AngleSharp) and the article; and what must appear nowhere ("Tỉnh ủy tỉnh", "Hội nghị kỳ họp" …).
/// </summary>
public sealed class CorpusTests(CorpusBuildFixture corpus) : IClassFixture<CorpusBuildFixture>
{
    public static string Folder => Path.Combine(SeedBuildFixture.FindRepositoryRoot(), "tests", "ReportGen.EndToEnd.Tests", "Corpus");

    public static IEnumerable<string> MeetingFiles() => Directory.EnumerateFiles(Folder, "*.yaml")
        .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    public static TheoryData<string> Ids() => [.. MeetingFiles().Select(f => Path.GetFileNameWithoutExtension(f))];

    [Fact]
    public void Corpus_HasAtLeastEightMeetings_OfDifferentKindsLevelsAndEras()
    {
        Assert.True(MeetingFiles().Count() >= 8);
        var texts = MeetingFiles().Select(File.ReadAllText).ToList();
        Assert.Contains(texts, t => t.Contains("kind: session", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("kind: ceremony", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("span: first-half", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("span: nine-months", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("span: quarter", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("span: term", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("kind: front", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("level: đặc khu", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("date: 2026-", StringComparison.Ordinal) || t.Contains("date: 2025-1", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCorpusMeeting_IsBuilt()
    {
        Assert.Equal(Ids().Count, corpus.Report.Meetings.Count);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Booklet_SaysWhatTheSecretariatRequires(string id) =>
        AssertContainsAll(id, "pdf", PdfText.Body(Path.Combine(corpus.Output, id, "booklet.pdf")));

    [Theory]
    [MemberData(nameof(Ids))]
    public void WebPage_SaysWhatTheSecretariatRequires(string id) =>
        AssertContainsAll(id, "html", PageText(id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Article_SaysWhatTheSecretariatRequires(string id) =>
        AssertContainsAll(id, "article", Normalise(File.ReadAllText(Path.Combine(corpus.Output, id, "article.md"))));

    [Theory]
    [MemberData(nameof(Ids))]
    public void NoDocument_SaysWhatMustNotBeSaid(string id)
    {
        var media = new Dictionary<string, string>
        {
            ["booklet"] = PdfText.Body(Path.Combine(corpus.Output, id, "booklet.pdf")),
            ["page"] = PageText(id),
            ["article"] = Normalise(File.ReadAllText(Path.Combine(corpus.Output, id, "article.md"))),
        };
        foreach (var absent in Expected(id, "absent"))
        {
            foreach (var (medium, text) in media)
            {
                Assert.False(text.Contains(absent, StringComparison.Ordinal), $"{id}: the {medium} says \"{absent}\", which it must not.");
            }
        }
    }

    private static void AssertContainsAll(string id, string list, string text)
    {
        var missing = Expected(id, list).Where(e => !text.Contains(Normalise(e), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{id} ({list}) lacks: {string.Join(" | ", missing)}");
    }

    private string PageText(string id)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(corpus.Output, id, "index.html")));
        return Normalise(document.Body!.TextContent);
    }

    private static IReadOnlyList<string> Expected(string id, string list)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, id + ".expect.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode(list), out var node) && node is YamlSequenceNode items
            ? [.. items.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")]
            : [];
    }

    /// <summary>Text as a reader sees it: Markdown's emphasis marks gone, every run of white space one space.</summary>
    private static string Normalise(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal), @"\s+", " ");
}
