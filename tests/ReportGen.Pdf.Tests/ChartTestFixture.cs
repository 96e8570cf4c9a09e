using Markdig;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.Pdf.Tests;

/// <summary>Real fonts (Liberation Serif, installed by tests/run.sh) and the repository's seeds, loaded once.</summary>
public sealed class ChartTestFixture : IDisposable
{
    private readonly Lazy<DataSet> _data;

    public FontLibrary Fonts { get; } = FontLibrary.Load(["Liberation Serif", "DejaVu Serif"], []);
    public TextShaper Shaper { get; }
    public ParagraphSetter Setter { get; }
    public BookletTheme Theme { get; } = new();
    public string Root { get; } = FindRoot();

    public ChartTestFixture()
    {
        Shaper = new TextShaper(Fonts);
        Setter = new ParagraphSetter(Shaper);
        _data = new(() => DataLoader.LoadDirectory(Path.Combine(Root, "seeds")));
    }

    public Meeting YYen => _data.Value.Meetings.Single(m => m.Id == "y-yen-2021");

    public Meeting XuanTruong => _data.Value.Meetings.Single(m => m.Id == "xuan-truong-2021");

    /// <summary>How the A4 theme lays out charts.</summary>
    public BarChartLayout ChartLayout => new(Setter, Theme.Chart.ToStyle());

    /// <summary>The height of the chart laid out for <paramref name="width"/>.</summary>
    public float ChartHeight(ChartSpec chart, float width) => new ChartBlock(chart, ChartLayout).HeightFor(width);

    /// <summary>An A4 page with the theme's margins.</summary>
    public PageSetup A4 => Theme.ToPageSetup();

    /// <summary>Markdown laid out the booklet's way, charts taken from <paramref name="charts"/>.</summary>
    /// <param name="spaceBefore">Height of an empty block put before the Markdown, to fill part of the first page.</param>
    public IReadOnlyList<Page> Layout(string markdown, Func<string, ChartSpec?>? charts, PageSetup? setup = null, float spaceBefore = 0)
    {
        setup ??= A4;
        var builder = new MarkdownLayoutBuilder(Setter, Theme, setup.ContentSize.Height, "test.md", charts);
        var elements = builder.Build(Markdown.Parse(markdown, MarkdownRenderer.Pipeline));
        if (spaceBefore > 0)
        {
            elements = [new Spacer(spaceBefore), .. elements];
        }
        return Paginator.Paginate(new Column(elements, Theme.Body.ParagraphSpacingPt), setup, Setter);
    }

    public static byte[] ToPdf(IReadOnlyList<Page> pages)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(pages, stream, new PdfMetadata("Biểu đồ", "ReportGen", "thử", "biểu đồ", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
        return stream.ToArray();
    }

    public static string TextOf(Page page) => string.Join(" ", page.Items.OfType<GlyphRun>().Select(r => r.Text));

    private static string FindRoot() => ReportGen.Tests.RepositoryRoot.Path;

    public void Dispose() => Fonts.Dispose();
}
