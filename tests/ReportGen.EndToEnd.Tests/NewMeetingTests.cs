using System.Text.Json;
using ReportGen.Build;
using ReportGen.Cli;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.EndToEnd.Tests;

public sealed class NewMeetingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportgen-new-" + Guid.NewGuid().ToString("N"));
    private readonly string _repository = SeedBuildFixture.FindRepositoryRoot();

    private string Data => Path.Combine(_root, "data");
    private string Templates => Path.Combine(_repository, "templates");

    public NewMeetingTests()
    {
        Directory.CreateDirectory(Path.Combine(Data, "2021"));
        foreach (var file in Directory.GetFiles(Path.Combine(_repository, "seeds", "2021")))
        {
            File.Copy(file, Path.Combine(Data, "2021", Path.GetFileName(file)));
        }
        File.Copy(Path.Combine(_repository, "seeds", "meeting.schema.json"), Path.Combine(Data, "meeting.schema.json"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void New_WritesAFileThatLoadsWithOnlyTheExamplesWarning_AndBuildsWithTheSeeds()
    {
        var output = new StringWriter();
        var code = CommandLine.Run(["new", "hai-hau-2026", "--data", Data, "--templates", Templates], output, new StringWriter());
        Assert.Equal(CommandLine.Success, code);
        var path = Path.Combine(Data, "hai-hau-2026.yaml");
        Assert.Contains(path, output.ToString());

        var lines = File.ReadAllLines(path);
        Assert.Equal("# yaml-language-server: $schema=meeting.schema.json", lines[0]);
        Assert.Contains("id: hai-hau-2026", File.ReadAllText(path));

        var check = DataLoader.CheckFile(path);
        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == Severity.Error);
        var warning = Assert.Single(check.Diagnostics);
        Assert.Equal(DiagnosticCodes.ExampleValues, warning.Code);
        Assert.NotNull(check.Value);

        var report = SiteBuilder.Run(new BuildOptions(Data, Templates, Path.Combine(_root, "output")));
        Assert.Contains(report.Meetings, m => m.Id == "hai-hau-2026");
        Assert.True(File.Exists(Path.Combine(_root, "output", "hai-hau-2026", "booklet.pdf")));
        Assert.True(File.Exists(Path.Combine(_root, "output", "y-yen-2021", "booklet.pdf")));

        // The scaffold's examples build into documents that read right: a headline with its verb, the guests in the
        // lead, every number in its sentence (no {value} left), the period in the report's headings.
        var article = File.ReadAllText(Path.Combine(_root, "output", "hai-hau-2026", "article.md"));
        Assert.Contains("# Huyện Ý Yên tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021", article, StringComparison.Ordinal);
        Assert.Contains("Dự hội nghị có đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh.", article, StringComparison.Ordinal);
        Assert.Contains("Tổng diện tích gieo trồng đạt 12.278,27 ha", article, StringComparison.Ordinal);
        Assert.DoesNotContain("{value}", article, StringComparison.Ordinal);
        var booklet = PdfText.Body(Path.Combine(_root, "output", "hai-hau-2026", "booklet.pdf"));
        Assert.Contains("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", booklet, StringComparison.Ordinal);
        Assert.Contains("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", booklet, StringComparison.Ordinal);
        // Both starts at once: the indicators and the programme from the example sheets beside the data, set like the YAML's.
        Assert.Contains("Năng suất lúa cả năm", booklet, StringComparison.Ordinal);
        Assert.Contains("124,46", booklet, StringComparison.Ordinal);
        Assert.Contains("Chào cờ, tuyên bố lý do, giới thiệu đại biểu", booklet, StringComparison.Ordinal);
        Assert.True(booklet.IndexOf("Đón tiếp đại biểu", StringComparison.Ordinal) < booklet.IndexOf("Chào cờ, tuyên bố lý do", StringComparison.Ordinal));
    }

    [Fact]
    public void New_FileHasEveryKeyTheSchemaKnows()
    {
        var path = NewMeeting.Create("nam-truc-2026", Data, Templates);
        var keys = File.ReadAllLines(path)
            .Select(l => l.Split('#')[0].TrimStart(' ', '-').Split(':')[0].Trim())
            .ToHashSet(StringComparer.Ordinal);
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(_repository, "seeds", "meeting.schema.json")));
        var known = new SortedSet<string>(StringComparer.Ordinal);
        Collect(schema.RootElement, known);
        Assert.True(known.Count > 40, $"only {known.Count} keys found in the schema");
        var missing = known.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "missing keys: " + string.Join(", ", missing));
    }

    private static void Collect(JsonElement element, ISet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "properties" && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var key in property.Value.EnumerateObject())
                {
                    keys.Add(key.Name);
                    Collect(key.Value, keys);
                }
            }
            else
            {
                Collect(property.Value, keys);
            }
        }
    }

    [Fact]
    public void New_WithoutASchemaNearby_LeavesTheSchemaLineOut()
    {
        var bare = Path.Combine(_root, "bare");
        var path = NewMeeting.Create("giao-thuy-2026", bare, Templates);
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("yaml-language-server", text);
        Assert.StartsWith("# Dữ liệu hội nghị giao-thuy-2026", text);
    }

    [Fact]
    public void New_RefusesAnExistingFile()
    {
        var path = Path.Combine(Data, "y-yen-2026.yaml");
        File.WriteAllText(path, "mine");
        var error = new StringWriter();
        var code = CommandLine.Run(["new", "y-yen-2026", "--data", Data, "--templates", Templates], new StringWriter(), error);
        Assert.Equal(CommandLine.UserError, code);
        Assert.Contains("đã có", error.ToString());
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Y-Yen-2026")]
    [InlineData("ý-yên")]
    [InlineData("y_yen")]
    [InlineData("../y-yen")]
    [InlineData("-y-yen")]
    public void New_RefusesABadId(string id)
    {
        var error = new StringWriter();
        var code = CommandLine.Run(["new", id, "--data", Data, "--templates", Templates], new StringWriter(), error);
        Assert.Equal(CommandLine.UserError, code);
        Assert.Contains("không hợp lệ", error.ToString());
        Assert.Equal(["meeting.schema.json"], Directory.GetFiles(Data).Select(Path.GetFileName));
    }
}
