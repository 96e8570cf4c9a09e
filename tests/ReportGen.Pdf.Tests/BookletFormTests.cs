using Markdig;
using Markdig.Syntax;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The form of a booklet's documents a secretary and a typesetter check (issue 14): the rule under the summary
/// line, headings that are never justified, the draft mark while the data holds examples, and no Markdown block
/// lost. Asserted on the laid-out pages' coordinates.
/// </summary>
public sealed class BookletFormTests : IDisposable
{
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);
    private readonly TextShaper _shaper;
    private readonly BookletTheme _theme = BookletTheme.Load(ReportGen.Tests.RepositoryRoot.Of("templates", "theme.yaml"));
    private readonly TemplateRenderer _templates = TemplateRenderer.Load(ReportGen.Tests.RepositoryRoot.Of("templates"));

    public BookletFormTests() => _shaper = new TextShaper(_fonts);

    public void Dispose() => _fonts.Dispose();

    private static Meeting Seed(string name) => (Meeting)DataLoader.LoadFile(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", name));

    private IReadOnlyList<Page> Compose(Meeting meeting) =>
        new BookletComposer(_shaper, _theme).Compose(meeting, _templates.Documents(meeting));

    [Fact]
    public void SummaryLine_HasAShortCentredRuleUnderIt_AboveTheFirstSection()
    {
        var pages = Compose(Seed("xuan-truong.yaml"));
        var page = pages.First(p => p.Items.OfType<GlyphRun>().Any(r => r.Text == "BÁO CÁO"));
        var runs = page.Items.OfType<GlyphRun>().ToList();
        var summaryEnd = runs.Last(r => r.Text.Replace('\u00A0', ' ').Contains("nhiệm vụ năm 2021", StringComparison.Ordinal)).Y[0];
        var section = runs.First(r => r.Text.StartsWith("I. KẾT QUẢ", StringComparison.Ordinal)).Y[0];
        var content = Units.Mm(210 - 30 - 15);
        var rule = Assert.Single(page.Items.OfType<LineSegment>(), l => l.Y1 > summaryEnd && l.Y1 < section);
        Assert.Equal(content / 3, rule.X2 - rule.X1, 0.5f);
        Assert.Equal(Units.Mm(30) + content / 2, (rule.X1 + rule.X2) / 2, 0.5f); // centred on the text block
    }

    [Fact]
    public void DocumentName_IsSetAtItsConventionsSize_StateSmallerThanParty()
    {
        float SizeOf(IReadOnlyList<Page> pages, string name) =>
            pages.SelectMany(p => p.Items.OfType<GlyphRun>()).First(r => r.Text == name).FontSize;
        var yYen = Compose(Seed("y-yen.yaml"));
        Assert.Equal(15, SizeOf(yYen, "BÁO CÁO"));        // Huyện ủy: HD 36, 15–16 pt
        Assert.Equal(14, SizeOf(yYen, "QUYẾT ĐỊNH"));     // UBND: NĐ 30, 13–14 pt
        Assert.Equal(14, SizeOf(Compose(Seed("xuan-truong.yaml")), "BÁO CÁO")); // UBND
    }

    [Fact]
    public void NumbersOfATableColumn_LineUpOnTheDecimalComma()
    {
        var runs = Compose(Seed("xuan-truong.yaml")).SelectMany(p => p.Items.OfType<GlyphRun>()).ToList();
        // Where the decimal comma of a cell stands, or would stand (the punctuation space a whole number takes).
        float CommaX(string start)
        {
            var run = runs.First(r => r.Text.StartsWith(start, StringComparison.Ordinal) && r.FontSize == _theme.Table.Size);
            var at = run.Text.IndexOfAny([',', '\u2008']);
            return run.X[Array.IndexOf(run.Clusters, at)];
        }
        var comma = CommaX("12.278,27");
        Assert.Equal(comma, CommaX("124,46"), 0.5f);
        Assert.Equal(comma, CommaX("103"), 0.5f);
        Assert.Equal(comma, CommaX("5.809"), 0.5f);
        Assert.Equal(comma, CommaX("37,2"), 0.5f);
    }

    [Fact]
    public void HeaderCells_StandInTheMiddleOfTheirRow()
    {
        var page = Compose(Seed("xuan-truong.yaml")).First(p => p.Items.OfType<GlyphRun>().Any(r => r.Text == "STT"));
        var runs = page.Items.OfType<GlyphRun>().ToList();
        var stt = runs.First(r => r.Text == "STT").Y[0];
        var first = runs.First(r => r.Text == "Thực").Y[0];  // "Thực hiện" takes two lines in its narrow column
        var second = runs.First(r => r.Text == "hiện" && r.Y[0] > first).Y[0];
        Assert.InRange(stt, first + (second - first) * 0.3f, second - (second - first) * 0.3f);
    }

    [Fact]
    public void LongHeading_IsRagged_NotJustified()
    {
        var meeting = Seed("xuan-truong.yaml");
        var name = "Xây dựng Đảng, chính quyền và hệ thống chính trị; công tác dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội ở cơ sở";
        var fields = meeting.Results.Fields.Select((f, i) => i == 0 ? new ResultField { Name = name, Summary = f.Summary, Indicators = f.Indicators } : f).ToList();
        meeting.Results.Fields.Clear();
        meeting.Results.Fields.AddRange(fields);
        var pages = Compose(meeting);
        var lines = pages.SelectMany(p => p.Items.OfType<GlyphRun>()).Where(r => r.Text.StartsWith("1. Xây dựng Đảng", StringComparison.Ordinal)).ToList();
        var first = Assert.Single(lines);
        Assert.True(first.Text.Length < ("1. " + name).Length, "the heading should wrap for this test to mean anything");
        // Justified, its first line would reach the right margin; ragged, it stops short of it.
        Assert.True(first.Left + first.Width < Units.Mm(210 - 15) - 2, $"the heading's first line is stretched to the margin: {first.Left + first.Width}");
    }

    [Theory]
    [InlineData("đạt 12.278,27 ha", "đạt 12.278,27\u00A0ha")]                       // a number keeps its unit
    [InlineData("bằng 85,7 % kế hoạch", "bằng 85,7\u00A0% kế hoạch")]
    [InlineData("nhiệm vụ năm 2021", "nhiệm vụ năm\u00A02021")]                     // "2021" never alone on a line
    [InlineData("khóa XIX, Số: 35", "khóa\u00A0XIX, Số:\u00A035")]
    [InlineData("kỳ họp thứ 12, nhiệm kỳ 2016-2021", "kỳ họp thứ\u00A012, nhiệm kỳ\u00A02016-2021")]
    [InlineData("kinh tế - xã hội", "kinh tế\u00A0- xã hội")]                      // no line starts with "- "
    [InlineData("Tổng diện tích gieo trồng", "Tổng diện tích gieo trồng")]          // ordinary words break as before
    public void VietnameseBreaks_GlueWhatMustStayTogether(string text, string expected) =>
        Assert.Equal(expected, VietnameseBreaks.Glue(text));

    [Fact]
    public void DraftMark_IsOnEveryPageWhileTheDataHoldsExamples_AndGoneWithoutThem()
    {
        var meeting = Seed("y-yen.yaml");
        Assert.NotEmpty(meeting.Examples);
        var pages = Compose(meeting).Where(p => p.Items.Count > 0).ToList();
        Assert.All(pages, p => Assert.Contains(p.Items.OfType<GlyphRun>(), r => r.Text == BookletComposer.DraftMarkText && r.Y[0] > p.Size.Height - Units.Mm(20)));

        meeting.Examples.Clear();
        Assert.DoesNotContain(Compose(meeting).SelectMany(p => p.Items.OfType<GlyphRun>()), r => r.Text == BookletComposer.DraftMarkText);
    }

    [Fact]
    public void MarkdownBlockTheBookletHasNoFormFor_IsSetAsText_AndSaid()
    {
        var setter = new ParagraphSetter(_shaper);
        var builder = new MarkdownLayoutBuilder(setter, _theme, 700, "x.yaml");
        var unknown = new List<string>();
        builder.UnknownBlock += unknown.Add;
        // Raw HTML is off in the real pipeline; a pipeline with it on yields a block the booklet has no form for.
        var document = Markdown.Parse("Đoạn đầu.\n\n<div>Nội dung lạ</div>\n", new MarkdownPipelineBuilder().Build());
        Assert.Contains(document, b => b is HtmlBlock);
        var elements = builder.Build(document);
        Assert.Equal(["HtmlBlock"], unknown);
        Assert.Contains(elements.OfType<TextBlock>(), t => t.Text.Contains("Nội dung lạ", StringComparison.Ordinal));
    }
}
