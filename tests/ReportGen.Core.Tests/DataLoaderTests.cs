using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests;

public sealed class DataLoaderTests
{
    private const string Minimal = """
        id: thu-2024
        unit:
          name: Yên Bằng
          level: xã
        issuers:
          - name: Đảng ủy xã Yên Bằng
            short_name: Đảng ủy
            kind: party
        meeting:
          title: tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025
          year: 2024
          date: 2025-01-10
          place: Yên Bằng
        results:
          fields:
            - name: Nông nghiệp
              indicators:
                - name: Năng suất lúa
                  value: 124.46
                  unit: tạ/ha
        """;

    private static string RepositoryRoot() => ReportGen.Tests.RepositoryRoot.Path;

    [Fact]
    public void Parse_MinimalMeeting_ReadsPlainNumbersAndTheLevelFromData()
    {
        var meeting = Assert.IsType<Meeting>(DataLoader.Parse(Minimal, "thu.yaml"));
        Assert.Equal("xã Yên Bằng", meeting.Unit.FullName);
        Assert.Equal(new DateOnly(2025, 1, 10), meeting.Info.Date);
        Assert.Equal(124.46m, meeting.Results.Fields[0].Indicators[0].Value);
        Assert.Equal(IssuerKind.Party, meeting.Issuers[0].Kind);
    }

    [Fact]
    public void Parse_DecomposedVietnamese_IsNormalizedToComposedForm()
    {
        var decomposed = Minimal.Replace("Yên Bằng", "Yên Bằng".Normalize(NormalizationForm.FormD), StringComparison.Ordinal);
        Assert.NotEqual(Minimal, decomposed);
        var path = Path.Combine(Path.GetTempPath(), $"rg-nfd-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, decomposed);
        try
        {
            var meeting = Assert.IsType<Meeting>(DataLoader.LoadFile(path));
            Assert.Equal("Yên Bằng", meeting.Unit.Name);
            Assert.True(meeting.Unit.Name.IsNormalized(NormalizationForm.FormC));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("  level: xã", "  levl: xã", 4, 3, "levl")]
    [InlineData("      value: 124.46", "      value: 124,46 tạ", 19, 18, "12278.27")]
    [InlineData("  date: 2025-01-10", "  date: 10/01/2025", 12, 9, "2021-01-23")]
    public void Parse_MistakeInAField_IsLocatedAndExplained(string line, string broken, int expectedLine, int expectedColumn, string hint)
    {
        var text = Minimal.Replace(line, broken, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, text);
        var error = Assert.Throws<UserInputException>(() => DataLoader.Parse(text, "thu.yaml"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("thu.yaml", expectedLine, expectedColumn), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains(hint, diagnostic.Message);
        Assert.Matches(@"^thu\.yaml\(\d+,\d+\): error RG\d{3}: ", diagnostic.ToString());
    }

    [Fact]
    public void Parse_UnclosedBracket_IsASyntaxErrorWithAPosition_NotACrash()
    {
        var text = Minimal.Replace("  year: 2024", "  year: [2024", StringComparison.Ordinal);
        var error = Assert.Throws<UserInputException>(() => DataLoader.Parse(text, "thu.yaml"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(11, diagnostic.Line);
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesIt()
    {
        var text = Minimal.Replace("  place: Yên Bằng\n", "", StringComparison.Ordinal);
        var error = Assert.Throws<UserInputException>(() => DataLoader.Parse(text, "thu.yaml"));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("meeting.place", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_Seeds_HoldBothMeetingsOfTheSeedArticleAndTheRoundup()
    {
        var data = DataLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "seeds"));
        Assert.Equal(["xuan-truong-2021", "y-yen-2021"], data.Meetings.Select(m => m.Id).Order());
        var roundup = Assert.Single(data.Roundups);
        Assert.Equal(["y-yen-2021", "xuan-truong-2021"], roundup.Meetings);
        Assert.Equal("Đức Thiện và Xuân Thu", roundup.Byline);

        var yYen = data.Meetings.Single(m => m.Id == "y-yen-2021");
        Assert.Equal((18, 21), (yYen.Results.Targets!.Achieved, yYen.Results.Targets.Total));
        Assert.Equal([4, 7, 29, 12], yYen.Emulation.Awards.Select(a => a.Count));
        Assert.Equal("huyện", yYen.Unit.Level);

        var xuanTruong = data.Meetings.Single(m => m.Id == "xuan-truong-2021");
        var indicators = xuanTruong.Results.Fields.SelectMany(f => f.Indicators).ToDictionary(i => i.Value);
        Assert.Equal("ha", indicators[12278.27m].Unit);
        Assert.Equal(13m, indicators[5809m].Change!.Percent);
        Assert.Equal("cùng kỳ năm trước", indicators[37.2m].Change!.Against);
    }

    [Fact]
    public void CheckDirectory_RoundupNamingAnUnknownMeeting_PointsAtThatListItem()
    {
        var folder = Directory.CreateTempSubdirectory("rg-roundup-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.yaml"), Minimal);
            var id = Minimal.Split('\n').First(l => l.StartsWith("id:", StringComparison.Ordinal))[3..].Trim();
            File.WriteAllText(Path.Combine(folder, "roundup.yaml"), $"""
                roundup:
                  id: tong-hop
                  title: Tổng hợp
                  date: 2021-01-23
                  meetings:
                    - {id}
                    - y-yen-2012
                  byline: Văn phòng
                """);
            var diagnostic = Assert.Single(DataLoader.CheckDirectory(folder).Diagnostics, d => d.Code == "RG031");
            Assert.Contains("y-yen-2012", diagnostic.Message);
            Assert.Equal((7, 7), (diagnostic.Line, diagnostic.Column));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Roundup_WithoutADate_TakesTheDayItsMeetingsShare_OrIsAnErrorAtTheRoundup()
    {
        var folder = Directory.CreateTempSubdirectory("rg-roundup-date-").FullName;
        try
        {
            var id = Minimal.Split('\n').First(l => l.StartsWith("id:", StringComparison.Ordinal))[3..].Trim();
            var date = Minimal.Split('\n').First(l => l.TrimStart().StartsWith("date:", StringComparison.Ordinal)).Split(':')[1].Trim();
            File.WriteAllText(Path.Combine(folder, "a.yaml"), Minimal);
            File.WriteAllText(Path.Combine(folder, "roundup.yaml"), $"""
                roundup:
                  id: tong-hop
                  title: Tổng hợp
                  meetings: [{id}]
                """);
            var roundup = Assert.Single(DataLoader.LoadDirectory(folder).Roundups);
            Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), roundup.Date); // never "ngày 01 tháng 01 năm 1"

            // A second meeting on another day: no date can be taken.
            File.WriteAllText(Path.Combine(folder, "b.yaml"), Minimal.Replace($"id: {id}", "id: khac-2021", StringComparison.Ordinal)
                .Replace(date, "2021-02-02", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(folder, "roundup.yaml"), $"""
                roundup:
                  id: tong-hop
                  title: Tổng hợp
                  meetings: [{id}, khac-2021]
                """);
            var error = Assert.Single(DataLoader.CheckDirectory(folder).Diagnostics, d => d.Code == "RG097");
            Assert.Equal((2, 3), (error.Line, error.Column));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void LoadDirectory_DuplicateMeetingId_IsAnErrorNamingBothFiles()
    {
        var folder = Directory.CreateTempSubdirectory("rg-dup-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.yaml"), Minimal);
            File.WriteAllText(Path.Combine(folder, "b.yaml"), Minimal);
            var error = Assert.Throws<UserInputException>(() => DataLoader.LoadDirectory(folder));
            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.EndsWith("b.yaml", diagnostic.File);
            Assert.Contains("a.yaml", diagnostic.Message);
            // At the id itself, where the secretary has to change it.
            var idLine = Array.FindIndex(Minimal.Split('\n'), l => l.StartsWith("id:", StringComparison.Ordinal)) + 1;
            Assert.Equal((idLine, 5), (diagnostic.Line, diagnostic.Column));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
