namespace ReportGen.Benchmarks;

/// <summary>
/// Peak resident memory of 'reportgen build' for provinces of growing size, each in a new process. Flat
/// means the build keeps per-meeting work and lets it go; a rise per meeting means something is held.
/// </summary>
public static class MemoryBenchmark
{
    public sealed record Row(int Meetings, IReadOnlyList<double> PeakMiB, IReadOnlyList<double> Seconds);

    public static IReadOnlyList<Row> Run(IEnumerable<int> sizes, int repeats)
    {
        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            var data = ProvinceGenerator.Write(size);
            var peaks = new List<double>();
            var seconds = new List<double>();
            for (var r = 0; r < repeats; r++)
            {
                var output = Directory.CreateTempSubdirectory("reportgen-memory-out-").FullName;
                var result = ChildProcess.RunCli("build", "--data", data, "--templates", Repo.Templates, "--out", output);
                peaks.Add(result.PeakKiB / 1024.0);
                seconds.Add(result.Milliseconds / 1000);
                Directory.Delete(output, recursive: true);
            }
            Directory.Delete(data, recursive: true);
            rows.Add(new Row(size, peaks, seconds));
            Console.Error.WriteLine($"  memory: {size} meetings done");
        }
        return rows;
    }
}
