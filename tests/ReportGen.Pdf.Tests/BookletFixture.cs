using ReportGen.Booklet;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// What the tests that compose whole booklets set up: the repository's theme and templates, Liberation Serif (the
/// metrics of the official face) and one shaper over it; loaded once per test class, not once per test.
/// </summary>
public sealed class BookletFixture : IDisposable
{
    public BookletFixture() => Shaper = new TextShaper(Fonts);

    public FontLibrary Fonts { get; } = FontLibrary.Load(["Liberation Serif"], []);
    public TextShaper Shaper { get; }
    public BookletTheme Theme { get; } = BookletTheme.Load(ReportGen.Tests.RepositoryRoot.Of("templates", "theme.yaml"));
    public TemplateRenderer Templates { get; } = TemplateRenderer.Load(ReportGen.Tests.RepositoryRoot.Of("templates"));

    public void Dispose() => Fonts.Dispose();
}
