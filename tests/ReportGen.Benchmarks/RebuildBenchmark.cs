namespace ReportGen.Benchmarks;

/// <summary>
/// An unchanged rebuild: 'reportgen build' of the province into a folder that already holds that build.
/// Also counts the output files whose modification time changed, so an incremental build (skip unchanged
/// meetings, write no file) shows as 0 files touched; a full rebuild touches every file.
/// </summary>
public static class RebuildBenchmark
{
    public sealed record Result(int Meetings, double FirstSeconds, IReadOnlyList<double> RebuildSeconds, int Files, int FilesTouched);

    public static Result Run(string dataFolder, int meetings, int repeats)
    {
        var output = Directory.CreateTempSubdirectory("reportgen-rebuild-out-").FullName;
        string[] Build() => ["build", "--data", dataFolder, "--templates", Repo.Templates, "--out", output];
        try
        {
            var first = ChildProcess.RunCli(Build()).Milliseconds / 1000;
            var times = new List<double>();
            var files = 0;
            var touched = 0;
            for (var r = 0; r < repeats; r++)
            {
                var before = Snapshot(output);
                times.Add(ChildProcess.RunCli(Build()).Milliseconds / 1000);
                var after = Snapshot(output);
                files = after.Count;
                touched = after.Count(f => !before.TryGetValue(f.Key, out var time) || time != f.Value);
            }
            return new Result(meetings, first, times, files, touched);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, DateTime> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
}
