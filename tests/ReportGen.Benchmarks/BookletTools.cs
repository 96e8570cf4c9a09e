using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// What the benchmarks that lay out booklets set up as the build does, once: the repository's templates and theme,
/// the theme's fonts with one shaper, the A4 reading copy's composer and the A5 print copy; and the fixed metadata
/// their PDFs carry, so that two runs write the same bytes.
/// </summary>
public sealed class BookletTools : IDisposable
{
    public static readonly PdfMetadata Metadata = new("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));

    public BookletTools()
    {
        Templates = TemplateRenderer.Load(Repo.Templates);
        Theme = BookletTheme.Load(Path.Combine(Repo.Templates, "theme.yaml"));
        Fonts = FontLibrary.Load(Theme.Fonts.Stack, []);
        Shaper = new TextShaper(Fonts);
        Composer = new BookletComposer(Shaper, Theme);
        PrintCopy = PrintCopy.Create(Shaper, Repo.Templates, Theme);
    }

    public TemplateRenderer Templates { get; }
    public BookletTheme Theme { get; }
    public FontLibrary Fonts { get; }
    public TextShaper Shaper { get; }
    public BookletComposer Composer { get; }
    public PrintCopy PrintCopy { get; }

    public void Dispose() => Fonts.Dispose();
}
