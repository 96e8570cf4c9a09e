using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>Real fonts, loaded once for all layout tests (Liberation Serif is installed by tests/run.sh).</summary>
public sealed class LayoutFixture : IDisposable
{
    public FontLibrary Fonts { get; } = FontLibrary.Load(["Liberation Serif", "DejaVu Serif"], []);
    public TextShaper Shaper { get; }
    public ParagraphSetter Setter { get; }

    public LayoutFixture()
    {
        Shaper = new TextShaper(Fonts);
        Setter = new ParagraphSetter(Shaper);
    }

    public TextBlock Paragraph(string text, float size = 12, TextAlignment alignment = TextAlignment.Justify, float indent = 0) =>
        new(Setter, [new TextSpan(text, new TextStyle(size))], new ParagraphStyle(alignment, indent, 1.2f));

    /// <summary>A small page with 10 pt margins all round, numbered from page 2.</summary>
    public static PageSetup SmallPage(float width, float height) =>
        new(new Size(width, height), 10, 10, 10, 10) { PageNumberStyle = new TextStyle(8) };

    public IReadOnlyList<Page> Paginate(Element content, PageSetup setup) => Paginator.Paginate(content, setup, Setter);

    public void Dispose() => Fonts.Dispose();
}

public static class PageText
{
    /// <summary>The text of a page's glyph runs, in drawing order, words separated by spaces.</summary>
    public static string Of(Page page) => string.Join(" ", page.Items.OfType<GlyphRun>().Select(r => r.Text));

    public static IEnumerable<GlyphRun> Runs(Page page) => page.Items.OfType<GlyphRun>();
}
