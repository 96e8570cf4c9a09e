using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// The two layouts of each meeting alone (the A4 reading copy, then the A5 print copy, as the build runs them),
/// warm, on one thread: processor time and bytes allocated per meeting, to measure and profile the composer
/// without the other steps of <c>province … steps</c>. The documents are rendered once, before the clock.
/// </summary>
public static class BookletLayoutBenchmark
{
    private static readonly PdfMetadata Metadata = BookletTools.Metadata;

    /// <param name="sample">Print the types the layouts allocate most (allocation samples).</param>
    /// <param name="pdfFolder">When given, each meeting's two PDFs are written there once, to compare the bytes of two builds.</param>
    public static void Run(string dataFolder, int passes, bool sample, string? pdfFolder)
    {
        var data = DataLoader.LoadDirectory(dataFolder);
        using var tools = new BookletTools();
        var (templates, theme, composer, printCopy) = (tools.Templates, tools.Theme, tools.Composer, tools.PrintCopy);
        var inputs = data.Meetings.Select(m => (Meeting: m, Documents: templates.Documents(m))).ToList();

        if (pdfFolder is not null)
        {
            Directory.CreateDirectory(pdfFolder);
            foreach (var (meeting, documents) in inputs)
            {
                using (var a4 = File.Create(Path.Combine(pdfFolder, meeting.Id + ".pdf")))
                {
                    PdfWriter.Write(composer.Compose(meeting, documents), a4, Metadata);
                }
                using var a5 = File.Create(Path.Combine(pdfFolder, meeting.Id + "-print.pdf"));
                PrintSheetWriter.Write(printCopy.Compose(meeting, documents), a5, Metadata);
            }
        }

        using var sampler = sample ? new AllocationSampler() : null;
        double a4Ms = 0, a5Ms = 0, a4KiB = 0, a5KiB = 0;
        var pages = 0;
        var processBefore = 0.0;
        var gen0 = 0;
        // The first pass warms the JIT and the caches and is not counted.
        for (var pass = 0; pass <= passes; pass++)
        {
            if (pass == 1)
            {
                processBefore = ThreadClock.ProcessMs();
                gen0 = GC.CollectionCount(0);
                sampler?.Start();
            }
            foreach (var (meeting, documents) in inputs)
            {
                var (cpu, bytes) = (ThreadClock.ThreadMs(), GC.GetAllocatedBytesForCurrentThread());
                var a4 = composer.Compose(meeting, documents);
                var (cpu2, bytes2) = (ThreadClock.ThreadMs(), GC.GetAllocatedBytesForCurrentThread());
                printCopy.Compose(meeting, documents);
                if (pass == 0)
                {
                    continue;
                }
                a4Ms += cpu2 - cpu;
                a4KiB += (bytes2 - bytes) / 1024.0;
                a5Ms += ThreadClock.ThreadMs() - cpu2;
                a5KiB += (GC.GetAllocatedBytesForCurrentThread() - bytes2) / 1024.0;
                pages += a4.Count;
            }
        }
        sampler?.Stop();
        var count = (double)inputs.Count * passes;
        Console.WriteLine($"{inputs.Count} meetings x {passes} passes, {pages / count:0.0} A4 pages a meeting");
        Console.WriteLine($"A4 layout: thread CPU {a4Ms / count:0.00} ms, {a4KiB / count:0} KiB allocated per meeting");
        Console.WriteLine($"A5 layout: thread CPU {a5Ms / count:0.00} ms, {a5KiB / count:0} KiB allocated per meeting");
        Console.WriteLine($"both: thread CPU {(a4Ms + a5Ms) / count:0.00} ms, {(a4KiB + a5KiB) / count:0} KiB; process CPU (collector included) " +
            $"{(ThreadClock.ProcessMs() - processBefore) / count:0.00} ms per meeting, gen0 collections per meeting {(GC.CollectionCount(0) - gen0) / count:0.00}");
        sampler?.Print(Console.Out, 30);
    }
}
