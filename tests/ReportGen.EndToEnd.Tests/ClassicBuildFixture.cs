using System.Text.RegularExpressions;
using ReportGen.Build;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The seeds as they were before a meeting could list its booklet's documents: copied to a temporary
/// folder with their <c>documents:</c> (and the comment above it) taken out, then built. Their booklets
/// must be the classic ones: agenda, report, appendix.
/// </summary>
public sealed partial class ClassicBuildFixture : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-classic-").FullName;

    public string Output => Path.Combine(_root, "output");

    public BuildReport Report { get; }

    public ClassicBuildFixture()
    {
        var repository = SeedBuildFixture.FindRepositoryRoot();
        var data = Path.Combine(_root, "seeds");
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "seeds"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(data, Path.GetRelativePath(Path.Combine(repository, "seeds"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            File.WriteAllText(target, file.EndsWith(".yaml", StringComparison.Ordinal) ? WithoutDocuments(text) : text);
        }
        Report = SiteBuilder.Run(new BuildOptions(data, Path.Combine(repository, "templates"), Output));
    }

    public string PathOf(string relative) => Path.Combine(Output, relative);

    /// <summary>The data file without its <c>documents:</c> key, the comment lines above it, and "documents" in its examples.</summary>
    public static string WithoutDocuments(string yaml) =>
        ExampleEntry().Replace(DocumentsKey().Replace(yaml, "\n"), "");

    [GeneratedRegex(@"\n(?:#[^\n]*\n)*documents:[\s\S]*?\n(?=[a-z_]+:)")]
    private static partial Regex DocumentsKey();

    [GeneratedRegex(@"(?m)^  - documents\n")]
    private static partial Regex ExampleEntry();

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
