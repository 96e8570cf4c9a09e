using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Layout;
using ReportGen.Layout.Output;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// The PDF writer alone, as the build uses it: the meetings of a data folder laid out once (A4 reading copy and A5
/// print copy), then written in rounds, each meeting's A4 copy then its A5 print copy (imposition and PDF), so the
/// shared font subsets behave as in a build when the meetings' faces outnumber what is kept (20 meetings or more: the
/// A4 copy subsets its fonts, the print copy finds them). Per laid-out page: this thread's processor time (less noisy
/// than the clock or the process's time on a shared machine) and bytes allocated. With an output folder, one writing
/// of every file is kept there, to compare two builds of the writer byte for byte.
/// </summary>
public static class PdfWritingBenchmark
{
    private static readonly PdfMetadata Metadata = BookletTools.Metadata;

    public static void Run(string dataFolder, int rounds, string? outputFolder)
    {
        var data = DataLoader.LoadDirectory(dataFolder);
        using var tools = new BookletTools();
        var (templates, theme, composer, print) = (tools.Templates, tools.Theme, tools.Composer, tools.PrintCopy);
        var shift = Units.Mm(print.Theme.MarginsMm.Left - print.Theme.MarginsMm.Right);
        var meetings = data.Meetings.Select(m =>
        {
            var documents = templates.Documents(m);
            return (m.Id, A4: composer.Compose(m, documents), A5: print.Compose(m, documents));
        }).ToList();
        var a4Pages = meetings.Sum(m => m.A4.Count);
        var a5Pages = meetings.Sum(m => m.A5.Count);

        // One output stream for every writing, so that its growth is not counted as the writer's allocations.
        using var pdf = new MemoryStream(1024 * 1024);
        var a4 = new Totals();
        var a5 = new Totals();
        void Round(bool keep)
        {
            foreach (var (id, a4Booklet, a5Booklet) in meetings)
            {
                pdf.SetLength(0);
                a4.Measure(() => PdfWriter.Write(a4Booklet, pdf, Metadata));
                a4.Bytes += pdf.Length;
                Keep(id, "booklet.pdf");
                pdf.SetLength(0);
                a5.Measure(() => PrintSheetWriter.Write(a5Booklet, pdf, Metadata, shift));
                a5.Bytes += pdf.Length;
                Keep(id, "booklet-print.pdf");
            }
            void Keep(string id, string name)
            {
                if (keep && outputFolder is not null)
                {
                    Directory.CreateDirectory(Path.Combine(outputFolder, id));
                    File.WriteAllBytes(Path.Combine(outputFolder, id, name), pdf.ToArray());
                }
            }
        }
        // Two rounds to warm the JIT's tiers (not counted), then the rounds measured.
        Round(keep: true);
        Round(keep: false);
        a4.Reset();
        a5.Reset();
        // REPORTGEN_ALLOCATIONS=1: which types the writer allocates most (sampled; it costs time, so off by default).
        using var sampler = Environment.GetEnvironmentVariable("REPORTGEN_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        sampler?.Start();
        for (var round = 0; round < rounds; round++)
        {
            Round(keep: false);
        }
        sampler?.Stop();
        sampler?.Print(Console.Out, 25);
        Console.WriteLine($"{meetings.Count} meetings, {rounds} rounds; per laid-out page (thread processor time, allocated, bytes written):");
        Console.WriteLine($"  A4 reading copy ({a4Pages} pages): {a4.ThreadMs / rounds / a4Pages:0.0000} ms, {a4.Allocated / 1024.0 / rounds / a4Pages:0.0} KiB, {a4.Bytes / rounds / a4Pages} B");
        Console.WriteLine($"  A5 print copy ({a5Pages} pages): {a5.ThreadMs / rounds / a5Pages:0.0000} ms, {a5.Allocated / 1024.0 / rounds / a5Pages:0.0} KiB, {a5.Bytes / rounds / a5Pages} B");
        Console.WriteLine($"  per meeting: A4 {a4.ThreadMs / rounds / meetings.Count:0.000} ms, A5 {a5.ThreadMs / rounds / meetings.Count:0.000} ms");
    }

    private sealed class Totals
    {
        public double ThreadMs;
        public long Allocated;
        public long Bytes;

        public void Reset() => (ThreadMs, Allocated, Bytes) = (0, 0, 0);

        public void Measure(Action write)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.ThreadMs();
            write();
            ThreadMs += ThreadClock.ThreadMs() - cpu;
            Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
    }
}
