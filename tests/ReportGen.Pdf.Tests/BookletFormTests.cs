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
public sealed class BookletFormTests(BookletFixture booklet) : IClassFixture<BookletFixture>
{
    private readonly TextShaper _shaper = booklet.Shaper;
    private readonly BookletTheme _theme = booklet.Theme;
    private readonly TemplateRenderer _templates = booklet.Templates;

    /// <summary>A run's text with the non-breaking spaces the line breaking rules put in read as spaces.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static Meeting Seed(string name) => (Meeting)DataLoader.LoadFile(ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", name));

    private IReadOnlyList<Page> Compose(Meeting meeting) =>
        new BookletComposer(_shaper, _theme).Compose(meeting, _templates.Documents(meeting));

    [Fact]
    public void SummaryLine_HasAShortCentredRuleUnderIt_AboveTheFirstSection()
    {
        var pages = Compose(Seed("xuan-truong.yaml"));
        var page = pages.First(p => p.Items.OfType<GlyphRun>().Any(r => Plain(r.Text) == "BÁO CÁO"));
        var runs = page.Items.OfType<GlyphRun>().ToList();
        var summaryEnd = runs.Last(r => r.Text.Replace('\u00A0', ' ').Contains("nhiệm vụ năm 2021", StringComparison.Ordinal)).Baseline;
        var section = runs.First(r => Plain(r.Text).StartsWith("I. KẾT QUẢ", StringComparison.Ordinal)).Baseline;
        var content = Units.Mm(210 - 30 - 15);
        var rule = Assert.Single(page.Items.OfType<LineSegment>(), l => l.Y1 > summaryEnd && l.Y1 < section);
        Assert.Equal(content / 3, rule.X2 - rule.X1, 0.5f);
        Assert.Equal(Units.Mm(30) + content / 2, (rule.X1 + rule.X2) / 2, 0.5f); // centred on the text block
    }

    [Fact]
    public void DocumentName_IsSetAtItsConventionsSize_StateSmallerThanParty()
    {
        float SizeOf(IReadOnlyList<Page> pages, string name) =>
            pages.SelectMany(p => p.Items.OfType<GlyphRun>()).First(r => Plain(r.Text) == name).FontSize;
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
            var run = runs.First(r => Plain(r.Text).StartsWith(start, StringComparison.Ordinal) && r.FontSize == _theme.Table.Size);
            var at = run.Text.IndexOfAny([',', '\u2008']);
            return run.X[Array.IndexOf([.. Enumerable.Range(0, run.Glyphs.Length).Select(run.ClusterAt)], at)];
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
        var page = Compose(Seed("xuan-truong.yaml")).First(p => p.Items.OfType<GlyphRun>().Any(r => Plain(r.Text) == "STT"));
        var runs = page.Items.OfType<GlyphRun>().ToList();
        var stt = runs.First(r => Plain(r.Text) == "STT").Baseline;
        var first = runs.First(r => Plain(r.Text) == "Thực").Baseline;  // "Thực hiện" takes two lines in its narrow column
        var second = runs.First(r => Plain(r.Text) == "hiện" && r.Baseline > first).Baseline;
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
        var lines = pages.SelectMany(p => p.Items.OfType<GlyphRun>()).Where(r => Plain(r.Text).StartsWith("1. Xây dựng Đảng", StringComparison.Ordinal)).ToList();
        var first = Assert.Single(lines);
        Assert.True(first.Text.Length < ("1. " + name).Length, "the heading should wrap for this test to mean anything");
        // Justified, its first line would reach the right margin; ragged, it stops short of it.
        Assert.True(first.Left + first.Width < Units.Mm(210 - 15) - 2, $"the heading's first line is stretched to the margin: {first.Left + first.Width}");
    }

    /// <summary>The Xuân Trường seed with its report's signer and recipients changed as <paramref name="edit"/> says.</summary>
    private static Meeting XuanTruongWith(Func<string, string> edit)
    {
        var path = ReportGen.Tests.RepositoryRoot.Of("seeds", "2021", "xuan-truong.yaml");
        // Parsed as if in the seed's folder, so the files it refers to are found.
        return (Meeting)DataLoader.Parse(edit(File.ReadAllText(path)), path);
    }

    private const string ReportSigner = "      name: Lại Văn Đông                                       # ví dụ\n";

    [Fact]
    public void SignedDocument_HasNoticeOfRecipientsBesideTheSignature_AtTheConventionsSizes()
    {
        var pages = Compose(Seed("xuan-truong.yaml"));
        var page = pages.First(p => p.Items.OfType<GlyphRun>().Any(r => Plain(r.Text) == "Lại Văn Đông"));
        var runs = page.Items.OfType<GlyphRun>().ToList();
        var label = runs.First(r => Plain(r.Text).StartsWith("Nơi nhận", StringComparison.Ordinal));
        var authority = runs.First(r => Plain(r.Text) == "TM. ỦY BAN NHÂN DÂN");
        // NĐ 30: "Nơi nhận:" bold italic 12 pt, level with the authority line, in the left half; lines 11 pt.
        Assert.Equal(12, label.FontSize);
        Assert.True(label.Face.Bold && label.Face.Italic, "NĐ 30 sets 'Nơi nhận:' in bold italic");
        Assert.Equal(authority.Baseline, label.Baseline, 3f);
        Assert.True(label.Left < Units.Mm(30) + 1 && authority.Left > Units.Mm(30) + Units.Mm(165) / 2 - 1, "recipients left, signature right");
        var lines = runs.Where(r => r.Baseline > label.Baseline && r.Left < Units.Mm(105) && Plain(r.Text).StartsWith("- ", StringComparison.Ordinal)).Select(r => r.Text).ToList();
        Assert.Equal(["- UBND tỉnh Nam Định (để báo cáo);", "- Các đại biểu dự hội nghị;", "- Lưu: VT."], lines);
        Assert.All(runs.Where(r => lines.Contains(r.Text)), r => Assert.Equal(11, r.FontSize));
    }

    [Fact]
    public void PartyDocument_UnderlinesNoticeOfRecipients_AndFilesItsCopyWithTheCommitteesOffice()
    {
        var pages = Compose(Seed("y-yen.yaml"));
        var page = pages.First(p => p.Items.OfType<GlyphRun>().Any(r => Plain(r.Text) == "T/M BAN THƯỜNG VỤ"));
        var runs = page.Items.OfType<GlyphRun>().ToList();
        var label = runs.First(r => Plain(r.Text).StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.Equal(14, label.FontSize); // HD 36: 14 pt, upright, underlined
        Assert.False(label.Face.Bold || label.Face.Italic);
        Assert.Contains(page.Items.OfType<LineSegment>(), l => Math.Abs(l.X1 - label.Left) < 1 && l.Y1 > label.Baseline && l.Y1 < label.Baseline + 4);
        Assert.Contains(runs, r => Plain(r.Text) == "- Lưu Văn phòng Huyện ủy." && r.FontSize == 12);
        Assert.Contains(runs, r => Plain(r.Text) == "- Tỉnh ủy Nam Định (để báo cáo);");
    }

    [Fact]
    public void SignedCopy_PrintsTheMark_AndKeepsNoRoomForASignature()
    {
        float Gap(Meeting meeting)
        {
            var runs = Compose(meeting).SelectMany(p => p.Items.OfType<GlyphRun>()).ToList();
            var position = runs.First(r => Plain(r.Text) == "CHỦ TỊCH" && runs.Any(n => Plain(n.Text) == "Lại Văn Đông"));
            return runs.First(r => Plain(r.Text) == "Lại Văn Đông").Baseline - position.Baseline;
        }
        var unsigned = Seed("xuan-truong.yaml");
        var signed = XuanTruongWith(text => text.Replace(ReportSigner, ReportSigner + "      signed: true\n", StringComparison.Ordinal));
        Assert.Contains(Compose(signed).SelectMany(p => p.Items.OfType<GlyphRun>()), r => Plain(r.Text) == "(Đã ký)");
        Assert.DoesNotContain(Compose(unsigned).SelectMany(p => p.Items.OfType<GlyphRun>()), r => Plain(r.Text) == "(Đã ký)");
        // Unsigned: four empty lines of room (about 67 pt at 14 pt) between the baselines; signed: the mark's line and half a line of air either side.
        Assert.True(Gap(unsigned) > 60, $"room for the signature: {Gap(unsigned)}");
        Assert.True(Gap(signed) < 45, $"a signed copy keeps an empty gap: {Gap(signed)}");
    }

    [Fact]
    public void Recipients_FromTheData_AreCleaned_AndAnEmptyListPrintsNone()
    {
        var listed = XuanTruongWith(text => text.Replace(ReportSigner,
            ReportSigner + "    recipients:\n      - \"- Thường trực Huyện ủy;\"\n      - Thường trực HĐND huyện.\n", StringComparison.Ordinal));
        var runs = Compose(listed).SelectMany(p => p.Items.OfType<GlyphRun>()).Select(r => r.Text).ToList();
        Assert.Contains("- Thường trực Huyện ủy;", runs);
        Assert.Contains("- Thường trực HĐND huyện;", runs);
        Assert.DoesNotContain("- UBND tỉnh Nam Định (để báo cáo);", runs);
        var none = XuanTruongWith(text => text.Replace(ReportSigner, ReportSigner + "    recipients: []\n", StringComparison.Ordinal));
        var noneRuns = Compose(none).SelectMany(p => p.Items.OfType<GlyphRun>()).ToList();
        Assert.DoesNotContain(noneRuns, r => Plain(r.Text) == "- UBND tỉnh Nam Định (để báo cáo);");
        // The delegate list and the agenda of this seed are not signed: the report was the one signed document.
        Assert.DoesNotContain(noneRuns, r => Plain(r.Text).StartsWith("Nơi nhận", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("y-yen.yaml")]
    [InlineData("xuan-truong.yaml")]
    public void TableText_KeepsItsCellPadding_FromTheRulesOnBothSides(string seed)
    {
        var padding = _theme.Table.CellPaddingPt;
        var checkedRuns = 0;
        foreach (var page in Compose(Seed(seed)))
        {
            var rules = page.Items.OfType<LineSegment>().Where(l => Math.Abs(l.X1 - l.X2) < 0.01f).ToList();
            foreach (var run in page.Items.OfType<GlyphRun>().Where(r => Math.Abs(r.FontSize - _theme.Table.Size) < 0.01f))
            {
                // The column rules beside the run: vertical rules whose span holds its baseline.
                var beside = rules.Where(l => Math.Min(l.Y1, l.Y2) <= run.Baseline && Math.Max(l.Y1, l.Y2) >= run.Baseline).Select(l => l.X1).ToList();
                var left = beside.Where(x => x <= run.Left + 0.01f).DefaultIfEmpty(float.NaN).Max();
                var right = beside.Where(x => x >= run.Left).DefaultIfEmpty(float.NaN).Min();
                if (float.IsNaN(left) || float.IsNaN(right))
                {
                    continue; // not in a table (a chart caption, say)
                }
                checkedRuns++;
                Assert.True(run.Left - left >= padding - 0.01f && right - run.Right >= padding - 0.01f,
                    $"'{run.Text}' on page {page.Number}: {run.Left - left:0.##} pt from the rule on its left, {right - run.Right:0.##} pt from the one on its right");
            }
        }
        Assert.True(checkedRuns > 20, $"{checkedRuns} table lines checked");
    }

    [Fact]
    public void RelatedTables_TheAwardListsOfOneDecision_ShareTheirColumnWidths()
    {
        // The lists' pages (the delegate list has a "Chức vụ, đơn vị" column too, in a table of another kind).
        var runs = Compose(Seed("y-yen.yaml")).Where(p => p.Items.OfType<GlyphRun>().Any(r => Plain(r.Text) == "Tập thể, cá nhân"))
            .SelectMany(p => p.Items.OfType<GlyphRun>()).ToList();
        // A header cell is centred in its column: the same column, the same place, in all four lists.
        var headers = runs.Where(r => Plain(r.Text) == "Chức vụ, đơn vị").ToList();
        Assert.True(headers.Count >= 4, $"{headers.Count} award lists");
        Assert.All(headers, h => Assert.Equal(headers[0].Left, h.Left, 0.01f));
        var names = runs.Where(r => Plain(r.Text) == "Tập thể, cá nhân").ToList();
        Assert.All(names, h => Assert.Equal(names[0].Left, h.Left, 0.01f));
    }

    /// <summary>The lines of text of one size on the first page of a booklet (the cover's title, at its own size).</summary>
    private static List<string> CoverLines(IReadOnlyList<Page> pages, float size) =>
        pages[0].Items.OfType<GlyphRun>().Where(r => Math.Abs(r.FontSize - size) < 0.01f)
            .GroupBy(r => MathF.Round(r.Baseline)).OrderBy(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(r => r.Left).Select(r => r.Text)).Replace('\u00A0', ' ')).ToList();

    [Theory]
    [InlineData("theme.yaml")]
    [InlineData("theme-a5.yaml")]
    public void CoverTitle_BreaksBetweenWords_InEvenLines_AndNeverInsideAWordOrBeforeAYear(string themeFile)
    {
        var theme = BookletTheme.Load(ReportGen.Tests.RepositoryRoot.Of("templates", themeFile));
        var meeting = Seed("y-yen.yaml");
        var lines = CoverLines(new BookletComposer(_shaper, theme).Compose(meeting, _templates.Documents(meeting)), theme.Cover.TitleSize);
        Assert.True(lines.Count >= 2, string.Join(" / ", lines));
        // What a typesetter saw on the first covers: "THI / ĐUA", "CÔNG / TÁC", "TRIỂN / KHAI", "2021" alone.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var across = $"{lines[i].Split(' ')[^1]} {lines[i + 1].Split(' ')[0]}";
            Assert.DoesNotContain(across, new[] { "THI ĐUA", "CÔNG TÁC", "TRIỂN KHAI", "KHEN THƯỞNG", "NHIỆM VỤ", "TỔNG KẾT" });
            Assert.DoesNotMatch(@"^NĂM \d", across);
        }
        // Even lines: the shortest is no less than half the longest (greedy left "THƯỞNG" or "2021" alone).
        Assert.True(lines.Min(l => l.Length) * 2 >= lines.Max(l => l.Length), string.Join(" / ", lines));
    }

    [Theory]
    [InlineData("KỲ HỌP THỨ 12 HỘI ĐỒNG NHÂN DÂN HUYỆN LONG ĐIỀN KHÓA II", "HUYỆN\u00A0LONG\u00A0ĐIỀN KHÓA")]
    [InlineData("ĐẢNG ỦY XÃ YÊN TIẾN", "XÃ\u00A0YÊN\u00A0TIẾN")]
    public void TitleInCapitals_KeepsAUnitsLevelWithItsName(string title, string glued) =>
        Assert.Contains(glued, VietnameseBreaks.GlueTitle(title), StringComparison.Ordinal);

    [Theory]
    // A ceremony's cover once broke "ĐÓN / NHẬN" and ended its first line with "VÀ".
    [InlineData("LỄ KỶ NIỆM NGÀY TRUYỀN THỐNG VÀ ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ",
        "LỄ KỶ\u00A0NIỆM NGÀY TRUYỀN\u00A0THỐNG VÀ\u00A0ĐÓN\u00A0NHẬN HUÂN\u00A0CHƯƠNG LAO\u00A0ĐỘNG HẠNG\u00A0NHÌ")]
    [InlineData("Danh sách các tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh",
        "Danh\u00A0sách các\u00A0tập\u00A0thể được tặng Bằng\u00A0khen của\u00A0Chủ\u00A0tịch UBND tỉnh")]
    // Only whole words join: the "qua" of "thông qua" is no joining word.
    [InlineData("thông qua kết quả", "thông\u00A0qua kết\u00A0quả")]
    // A preposition that belongs to its verb stays free: "gắn với" may end a line.
    [InlineData("Phát triển làng nghề gắn với xây dựng nông thôn mới", "Phát\u00A0triển làng nghề gắn với xây\u00A0dựng nông\u00A0thôn mới")]
    public void Title_KeepsItsWordsWhole_AndEndsNoLineWithAJoiningWord(string title, string glued) =>
        Assert.Equal(glued, VietnameseBreaks.GlueTitle(title));

    [Fact]
    public void Glue_ThatRunsOutOfTime_LeavesTheTextAsItIs_AndOtherErrorsStillFail()
    {
        // The rules' time limit is wall-clock time: a starved computer must get unglued text, not a dead build.
        Assert.Equal("năm 2021", VietnameseBreaks.Guarded("năm 2021", _ => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("năm 2021", "x", TimeSpan.FromSeconds(1))));
        Assert.Equal("năm\u00A02021", VietnameseBreaks.Guarded("năm 2021", VietnameseBreaks.Glue));
        Assert.Throws<InvalidOperationException>(() => VietnameseBreaks.Guarded("năm 2021", _ => throw new InvalidOperationException()));
    }

    [Fact]
    public void BalancedBreaking_KeepsTheLineCount_AndEvensTheLines()
    {
        var words = new ParagraphSetter(_shaper).ToWords([new TextSpan("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", new TextStyle(15, Bold: true))]);
        var width = words.Sum(w => w.Width + w.SpaceAfter) - words[^1].Width / 2; // one word too many for a line
        var greedy = ParagraphSetter.BreakLinesGreedy(words, width, new ParagraphStyle(TextAlignment.Center));
        var balanced = ParagraphSetter.BreakLines(words, width, new ParagraphStyle(TextAlignment.Center, Balanced: true));
        Assert.Equal(2, greedy.Count);
        Assert.Equal(1, greedy[^1].Count); // greedy: "THƯỞNG" alone
        Assert.Equal(2, balanced.Count);
        Assert.True(balanced[^1].Count >= 3, $"last line of {balanced[^1].Count} words");
        Assert.True(Math.Abs(balanced[0].NaturalWidth - balanced[1].NaturalWidth) < width / 3);
    }

    [Theory]
    [InlineData("đạt 12.278,27 ha", "đạt 12.278,27\u00A0ha")]                       // a number keeps its unit
    [InlineData("bằng 85,7 % kế hoạch", "bằng 85,7\u00A0% kế hoạch")]
    [InlineData("nhiệm vụ năm 2021", "nhiệm vụ năm\u00A02021")]                     // "2021" never alone on a line
    [InlineData("khóa XIX, Số: 35", "khóa\u00A0XIX, Số:\u00A035")]
    [InlineData("kỳ họp thứ 12, nhiệm kỳ 2016-2021", "kỳ họp thứ\u00A012, nhiệm kỳ\u00A02016-2021")]
    [InlineData("kinh tế - xã hội", "kinh tế\u00A0- xã hội")]                      // no line starts with "- "
    [InlineData("Tổng diện tích gieo trồng", "Tổng diện tích gieo trồng")]          // ordinary words break as before
    // A date keeps each number with its word but may break between its parts, and a number does not pull
    // a joining word along: otherwise "ngày 26 tháng 11 năm 2003 và" is one word and the line gapes.
    [InlineData("ngày 26 tháng 11 năm 2003 và Luật", "ngày\u00A026 tháng\u00A011 năm\u00A02003 và Luật")]
    [InlineData("cho 52 lượt tập thể", "cho 52\u00A0lượt tập thể")]
    // Names: two to four capitalised words stay together; capitals in a heading and longer runs do not.
    [InlineData("Đảng bộ xã Yên Khánh", "Đảng bộ xã\u00A0Yên\u00A0Khánh")]
    [InlineData("Chi bộ thôn Đông, xã Yên Lương", "Chi bộ thôn\u00A0Đông, xã\u00A0Yên\u00A0Lương")]
    [InlineData("đồng chí Nguyễn Văn Bình, Bí thư", "đồng chí Nguyễn\u00A0Văn\u00A0Bình, Bí thư")]
    [InlineData("huyện Ý Yên", "huyện\u00A0Ý\u00A0Yên")]
    [InlineData("ỦY BAN NHÂN DÂN HUYỆN", "ỦY BAN NHÂN DÂN HUYỆN")]
    [InlineData("Một Hai Ba Bốn Năm Sáu", "Một Hai Ba Bốn Năm Sáu")]
    public void VietnameseBreaks_GlueWhatMustStayTogether(string text, string expected) =>
        Assert.Equal(expected, VietnameseBreaks.Glue(text));

    [Fact]
    public void DraftMark_IsOnEveryPageWhileTheDataHoldsExamples_AndGoneWithoutThem()
    {
        var meeting = Seed("y-yen.yaml");
        Assert.NotEmpty(meeting.Examples);
        var pages = Compose(meeting).Where(p => p.Items.Count > 0).ToList();
        Assert.All(pages, p => Assert.Contains(p.Items.OfType<GlyphRun>(), r => Plain(r.Text) == BookletComposer.DraftMarkText && r.Baseline > p.Size.Height - Units.Mm(20)));

        meeting.Examples.Clear();
        Assert.DoesNotContain(Compose(meeting).SelectMany(p => p.Items.OfType<GlyphRun>()), r => Plain(r.Text) == BookletComposer.DraftMarkText);
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
