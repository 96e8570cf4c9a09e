using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;

// Lays out and writes the seed booklets over and over, and reports pages per second and allocations.
// Run: dotnet run -c Release --project tests/ReportGen.Benchmarks [-- <seconds>]
var root = FindRoot();
var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;

var cold = Stopwatch.StartNew();
var data = DataLoader.LoadDirectory(Path.Combine(root, "seeds"));
var templates = TemplateRenderer.Load(Path.Combine(root, "templates"));
var theme = BookletTheme.Load(Path.Combine(root, "templates", "theme.yaml"));
using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
var shaper = new TextShaper(fonts);
var composer = new BookletComposer(shaper, theme);
var inputs = data.Meetings.Select(m => (Meeting: m, Agenda: templates.Agenda(m), Report: templates.Report(m))).ToList();

int Booklet((ReportGen.Core.Model.Meeting Meeting, string Agenda, string Report) input)
{
    var pages = composer.Compose(input.Meeting, input.Agenda, input.Report);
    using var pdf = new MemoryStream();
    PdfWriter.Write(pages, pdf, new PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
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
        var laid = composerForThread.Compose(input.Meeting, input.Agenda, input.Report);
        using var pdf = new MemoryStream();
        PdfWriter.Write(laid, pdf, new PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
        Interlocked.Add(ref parallelPages, laid.Count);
        Interlocked.Increment(ref parallelBooklets);
    }
});
elapsed = clock.Elapsed.TotalSeconds;
// Where the time goes: layout alone, then layout and PDF.
clock.Restart();
var layoutPages = 0;
var layoutRuns = 0;
while (clock.Elapsed.TotalSeconds < seconds / 2)
{
    var input = inputs[layoutRuns++ % inputs.Count];
    layoutPages += composer.Compose(input.Meeting, input.Agenda, input.Report).Count;
}
Console.WriteLine($"layout only: {layoutPages / clock.Elapsed.TotalSeconds:0} pages/s");

Console.WriteLine($"{Environment.ProcessorCount} threads: {parallelBooklets} booklets, {parallelPages} pages in {elapsed:0.0} s = {parallelPages / elapsed:0} pages/s");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportGen.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found");
}
