using ReportGen.Layout.Charts;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Tests;

public sealed class ChartLayoutTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    /// <summary>The awards chart of the seed y-yen-2021 (its labels as ChartFactory writes them).</summary>
    private static readonly ChartSpec Awards = new("awards", "Số lượng khen thưởng theo hình thức và cấp khen",
    [
        new ChartBar("Bằng khen của Thủ tướng Chính phủ", 4, "4", "Trung ương"),
        new ChartBar("“Cờ đơn vị dẫn đầu phong trào thi đua” của Chủ tịch UBND tỉnh", 7, "7", "Tỉnh"),
        new ChartBar("“Tập thể lao động xuất sắc”", 29, "29", "Tỉnh"),
        new ChartBar("Khen thưởng điển hình tiên tiến giai đoạn 2015-2020 của UBND tỉnh", 12, "12", "Tỉnh"),
    ])
    { ValueAxisLabel = "Số lượng", WholeNumbers = true };

    /// <summary>Changes that go both ways, in percent, with long value labels.</summary>
    private static readonly ChartSpec Changes = new("changes", "Một số chỉ tiêu so với năm trước",
    [
        new ChartBar("Tổng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp năm 2020", 13, "tăng 13%"),
        new ChartBar("Giá trị hàng hóa xuất khẩu", -2.5, "giảm 2,5%"),
        new ChartBar("Thu ngân sách", 0.4, "tăng 0,4%"),
    ])
    { ValueAxisLabel = "Tăng, giảm so với năm trước", Format = ChartValueFormat.Percent };

    // Content widths: A4 (210 mm, margins 30 and 15), A5 of theme-a5.yaml (148 mm, margins 20 and 12), and narrower.
    public static TheoryData<float> Widths => new() { Units.Mm(165), Units.Mm(116), 200f, 150f };

    private BarChartLayout Layout(float minimum = 7.5f) => new(fixture.Setter, new ChartStyle { MinimumSize = minimum });

    private static (Page Page, ArrangedChart Chart) Draw(BarChartLayout layout, ChartSpec spec, float width)
    {
        var chart = layout.Arrange(spec, width);
        var page = new Page(new Size(width + 40, chart.Height + 40), 1);
        chart.Draw(new DrawingContext(page, 20, 20));
        return (page, chart);
    }

    /// <summary>The box a run's glyphs take: its advance across, the face's ascent and descent up and down.</summary>
    private static Rect Box(GlyphRun run) => new(run.Left, run.Baseline - run.Face.Ascent * run.FontSize,
        run.Width, (run.Face.Ascent + run.Face.Descent) * run.FontSize);

    private static bool Overlap(Rect a, Rect b) =>
        a.X < b.Right - 0.01f && b.X < a.Right - 0.01f && a.Y < b.Bottom - 0.01f && b.Y < a.Bottom - 0.01f;

    [Theory]
    [MemberData(nameof(Widths))]
    public void Arrange_NoTwoLabelsOverlap_AndNothingLeavesTheChart(float width)
    {
        foreach (var spec in new[] { Awards, Changes })
        {
            var (page, chart) = Draw(Layout(), spec, width);
            var runs = page.Items.OfType<GlyphRun>().ToList();
            for (var i = 0; i < runs.Count; i++)
            {
                for (var j = i + 1; j < runs.Count; j++)
                {
                    Assert.False(Overlap(Box(runs[i]), Box(runs[j])), $"'{runs[i].Text}' meets '{runs[j].Text}' at {width} pt");
                }
            }
            var area = new Rect(20, 20, width, chart.Height);
            Assert.All(runs.Select(Box).Concat(page.Items.OfType<FilledRectangle>().Select(r => r.Area)), box =>
            {
                Assert.InRange(box.X, area.X - 0.01f, area.Right);
                Assert.InRange(box.Right, area.X, area.Right + 0.01f);
                Assert.InRange(box.Y, area.Y - 0.01f, area.Bottom);
                Assert.InRange(box.Bottom, area.Y, area.Bottom + 0.01f);
            });
            Assert.All(page.Items.OfType<LineSegment>(), l => Assert.InRange(Math.Max(l.X1, l.X2), area.X, area.Right + 0.01f));
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Arrange_ValueLabels_DoNotMeetAnotherBar(float width)
    {
        var (page, _) = Draw(Layout(), Changes, width);
        var bars = page.Items.OfType<FilledRectangle>().ToList();
        foreach (var value in page.Items.OfType<GlyphRun>().Where(r => Changes.Bars.Any(b => b.ValueLabel == r.Text)))
        {
            var box = Box(value);
            // A value label is on a bar only when it is inside its own bar, in white.
            foreach (var bar in bars.Where(b => Overlap(b.Area, box)))
            {
                Assert.Equal(new Color(0xFFFFFFFF), value.Color);
                Assert.True(bar.Area.X <= box.X && box.Right <= bar.Area.Right, $"'{value.Text}' sticks out of its bar");
            }
        }
    }

    [Fact]
    public void Arrange_AtA4AndA5_KeepsTheLabelsWhole_AtTheFullSize()
    {
        foreach (var width in new[] { Units.Mm(165), Units.Mm(116) })
        {
            var (page, chart) = Draw(Layout(), Awards, width);
            var text = PageText.Of(page);
            Assert.Equal(10, chart.CategoryLabelSize);
            // Every word of every label, in order (lines break only between words).
            foreach (var bar in Awards.Bars)
            {
                Assert.Contains(string.Join(" ", bar.Label.Split(' ')), Joined(page, bar.Label), StringComparison.Ordinal);
            }
            Assert.DoesNotContain("…", text, StringComparison.Ordinal);
            Assert.All(chart.Labels.Take(Awards.Bars.Count * 2).Where((_, i) => i % 2 == 0), l => Assert.InRange(l.Label.Lines.Count, 1, 3));
        }
    }

    /// <summary>The runs that start with the label's first word, up to as many words as it has, joined by spaces.</summary>
    private static string Joined(Page page, string label)
    {
        var runs = page.Items.OfType<GlyphRun>().Select(r => r.Text).ToList();
        var first = runs.FindIndex(r => r.StartsWith(label.Split(' ')[0], StringComparison.Ordinal) && label.StartsWith(r, StringComparison.Ordinal));
        Assert.True(first >= 0, $"'{label}' is not on the page");
        var text = runs[first];
        for (var i = first + 1; i < runs.Count && text.Length < label.Length; i++)
        {
            text += " " + runs[i];
        }
        return text;
    }

    /// <summary>The web's narrow variant: 12–13 px labels above the bars.</summary>
    private BarChartLayout Above() => new(fixture.Setter, new ChartStyle { Size = 13, MinimumSize = 12, LabelsAbove = true });

    [Theory]
    [InlineData(320f)]
    [InlineData(280f)]
    [InlineData(600f)]
    public void Arrange_LabelsAbove_NoTwoLabelsOverlap_NothingLeavesTheChart_AndLabelsStayWhole(float width)
    {
        foreach (var spec in new[] { Awards, Changes })
        {
            var (page, chart) = Draw(Above(), spec, width);
            var runs = page.Items.OfType<GlyphRun>().ToList();
            var bars = page.Items.OfType<FilledRectangle>().Take(spec.Bars.Count(b => b.Value != 0)).ToList();
            for (var i = 0; i < runs.Count; i++)
            {
                for (var j = i + 1; j < runs.Count; j++)
                {
                    Assert.False(Overlap(Box(runs[i]), Box(runs[j])), $"'{runs[i].Text}' meets '{runs[j].Text}' at {width} px");
                }
                // Only a value label inside its bar, in white, may stand on a bar.
                Assert.All(bars.Where(b => Overlap(b.Area, Box(runs[i]))), _ => Assert.Equal(new Color(0xFFFFFFFF), runs[i].Color));
            }
            var area = new Rect(20, 20, width, chart.Height);
            Assert.All(runs.Select(Box).Concat(page.Items.OfType<FilledRectangle>().Select(r => r.Area)), box =>
            {
                Assert.InRange(box.X, area.X - 0.01f, area.Right);
                Assert.InRange(box.Right, area.X, area.Right + 0.01f);
                Assert.InRange(box.Y, area.Y - 0.01f, area.Bottom);
                Assert.InRange(box.Bottom, area.Y, area.Bottom + 0.01f);
            });
            Assert.All(runs, r => Assert.True(r.FontSize >= 12, $"'{r.Text}' at {r.FontSize}"));
            Assert.DoesNotContain("…", PageText.Of(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Arrange_LabelsAbove_EachLabelStandsOverItsOwnBar_LeftAligned()
    {
        var chart = Above().Arrange(Awards, 320);
        var categories = chart.Labels.Take(Awards.Bars.Count * 2).Where((_, i) => i % 2 == 0).ToList();
        var bars = chart.Bars.Take(Awards.Bars.Count).ToList();

        Assert.All(categories, l => Assert.Equal(LabelAlignment.Left, l.Alignment));
        Assert.Single(categories.Select(l => l.X).Distinct());
        for (var i = 0; i < bars.Count; i++)
        {
            Assert.True(categories[i].Box.Bottom <= bars[i].Area.Y, $"label {i} is above its bar");
            Assert.True(i == 0 || bars[i - 1].Area.Bottom <= categories[i].Box.Y, $"label {i} is under the bar before it");
            Assert.True(categories[i].Box.X >= bars[i].Area.X, "the label starts at the axis, with the bar");
        }
        // Wider than the column beside the bars could be: the longest label needs fewer lines.
        Assert.True(categories.Max(l => l.Label.Width) > 320 * 0.4f);
    }

    [Fact]
    public void Arrange_RowsGrowWithTheLabels_SoTheyNeverMeet()
    {
        var a4 = Layout().Arrange(Awards, Units.Mm(165));
        var a5 = Layout().Arrange(Awards, Units.Mm(116));

        Assert.True(a5.Height > a4.Height, $"A5 {a5.Height} pt, A4 {a4.Height} pt: three-line labels need taller rows");
        var categories = a5.Labels.Where(l => l.Alignment == LabelAlignment.Right).Take(Awards.Bars.Count).ToList();
        foreach (var (upper, lower) in categories.Zip(categories.Skip(1)))
        {
            Assert.True(upper.Box.Bottom <= lower.Box.Y + 0.01f, $"'{upper.Label.Text}' reaches into '{lower.Label.Text}'");
        }
    }

    [Fact]
    public void Arrange_ShrinksTheLabels_BeforeShortening_ButNeverBelowTheMinimum()
    {
        var shrunk = Layout().Arrange(Awards, 240);
        Assert.InRange(shrunk.CategoryLabelSize, 7.5f, 9.99f);
        Assert.DoesNotContain(shrunk.Labels, l => l.Label.Text.Contains('…', StringComparison.Ordinal));

        var print = Layout(minimum: 9.5f).Arrange(Awards, 150);
        Assert.Equal(9.5f, print.CategoryLabelSize);
        var shortened = Assert.Single(print.Labels, l => l.Label.Text.StartsWith("Khen thưởng", StringComparison.Ordinal));
        Assert.EndsWith("…", shortened.Label.Text, StringComparison.Ordinal);
        Assert.InRange(shortened.Label.Lines.Count, 1, 3);
        Assert.True(shortened.Label.Width <= 150 * 0.4f + 0.01f);
    }

    [Fact]
    public void Arrange_TicksAreWholeNumbersForCounts_InTheVietnameseFormat()
    {
        var spec = new ChartSpec("t", "Thử", [new ChartBar("Một", 3, "3"), new ChartBar("Hai", 12278.27, "12.278,27")]);
        var counts = Layout().Arrange(Awards with { }, Units.Mm(116));
        var ticks = TickTexts(counts);
        Assert.All(ticks, t => Assert.Matches(@"^\d+$", t));
        Assert.Equal("0", ticks[0]);

        var thousands = TickTexts(Layout().Arrange(spec, Units.Mm(165)));
        Assert.Contains(thousands, t => t is "10.000" or "12.000");
        Assert.DoesNotContain(thousands, t => t.Contains(",000", StringComparison.Ordinal));

        var percent = TickTexts(Layout().Arrange(Changes, Units.Mm(165)));
        Assert.All(percent, t => Assert.EndsWith("%", t, StringComparison.Ordinal));
        Assert.Contains("0%", percent);
    }

    private static List<string> TickTexts(ArrangedChart chart) =>
        [.. chart.Labels.Where(l => l.Alignment == LabelAlignment.Center).Select(l => l.Label.Text).TakeWhile(t => char.IsDigit(t[0]) || t[0] == '-')];

    [Fact]
    public void ChartBlock_IsAsTallAsItsLayout_AndWrapsWhenThatDoesNotFit()
    {
        var block = new ChartBlock(Awards, Layout());
        var height = block.HeightFor(300);

        Assert.True(block.Measure(new Size(300, height - 1)).IsWrap);
        Assert.Equal(SpacePlan.Full(300, height), block.Measure(new Size(300, height)));
        var page = new Page(new Size(400, 400), 1);
        block.Draw(new DrawingContext(page, 10, 10), new Size(300, height));
        var frame = Assert.Single(page.Items.OfType<ChartFrame>());
        Assert.Equal(new Rect(10, 10, 300, height), frame.Area);
        Assert.Equal(SpacePlan.Empty(), block.Measure(new Size(300, 400)));
        block.ResetState();
        Assert.True(block.Measure(new Size(300, 400)).IsFull);
    }

    [Fact]
    public void Arrange_IsTheSameEveryTime()
    {
        static string Dump(Page page) => string.Join("\n", page.Items.Select(i => i switch
        {
            GlyphRun r => $"{r.Text} {r.FontSize} {string.Join(",", r.X)} {string.Join(",", Enumerable.Range(0, r.Glyphs.Length).Select(r.YAt))}",
            _ => i.ToString(),
        }));
        Assert.Equal(Dump(Draw(Layout(), Awards, 333).Page), Dump(Draw(new BarChartLayout(fixture.Setter, new ChartStyle()), Awards, 333).Page));
    }
}
