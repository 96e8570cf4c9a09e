using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Templating;
using ReportGen.Templating.Documents;

namespace ReportGen.Benchmarks;

/// <summary>
/// What a Word file costs (issue 19): the meetings of a data folder (the seeds unless named) rendered once, then
/// every document written as a .docx (DocxWriter.Write, as the build's WordFiles does) again and again on this one
/// thread. Reported: the first file's time in the process (JIT and the SDK's start-up), then per file and per
/// meeting the time and the bytes allocated (GC.GetAllocatedBytesForCurrentThread), the fastest and median round's
/// thread CPU per file, and the bytes written.
/// </summary>
public static class WordFilesBenchmark
{
    public static void Run(string dataFolder, int rounds)
    {
        var data = DataLoader.LoadDirectory(dataFolder);
        var templates = TemplateRenderer.Load(Repo.Templates);
        var settings = ReportGen.Build.WordFiles.SettingsOf(BookletTheme.Load(Path.Combine(Repo.Templates, "theme.yaml")));
        var meetings = data.Meetings.Select(m => (Created: m.Info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Documents: templates.Documents(m))).ToList();
        var files = meetings.Sum(m => m.Documents.Count);

        // One output stream for all, so the bytes allocated are the writer's own.
        var output = new MemoryStream();
        long WriteAll()
        {
            long bytes = 0;
            foreach (var (created, documents) in meetings)
            {
                foreach (var document in documents)
                {
                    output.SetLength(0);
                    DocxWriter.Write(document, output, settings, new DocxProperties(document.Id, "Benchmark", created));
                    bytes += output.Length;
                }
            }
            return bytes;
        }

        var first = Stopwatch.StartNew();
        var (createdFirst, documentsFirst) = meetings[0];
        DocxWriter.Write(documentsFirst[0], new MemoryStream(), settings, new DocxProperties("t", "a", createdFirst));
        var firstMs = first.Elapsed.TotalMilliseconds;
        var written = WriteAll();

        // REPORTGEN_ALLOCATIONS=1: which types the writer allocates most (sampled; it costs time, so off by default).
        using var sampler = Environment.GetEnvironmentVariable("REPORTGEN_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        sampler?.Start();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var threadBefore = ThreadClock.ThreadMs();
        var clock = Stopwatch.StartNew();
        // Each round's thread CPU too: on a shared machine the fastest and the median round are steadier than the mean.
        var roundMs = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var roundStart = ThreadClock.ThreadMs();
            WriteAll();
            roundMs.Add(ThreadClock.ThreadMs() - roundStart);
        }
        var wallMs = clock.Elapsed.TotalMilliseconds;
        var threadMs = ThreadClock.ThreadMs() - threadBefore;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        sampler?.Stop();
        sampler?.Print(Console.Out, 25);
        var perFile = (double)rounds * files;
        Console.WriteLine($"Word files: {meetings.Count} meetings, {files} files, {written / (double)files / 1024:0.0} KiB per file; {rounds} rounds after one warm-up");
        Console.WriteLine($"  first file in the process: {firstMs:0} ms");
        Console.WriteLine($"  per file: {wallMs / perFile:0.000} ms wall, {cpuMs / perFile:0.000} ms CPU (all threads, GC included), {threadMs / perFile:0.000} ms this thread's CPU, {allocated / perFile / 1024:0.0} KiB allocated");
        roundMs.Sort();
        Console.WriteLine($"  per file, this thread's CPU by round: fastest {roundMs[0] / files:0.000} ms, median {roundMs[rounds / 2] / files:0.000} ms");
        Console.WriteLine($"  per meeting: {wallMs / rounds / meetings.Count:0.00} ms wall, {allocated / (double)rounds / meetings.Count / 1024 / 1024:0.00} MiB allocated");
    }
}
