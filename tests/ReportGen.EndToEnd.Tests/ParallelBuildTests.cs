using System.Security.Cryptography;
using ReportGen.Build;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// Meetings are built in parallel with shared fonts and shaping cache: the result must be exactly what
/// one meeting after another gives, byte for byte.
/// </summary>
public sealed class ParallelBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportgen-parallel-" + Guid.NewGuid().ToString("N"));
    private readonly string _repository = SeedBuildFixture.FindRepositoryRoot();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void SixMeetingsOnFourWorkers_GiveTheBytesOfOneWorker()
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        // The contributions the seeds bind lie beside them.
        foreach (var markdown in Directory.GetFiles(Path.Combine(_repository, "seeds", "2021"), "*.md"))
        {
            File.Copy(markdown, Path.Combine(data, Path.GetFileName(markdown)));
        }
        foreach (var seed in new[] { "y-yen", "xuan-truong" })
        {
            var text = File.ReadAllText(Path.Combine(_repository, "seeds", "2021", seed + ".yaml"));
            for (var copy = 1; copy <= 3; copy++)
            {
                File.WriteAllText(Path.Combine(data, $"{seed}-{copy}.yaml"),
                    text.Replace($"id: {seed}-2021", $"id: {seed}-2021-{copy}", StringComparison.Ordinal));
            }
        }
        var templates = Path.Combine(_repository, "templates");

        var serial = SiteBuilder.Run(new BuildOptions(data, templates, Path.Combine(_root, "serial")) { Parallelism = 1 });
        var parallel = SiteBuilder.Run(new BuildOptions(data, templates, Path.Combine(_root, "parallel")) { Parallelism = 4 });

        Assert.Equal(6, parallel.MeetingsBuilt);
        // Meetings are reported in data order whatever order the workers finished in.
        Assert.Equal(serial.Meetings.Select(m => m.Id), parallel.Meetings.Select(m => m.Id));
        var files = ReproducibleBuildsFixture.FilesOf(Path.Combine(_root, "serial"));
        Assert.Equal(files, ReproducibleBuildsFixture.FilesOf(Path.Combine(_root, "parallel")));
        // Four files per meeting and its Word files (five documents for Ý Yên, four for Xuân Trường), the index,
        // the print plan, the search index and its script.
        Assert.Equal(6 * 4 + 3 * 5 + 3 * 4 + 4, files.Count);
        foreach (var file in files)
        {
            Assert.True(Hash(Path.Combine(_root, "serial", file)) == Hash(Path.Combine(_root, "parallel", file)), file);
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
