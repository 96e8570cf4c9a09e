using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// Where a meeting's build time goes: the steps SiteBuilder.BuildMeeting runs, repeated here one at a time
/// with the same public pieces, over the province's meetings (warm, one thread). Not a copy to keep in step
/// with SiteBuilder: when it changes, this only has to name the same steps.
/// </summary>
public static class StepsBenchmark
{
    /// <param name="KiBPerMeeting">Bytes allocated by the step on its thread (the collector's work comes from these).</param>
    /// <param name="CpuMsPerMeeting">Processor time of the step's thread (<see cref="ThreadClock.ThreadMs"/>), which the other processes of a shared machine do not inflate.</param>
    public sealed record Step(string Name, double MsPerMeeting, double KiBPerMeeting, double CpuMsPerMeeting);

    /// <param name="textOnly">Only the text outputs (documents, search part, article, Word files, web page): no layout, no PDF.</param>
    /// <param name="sampled">The steps whose name contains this are watched by <paramref name="sampler"/> (the types they allocate).</param>
    public static IReadOnlyList<Step> Run(string dataFolder, int passes, bool textOnly = false, AllocationSampler? sampler = null, string? sampled = null)
    {
        var data = DataLoader.LoadDirectory(dataFolder);
        using var tools = new BookletTools();
        var (templates, theme, composer, printCopy) = (tools.Templates, tools.Theme, tools.Composer, tools.PrintCopy);
        var metadata = BookletTools.Metadata;

        var totals = new Dictionary<string, double>();
        var allocated = new Dictionary<string, double>();
        var cpu = new Dictionary<string, double>();
        var clock = new Stopwatch();
        T Time<T>(string step, Func<T> work)
        {
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = ThreadClock.ThreadMs();
            var watched = sampler is not null && sampled is not null && step.Contains(sampled, StringComparison.Ordinal);
            if (watched)
            {
                sampler!.Start();
            }
            clock.Restart();
            var result = work();
            if (watched)
            {
                sampler!.Stop();
            }
            totals[step] = totals.GetValueOrDefault(step) + clock.Elapsed.TotalMilliseconds;
            cpu[step] = cpu.GetValueOrDefault(step) + ThreadClock.ThreadMs() - cpuBefore;
            allocated[step] = allocated.GetValueOrDefault(step) + (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / 1024.0;
            return result;
        }
        var docx = WordFiles.SettingsOf(theme);

        // The first pass warms the JIT and the caches and is not counted.
        for (var pass = 0; pass <= passes; pass++)
        {
            if (pass == 1)
            {
                totals.Clear();
                allocated.Clear();
                cpu.Clear();
            }
            foreach (var meeting in data.Meetings)
            {
                // The booklet's documents as the data lists them (agenda, report, decision, contribution, delegates).
                var documents = Time("templates: the booklet's documents (Markdown)", () => templates.Documents(meeting));
                // Each text's syntax tree, parsed once and shared by the search part, the Word files and both copies
                // (in a build the first of them to ask parses it).
                Time("Markdown: each document's texts parsed once (shared trees)", () => ParseTrees(documents));
                Time("templates: article (Markdown)", () => templates.MeetingArticle(meeting, documents));
                Time("search: the meeting's part of the index", () => templates.SearchPageOf(meeting, documents));
                Time("Word files (one per document)", () =>
                {
                    var properties = new ReportGen.Docx.DocxProperties("t", "a", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));
                    long bytes = 0;
                    foreach (var document in documents)
                    {
                        using var stream = new MemoryStream();
                        ReportGen.Docx.DocxWriter.Write(document, stream, docx, properties);
                        bytes += stream.Length;
                    }
                    return bytes;
                });
                string? ChartSvgFor(string name) => ChartFactory.Create(meeting, name) is { } chart
                    ? Time("web: charts as SVG (narrow and wide variants)", () => ChartSvg.ForWebPage(chart, composer.ChartLayout, "rg-chart-1"))
                    : null;
                Time("web: Markdown to HTML, page template", () => templates.MeetingPage(meeting, documents,
                    (markdown, tree, anchors) => MarkdownRenderer.ToHtml(markdown, tree, ChartSvgFor, headingShift: 1, anchors: anchors)));
                if (textOnly)
                {
                    continue;
                }
                var pages = Time("A4 booklet: layout (composer, 1 pass)", () => composer.Compose(meeting, documents));
                Time("A4 booklet: PDF (our writer)", () =>
                {
                    using var stream = new MemoryStream();
                    PdfWriter.Write(pages, stream, metadata);
                    return stream.ToArray();
                });
                // Shares of the line above, estimated by running the same pieces again on their own.
                Time("  of which font subsetting (TrueTypeSubsetter, every face, every booklet)", () => SubsetFonts(pages));
                Time("  of which an empty one-page PDF/A document (fixed cost)", () => EmptyPdf(metadata));
                var a5 = Time("A5 print copy: layout (composer, 1 pass)", () => printCopy.Compose(meeting, documents));
                Time("A5 print copy: imposition and PDF", () =>
                {
                    using var stream = new MemoryStream();
                    PrintSheetWriter.Write(a5, stream, metadata);
                    return stream.Length;
                });
            }
        }
        // The web charts' time is inside the page template step too: report it apart, not twice.
        const string Charts = "web: charts as SVG (narrow and wide variants)", Page = "web: Markdown to HTML, page template";
        totals[Page] -= totals.GetValueOrDefault(Charts);
        allocated[Page] -= allocated.GetValueOrDefault(Charts);
        cpu[Page] -= cpu.GetValueOrDefault(Charts);
        var meetings = data.Meetings.Count * passes;
        return [.. totals.Select(t => new Step(t.Key, t.Value / meetings, allocated[t.Key] / meetings, cpu[t.Key] / meetings))];
    }

    private static int ParseTrees(IReadOnlyList<ReportGen.Templating.Documents.RenderedDocument> documents)
    {
        var blocks = 0;
        foreach (var document in documents)
        {
            blocks += document.MarkdownTree().Count + document.AnnexTree().Count + document.AppendixTree().Count;
        }
        return blocks;
    }

    /// <summary>What the PDF writer does for each face: the glyphs used, then a subset font.</summary>
    private static int SubsetFonts(IReadOnlyList<Page> pages)
    {
        var bytes = 0;
        foreach (var face in pages.SelectMany(p => p.Items).OfType<GlyphRun>().GroupBy(r => r.Face))
        {
            bytes += TrueTypeSubsetter.Subset(File.ReadAllBytes(face.Key.FilePath), face.Key.FaceIndex, face.SelectMany(r => r.Glyphs).ToHashSet())?.Length ?? 0;
        }
        return bytes;
    }

    /// <summary>A PDF/A document with one blank page: the cost of a document, whatever it holds.</summary>
    private static long EmptyPdf(PdfMetadata metadata)
    {
        using var output = new MemoryStream();
        PdfWriter.Write([new Page(new ReportGen.Layout.Size(595, 842), 1)], output, metadata);
        return output.Length;
    }
}
