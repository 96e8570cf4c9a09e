using ReportGen.Booklet;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;
using ReportGen.Templating.Documents;

namespace ReportGen.Benchmarks;

/// <summary>
/// The A4 reading copy's steps: templates, then the composer (layout, one pass) and the PDF writer, either one after the
/// other (<see cref="Compose"/>, <see cref="Write"/>: every page held until written) or at once as SiteBuilder runs them
/// (<see cref="Stream"/>: each page written as soon as it is laid out).
/// </summary>
public sealed class Booklets : IDisposable
{
    private static readonly PdfMetadata Metadata = BookletTools.Metadata;

    private readonly FontLibrary _fonts;
    private readonly BookletComposer _composer;
    private readonly TemplateRenderer _templates;

    public Booklets()
    {
        _templates = TemplateRenderer.Load(Repo.Templates);
        var theme = BookletTheme.Load(Path.Combine(Repo.Templates, "theme.yaml"));
        _fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        _composer = new BookletComposer(new TextShaper(_fonts), theme);
    }

    public sealed record Input(Meeting Meeting, IReadOnlyList<RenderedDocument> Documents);

    public Input Render(Meeting meeting) => new(meeting, _templates.Documents(meeting));

    public IReadOnlyList<Page> Compose(Input input) => _composer.Compose(input.Meeting, input.Documents);

    /// <summary>Writes the PDF into memory and returns its size in bytes.</summary>
    public static long Write(IReadOnlyList<Page> pages)
    {
        using var pdf = new MemoryStream();
        PdfWriter.Write(pages, pdf, Metadata);
        return pdf.Length;
    }

    /// <summary>
    /// Lays out and writes at once, as the build does: each page written as soon as it is finished (PdfPageWriter).
    /// Returns the pages (their items gone to the writer) and the file's size in bytes.
    /// </summary>
    public (IReadOnlyList<Page> Pages, long Bytes) Stream(Input input)
    {
        using var pdf = new MemoryStream();
        IReadOnlyList<Page> pages = [];
        PdfWriter.Write(sink => pages = _composer.Compose(input.Meeting, input.Documents, sink: sink), pdf, Metadata);
        return (pages, pdf.Length);
    }

    public void Dispose() => _fonts.Dispose();
}
