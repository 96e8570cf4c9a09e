using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// The first benchmark: lays out and writes the seed booklets (A4 reading copy) over and over in one process,
/// and reports pages per second on one thread and on all cores, layout alone, and allocations per page.
/// </summary>
public static class SingleBookletBenchmark
{
    public static void Run(double seconds)
    {
        var cold = Stopwatch.StartNew();
        var data = DataLoader.LoadDirectory(Path.Combine(Repo.Root, "seeds"));
        var templates = TemplateRenderer.Load(Repo.Templates);
        var theme = BookletTheme.Load(Path.Combine(Repo.Templates, "theme.yaml"));
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var shaper = new TextShaper(fonts);
        var composer = new BookletComposer(shaper, theme);
        var inputs = data.Meetings.Select(m => (Meeting: m, Documents: templates.Documents(m))).ToList();

        int Booklet((ReportGen.Core.Model.Meeting Meeting, IReadOnlyList<ReportGen.Templating.Documents.RenderedDocument> Documents) input)
        {
            var pages = composer.Compose(input.Meeting, input.Documents);
            using var pdf = new MemoryStream();
            PdfWriter.Write(pages, pdf, BookletTools.Metadata);
            return pages.Count;
        }

        Booklet(inputs[0]);
        Console.WriteLine($"first booklet from a cold start (load, templates, fonts, JIT): {cold.Elapsed.TotalMilliseconds:0} ms");

        // Warm up, then measure on one thread.
        for (var i = 0; i < 20; i++) Booklet(inputs[i % inputs.Count]);
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int booklets = 0, pages = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            pages += Booklet(inputs[booklets % inputs.Count]);
            booklets++;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"one thread: {booklets} booklets, {pages} pages in {elapsed:0.0} s = {pages / elapsed:0} pages/s, " +
                          $"{booklets / elapsed:0.0} booklets/s, {allocated / (double)pages / 1024:0} KiB allocated per page");

        // All cores: booklets built in parallel sharing fonts and the shaped-word cache.
        clock.Restart();
        var parallelPages = 0;
        var parallelBooklets = 0;
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            var composerForThread = new BookletComposer(shaper, theme);
            var n = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var input = inputs[n++ % inputs.Count];
                var laid = composerForThread.Compose(input.Meeting, input.Documents);
                using var pdf = new MemoryStream();
                PdfWriter.Write(laid, pdf, BookletTools.Metadata);
                Interlocked.Add(ref parallelPages, laid.Count);
                Interlocked.Increment(ref parallelBooklets);
            }
        });
        elapsed = clock.Elapsed.TotalSeconds;
        // Where the time goes: layout alone, then layout and PDF.
        clock.Restart();
        var layoutPages = 0;
        var layoutRuns = 0;
        var layoutAllocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        while (clock.Elapsed.TotalSeconds < seconds / 2)
        {
            var input = inputs[layoutRuns++ % inputs.Count];
            layoutPages += composer.Compose(input.Meeting, input.Documents).Count;
        }
        var layoutAllocated = GC.GetAllocatedBytesForCurrentThread() - layoutAllocatedBefore;
        Console.WriteLine($"layout only: {layoutPages / clock.Elapsed.TotalSeconds:0} pages/s, {layoutAllocated / (double)layoutPages / 1024:0} KiB allocated per page (one pass)");

        Console.WriteLine($"{Environment.ProcessorCount} threads: {parallelBooklets} booklets, {parallelPages} pages in {elapsed:0.0} s = {parallelPages / elapsed:0} pages/s");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
    }
}
