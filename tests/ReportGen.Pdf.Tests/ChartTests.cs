using System.Text.RegularExpressions;
using ReportGen.Booklet;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using UglyToad.PdfPig;

namespace ReportGen.Pdf.Tests;

public sealed class ChartTests(ChartTestFixture fixture) : IClassFixture<ChartTestFixture>
{
    private const string AwardsMarkdown = "Khen thưởng.\n\n```chart\nawards\n```\n\n*Biểu đồ 1. Khen thưởng theo cấp*\n\nĐoạn sau.\n";
    private const string IndicatorsMarkdown = "Chỉ tiêu.\n\n```chart\nindicator-changes\n```\n\n*Biểu đồ 1. Một số chỉ tiêu so với năm trước*\n";

    [Fact]
    public void ChartFactory_IndicatorChanges_AreTheIndicatorsWithAChange()
    {
        var chart = ChartFactory.Create(fixture.XuanTruong, ChartFactory.IndicatorChanges);

        Assert.NotNull(chart);
        Assert.Equal(ChartValueFormat.Percent, chart.Format);
        Assert.Equal(
            [
                new ChartBar("Tổng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp năm 2020", 13, "tăng 13%"),
                new ChartBar("Giá trị hàng hóa xuất khẩu", 2, "tăng 2%"),
            ],
            chart.Bars);
    }

    [Fact]
    public void ChartFactory_Awards_AreTheCountsGroupedByLevel()
    {
        var chart = ChartFactory.Create(fixture.YYen, ChartFactory.Awards);

        Assert.NotNull(chart);
        Assert.Equal([4d, 7, 29, 12], chart.Bars.Select(b => b.Value));
        Assert.Equal(["4", "7", "29", "12"], chart.Bars.Select(b => b.ValueLabel));
        Assert.Equal(["Trung ương", "Tỉnh", "Tỉnh", "Tỉnh"], chart.Bars.Select(b => b.Group));
        Assert.Equal(["Trung ương", "Tỉnh"], chart.Groups);
        Assert.Equal("Bằng khen của Thủ tướng Chính phủ", chart.Bars[0].Label);
        Assert.True(chart.WholeNumbers);
    }

    [Fact]
    public void ChartFactory_Awards_HighestLevelFirst_WhateverTheDataOrder()
    {
        var chart = ChartFactory.Create(FourLevels(), ChartFactory.Awards);

        Assert.NotNull(chart);
        Assert.Equal(["Trung ương", "Tỉnh", "Huyện", "Xã"], chart.Groups);
        Assert.Equal([1d, 5, 12, 30], chart.Bars.Select(b => b.Value));
    }

    [Fact]
    public void Pdf_LegendNamesEveryLevel_InOrder()
    {
        var chart = ChartFactory.Create(FourLevels(), ChartFactory.Awards);
        var pages = fixture.Layout("```chart\nawards\n```\n\n*Biểu đồ 1. Khen thưởng*\n", name => chart);

        using var document = PdfDocument.Open(ChartTestFixture.ToPdf(pages));
        var words = document.GetPages().SelectMany(p => p.GetWords()).ToList();

        var legend = new[] { "Trung", "Tỉnh", "Huyện", "Xã" }.Select(text => Assert.Single(words, w => w.Text == text)).ToList();
        Assert.All(legend, w => Assert.Equal(legend[0].BoundingBox.Bottom, w.BoundingBox.Bottom, 1.0)); // one row
        Assert.Equal(legend.OrderBy(w => w.BoundingBox.Left), legend);
    }

    private static Meeting FourLevels() => new()
    {
        Emulation = new Emulation
        {
            Awards =
            [
                new Award { Title = "Giấy khen", Giver = "Chủ tịch UBND xã", Level = AwardLevel.Commune, Count = 30 },
                new Award { Title = "Giấy khen", Giver = "Chủ tịch UBND huyện", Level = AwardLevel.District, Count = 12 },
                new Award { Title = "Bằng khen", Giver = "Thủ tướng Chính phủ", Level = AwardLevel.National, Count = 1 },
                new Award { Title = "Bằng khen", Giver = "Chủ tịch UBND tỉnh", Level = AwardLevel.Province, Count = 5 },
            ],
        },
    };

    [Fact]
    public void ChartFactory_GivesNoChart_WithoutDataOrForAnUnknownName()
    {
        Assert.Null(ChartFactory.Create(fixture.XuanTruong, ChartFactory.Awards)); // no awards in its data
        Assert.Null(ChartFactory.Create(fixture.YYen, ChartFactory.IndicatorChanges)); // no indicator with a change
        Assert.Null(ChartFactory.Create(fixture.YYen, "pie"));
        Assert.NotNull(ChartFactory.Create(fixture.YYen, " awards\n"));
    }

    [Fact]
    public void Pdf_ChartLabelsAreText_InVietnameseFormat_AndNoImage()
    {
        var pages = fixture.Layout(AwardsMarkdown + "\n" + IndicatorsMarkdown, name =>
            ChartFactory.Create(fixture.YYen, name) ?? ChartFactory.Create(fixture.XuanTruong, name));
        Assert.Equal(2, pages.SelectMany(p => p.Items).OfType<ChartFrame>().Count());

        using var document = PdfDocument.Open(ChartTestFixture.ToPdf(pages));
        var words = document.GetPages().SelectMany(p => p.GetWords()).ToList();
        var text = string.Join(" ", words.Select(w => w.Text));

        // Awards: the legend's levels, the counts, the value axis, its ticks.
        foreach (var expected in new[] { "Trung ương", "Tỉnh", "Thủ tướng Chính phủ", "“Tập thể lao động xuất sắc”", "29", "Số lượng" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        // Indicators: "tăng 13%", percent ticks, no English decimal point.
        Assert.Contains("tăng 13%", text, StringComparison.Ordinal);
        Assert.Contains("tăng 2%", text, StringComparison.Ordinal);
        Assert.Contains(words, w => Regex.IsMatch(w.Text, @"^1[02]%$"));
        // Each label printed once.
        Assert.Single(words, w => w.Text == "29");
        Assert.Single(words, w => w.Text == "Trung");
        Assert.Equal(2, words.Count(w => w.Text == "tăng"));
        // Every chart label is in the booklet's font.
        var tick = words.First(w => w.Text == "tăng");
        Assert.All(tick.Letters, l => Assert.Contains("LiberationSerif", l.FontName, StringComparison.Ordinal));
        // Vectors only.
        Assert.All(document.GetPages(), p => Assert.Empty(p.GetImages()));
    }

    [Fact]
    public void Png_ChartLeavesTheTextAboveItOnThePage()
    {
        var page = fixture.Layout(AwardsMarkdown, name => ChartFactory.Create(fixture.YYen, name))[0];
        var first = page.Items.OfType<GlyphRun>().First(r => r.Text.StartsWith("Khen", StringComparison.Ordinal));
        Assert.Single(page.Items.OfType<ChartFrame>());

        using var png = new MemoryStream();
        PngWriter.Write(page, png, dpi: 72);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png.ToArray());

        // Ink where the first paragraph's glyphs are: the chart, drawn later, did not paint over the page.
        var dark = 0;
        for (var x = (int)first.Left; x < (int)first.Right; x++)
        {
            for (var y = (int)(first.Baseline - 10); y < (int)first.Baseline; y++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Alpha > 200 && pixel.Red < 128)
                {
                    dark++;
                }
            }
        }
        Assert.True(dark > 20, $"{dark} dark pixels in the paragraph above the chart");
    }

    [Fact]
    public void Pdf_ValueAxisTicks_UseTheVietnameseThousandsSeparator()
    {
        var chart = new ChartSpec("t", "Diện tích", [new ChartBar("Gieo trồng", 12278.27, "12.278,27"), new ChartBar("Lúa", 5809, "5.809")]);
        var pages = fixture.Layout("```chart\nt\n```\n\n*Biểu đồ 1. Diện tích*\n", name => name == "t" ? chart : null);

        using var document = PdfDocument.Open(ChartTestFixture.ToPdf(pages));
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.Contains("12.278,27", words);
        Assert.Contains(words, w => Regex.IsMatch(w, @"^1[0-4]\.000$"));
        Assert.DoesNotContain(words, w => Regex.IsMatch(w, @"^\d{1,2},000$"));
    }

    [Fact]
    public void Svg_IsTheBookletsLayout_WithTheLabelsAsText()
    {
        var chart = ChartFactory.Create(fixture.YYen, ChartFactory.Awards)!;

        var svg = ChartSvg.ToSvg(chart, 480, fixture.ChartLayout);

        var root = System.Xml.Linq.XElement.Parse(svg);
        Assert.Equal("svg", root.Name.LocalName);
        var height = fixture.ChartHeight(chart, 480);
        Assert.Equal($"0 0 480 {Math.Round(height, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}", (string?)root.Attribute("viewBox"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal(chart.Title, root.Elements().First().Value); // <title>, the accessible name
        Assert.Equal("title", root.Elements().First().Name.LocalName);
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        var text = string.Join(" ", texts);
        foreach (var expected in new[] { "Trung ương", "Tỉnh", "Số lượng", "Bằng khen của Thủ tướng Chính phủ" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        Assert.Single(texts, t => t == "29");
        Assert.All(root.Descendants().Where(e => e.Name.LocalName == "text"),
            e => Assert.Equal("'Liberation Serif', 'Times New Roman', serif", (string?)e.Attribute("font-family")));
        // The bars, the legend's swatches and the white ground.
        Assert.Equal(chart.Bars.Count + chart.Groups.Count + 1, root.Descendants().Count(e => e.Name.LocalName == "rect"));
        // Every number a plain decimal with a point: no comma from the machine's culture, nothing left empty.
        Assert.All(root.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "x" or "y" or "width" or "height" or "x1" or "x2" or "y1" or "y2" or "textLength"),
            a => Assert.Matches(@"^-?\d+(\.\d+)?$", a.Value));
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName == "image");
    }

    [Fact]
    public void ChartBlock_ThatFitsButNotItsCaption_MovesToTheNextPageWithIt()
    {
        // A 400 × 400 pt page with 10 pt margins: 380 pt of content. The space left after the filler
        // holds the chart (3 pt to spare) but not the caption under it.
        var setup = new Layout.Pagination.PageSetup(new Size(400, 400), 10, 10, 10, 10);
        var chart = ChartFactory.Create(fixture.XuanTruong, ChartFactory.IndicatorChanges)!;
        var spacing = fixture.Theme.Body.ParagraphSpacingPt;
        var filler = 380 - spacing - fixture.ChartHeight(chart, 380) - 3;
        var markdown = "```chart\nindicator-changes\n```\n\n*Biểu đồ 1. Một số chỉ tiêu*\n";

        var pages = fixture.Layout(markdown, name => name == ChartFactory.IndicatorChanges ? chart : null, setup, filler);

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain(pages[0].Items, i => i is ChartFrame);
        Assert.DoesNotContain("Biểu đồ", ChartTestFixture.TextOf(pages[0]), StringComparison.Ordinal);
        var item = Assert.Single(pages[1].Items.OfType<ChartFrame>());
        Assert.Equal(10, item.Area.Y, 0.01);
        var caption = pages[1].Items.OfType<GlyphRun>().First(r => r.Text.StartsWith("Biểu đồ 1.", StringComparison.Ordinal));
        Assert.True(caption.Baseline > item.Area.Bottom, "the caption is under the chart");
    }

    [Fact]
    public void ChartBlock_ThatDoesNotFit_MovesToTheNextPage()
    {
        var setup = new Layout.Pagination.PageSetup(new Size(400, 400), 10, 10, 10, 10);
        var chart = ChartFactory.Create(fixture.XuanTruong, ChartFactory.IndicatorChanges)!;
        var filler = 380 - fixture.Theme.Body.ParagraphSpacingPt - fixture.ChartHeight(chart, 380) + 3;
        var markdown = "```chart\nindicator-changes\n```\n\n*Biểu đồ 1. Một số chỉ tiêu*\n";

        var pages = fixture.Layout(markdown, name => name == ChartFactory.IndicatorChanges ? chart : null, setup, filler);

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain(pages[0].Items, i => i is ChartFrame);
        Assert.Single(pages[1].Items.OfType<ChartFrame>());
        Assert.Contains("Biểu đồ 1.", ChartTestFixture.TextOf(pages[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void ChartBlock_ThatFits_StaysUnderTheTextBeforeIt()
    {
        var setup = new Layout.Pagination.PageSetup(new Size(400, 400), 10, 10, 10, 10);
        var markdown = "Đoạn văn.\n\n```chart\nindicator-changes\n```\n\n*Biểu đồ 1. Một số chỉ tiêu*\n";

        var pages = fixture.Layout(markdown, name => ChartFactory.Create(fixture.XuanTruong, name), setup);

        var page = Assert.Single(pages);
        var item = Assert.Single(page.Items.OfType<ChartFrame>());
        Assert.Equal(380, item.Area.Width, 0.01);
        Assert.Equal(fixture.ChartHeight(ChartFactory.Create(fixture.XuanTruong, ChartFactory.IndicatorChanges)!, 380), item.Area.Height, 0.01);
        Assert.Contains("Biểu đồ 1.", ChartTestFixture.TextOf(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xuan-truong-2021", ChartFactory.IndicatorChanges, "Biểu đồ 1. Một số chỉ tiêu so với năm trước")]
    [InlineData("y-yen-2021", ChartFactory.Awards, "Biểu đồ 1. Số lượng khen thưởng theo hình thức và cấp khen")]
    public void Booklet_FromTheRealTemplates_HasTheMeetingsChartAboveItsCaption(string id, string chartName, string caption)
    {
        var meeting = id == fixture.YYen.Id ? fixture.YYen : fixture.XuanTruong;
        var templates = Templating.TemplateRenderer.Load(Path.Combine(fixture.Root, "templates"));

        var pages = new BookletComposer(fixture.Shaper, fixture.Theme).Compose(meeting, templates.Agenda(meeting), templates.Report(meeting));

        var charts = pages.SelectMany(p => p.Items.OfType<ChartFrame>().Select(c => (Page: p, Chart: c))).ToList();
        var (page, item) = Assert.Single(charts);
        Assert.Equal(chartName, item.Name);
        var run = Assert.Single(page.Items.OfType<GlyphRun>(), r => r.Text.StartsWith("Biểu đồ", StringComparison.Ordinal));
        Assert.Equal(caption, run.Text);
        Assert.True(run.Baseline > item.Area.Bottom);
        Assert.DoesNotContain(pages.SelectMany(p => p.Items.OfType<GlyphRun>()), r => r.Text.Contains(chartName, StringComparison.Ordinal));
    }

    [Fact]
    public void Builder_NoChart_WhenTheFactoryHasNone_AndOtherCodeBlocksArePlainText()
    {
        var markdown = "```chart\nawards\n```\n\n*Biểu đồ 1. Khen thưởng*\n\n```\nDòng một\nDòng hai\n```\n";

        var page = Assert.Single(fixture.Layout(markdown, _ => null));

        Assert.DoesNotContain(page.Items, i => i is ChartFrame);
        var text = ChartTestFixture.TextOf(page);
        Assert.DoesNotContain("Biểu đồ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("awards", text, StringComparison.Ordinal);
        Assert.Contains("Dòng một", text, StringComparison.Ordinal);
        Assert.Contains("Dòng hai", text, StringComparison.Ordinal);
    }
}
