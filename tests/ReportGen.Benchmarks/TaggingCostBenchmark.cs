using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// What tagging costs the PDF writer (issue 18's goal: under 10 % in time and size): the seed booklets laid out
/// once, then written again and again as laid out (tagged), and with every item's structure taken off (untagged).
/// </summary>
public static class TaggingCostBenchmark
{
    private static readonly PdfMetadata Metadata = new("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));

    public static void Run(double seconds)
    {
        var data = DataLoader.LoadDirectory(Path.Combine(Repo.Root, "seeds"));
        var templates = TemplateRenderer.Load(Repo.Templates);
        var theme = BookletTheme.Load(Path.Combine(Repo.Templates, "theme.yaml"));
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var composer = new BookletComposer(new TextShaper(fonts), theme);
        var booklets = data.Meetings.Select(m => composer.Compose(m, templates.Documents(m))).ToList();

        var (taggedMs, taggedBytes) = Measure(booklets, seconds);
        foreach (var item in booklets.SelectMany(pages => pages).SelectMany(page => page.Items))
        {
            item.Structure = null;
        }
        var (untaggedMs, untaggedBytes) = Measure(booklets, seconds);
        Console.WriteLine($"PDF writing per page: tagged {taggedMs:0.000} ms, untagged {untaggedMs:0.000} ms ({taggedMs / untaggedMs - 1:+0.0%;-0.0%}); " +
                          $"bytes: tagged {taggedBytes}, untagged {untaggedBytes} ({taggedBytes / (double)untaggedBytes - 1:+0.0%;-0.0%})");
    }

    /// <returns>Milliseconds per page (after a warm-up) and the bytes of one writing of all booklets.</returns>
    private static (double MsPerPage, long Bytes) Measure(IReadOnlyList<IReadOnlyList<Page>> booklets, double seconds)
    {
        long Write()
        {
            long bytes = 0;
            foreach (var pages in booklets)
            {
                using var pdf = new MemoryStream();
                PdfWriter.Write(pages, pdf, Metadata);
                bytes += pdf.Length;
            }
            return bytes;
        }
        var size = Write();
        for (var i = 0; i < 20; i++) Write();
        var clock = Stopwatch.StartNew();
        var pagesWritten = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            Write();
            pagesWritten += booklets.Sum(b => b.Count);
        }
        return (clock.Elapsed.TotalMilliseconds / pagesWritten, size);
    }
}
