using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ReportGen.Booklet;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The web page's charts (<see cref="ChartSvg.ForWebPage"/>): SVG a strict XML parser accepts, numbers every
/// engine reads, text never under 12 CSS px, a white ground and a description of the data.
/// </summary>
public sealed class WebChartSvgTests(ChartTestFixture fixture) : IClassFixture<ChartTestFixture>
{
    private static readonly string[] Numeric = ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "textLength", "font-size", "stroke-width"];

    /// <summary>Every chart the seeds have, and two made to be hard: long labels, both signs, a thousands value, markup.</summary>
    private IEnumerable<ChartSpec> Charts()
    {
        yield return ChartFactory.Create(fixture.YYen, ChartFactory.Awards)!;
        yield return ChartFactory.Create(fixture.XuanTruong, ChartFactory.IndicatorChanges)!;
        yield return new ChartSpec("changes", "Tăng <giảm> & \"so sánh\"",
        [
            new ChartBar("Tổng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp năm 2020 của toàn huyện", 13, "tăng 13%"),
            new ChartBar("Giá trị hàng hóa xuất khẩu", -2.5, "giảm 2,5%"),
            new ChartBar("Thu ngân sách <b>", 0.4, "tăng 0,4%"),
        ])
        { ValueAxisLabel = "Tăng, giảm so với năm trước", Format = ChartValueFormat.Percent };
        yield return new ChartSpec("area", "Diện tích", [new ChartBar("Gieo trồng", 12278.27, "12.278,27"), new ChartBar("Lúa", 5809, "5.809")]);
    }

    /// <summary>The two SVGs of a chart, each read by an XML reader as strict as Firefox's: no DTD, no entity, well-formed.</summary>
    private static List<XElement> StrictParse(string html)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ConformanceLevel = ConformanceLevel.Fragment,
            CheckCharacters = true,
        };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        var roots = new List<XElement>();
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                roots.Add((XElement)XNode.ReadFrom(reader));
            }
            else
            {
                reader.Read();
            }
        }
        return roots;
    }

    [Fact]
    public void ForWebPage_IsTwoStrictSvgs_NarrowAndWide_WithEngineProofNumbers()
    {
        foreach (var chart in Charts())
        {
            var roots = StrictParse(ChartSvg.ForWebPage(chart, fixture.ChartLayout, "rg-chart-1"));

            Assert.Equal([ChartSvg.NarrowClass, ChartSvg.WideClass], roots.Select(r => (string?)r.Attribute("class")));
            foreach (var root in roots)
            {
                Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), root.Name);
                var attributes = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).ToList();
                Assert.All(attributes.Where(a => Numeric.Contains(a.Name.LocalName)), a => Assert.Matches(@"^-?\d+(\.\d{1,2})?$", a.Value));
                Assert.All(attributes, a =>
                {
                    Assert.DoesNotMatch(@"NaN|Infinity|∞", a.Value);
                    Assert.DoesNotMatch(@",\s*$|,\s*,|^\s*,", a.Value); // no empty entry in a list
                });
                var viewBox = ((string)root.Attribute("viewBox")!).Split(' ');
                Assert.Equal(4, viewBox.Length);
                Assert.All(viewBox, v => Assert.Matches(@"^\d+(\.\d{1,2})?$", v));
                // Drawn at its own size: one user unit is one CSS pixel.
                Assert.Equal((string?)root.Attribute("width"), viewBox[2]);
                Assert.Equal((string?)root.Attribute("height"), viewBox[3]);
                Assert.Matches(@"^#[0-9A-F]{6}$", (string)root.Descendants().First(e => e.Name.LocalName == "rect").Attribute("fill")!);
                Assert.All(root.Descendants().Where(e => e.Attribute("fill") is not null), e => Assert.Matches("^#[0-9A-F]{6}$", (string)e.Attribute("fill")!));
            }
        }
    }

    [Fact]
    public void ForWebPage_TextIsNeverUnder12Px_AndTheNarrowVariantKeepsEveryLabelWhole()
    {
        foreach (var chart in Charts())
        {
            var roots = StrictParse(ChartSvg.ForWebPage(chart, fixture.ChartLayout, "rg-chart-1"));
            foreach (var root in roots)
            {
                var texts = root.Descendants().Where(e => e.Name.LocalName == "text").ToList();
                Assert.NotEmpty(texts);
                Assert.All(texts, t => Assert.True(
                    float.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture) >= ChartSvg.WebMinimumSize,
                    $"'{t.Value}' at {(string?)t.Attribute("font-size")} px"));
            }
            // Labels above the bars have the chart's width: nothing is shortened with "…".
            var narrow = string.Join(" ", roots[0].Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
            Assert.DoesNotContain("…", narrow, StringComparison.Ordinal);
            Assert.All(chart.Bars, b => Assert.Contains(b.Label, narrow, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ForWebPage_HasAWhiteGround_ATitle_AndADescriptionOfEveryBar()
    {
        var chart = ChartFactory.Create(fixture.YYen, ChartFactory.Awards)!;
        foreach (var root in StrictParse(ChartSvg.ForWebPage(chart, fixture.ChartLayout, "rg-chart-1")))
        {
            var children = root.Elements().ToList();
            Assert.Equal(["title", "desc", "rect"], children.Take(3).Select(e => e.Name.LocalName));
            Assert.Equal("img", (string?)root.Attribute("role"));
            Assert.Equal((string?)children[1].Attribute("id"), (string?)root.Attribute("aria-describedby"));
            Assert.Matches("^rg-chart-1-(narrow|wide)-desc$", (string?)children[1].Attribute("id"));
            Assert.Equal(chart.Title, children[0].Value);
            Assert.Equal("Số lượng. Bằng khen của Thủ tướng Chính phủ (Trung ương): 4; “Cờ đơn vị dẫn đầu phong trào thi đua” của Chủ tịch UBND tỉnh (Tỉnh): 7; “Tập thể lao động xuất sắc” (Tỉnh): 29; Khen thưởng điển hình tiên tiến giai đoạn 2015-2020 của UBND tỉnh (Tỉnh): 12.",
                children[1].Value);
            var ground = children[2];
            Assert.Equal("#FFFFFF", (string?)ground.Attribute("fill"));
            Assert.Equal(["0", "0", (string?)root.Attribute("width"), (string?)root.Attribute("height")],
                new[] { "x", "y", "width", "height" }.Select(n => (string?)ground.Attribute(n)));
        }
    }

    [Fact]
    public void ToSvg_EscapesMarkup_AndDropsCharactersXmlForbids()
    {
        var chart = new ChartSpec("x", "A <b> & \"c\"\u0001", [new ChartBar("Nhãn <i>\u0007", 3, "3")]);

        var root = Assert.Single(StrictParse(ChartSvg.ToSvg(chart, 320, fixture.ChartLayout)));

        Assert.Equal("A <b> & \"c\"", root.Elements().First().Value);
        Assert.Contains(root.Descendants(), e => e.Name.LocalName == "text" && e.Value == "Nhãn <i>");
    }

    [Theory]
    [InlineData("Tăng trưởng", "Tăng trưởng")] // nothing to change: the text as it is
    [InlineData("Năm 2020 \U0001F389 & 2021", "Năm 2020 \U0001F389 & 2021")] // a pair of surrogates is one character, kept
    [InlineData("\u0001x<", "x<")] // left out before the first markup
    public void ToSvg_Title_KeepsWhatXmlAllows(string title, string read)
    {
        var chart = new ChartSpec("x", title, [new ChartBar("Nhãn", 3, "3")]);

        var root = Assert.Single(StrictParse(ChartSvg.ToSvg(chart, 320, fixture.ChartLayout)));

        Assert.Equal(read, root.Elements().First().Value);
    }

    [Fact]
    public void ToSvg_Title_LeavesOutASurrogateAlone()
    {
        // Built here, not as theory data: the test runner's data passes through UTF-8, which cannot carry a lone surrogate.
        var title = "a" + (char)0xD800 + "b" + (char)0xDC00 + "c";
        var chart = new ChartSpec("x", title, [new ChartBar("Nhãn", 3, "3")]);

        var root = Assert.Single(StrictParse(ChartSvg.ToSvg(chart, 320, fixture.ChartLayout)));

        Assert.Equal("abc", root.Elements().First().Value);
    }

    [Theory]
    [InlineData("Liberation Serif", "Times New Roman, serif", "'Liberation Serif', 'Times New Roman', serif")]
    [InlineData("Liberation Serif", "", "'Liberation Serif'")]
    [InlineData("Noto Serif", " , serif ,", "'Noto Serif', serif")]
    [InlineData("Times New Roman", "'Times New Roman', Serif", "'Times New Roman', serif")]
    public void Families_AreQuoted_WithNoEmptyEntry(string family, string fallbacks, string expected)
    {
        Assert.Equal(expected, ChartSvg.Families(family, fallbacks));
        Assert.DoesNotMatch(@",\s*$", ChartSvg.Families(family, fallbacks));
    }

    [Fact]
    public void Coordinates_AreWrittenAsTwoDecimalsOfTheCustomFormat_WithoutMinusZero()
    {
        static string Expected(float value)
        {
            var text = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }
        float[] edges = [0, -0f, 0.004f, -0.004f, 0.005f, -0.005f, 0.015f, 0.125f, 1, -1, 12.5f, -12.5f, 99.995f, 100.005f,
            841.89f, 1234567.8f, -98765.43f, 1e11f, -1e11f, 3e12f, float.MaxValue, float.MinValue, float.Epsilon];
        foreach (var value in edges)
        {
            Assert.Equal(Expected(value), ChartSvg.Coordinate(value));
        }
        var random = new Random(2212);
        for (var i = 0; i < 1_000_000; i++)
        {
            // Layout-sized values with every fraction, and values over the whole range of floats.
            var value = i % 2 == 0 ? (float)(random.NextDouble() * 4000 - 2000) : BitConverter.Int32BitsToSingle(random.Next() * (random.Next(2) * 2 - 1));
            if (float.IsFinite(value) && Expected(value) != ChartSvg.Coordinate(value))
            {
                Assert.Fail($"{value:R}: {ChartSvg.Coordinate(value)}, the format {Expected(value)}");
            }
        }
        Assert.Throws<InvalidOperationException>(() => ChartSvg.Coordinate(float.NaN));
    }
}
