using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.Pdf.Tests;

public sealed class BackCoverTests : IDisposable
{
    private const string Url = "https://vanphong.example.vn/hoi-nghi/y-yen-2021/";
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);
    private readonly Meeting _meeting;
    private readonly TemplateRenderer _templates;
    private readonly BookletTheme _theme;

    public BackCoverTests()
    {
        var root = new DirectoryInfo(ReportGen.Tests.RepositoryRoot.Path);
        _meeting = (Meeting)DataLoader.LoadFile(Path.Combine(root.FullName, "seeds", "2021", "y-yen.yaml"));
        _templates = TemplateRenderer.Load(Path.Combine(root.FullName, "templates"));
        _theme = BookletTheme.Load(Path.Combine(root.FullName, "templates", "theme.yaml"));
    }

    private IReadOnlyList<Page> Compose(bool backCover, string? url) =>
        new BookletComposer(new TextShaper(_fonts), _theme) { BackCover = backCover }
            .Compose(_meeting, _templates.Agenda(_meeting), _templates.Report(_meeting), _templates.Appendix(_meeting), url);

    [Fact]
    public void BackCover_WithTheSiteAddress_CarriesTheQrCodeOfTheMeetingPage_AsVectorModules()
    {
        var pages = Compose(backCover: false, Url);
        var back = pages[^1];

        Assert.True(back.Size.Height > back.Size.Width, "the back cover is portrait, after the landscape appendix");
        Assert.Contains(Url, string.Join(" ", back.Items.OfType<GlyphRun>().Select(r => r.Text)));
        // Rebuild the module grid from the rectangles and compare with the QR code of the address.
        var expected = BackCoverBuilder.Modules(Url);
        var squares = back.Items.OfType<FilledRectangle>().ToList();
        Assert.NotEmpty(squares);
        float left = squares.Min(r => r.Area.X), top = squares.Min(r => r.Area.Y);
        var module = squares.Min(r => r.Area.Height);
        var n = expected.GetLength(0);
        var drawn = new bool[n, n];
        foreach (var square in squares)
        {
            var row = (int)MathF.Round((square.Area.Y - top) / module);
            var first = (int)MathF.Round((square.Area.X - left) / module);
            var count = (int)MathF.Round(square.Area.Width / module);
            for (var c = first; c < first + count; c++)
            {
                drawn[row, c] = true;
            }
        }
        // The quiet zone is light, so the first dark module of the grid sits at (4, 4) of the matrix.
        for (var r = 0; r < n - 8; r++)
        {
            for (var c = 0; c < n - 8; c++)
            {
                Assert.True(expected[r + 4, c + 4] == drawn[r, c], $"module ({r},{c})");
            }
        }
        Assert.DoesNotContain(back.Items.OfType<GlyphRun>(), r => r.Baseline < 56); // no page number
    }

    [Fact]
    public void PrintBooklet_EndsWithABlankBackCover_WhenNoSiteIsKnown()
    {
        var withBack = Compose(backCover: true, url: null);
        var without = Compose(backCover: false, url: null);

        Assert.Equal(without.Count + 1, withBack.Count);
        Assert.Empty(withBack[^1].Items);
    }

    public void Dispose() => _fonts.Dispose();
}
