using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Templating.Tests;

/// <summary>
/// Data the seeds do not have: a province's report with far more fields than the seeds (the templates must
/// not hit Scriban's limits), keys left empty to fill later.
/// </summary>
public sealed class UnusualMeetingTests
{
    // The real path: the seed binds a contribution file that lies beside it.
    private static readonly string SeedPath = Path.Combine(Repo.Seeds, "2021", "y-yen.yaml");

    [Fact]
    public void EmptyNamesKey_IsNoNames_AndEverythingRenders()
    {
        // The first award's list of names emptied, its key left with no value.
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(SeedPath), @"      names:[^\n]*\n(        [^\n]*\n)+", "      names:\n", default, TimeSpan.FromSeconds(1));
        Assert.Contains("count: 4\n      names:\n    - title:", text);
        var meeting = (Meeting)DataLoader.Parse(text, SeedPath);
        Assert.Empty(meeting.Emulation.Awards[0].Names);

        Assert.Contains("Bằng khen", Repo.Renderer.MeetingArticle(meeting));
        Assert.Contains("Bằng khen", Repo.Renderer.Report(meeting));
    }

    [Fact]
    public void AwardDecision_ListingTwelveThousandNames_RendersThemAll()
    {
        // A province's "Lao động tiên tiến" can run to thousands; Scriban's default loop limit was 10 000.
        var meeting = (Meeting)DataLoader.Parse(File.ReadAllText(SeedPath), SeedPath);
        var award = meeting.Emulation.Awards[0];
        award.Names.Clear();
        for (var i = 1; i <= 12_000; i++)
        {
            award.Names.Add(new AwardRecipient { Name = $"Người thứ {i}", Kind = RecipientKind.Individual });
        }

        var lists = string.Concat(Repo.Renderer.Documents(meeting).Select(d => d.Markdown + d.Annex));

        // Numbered through to 12 000 (in given-name order, so not in the order added); every name is there.
        Assert.Matches(@"\| 12000 \| Người\s+thứ\s+\d+ \|", lists);
        Assert.Matches(@"\| \d+ \| Người\s+thứ\s+12000 \|", lists);
    }

    [Fact]
    public void MeetingArticle_WithThreeHundredFields_HasEveryFieldsSentence()
    {
        // The seed's text with its first field repeated under 300 names (the templates once copied an array per field,
        // and Scriban counts the copies against its loop limit of 10 000: 148 fields failed).
        var meeting = (Meeting)DataLoader.Parse(File.ReadAllText(SeedPath), SeedPath);
        var field = meeting.Results.Fields[0];
        meeting.Results.Fields.Clear();
        for (var i = 1; i <= 300; i++)
        {
            meeting.Results.Fields.Add(new ResultField { Name = $"Lĩnh vực {i}", Summary = $"Lĩnh vực số {i} phát triển ổn định", Indicators = field.Indicators });
        }

        var article = Repo.Renderer.MeetingArticle(meeting);

        Assert.Contains("Lĩnh vực số 1 phát triển ổn định", article);
        Assert.Contains("Lĩnh vực số 300 phát triển ổn định", article);
    }
}
