namespace ReportGen.Benchmarks;

/// <summary>
/// One meeting's booklet from a cold start: a new 'dotnet reportgen.dll build' process each time, timed to
/// its exit (runtime start-up, JIT, fonts, templates, the whole build of one meeting, files written).
/// </summary>
public static class ColdStartBenchmark
{
    public static IReadOnlyList<double> Run(int repeats)
    {
        var data = ProvinceGenerator.Write(1);
        var times = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var output = Directory.CreateTempSubdirectory("reportgen-cold-out-").FullName;
            times.Add(ChildProcess.RunCli("build", "--data", data, "--templates", Repo.Templates, "--out", output).Milliseconds);
            Directory.Delete(output, recursive: true);
        }
        Directory.Delete(data, recursive: true);
        return times;
    }
}
