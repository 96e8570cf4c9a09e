using System.Security.Cryptography;
using CsCheck;
using ReportGen.Cli;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The whole command on damaged data and contributions (issue 13, docs/security.md): whatever the damage, the
/// build exits with 0 (built) or 1 (told the user what to fix), never 2; it writes nothing outside its output
/// folder; and a refused build leaves the previous output exactly as it was. The mutations come from one pinned
/// seed, so a failure is the same on every machine.
/// </summary>
public sealed class BuildFuzzTests
{
    /// <summary>CsCheck's seed for the one batch of mutations: pinned, so the run is the same everywhere.</summary>
    private const string Seed = "9rCytbUOfIl2";

    private const int Builds = 24;

    /// <summary>What a commune's emailed contribution may hold.</summary>
    private static readonly string[] MarkdownFragments =
    [
        "<javascript:alert(1)>", "[xem](file:///etc/passwd)", "[a](data:text/html,x)", "\u001b[2J", "\u202eabc", "\u0000",
        "https://example.vn/" + new string('a', 300), "# ", "| a | b |\n|---|---|\n| 1 | 2 |", "```chart\nawards\n```",
        "<script>alert(1)</script>", "![](http://example.vn/x.png)", "\n\n", "**", "[", "](", new string('[', 500),
    ];

    private static readonly string Contribution = File.ReadAllText(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "y-yen-tham-luan-yen-tien.md"));

    private static readonly Gen<string> DamagedContribution =
        from count in Gen.Int[1, 3]
        from edits in Gen.Int[0, MarkdownFragments.Length - 1].Array[count]
        from places in Gen.Int[0, Contribution.Length].Array[count]
        select edits.Zip(places).Aggregate(Contribution, (text, e) => text.Insert(Math.Min(e.Second, text.Length), MarkdownFragments[e.First]));

    private static readonly Gen<string> DamagedMeeting = MutationPropertyTests.Mutate(File.ReadAllText(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "y-yen.yaml")), 2);

    [Fact]
    public void Build_OnDamagedDataAndContributions_Exits0Or1_WritesOnlyItsOutput_AndARefusedBuildLeavesTheOldOne()
    {
        using var work = new SeedWorkspace("fuzz");
        var meetingPath = Path.Combine(work.Data, "y-yen.yaml");
        var contributionPath = Path.Combine(work.Data, "y-yen-tham-luan-yen-tien.md");
        Assert.Equal(CommandLine.Success, Build(work));
        var outsideBefore = Snapshot(work.Root, except: [work.Output, work.Data]);

        var outcomes = new Dictionary<int, int>();
        Gen.Select(DamagedMeeting, DamagedContribution).Array[Builds].Sample(batch =>
        {
            foreach (var (meeting, contribution) in batch)
            {
                File.WriteAllText(meetingPath, meeting);
                File.WriteAllText(contributionPath, contribution);
                var before = Snapshot(work.Output, except: [Path.Combine(work.Output, ".reportgen")]);
                var error = new StringWriter();
                var code = CommandLine.Run(["build", "--data", work.Data, "--templates", work.Templates, "--out", work.Output], new StringWriter(), error);
                outcomes[code] = outcomes.GetValueOrDefault(code) + 1;
                Assert.True(code is CommandLine.Success or CommandLine.UserError, $"exit {code}:\n{error}");
                if (code == CommandLine.UserError)
                {
                    Assert.Equal(before, Snapshot(work.Output, except: [Path.Combine(work.Output, ".reportgen")]));
                }
                Assert.Equal(outsideBefore, Snapshot(work.Root, except: [work.Output, work.Data]));
            }
        }, iter: 1, threads: 1, seed: Seed);

        // The damage is real both ways: some builds are refused, some go through.
        Assert.True(outcomes.GetValueOrDefault(CommandLine.UserError) > 0 && outcomes.GetValueOrDefault(CommandLine.Success) > 0,
            string.Join(", ", outcomes.Select(o => $"exit {o.Key}: {o.Value}")));
    }

    private static int Build(SeedWorkspace work) =>
        CommandLine.Run(["build", "--data", work.Data, "--templates", work.Templates, "--out", work.Output], new StringWriter(), new StringWriter());

    /// <summary>Every file below a folder (but the excepted ones) with a hash of its bytes; none when the folder is absent.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder, string[] except)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (except.Any(e => file.StartsWith(e + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file == e))
            {
                continue;
            }
            files[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return files;
    }
}
