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
/// The A4 reading copy's two steps, as SiteBuilder runs them, callable one at a time: templates, then the
/// composer (layout, one pass), then the PDF writer (Skia, then PDFsharp's finishing).
/// </summary>
public sealed class Booklets : IDisposable
{
    private static readonly PdfMetadata Metadata = new("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));

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

    public void Dispose() => _fonts.Dispose();
}
