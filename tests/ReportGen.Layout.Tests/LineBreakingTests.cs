using System.Diagnostics;
using ReportGen.Layout.Text;
using Xunit.Abstractions;

namespace ReportGen.Layout.Tests;

/// <summary>
/// Total-fit (Knuth–Plass) breaking of justified paragraphs against the greedy breaker, on the long
/// paragraphs of the seed article (seeds/000_63737f8ca6b16246.txt) set in Liberation Serif 14 pt.
/// </summary>
public sealed class LineBreakingTests(LayoutFixture fixture, ITestOutputHelper output) : IClassFixture<LayoutFixture>
{
    private const string YYenResults =
        "Năm 2020, mặc dù tình hình đại dịch COVID-19 diễn biến phức tạp, tác động toàn diện lên các lĩnh vực " +
        "nhưng Huyện ủy, HĐND, UBND huyện đã tập trung lãnh đạo, hoàn thành 18/21 chỉ tiêu chủ yếu của năm " +
        "2020. Tình hình chính trị của huyện tiếp tục ổn định; cấp ủy Đảng, chính quyền, MTTQ và các đoàn thể " +
        "từ huyện đến cơ sở được củng cố, từng bước nâng cao chất lượng hoạt động nhiệm vụ. Huyện đã chỉ đạo " +
        "hoàn thành Đại hội ở các Đảng bộ, chi bộ trực thuộc nhiệm kỳ 2020-2025 theo đúng kế hoạch; tổ chức " +
        "thành công Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025 là đại hội điểm cấp " +
        "huyện, được Ban TVTU đánh giá cao. Kinh tế - xã hội tiếp tục phát triển, kết quả thu ngân sách đạt " +
        "khá. Toàn huyện có 4 xã được UBND tỉnh công nhận đạt chuẩn NTM nâng cao; 6 thôn, xóm được UBND huyện " +
        "công nhận mô hình NTM kiểu mẫu năm 2019. Công tác giải phóng mặt bằng có nhiều chuyển biến, tiến độ " +
        "thi công các dự án được đẩy nhanh, cơ bản đáp ứng yêu cầu đề ra. Lĩnh vực văn hóa - xã hội có nhiều " +
        "tiến bộ, an sinh xã hội đảm bảo, quốc phòng - an ninh được giữ vững.";

    private const string YYenEmulation =
        "Năm 2020 công tác thi đua, khen thưởng của huyện tiếp tục có sự chuyển biến tích cực cả về hình " +
        "thức, nội dung. Phong trào thi đua ở các địa phương, đơn vị được nâng lên, động viên cổ vũ các tập " +
        "thể, cá nhân hăng hái trong lao động, sản xuất, học tập, công tác; lập nhiều thành tích, góp phần " +
        "thực hiện thắng lợi các nhiệm vụ chính trị. Trong năm huyện có 4 tập thể, cá nhân được Thủ tướng " +
        "Chính phủ tặng Bằng khen; 7 tập thể được Chủ tịch UBND tỉnh tặng “Cờ đơn vị dẫn đầu phong trào thi " +
        "đua”; 29 tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”, 12 tập thể, cá nhân được UBND tỉnh " +
        "khen thưởng điển hình tiên tiến giai đoạn 2015-2020.";

    private const string YYenTasks =
        "Năm 2021 Đảng bộ huyện Ý Yên tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của các cấp ủy Đảng, " +
        "vai trò tiên phong gương mẫu, trách nhiệm của đội ngũ cán bộ, đảng viên, nhất là người đứng đầu. Vận " +
        "động cán bộ, đảng viên và nhân dân đẩy mạnh các phong trào thi đua yêu nước trên các lĩnh vực: Cải " +
        "cách hành chính, nâng cao hiệu quả quản lý, điều hành của chính quyền các cấp, những nhiệm vụ trọng " +
        "tâm then chốt, những nơi còn khó khăn phức tạp. Lãnh đạo tổ chức thành công cuộc bầu cử đại biểu " +
        "Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 trên địa bàn huyện. Tiếp tục thực hiện " +
        "“mục tiêu kép” vừa phòng chống dịch COVID-19, vừa phục hồi và phát triển kinh tế - xã hội. Tập trung " +
        "chỉ đạo xây dựng nông thôn mới nâng cao, kiểu mẫu; mở rộng, thu hút đầu tư vào các cụm, điểm công " +
        "nghiệp và làng nghề; thực hiện tốt chính sách an sinh - xã hội, chăm lo, cải thiện nâng cao đời sống " +
        "nhân dân, bảo đảm quốc phòng - an ninh đáp ứng yêu cầu, nhiệm vụ trong tình hình mới.";

    private const string XuanTruongResults =
        "Năm 2020, trong điều kiện đại dịch COVID-19 diễn biến phức tạp, dưới sự lãnh đạo, chỉ đạo của Huyện " +
        "ủy, HĐND, UBND huyện, cán bộ, đảng viên và các tầng lớp nhân dân trong huyện Xuân Trường đã nỗ lực, " +
        "khắc phục khó khăn, hoàn thành đạt và vượt 11/12 chỉ tiêu phát triển kinh tế - xã hội đã đề ra. " +
        "Trong đó, sản xuất nông nghiệp được quan tâm chỉ đạo; tổng diện tích gieo trồng đạt 12.278,27ha, " +
        "năng suất lúa cả năm đạt 124,46 tạ/ha; giá trị thu được trên mỗi ha canh tác đạt 103 triệu đồng. Sản " +
        "xuất công nghiệp, tiểu thủ công nghiệp trên địa bàn tiếp tục duy trì, phát triển với tổng giá trị " +
        "năm 2020 đạt 5.809 tỷ đồng, tăng 13% so với năm 2019. Giá trị hàng hóa xuất khẩu đạt 37,2 triệu USD, " +
        "tăng 2% so với cùng kỳ năm trước. Các dự án, công trình nâng cấp hạ tầng cơ sở, hạ tầng giao thông " +
        "phục vụ phát triển kinh tế - xã hội được quan tâm đầu tư, triển khai và hoàn thành đúng tiến độ, đảm " +
        "bảo chất lượng. Lĩnh vực văn hóa - xã hội được quan tâm chỉ đạo và có nhiều chuyển biến tích cực. " +
        "Công tác xây dựng Đảng được đẩy mạnh. Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo hoàn " +
        "thành tổ chức đại hội đảng bộ các cấp đảm bảo nội dung, yêu cầu và kế hoạch đề ra. Huyện ủy đã kịp " +
        "thời ban hành Quy chế làm việc, Chương trình công tác toàn khoá; kiện toàn, bố trí, sắp xếp các chức " +
        "danh lãnh đạo sau đại hội, đảm bảo lãnh đạo thực hiện tốt các nhiệm vụ của địa phương. Công tác chỉ " +
        "đạo, điều hành của chính quyền sâu sát, kịp thời, hiệu quả, không ngừng nâng cao chất lượng. Hoạt " +
        "động của MTTQ và các đoàn thể chính trị - xã hội có nhiều đổi mới, thiết thực, chất lượng được nâng " +
        "lên.";

    private const string XuanTruongTasks =
        "Năm 2021, Huyện ủy Xuân Trường tập trung lãnh đạo đưa nghị quyết đại hội đảng các cấp và Nghị quyết " +
        "đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025 vào cuộc sống, tạo ra bước chuyển biến rõ nét " +
        "trên các lĩnh vực. Tăng cường công tác xây dựng Đảng và hệ thống chính trị; tổ chức thành công cuộc " +
        "bầu cử đại biểu Quốc hội khoá XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 trên địa bàn huyện. " +
        "Tiếp tục đẩy mạnh thực hiện xây dựng xã NTM nâng cao, khu dân cư NTM kiểu mẫu. Tập trung hoàn thành " +
        "các dự án, công trình nâng cấp hạ tầng cơ sở phục vụ phát triển kinh tế - xã hội. Thực hiện quyết " +
        "liệt công tác cải cách hành chính, xây dựng chính quyền điện tử, nâng cao hiệu lực, hiệu quả bộ máy " +
        "quản lý Nhà nước các cấp; thực hành tiết kiệm, phòng chống tham nhũng, lãng phí. Tăng cường củng cố " +
        "quốc phòng - an ninh, giữ vững an ninh chính trị, trật tự an toàn xã hội./.";

    private static readonly (string Name, string Text)[] Paragraphs =
    [
        (nameof(YYenResults), YYenResults),
        (nameof(YYenEmulation), YYenEmulation),
        (nameof(YYenTasks), YYenTasks),
        (nameof(XuanTruongResults), XuanTruongResults),
        (nameof(XuanTruongTasks), XuanTruongTasks),
    ];

    /// <summary>Column widths in points; 425 pt is the booklet's text width.</summary>
    private static readonly float[] Widths = [250, 300, 340, 425];

    private const float Size = 14;

    /// <summary>The booklet's body: justified, first line indented 1.27 cm, line height 1.25.</summary>
    private static readonly ParagraphStyle Body = new(TextAlignment.Justify, 36f, 1.25f);

    /// <summary>A quotation: every line indented from the left.</summary>
    private static readonly ParagraphStyle Quote = new(TextAlignment.Justify, 0, 1.25f, LeftIndent: 28);

    private IReadOnlyList<Word> Words(string text) => fixture.Setter.ToWords([new TextSpan(text, new TextStyle(Size))]);

    private IEnumerable<(string Name, float Width, IReadOnlyList<Word> Words)> Cases() =>
        from p in Paragraphs
        let words = Words(p.Text)
        from width in Widths
        select (p.Name, width, words);

    [Fact]
    public void BreakLines_TotalBadnessIsLowerThanGreedys_ForTheSeedParagraphs()
    {
        var failures = new List<string>();
        double optimalTotal = 0, greedyTotal = 0;
        int cases = 0, strictlyLower = 0;
        foreach (var style in new[] { Body, Quote })
        {
            foreach (var (name, width, words) in Cases())
            {
                var optimal = KnuthPlassBreaker.TotalBadness(KnuthPlassBreaker.BreakLines(words, width, style), words, width, style);
                var greedy = KnuthPlassBreaker.TotalBadness(ParagraphSetter.BreakLinesGreedy(words, width, style), words, width, style);
                var at = $"{name} at {width} pt, indent {style.FirstLineIndent}/{style.LeftIndent}";
                output.WriteLine($"{at}: Σr² optimal {optimal:0.000}, greedy {greedy:0.000}");
                if (optimal > greedy + 1e-9)
                {
                    failures.Add($"{at}: Σr² {optimal:0.000} > greedy {greedy:0.000}");
                }
                optimalTotal += optimal;
                greedyTotal += greedy;
                cases++;
                strictlyLower += optimal < greedy - 1e-9 ? 1 : 0;
            }
        }
        output.WriteLine($"total Σr²: optimal {optimalTotal:0.000}, greedy {greedyTotal:0.000}; strictly lower in {strictlyLower}/{cases}");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(optimalTotal < greedyTotal, $"total Σr²: optimal {optimalTotal:0.000}, greedy {greedyTotal:0.000}");
        Assert.True(strictlyLower * 2 > cases, $"strictly lower in only {strictlyLower} of {cases} cases");
    }

    [Fact]
    public void BreakLines_NoLineStretchesBeyondTheTolerance_WhenGreedyStaysWithinIt()
    {
        int cases = 0, checkedCases = 0;
        double optimalSum = 0, greedySum = 0;
        foreach (var style in new[] { Body, Quote })
        {
            foreach (var (name, width, words) in Cases())
            {
                var optimal = KnuthPlassBreaker.MaxStretchRatio(KnuthPlassBreaker.BreakLines(words, width, style), words, width, style);
                var greedy = KnuthPlassBreaker.MaxStretchRatio(ParagraphSetter.BreakLinesGreedy(words, width, style), words, width, style);
                output.WriteLine($"{name,-18} {width,4} pt, indent {style.FirstLineIndent}/{style.LeftIndent}: max r optimal {optimal:0.000}, greedy {greedy:0.000}");
                optimalSum += optimal;
                greedySum += greedy;
                cases++;
                if (greedy <= KnuthPlassBreaker.Tolerance)
                {
                    checkedCases++;
                    Assert.True(optimal <= KnuthPlassBreaker.Tolerance,
                        $"{name} at {width} pt: max r optimal {optimal:0.000} > {KnuthPlassBreaker.Tolerance}, greedy {greedy:0.000}");
                }
            }
        }
        Assert.True(checkedCases > 0, "greedy exceeds the tolerance everywhere: the test checks nothing");
        // And the loosest line of a paragraph is on average less loose than greedy's.
        Assert.True(optimalSum < greedySum, $"mean of the max r: optimal {optimalSum / cases:0.000}, greedy {greedySum / cases:0.000}");
    }

    [Fact]
    public void BreakLines_FindsTheLeastDemerits_OfAnExhaustiveSearch()
    {
        foreach (var style in new[] { Body, Quote })
        {
            foreach (var (name, width, words) in Cases())
            {
                var least = LeastDemerits(words, width, style, KnuthPlassBreaker.Tolerance);
                if (double.IsPositiveInfinity(least))
                {
                    least = LeastDemerits(words, width, style, KnuthPlassBreaker.EmergencyTolerance);
                }
                var found = Demerits(KnuthPlassBreaker.BreakLines(words, width, style), words, width);
                Assert.True(Math.Abs(found - least) <= 1e-9 * least,
                    $"{name} at {width} pt, indent {style.FirstLineIndent}/{style.LeftIndent}: demerits {found:0.###}, least {least:0.###}");
            }
        }
    }

    /// <summary>The demerits of a paragraph without forced breaks, by the rules of the breaker, computed anew.</summary>
    private static double Demerits(IReadOnlyList<TextLine> lines, IReadOnlyList<Word> words, float width)
    {
        double total = 0;
        var previous = 2; // decent
        foreach (var line in lines)
        {
            var spaces = 0.0;
            for (var w = line.First; w < line.First + line.Count - 1; w++)
            {
                spaces += words[w].SpaceAfter;
            }
            var ratio = line.EndsParagraph ? 0 : KnuthPlassBreaker.AdjustmentRatio(line.NaturalWidth, spaces, width - line.Indent);
            (var demerits, previous) = LineDemerits(ratio, previous);
            total += demerits;
        }
        return total;
    }

    private static (double Demerits, int Fitness) LineDemerits(double ratio, int previousFitness)
    {
        var badness = 100 * Math.Pow(Math.Abs(ratio), 3);
        var fitness = ratio > 1 ? 0 : ratio > 0.5 ? 1 : ratio >= -0.5 ? 2 : 3;
        var demerits = Math.Pow(KnuthPlassBreaker.LinePenalty + badness, 2);
        return (demerits + (Math.Abs(fitness - previousFitness) > 1 ? KnuthPlassBreaker.AdjacentFitnessDemerits : 0), fitness);
    }

    /// <summary>
    /// The least demerits over every way of breaking, by dynamic programming over all pairs of breaks
    /// (O(n²), no active nodes): the oracle for the breaker's pruning.
    /// </summary>
    private static double LeastDemerits(IReadOnlyList<Word> words, float width, ParagraphStyle style, double tolerance)
    {
        var n = words.Count;
        var best = new double[n + 1, 4];
        for (var p = 0; p <= n; p++)
        {
            for (var f = 0; f < 4; f++)
            {
                best[p, f] = double.PositiveInfinity;
            }
        }
        best[0, 2] = 0;
        for (var start = 0; start < n; start++)
        {
            var indent = (start == 0 ? style.FirstLineIndent : 0) + style.LeftIndent;
            double natural = 0, spaces = 0;
            for (var end = start + 1; end <= n; end++)
            {
                natural += words[end - 1].Width + (end - 1 > start ? words[end - 2].SpaceAfter : 0);
                spaces += end - 1 > start ? words[end - 2].SpaceAfter : 0;
                var available = width - indent;
                if (natural - spaces * KnuthPlassBreaker.ShrinkFactor > available + 0.01)
                {
                    break;
                }
                double ratio;
                if (end == n)
                {
                    if (natural > available + 0.01)
                    {
                        continue;
                    }
                    ratio = 0;
                }
                else
                {
                    ratio = Math.Max(KnuthPlassBreaker.AdjustmentRatio(natural, spaces, available), -1);
                    if (ratio > tolerance)
                    {
                        continue;
                    }
                }
                for (var f = 0; f < 4; f++)
                {
                    if (!double.IsPositiveInfinity(best[start, f]))
                    {
                        var (demerits, fitness) = LineDemerits(ratio, f);
                        best[end, fitness] = Math.Min(best[end, fitness], best[start, f] + demerits);
                    }
                }
            }
        }
        return Enumerable.Range(0, 4).Min(f => best[n, f]);
    }

    [Fact]
    public void BreakLines_KeepsEveryWordOnceInOrder_WithNoOverfullLineAndARaggedLastLine()
    {
        foreach (var style in new[] { Body, Quote })
        {
            foreach (var (name, width, words) in Cases())
            {
                var lines = KnuthPlassBreaker.BreakLines(words, width, style);
                var greedy = ParagraphSetter.BreakLinesGreedy(words, width, style);
                var at = $"{name} at {width} pt";
                var next = 0;
                for (var i = 0; i < lines.Count; i++)
                {
                    var line = lines[i];
                    Assert.True(line.First == next && line.Count > 0, $"{at}: line {i} starts at word {line.First}, expected {next}");
                    next += line.Count;

                    var indent = (i == 0 ? style.FirstLineIndent : 0) + style.LeftIndent;
                    Assert.Equal(indent, line.Indent);
                    float natural = 0, spaces = 0;
                    for (var w = line.First; w < line.First + line.Count; w++)
                    {
                        natural += words[w].Width + (w < line.First + line.Count - 1 ? words[w].SpaceAfter : 0);
                        spaces += w < line.First + line.Count - 1 ? words[w].SpaceAfter : 0;
                    }
                    Assert.Equal(natural, line.NaturalWidth, 0.001f);
                    var available = width - indent;
                    var shrink = spaces * KnuthPlassBreaker.ShrinkFactor;
                    Assert.True(line.NaturalWidth - shrink <= available + 0.01,
                        $"{at}: line {i} is overfull: {line.NaturalWidth:0.00} pt − shrink {shrink:0.00} > {available} pt");

                    // One style throughout: every line has the metrics of the greedy breaker's lines.
                    Assert.Equal((greedy[0].Ascent, greedy[0].Descent, greedy[0].Height), (line.Ascent, line.Descent, line.Height));
                    Assert.Equal(i == lines.Count - 1, line.EndsParagraph);
                }
                Assert.Equal(words.Count, next);
                var last = lines[^1];
                Assert.True(last.NaturalWidth <= width - last.Indent + 0.01f,
                    $"{at}: the last line is set at its natural width and must fit: {last.NaturalWidth:0.00} pt");
            }
        }
    }

    [Fact]
    public void BreakLines_ForcedBreakEndsAPart_BrokenLikeAParagraphOfItsOwn()
    {
        var first = Words(YYenEmulation);
        var second = Words(XuanTruongTasks);
        var words = Words(YYenEmulation + "\n" + XuanTruongTasks);
        Assert.Equal(first.Count + second.Count, words.Count);
        Assert.True(words[first.Count - 1].ForcedBreakAfter);

        foreach (var width in Widths)
        {
            var lines = KnuthPlassBreaker.BreakLines(words, width, Body);
            var alone = KnuthPlassBreaker.BreakLines(first, width, Body)
                .Concat(KnuthPlassBreaker.BreakLines(second, width, Body with { FirstLineIndent = 0 })
                    .Select(l => l with { First = l.First + first.Count }))
                .ToList();
            Assert.Equal(alone, lines);

            var atBreak = Assert.Single(lines, l => l.First + l.Count == first.Count);
            Assert.True(atBreak.EndsParagraph, "the line before a forced break is not justified");
            Assert.True(atBreak.NaturalWidth <= width - atBreak.Indent + 0.01f, "and it fits at its natural width");
            Assert.Equal(2, lines.Count(l => l.EndsParagraph));
        }
    }

    [Fact]
    public void BreakLines_OfAParagraphOfManyPages_BetweenShortOnes_LeavesEachItsOwnLines()
    {
        // A paragraph of 40 000 words (a template's sentence per indicator of a thick table), whose breaker lets go of the
        // breaks it no longer tries, between two breakings of the same short one: the short one's lines do not change,
        // and the long one's are whole, in order and within the column.
        var (_, text) = Paragraphs[0];
        var shortWords = Words(text);
        var before = KnuthPlassBreaker.BreakLines(shortWords, 300, Body);
        var longWords = Words(string.Join(' ', Enumerable.Repeat(text, 40_000 / shortWords.Count + 1)));
        Assert.True(longWords.Count > 40_000, $"{longWords.Count} words");

        var lines = KnuthPlassBreaker.BreakLines(longWords, 300, Body);
        var after = KnuthPlassBreaker.BreakLines(shortWords, 300, Body);

        Assert.Equal(before, after);
        Assert.Equal(longWords.Count, lines.Sum(l => l.Count));
        Assert.Equal(Enumerable.Range(0, lines.Count - 1).Select(i => lines[i].First + lines[i].Count), lines.Skip(1).Select(l => l.First));
        Assert.All(lines, l => Assert.True(l.NaturalWidth - ShrinkOf(l, longWords) <= 300 - l.Indent + 0.01, $"line at word {l.First} overfull"));
        // Somewhere in so long a paragraph no breaking keeps every line within the first pass's tolerance (r reaches 4,5
        // here): the second pass's.
        var most = KnuthPlassBreaker.MaxStretchRatio(lines, longWords, 300, Body);
        Assert.True(most <= KnuthPlassBreaker.EmergencyTolerance, $"r up to {most}");
    }

    /// <summary>How far a line's spaces can shrink (a third of each, <see cref="KnuthPlassBreaker.ShrinkFactor"/>).</summary>
    private static double ShrinkOf(TextLine line, IReadOnlyList<Word> words) =>
        Enumerable.Range(line.First, line.Count - 1).Sum(i => words[i].SpaceAfter) * KnuthPlassBreaker.ShrinkFactor;

    [Fact]
    public void BreakLines_WordWiderThanTheLine_IsKeptByTheGreedyFallback()
    {
        var words = Words("Xem chi tiết tại https://www.namdinh.gov.vn/portal/Pages/trien-khai-nhiem-vu-2021.aspx và các phụ lục kèm theo.");
        var wide = words.Single(w => w.Width > 120);

        var lines = KnuthPlassBreaker.BreakLines(words, 120, Body);

        Assert.Equal(words.Count, lines.Sum(l => l.Count));
        Assert.Contains(lines, l => l.Count == 1 && words[l.First] == wide);
        Assert.Equal(ParagraphSetter.BreakLinesGreedy(words, 120, Body), lines);
    }

    [Fact]
    public void BreakLines_OfTheSetter_IsTotalFitForJustifiedTextOnly()
    {
        var words = Words(YYenResults);
        var differs = false;
        foreach (var width in Widths)
        {
            var optimal = KnuthPlassBreaker.BreakLines(words, width, Body);
            var greedy = ParagraphSetter.BreakLinesGreedy(words, width, Body);
            Assert.Equal(optimal, ParagraphSetter.BreakLines(words, width, Body));
            var left = Body with { Alignment = TextAlignment.Left };
            Assert.Equal(ParagraphSetter.BreakLinesGreedy(words, width, left), ParagraphSetter.BreakLines(words, width, left));
            differs |= !optimal.SequenceEqual(greedy);
        }
        Assert.True(differs, "the two breakers agree at every width: the test cannot tell them apart");
    }

    [Theory]
    [InlineData(90, 10, 100, 2)] // 10 pt short, the spaces stretch by 5 pt: r = 2
    [InlineData(110, 30, 100, -1)] // 10 pt long, the spaces shrink by 10 pt: r = −1, tight as it goes
    [InlineData(105, 30, 100, -0.5)]
    [InlineData(100.005, 30, 100, 0)] // within 0.01 pt: fits
    public void AdjustmentRatio_IsInUnitsOfHalfTheSpacesWhenShort_AndOfAThirdWhenLong(double natural, double spaces, double available, double expected)
    {
        Assert.Equal(expected, KnuthPlassBreaker.AdjustmentRatio(natural, spaces, available), 9);
    }

    [Fact]
    public void AdjustmentRatio_OfOneWordLine_IsInfiniteWhenShort_AndOverfullWhenLong()
    {
        Assert.Equal(double.PositiveInfinity, KnuthPlassBreaker.AdjustmentRatio(80, 0, 100));
        Assert.Equal(double.NegativeInfinity, KnuthPlassBreaker.AdjustmentRatio(120, 0, 100));
    }
}
