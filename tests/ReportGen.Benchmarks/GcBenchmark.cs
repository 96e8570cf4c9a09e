using System.Diagnostics;
using System.Globalization;
using ReportGen.Build;

namespace ReportGen.Benchmarks;

/// <summary>
/// What the collector costs a whole build: <see cref="SiteBuilder"/> run in this process on a data folder, into a
/// fresh output folder each pass, with the runtime's own counts around it — collections by generation, bytes promoted
/// by each generation's collections (what survived and was copied or kept), bytes allocated, the total time every
/// thread stood still for the collector (<see cref="GC.GetTotalPauseDuration"/>: its share of the wall clock), and what
/// is still reachable once the build has returned (static caches). These counts do not depend on the machine's load,
/// so two codes can be compared by them where the wall clock cannot tell them apart.
/// With <c>sample</c>, the types allocated most over the passes (allocation samples, one per ~100 KB).
/// </summary>
public static class GcBenchmark
{
    public static void Run(string dataFolder, int passes, bool sample)
    {
        using var gc = new GcWatcher();
        using var sampler = sample ? new AllocationSampler() : null;
        var output = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"reportgen-gc-{Environment.ProcessId}");
        string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine($"gc: {dataFolder}, {passes} passes, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} collector, " +
            $"concurrent {(System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch ? "on" : "off")}");
        Console.WriteLine("pass | wall ms | process CPU ms | gen0/gen1/gen2 | MB promoted (gen0+gen1+gen2 collections) | MB allocated | pauses ms | MB live after | peak working set MB");
        for (var pass = 1; pass <= passes; pass++)
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var counts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var paused = GC.GetTotalPauseDuration();
            var before = gc.Read();
            gc.Start();
            if (sample)
            {
                sampler!.Start();
            }
            var clock = Stopwatch.StartNew();
            SiteBuilder.Run(new BuildOptions(dataFolder, Repo.Templates, output) { Force = true });
            clock.Stop();
            sampler?.Stop();
            gc.Stop();
            process.Refresh();
            var after = gc.Read();
            var gen = (GC.CollectionCount(0) - counts.Item1, GC.CollectionCount(1) - counts.Item2, GC.CollectionCount(2) - counts.Item3);
            var promoted0 = (after.PromotedFromGen0 - before.PromotedFromGen0) / 1048576.0;
            var promoted1 = (after.PromotedFromGen1 - before.PromotedFromGen1) / 1048576.0;
            var promoted2 = (after.PromotedInGen2 - before.PromotedInGen2) / 1048576.0;
            var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            var pauseMs = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
            var live = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
            // gen0/1/2 counted as the runtime counts them: a gen1 collection also counts as a gen0 one.
            Console.WriteLine($"{pass} | {clock.ElapsedMilliseconds} | {F((process.TotalProcessorTime - cpu).TotalMilliseconds)} | {gen.Item1}/{gen.Item2}/{gen.Item3} | " +
                $"{F(promoted0 + promoted1 + promoted2)} ({F(promoted0)}+{F(promoted1)}+{F(promoted2)}) | {F(allocatedMb)} | {F(pauseMs)} | {F(live)} | {F(process.PeakWorkingSet64 / 1048576.0)}");
        }
        sampler?.Print(Console.Out, 40);
        Directory.Delete(output, recursive: true);
    }
}
