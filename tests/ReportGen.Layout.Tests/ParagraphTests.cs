using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

public sealed class ParagraphTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private const string Seed = "Năm 2020, mặc dù tình hình đại dịch COVID-19 diễn biến phức tạp, tác động toàn diện lên các lĩnh vực " +
        "nhưng Huyện ủy, HĐND, UBND huyện đã tập trung lãnh đạo, hoàn thành 18/21 chỉ tiêu chủ yếu của năm 2020. " +
        "Tình hình chính trị của huyện tiếp tục ổn định; cấp ủy Đảng, chính quyền, MTTQ và các đoàn thể từ huyện đến cơ sở được củng cố.";

    [Fact]
    public void Fonts_LiberationSerifIsFirst_WhenInstalled()
    {
        Assert.Equal("Liberation Serif", fixture.Fonts.Stack[0].Name);
    }

    [Fact]
    public void BreakLines_NoLineIsWiderThanTheColumn_AndAllWordsAreKeptInOrder()
    {
        var block = fixture.Paragraph(Seed);
        var lines = block.LinesFor(200);
        Assert.True(lines.Count > 5);
        // Justified lines may shrink their spaces by a third (Knuth–Plass), never more.
        var words = block.Words;
        Assert.All(lines, l =>
        {
            var spaces = Enumerable.Range(l.First, l.Count - 1).Sum(i => words[i].SpaceAfter);
            Assert.True(l.NaturalWidth - spaces * KnuthPlassBreaker.ShrinkFactor <= 200.01f, $"line of {l.NaturalWidth} pt");
        });
        Assert.Equal(Seed.Split(' ').Length, lines.Sum(l => l.Count));
    }

    [Fact]
    public void Draw_JustifiedLinesEndAtTheRightEdge_ExceptTheLast()
    {
        var page = fixture.Paginate(fixture.Paragraph(Seed), LayoutFixture.SmallPage(220, 600)).Single();
        var lines = PageText.Runs(page).GroupBy(r => MathF.Round(r.Baseline)).OrderBy(g => g.Key).ToList();
        Assert.True(lines.Count > 5);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            Assert.InRange(line.Last().Right, 209.5f, 210.5f); // 220 wide page, 10 pt right margin
        }
        Assert.True(lines[^1].Last().Right < 209, "the last line is ragged, not stretched");
    }

    [Fact]
    public void Shape_VietnameseTextKeepsItsCharacters()
    {
        var page = fixture.Paginate(fixture.Paragraph("Đảng bộ huyện Ý Yên: 12.278,27 ha; 124,46 tạ/ha."), LayoutFixture.SmallPage(400, 200)).Single();
        Assert.Equal("Đảng bộ huyện Ý Yên: 12.278,27 ha; 124,46 tạ/ha.", PageText.Of(page));
        Assert.All(PageText.Runs(page), r => Assert.DoesNotContain((ushort)0, r.Glyphs));
    }

    [Fact]
    public void Shape_CharacterMissingFromEveryFont_IsReported()
    {
        // U+E000 is a private-use character: no font on a normal machine draws it.
        var reported = new List<MissingGlyph>();
        var setter = new ParagraphSetter(fixture.Shaper);
        setter.MissingGlyph += reported.Add;
        for (var i = 0; i < 2; i++)
        {
            setter.ToWords([new TextSpan("Huyện ủy đánh giá a\uE000b cao", new TextStyle(12))]);
        }
        // Reported each time, though the word's shaping comes from the cache the second time.
        Assert.Equal(2, reported.Count);
        Assert.All(reported, m => Assert.Equal(0xE000, m.Codepoint));
        Assert.Contains("U+E000", reported[0].ToString());
        Assert.Contains("đánh giá a\uE000b cao", reported[0].Context);
    }

    [Fact]
    public void Words_OfAParagraphOfManyPages_ThenOfShortOnes_AreEachTheirOwn()
    {
        // The lists a paragraph is gathered in are kept per thread for the next one, but not once a long paragraph
        // grew them (30 000 words): what the next paragraphs get must not depend on which was set before.
        var setter = new ParagraphSetter(fixture.Shaper);
        var style = new TextStyle(12);
        TextSpan[] shortSpans = [new("Huyện ủy đánh giá ", style), new("cao", style with { Bold = true })];
        static string Describe(IReadOnlyList<Word> words) => string.Join("|", words.Select(w =>
            $"{string.Concat(w.Pieces.ToArray().Select(p => p.Shaped.Text))}:{w.Width:0.###}+{w.SpaceAfter:0.###}"));

        var before = Describe(setter.ToWords(shortSpans));
        var longWords = setter.ToWords([new TextSpan(string.Join(' ', Enumerable.Range(1, 30000).Select(i => $"từ{i}")), style)]);
        var after = Describe(setter.ToWords(shortSpans));
        var lines = ParagraphSetter.BreakLinesGreedy(longWords, 300, new ParagraphStyle(TextAlignment.Left));
        var shortLines = ParagraphSetter.BreakLinesGreedy(setter.ToWords(shortSpans), 300, new ParagraphStyle(TextAlignment.Left));

        Assert.Equal(30000, longWords.Count);
        Assert.Equal("Huyện|ủy|đánh|giá|cao", string.Join("|", after.Split('|').Select(w => w[..w.IndexOf(':')])));
        Assert.Equal(before, after);
        Assert.True(lines.Count > 1000, $"{lines.Count} lines");
        Assert.Equal(30000, lines.Sum(l => l.Count));
        Assert.Equal(5, Assert.Single(shortLines).Count);
    }

    [Fact]
    public void TextBlock_CharacterMissingFromEveryFont_IsReportedOnce_HoweverOftenItIsLaidOut()
    {
        var reported = new List<MissingGlyph>();
        var setter = new ParagraphSetter(fixture.Shaper);
        setter.MissingGlyph += reported.Add;
        var block = new TextBlock(setter, [new TextSpan("Huyện ủy đánh giá a\uE000b cao", new TextStyle(12))], new ParagraphStyle(TextAlignment.Left));
        // Reported when the block is made, before it is laid out.
        var made = Assert.Single(reported);
        // Laid out three times, at two widths: its words are made again (a finished paragraph lets go of them).
        foreach (var width in new[] { 300f, 300f, 60f })
        {
            var page = Paginator.Paginate(block, LayoutFixture.SmallPage(width + 20, 400), setter).Single();
            Assert.Contains("đánh", PageText.Of(page));
        }
        Assert.Single(reported);
        // The same report as setting its words directly.
        var direct = new List<MissingGlyph>();
        var other = new ParagraphSetter(fixture.Shaper);
        other.MissingGlyph += direct.Add;
        other.ToWords([new TextSpan("Huyện ủy đánh giá a\uE000b cao", new TextStyle(12))]);
        Assert.Equal(direct, reported);
    }

    [Fact]
    public void TextBlock_LaidOutAgainAfterItWasDrawnToItsEnd_DrawsTheSamePages()
    {
        // Across pages: the words are kept until the last part is drawn, let go then, and made again for the second layout.
        var block = fixture.Paragraph(string.Join(" ", Enumerable.Repeat(Seed, 4)));
        static string[] Drawn(IReadOnlyList<Page> pages) =>
            [.. pages.Select(p => string.Join("|", PageText.Runs(p).Select(r => FormattableString.Invariant($"{r.Text}@{r.X[0]:0.###},{r.Baseline:0.###}"))))];
        var first = Drawn(fixture.Paginate(block, LayoutFixture.SmallPage(220, 160)));
        var second = Drawn(fixture.Paginate(block, LayoutFixture.SmallPage(220, 160)));
        Assert.True(first.Length > 2);
        Assert.Equal(first, second);
        // Its words, made again, are the words it had.
        Assert.Equal(Seed.Split(' ').Length * 4, block.Words.Count);
    }

    [Fact]
    public void TextBlock_EveryCharacterDrawn_ReportsNothing()
    {
        var reported = new List<MissingGlyph>();
        var setter = new ParagraphSetter(fixture.Shaper);
        setter.MissingGlyph += reported.Add;
        // Vietnamese letters in every style, a no-break space, figure and punctuation spaces, a soft hyphen, a line break.
        var text = "Đảng bộ huyện Ý\u00A0Yên: 12.278,27\u2007ha\u2008; TRƯỜNG\u202Fhọc\u00AD\nỦy ban";
        var block = new TextBlock(setter,
            [new TextSpan(text, new TextStyle(12)), new TextSpan(text, new TextStyle(12, Bold: true)), new TextSpan(text, new TextStyle(12, Italic: true))],
            new ParagraphStyle(TextAlignment.Left));
        Paginator.Paginate(block, LayoutFixture.SmallPage(320, 400), setter);
        Assert.Empty(reported);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Shape_VietnameseCapitalsAndHornedLetters_StayInThePrimaryFamily(bool bold, bool italic)
    {
        // Debian can hold Liberation 1.x (no Vietnamese) beside 2.x: the library must take the complete one,
        // not patch single letters from another family.
        foreach (var word in new[] { "HỘI", "NGHỊ", "TRƯỜNG", "Trường", "ỦY", "Đảng" })
        {
            var runs = fixture.Shaper.Shape(word, bold, italic);
            var run = Assert.Single(runs);
            Assert.Equal("Liberation Serif", run.Face.Family);
        }
    }

    [Fact]
    public void Shape_BoldStyleUsesTheBoldFace()
    {
        var runs = fixture.Shaper.Shape("Bằng", bold: true, italic: false);
        Assert.All(runs, r => Assert.True(r.Face.Bold));
        Assert.Contains("Bold", runs[0].Face.FilePath);
    }

    [Fact]
    public void Shape_ACharacterOnlyAnotherFamilyDraws_IsARunOfItsOwn_AndMarksStayWithTheirLetter()
    {
        // ⇒ (U+21D2) is not in Liberation Serif but is in DejaVu Serif; "ế" typed as e + circumflex + acute (three characters,
        // one cluster) must not be cut from its letter, wherever the runs change face.
        var text = "Đạt\u21D2e\u0302\u0301t\u21D2";
        var runs = fixture.Shaper.Shape(text, bold: false, italic: false);

        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
        Assert.Equal(["Đạt", "\u21D2", "e\u0302\u0301t", "\u21D2"], runs.Select(r => r.Text));
        Assert.Equal("Liberation Serif", runs[0].Face.Family);
        Assert.NotEqual("Liberation Serif", runs[1].Face.Family);
        Assert.Equal(runs[0].Face, runs[2].Face);
    }
}
