using ReportGen.Build;

namespace ReportGen.EndToEnd.Tests;

/// <summary>Builds the real seeds with the real templates and fonts once, into a temporary folder.</summary>
public sealed class SeedBuildFixture : IDisposable
{
    public string RepositoryRoot { get; } = FindRepositoryRoot();
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "reportgen-e2e-" + Guid.NewGuid().ToString("N"));
    public BuildReport Report { get; }

    public SeedBuildFixture()
    {
        Report = SiteBuilder.Run(new BuildOptions(
            Path.Combine(RepositoryRoot, "seeds"),
            Path.Combine(RepositoryRoot, "templates"),
            Output));
    }

    public string PathOf(string relative) => Path.Combine(Output, relative);

    public string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static string FindRepositoryRoot() => ReportGen.Tests.RepositoryRoot.Path;

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
