using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Templating.Tests;

/// <summary>
/// The real templates folder and the real seed data of the repository, loaded once for all tests.
/// </summary>
internal static class Repo
{
    private static readonly Lazy<DataSet> LazyData = new(() => DataLoader.LoadDirectory(Seeds));
    private static readonly Lazy<TemplateRenderer> LazyRenderer = new(() => TemplateRenderer.Load(Templates));

    /// <summary>The folder holding ReportGen.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static DataSet Data => LazyData.Value;

    public static TemplateRenderer Renderer => LazyRenderer.Value;

    public static Meeting YYen => Data.Meetings.Single(m => m.Id == "y-yen-2021");

    public static Meeting XuanTruong => Data.Meetings.Single(m => m.Id == "xuan-truong-2021");

    public static Roundup Roundup => Data.Roundups.Single(r => r.Id == "nam-dinh-2021-01-23");

    /// <summary>A copy of the templates folder that a test may break.</summary>
    public static string CopyTemplates()
    {
        var copy = Path.Combine(Path.GetTempPath(), "reportgen-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(Templates, "*.sbn"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private static string FindRoot() => ReportGen.Tests.RepositoryRoot.Path;
}

/// <summary>The seed data the template tests rely on is what they expect.</summary>
public sealed class SeedDataTests
{
    [Fact]
    public void Seeds_HoldTheTwoMeetingsAndTheRoundup()
    {
        Assert.Equal("huyện Ý Yên", Repo.YYen.Unit.FullName);
        Assert.Equal("huyện Xuân Trường", Repo.XuanTruong.Unit.FullName);
        Assert.Equal(["y-yen-2021", "xuan-truong-2021"], Repo.Roundup.Meetings);
    }

    [Fact]
    public void Templates_AllRequiredTemplatesExistInTheRepository()
    {
        foreach (var name in TemplateRenderer.Names.All)
        {
            Assert.True(File.Exists(Path.Combine(Repo.Templates, name)), $"missing templates/{name}");
        }
    }
}
