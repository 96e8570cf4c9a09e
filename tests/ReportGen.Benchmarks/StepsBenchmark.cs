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
        var fontFiles = new Dictionary<string, byte[]>(StringComparer.Ordinal);

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
                Time("  of which fonts: A4 copy's faces subset, compressed (when new to the process)", () => SubsetFonts(pages, fontFiles));
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

    /// <summary>
    /// What the PDF writer pays for the fonts of a meeting: each face of the A4 copy subset to the glyphs used and the
    /// subset compressed as the writer compresses it, from the font file read once per process (the writer keeps each
    /// face's file). The print copy pays nothing: its faces draw the same glyphs and the writer finds the A4 copy's subsets
    /// (every print copy of the seeds, the 8 corpus meetings and a 10-meeting province, counted; docs/benchmarks.md), and
    /// an A4 copy whose glyphs match a recent meeting's finds those too (76 subsets made for the 100 meetings' 400 A4 faces
    /// of a generated province; in this benchmark's warm passes the writer makes none). So this is what a meeting whose
    /// glyph sets are all new costs the writer, an upper bound. This row used to read every font file again for both
    /// copies and so overstated it.
    /// </summary>
    private static long SubsetFonts(IReadOnlyList<Page> pages, Dictionary<string, byte[]> fontFiles)
    {
        long bytes = 0;
        foreach (var face in pages.SelectMany(p => p.Items).OfType<GlyphRun>().GroupBy(r => r.Face))
        {
            if (!fontFiles.TryGetValue(face.Key.FilePath, out var file))
            {
                fontFiles[face.Key.FilePath] = file = File.ReadAllBytes(face.Key.FilePath);
            }
            var subset = TrueTypeSubsetter.Subset(file, face.Key.FaceIndex, face.SelectMany(r => r.Glyphs).ToHashSet());
            if (subset is null)
            {
                continue;
            }
            using var compressed = new MemoryStream(subset.Length / 2 + 64);
            using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(subset);
            }
            bytes += compressed.Length;
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
