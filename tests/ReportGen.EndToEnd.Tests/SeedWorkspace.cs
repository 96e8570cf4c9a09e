namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// A temporary folder for one test: a copy of the seed meetings (with the Markdown files their
/// documents bind) in data/, an output/ folder not yet made, and the templates — the repository's, or a
/// copy a test may change. Deleted on dispose.
/// </summary>
public sealed class SeedWorkspace : IDisposable
{
    public SeedWorkspace(string name, bool copyTemplates = false)
    {
        Root = Path.Combine(Path.GetTempPath(), $"reportgen-{name}-" + Guid.NewGuid().ToString("N"));
        Repository = SeedBuildFixture.FindRepositoryRoot();
        CopyFolder(Path.Combine(Repository, "seeds", "2021"), Data);
        Templates = Path.Combine(Repository, "templates");
        if (copyTemplates)
        {
            Templates = Path.Combine(Root, "templates");
            CopyFolder(Path.Combine(Repository, "templates"), Templates);
        }
    }

    public string Root { get; }

    public string Repository { get; }

    public string Data => Path.Combine(Root, "data");

    public string Output => Path.Combine(Root, "output");

    public string Templates { get; }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
