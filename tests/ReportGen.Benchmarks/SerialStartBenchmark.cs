using System.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// What a build does before a meeting's copies can start: the data folder checked
/// (<see cref="DataLoader.CheckDirectory(string, Core.Wording.ToneMarkStyle)"/>, its files and sheets on all cores as the
/// build checks them) and each meeting's documents rendered (<see cref="TemplateRenderer.Documents"/>, one meeting after
/// the other: for the one thick meeting this is meant for, as the build does it). Everything after waits for both, so
/// for a thick meeting this is where the second core may idle. Warm, after two passes; the wall clock of each step and
/// the process's processor time over it (CPU ÷ wall: how much of the step the second core took), least and median of
/// the passes (a busy host only ever makes a pass slower).
/// </summary>
public static class SerialStartBenchmark
{
    public static void Run(string dataFolder, int passes)
    {
        var templates = TemplateRenderer.Load(Repo.Templates);
        string[] steps = ["data checked (sheets read)", "documents rendered"];
        var wall = steps.Select(_ => new List<double>()).ToArray();
        var cpu = steps.Select(_ => new List<double>()).ToArray();
        var meetings = 0;
        for (var pass = -2; pass < passes; pass++)
        {
            var data = Time(0, () => DataLoader.CheckDirectory(dataFolder).Data ?? throw new InvalidOperationException($"{dataFolder}: the data has errors"));
            meetings = data.Meetings.Count;
            Time(1, () => data.Meetings.Sum(m => templates.Documents(m).Count));

            T Time<T>(int step, Func<T> work)
            {
                var processCpu = ProcessCpu();
                var clock = Stopwatch.StartNew();
                var result = work();
                if (pass >= 0)
                {
                    wall[step].Add(clock.Elapsed.TotalMilliseconds);
                    cpu[step].Add((ProcessCpu() - processCpu).TotalMilliseconds);
                }
                return result;
            }
        }
        Console.WriteLine($"{dataFolder}: {meetings} meeting(s), {passes} passes after two to warm up, {Environment.ProcessorCount} cores");
        var table = new ConsoleTable("step", "wall ms least", "wall ms median", "CPU ms median", "CPU ÷ wall (median)");
        for (var step = 0; step < steps.Length; step++)
        {
            var w = wall[step].Order().ToList();
            var c = cpu[step].Order().ToList();
            table.Add(steps[step], $"{w[0]:F0}", $"{w[w.Count / 2]:F0}", $"{c[c.Count / 2]:F0}", $"{c[c.Count / 2] / w[w.Count / 2]:F2}");
        }
        table.Print(Console.Out);
    }

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
