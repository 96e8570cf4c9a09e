using CsCheck;
using ReportGen.Booklet;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// Random damage to the seed files — what a hurried edit or a paste from Word does — never crashes the
/// loader, the templates or the layout engine: every outcome is a document or a diagnostic.
/// </summary>
public sealed class MutationPropertyTests : IDisposable
{
    private static readonly string[] Seeds = Directory.GetFiles(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021"), "*.yaml")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>
    /// The damaged file's name, beside the seeds: the Markdown files their documents bind are found there, so
    /// a damaged file is refused for its damage, not because a contribution is missing.
    /// </summary>
    private static readonly string Damaged = ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "hong.yaml");

    /// <summary>Fragments that break YAML, types or layout in interesting ways.</summary>
    private static readonly string[] Fragments =
    [
        ":", ": ", "- ", "\t", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "!!int ", "\n", "\n  ", "  ", "#", "|", ">",
        "-1", "-100000", "99999999999999999999999", "12.278,27", "2021-13-45", "\u0000", "\uE000", "\u0301",
        "<script>alert(1)</script>", "{{ x }}", "```chart\nawards\n```", "| a | b |", "null", "~", "yes", "0x1F",
    ];

    /// <summary>CsCheck's seed for each test's one batch of mutations (a batch, since a seed fixes one sample).</summary>
    private const string PinnedSeed = "0N0XIzNsQ0O2";

    internal static readonly Gen<string> Mutant =
        from seed in Gen.Int[0, Seeds.Length - 1]
        from edits in Gen.Int[1, 4]
        from mutated in Mutate(Seeds[seed], edits)
        select mutated;

    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);
    private readonly TemplateRenderer _templates = TemplateRenderer.Load(ReportGen.Tests.RepositoryRoot.Of("templates"));
    private readonly BookletComposer _composer;

    public MutationPropertyTests()
    {
        var theme = BookletTheme.Load(ReportGen.Tests.RepositoryRoot.Of("templates", "theme.yaml"));
        _composer = new BookletComposer(new TextShaper(_fonts), theme);
    }

    internal static Gen<string> Mutate(string text, int edits)
    {
        if (edits == 0)
        {
            return Gen.Const(text);
        }
        var one =
            Gen.Frequency(
                (3, from at in Gen.Int[0, text.Length]
                    from fragment in Gen.Int[0, Fragments.Length - 1]
                    select text.Insert(at, Fragments[fragment])),
                (2, from at in Gen.Int[0, Math.Max(0, text.Length - 1)]
                    from length in Gen.Int[1, 60]
                    select text.Remove(at, Math.Min(length, text.Length - at))),
                (3, from line in Gen.Int[0, 200]
                    from fragment in Gen.Int[0, Fragments.Length - 1]
                    select IntoValue(text, line, Fragments[fragment])),
                (1, from line in Gen.Int[0, 200]
                    select DuplicateLine(text, line)));
        return one.SelectMany(mutated => Mutate(mutated, edits - 1));
    }

    /// <summary>Puts the fragment where a value starts ("key: |here"), where YAML is most sensitive.</summary>
    private static string IntoValue(string text, int line, string fragment)
    {
        var lines = text.Split('\n');
        var withValues = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (withValues.Count == 0)
        {
            return text + fragment;
        }
        var index = withValues[line % withValues.Count];
        var colon = lines[index].IndexOf(": ", StringComparison.Ordinal) + 2;
        lines[index] = lines[index].Insert(colon, fragment);
        return string.Join('\n', lines);
    }

    private static string DuplicateLine(string text, int line)
    {
        var lines = text.Split('\n').ToList();
        var index = line % lines.Count;
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }

    [Fact]
    public void Loader_OnDamagedFiles_GivesAMeetingOrLocatedDiagnostics_NeverAnotherException()
    {
        var runs = 0;
        var refused = 0;
        // One batch from a pinned seed: the same 400 files on every machine, so the bounds below cannot flake.
        Mutant.Array[400].Sample(batch => Array.ForEach(batch, text =>
        {
            Interlocked.Increment(ref runs);
            try
            {
                DataLoader.Parse(text, Damaged);
            }
            catch (UserInputException e)
            {
                Interlocked.Increment(ref refused);
                Assert.NotEmpty(e.Diagnostics);
                Assert.All(e.Diagnostics, d => Assert.Equal(Damaged, d.File));
            }
        }), iter: 1, threads: 1, seed: PinnedSeed);
        // The damage is real: many files are refused, and some still load.
        Assert.True(runs >= 400, $"{runs} runs");
        Assert.InRange(refused, runs / 10, runs - 1);
    }

    [Fact]
    public void TemplatesAndLayout_OnDamagedButLoadableFiles_GiveDocumentsOrDiagnostics()
    {
        Mutant.Array[60].Sample(batch => Array.ForEach(batch, text =>
        {
            try
            {
                if (DataLoader.Parse(text, Damaged) is not Meeting meeting)
                {
                    return;
                }
                var documents = _templates.Documents(meeting);
                var pages = _composer.Compose(meeting, documents);
                Assert.NotEmpty(pages);
                Assert.All(documents, d => MarkdownRenderer.ToHtml(d.Markdown));
                _templates.MeetingArticle(meeting);
            }
            catch (UserInputException)
            {
            }
            catch (LayoutException)
            {
                // The build reports it as RG060 with the data file.
            }
        }), iter: 1, threads: 1, seed: PinnedSeed);
    }

    public void Dispose() => _fonts.Dispose();
}
