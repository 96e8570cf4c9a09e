using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Benchmarks;

/// <summary>
/// Checking and loading the data files (what <c>reportgen check</c> does per file: validation, deserializing, the
/// meaning checks, normalising), warm and on one thread: processor time and bytes allocated per file. The folder's
/// files are checked one after the other, not in parallel, so the thread's clock and allocation counter see all of it.
/// </summary>
public static class DataCheckBenchmark
{
    /// <param name="sample">Also list the types allocated most (allocation samples).</param>
    public static void Run(string dataFolder, int passes, bool sample)
    {
        var files = DataLoader.DataFiles(dataFolder);
        // Warm-up passes: the JIT's tiers, the reflection caches.
        var errors = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            errors = files.Sum(f => DataLoader.CheckFile(f).Diagnostics.Count(d => d.Severity == Severity.Error));
        }
        Console.WriteLine($"{files.Count} files from {dataFolder} ({errors} errors), {passes} passes after three to warm up");
        using var sampler = sample ? new AllocationSampler() : null;
        sampler?.Start();
        var times = new List<double>();
        var allocated = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            var cpu = ThreadClock.ThreadMs();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            foreach (var file in files)
            {
                DataLoader.CheckFile(file);
            }
            times.Add((ThreadClock.ThreadMs() - cpu) / files.Count);
            allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / files.Count);
        }
        sampler?.Stop();
        times.Sort();
        allocated.Sort();
        Console.WriteLine($"per file: CPU {times[0]:F2} ms best, {times[times.Count / 2]:F2} median; " +
            $"allocated {allocated[0]:F0} KiB least, {allocated[allocated.Count / 2]:F0} median");
        sampler?.Print(Console.Out, 25);
    }
}
