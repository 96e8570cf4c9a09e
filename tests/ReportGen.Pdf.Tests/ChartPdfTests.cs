using ReportGen.Booklet;
using ReportGen.Layout;
using ReportGen.Layout.Output;
using UglyToad.PdfPig;
using Letter = UglyToad.PdfPig.Content.Letter;
using Word = UglyToad.PdfPig.Content.Word;

namespace ReportGen.Pdf.Tests;

/// <summary>The seed's awards chart drawn into a PDF at A4, A5 and narrower widths, read back with PdfPig.</summary>
public sealed class ChartPdfTests(ChartTestFixture fixture) : IClassFixture<ChartTestFixture>
{
    private const string Markdown = "```chart\nawards\n```\n\n*Biểu đồ 1. Khen thưởng theo cấp*\n";

    // Content widths: A4 (theme.yaml: 210 mm, margins 30 and 15), A5 (theme-a5.yaml: 148 mm, margins 20 and 12), narrow.
    public static TheoryData<float> Widths => new() { Units.Mm(165), Units.Mm(116), 260f };

    private (Page Page, ChartFrame Frame, IReadOnlyList<Word> Words, IReadOnlyList<Letter> Letters) ChartOnPdf(float width)
    {
        var setup = new Layout.Pagination.PageSetup(new Size(width + 20, 600), 10, 10, 10, 10);
        var page = Assert.Single(fixture.Layout(Markdown, name => ChartFactory.Create(fixture.YYen, name), setup));
        var frame = Assert.Single(page.Items.OfType<ChartFrame>());
        using var document = PdfDocument.Open(ChartTestFixture.ToPdf([page]));
        var pdfPage = document.GetPage(1);
        // PDF y grows upwards: the frame's top is the page height minus its y.
        bool InFrameRows(double top, double bottom) => top > page.Size.Height - frame.Area.Bottom - 2 && bottom < page.Size.Height - frame.Area.Y + 2;
        var words = pdfPage.GetWords().Where(w => InFrameRows(w.BoundingBox.Top, w.BoundingBox.Bottom)).ToList();
        var letters = pdfPage.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && InFrameRows(l.BoundingBox.Top, l.BoundingBox.Bottom)).ToList();
        return (page, frame, words, letters);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Pdf_ChartText_NeverOverlaps_StaysInTheChart_AndKeepsEveryLabel(float width)
    {
        var (page, frame, words, letters) = ChartOnPdf(width);
        Assert.NotEmpty(words);

        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var (a, b) = (words[i].BoundingBox, words[j].BoundingBox);
                var overlap = a.Left < b.Right - 0.1 && b.Left < a.Right - 0.1 && a.Bottom < b.Top - 0.1 && b.Bottom < a.Top - 0.1;
                Assert.False(overlap, $"'{words[i].Text}' meets '{words[j].Text}' at {width:0} pt");
            }
        }
        var (left, right) = (frame.Area.X, frame.Area.Right);
        var (top, bottom) = (page.Size.Height - frame.Area.Y, page.Size.Height - frame.Area.Bottom);
        Assert.All(words, w =>
        {
            Assert.InRange(w.BoundingBox.Left, left - 0.5, right + 0.5);
            Assert.InRange(w.BoundingBox.Right, left - 0.5, right + 0.5);
            Assert.InRange(w.BoundingBox.Top, bottom - 0.5, top + 0.5);
            Assert.InRange(w.BoundingBox.Bottom, bottom - 0.5, top + 0.5);
        });

        var style = fixture.Theme.Chart.ToStyle();
        Assert.All(letters, l => Assert.True(l.PointSize >= style.MinimumSize - 0.01, $"'{l.Value}' at {l.PointSize:0.##} pt"));

        // Every word of every label, value, group and the axis caption is printed, as many times as they hold it.
        var chart = ChartFactory.Create(fixture.YYen, ChartFactory.Awards)!;
        var expected = chart.Bars.SelectMany(b => b.Label.Split(' ').Append(b.ValueLabel))
            .Concat(chart.Groups.SelectMany(g => g.Split(' '))).Concat(chart.ValueAxisLabel!.Split(' '))
            .GroupBy(w => w, StringComparer.Ordinal);
        var printed = words.Select(w => w.Text).ToList();
        foreach (var word in expected)
        {
            Assert.True(printed.Count(p => p == word.Key) >= word.Count(), $"'{word.Key}' printed {printed.Count(p => p == word.Key)} times at {width:0} pt: {string.Join(" ", printed)}");
        }
    }

    [Fact]
    public void Pdf_TheSameChart_GivesTheSameBytes()
    {
        var setup = new Layout.Pagination.PageSetup(new Size(Units.Mm(116) + 20, 600), 10, 10, 10, 10);
        byte[] Build() => ChartTestFixture.ToPdf(fixture.Layout(Markdown, name => ChartFactory.Create(fixture.YYen, name), setup));

        Assert.Equal(Build(), Build());
    }
}
