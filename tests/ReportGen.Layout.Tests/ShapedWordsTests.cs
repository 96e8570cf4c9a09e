using HarfBuzzSharp;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// A shaped word keeps HarfBuzz's glyphs, advances, offsets and clusters. Words without offsets, one glyph per
/// character, share their offsets and clusters with every word of their length (each cached word lives as long as the
/// cache), and a word that has offsets or merged clusters keeps its own.
/// </summary>
public sealed class ShapedWordsTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    public static TheoryData<string> Words => new()
    {
        "Nguyễn", "Người", "huyện", "2021", "12.278,27", // Liberation Serif draws these precomposed, a glyph per character
        "office", // "ffi" set as one glyph where the font has the ligature
        "a\u0301o", // decomposed: composed by the font into one glyph for two characters
        "x\u0323\u0301", // marks on a letter without a precomposed form: placed by offsets
        new string('m', 80), // longer than the shared arrays
        "Quyết\u00A0định",
        // Figure words, set glyph by glyph (FigureGlyphs) when every two characters in a row are set as the two alone.
        "34500", "99,4%", "2026-2031", "1/2", "12:30", "+5", "0", new string('7', 70),
        "2011", "1100,11", // a pair the face kerns as figures ("11"): shaped as any word
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void ShapedWord_HoldsWhatHarfBuzzGives(string word)
    {
        var runs = fixture.Shaper.Shape(word, bold: false, italic: false);

        var start = 0;
        foreach (var run in runs)
        {
            Assert.Equal(word.Substring(start, run.Text.Length), run.Text);
            var expected = HarfBuzzShaping(run.Face.FilePath, run.Face.FaceIndex, run.Text);
            Assert.Equal(expected.Glyphs, run.Glyphs);
            Assert.Equal(expected.Advances, run.Advances);
            Assert.Equal(expected.OffsetsX, run.OffsetsX);
            Assert.Equal(expected.OffsetsY, run.OffsetsY);
            Assert.Equal(expected.Clusters, run.Clusters);
            Assert.Empty(run.Missing);
            start += run.Text.Length;
        }
        Assert.Equal(word.Length, start);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FigureWords_AreSetGlyphByGlyph_NotCached_WhileOtherWordsAre(bool bold)
    {
        // Liberation Serif sets every two figures and signs in a row as the two alone but "11", so a figure word without
        // it is set from its characters each time it is asked (a list's row numbers, met once each, are not kept); a word
        // with a letter is HarfBuzz's, kept and given again, and so is a figure word with "11".
        var first = Assert.Single(fixture.Shaper.Shape("34512", bold, italic: false));
        var again = Assert.Single(fixture.Shaper.Shape("34512", bold, italic: false));
        var word = fixture.Shaper.Shape("D34512", bold, italic: false);

        Assert.NotSame(first, again);
        Assert.Equal(first.Glyphs, again.Glyphs);
        Assert.Same(word, fixture.Shaper.Shape("D34512", bold, italic: false));
        Assert.Same(fixture.Shaper.Shape("34511", bold, italic: false), fixture.Shaper.Shape("34511", bold, italic: false));
        var expected = HarfBuzzShaping(first.Face.FilePath, first.Face.FaceIndex, "34512");
        Assert.Equal(expected.Glyphs, first.Glyphs);
        Assert.Equal(expected.Advances, first.Advances);
        Assert.Equal(expected.Advances.Sum(), first.Width);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void FigureWidth_IsTheShapedFigureWordsWidth_ToTheBit_AndNullForAnyOtherWord(bool bold, bool italic)
    {
        // A table's column widths measure its figure words without making their glyphs: each width must be the one the
        // word's shaping gives, or a column could come out a hair narrower and break a line the page then breaks
        // differently. 3 000 words of 1 to 12 figures and signs, from a fixed seed.
        var random = new Random(20261207);
        var measured = 0;
        for (var i = 0; i < 3000; i++)
        {
            var word = new string([.. Enumerable.Range(0, random.Next(1, 13)).Select(_ => "0123456789.,%+-/:"[random.Next(17)])]);
            var width = fixture.Shaper.FigureWidth(word, bold, italic);
            var shaped = fixture.Shaper.Shape(word, bold, italic);
            if (width is { } known)
            {
                measured++;
                Assert.Equal(BitConverter.SingleToInt32Bits(Assert.Single(shaped).Width), BitConverter.SingleToInt32Bits(known));
            }
            else
            {
                Assert.Contains("11", word, StringComparison.Ordinal); // refused only for a pair the face kerns
            }
        }
        Assert.True(measured > 2000, $"{measured} of 3 000 figure words measured");
        Assert.Null(fixture.Shaper.FigureWidth("D34512", bold, italic));
        Assert.Null(fixture.Shaper.FigureWidth("2011", bold, italic));
        Assert.Null(fixture.Shaper.FigureWidth("", bold, italic));
    }

    [Theory]
    [InlineData("34500")]
    [InlineData("12.278,27 ha")]
    [InlineData("Năm 2026-2031: 99,4% và 1100,11 tỷ đồng")]
    [InlineData("Kế hoạch 2021\n12:30 +5 1/2")]
    public void ContentWidth_OfAParagraphWithFigures_IsWhatItsShapedWordsSumTo(string text)
    {
        // A table sizes its columns from the content widths of its cells, which measure figure words without shaping
        // them: the widest word and the longest line must be those of the words the paragraph is set in.
        var paragraph = new Elements.TextBlock(fixture.Setter, [new TextSpan(text, new TextStyle(11))],
            new ParagraphStyle(TextAlignment.Left, 0, 1.15f));

        var measured = paragraph.MeasureContentWidth();

        // Set from its shaped words on a line too wide to break: its lines end only at its forced breaks.
        Assert.Equal(paragraph.Words.Max(w => w.Width), measured.Min);
        Assert.Equal(paragraph.LinesFor(100_000).Max(l => l.NaturalWidth), measured.Max);
    }

    [Fact]
    public void WordsWithoutOffsets_ShareTheirOffsetsAndClusters_OthersKeepTheirOwn()
    {
        var nguyen = Assert.Single(fixture.Shaper.Shape("Nguyễn", false, false));
        var huyen = Assert.Single(fixture.Shaper.Shape("huyện", false, true));
        var tinh = Assert.Single(fixture.Shaper.Shape("tỉnh", false, false));
        var marked = fixture.Shaper.Shape("x\u0323\u0301", false, false).Single(r => r.OffsetsY.Any(y => y != 0));
        var composed = Assert.Single(fixture.Shaper.Shape("a\u0301o", false, false));

        Assert.Equal(6, nguyen.Glyphs.Length);
        Assert.Equal(5, huyen.Glyphs.Length);
        Assert.Equal(4, tinh.Glyphs.Length);
        Assert.Same(nguyen.OffsetsX, nguyen.OffsetsY);
        Assert.NotSame(nguyen.OffsetsX, huyen.OffsetsX);
        Assert.Same(Assert.Single(fixture.Shaper.Shape("Người", false, false)).OffsetsX, huyen.OffsetsX);
        Assert.Same(Assert.Single(fixture.Shaper.Shape("Người", false, false)).Clusters, huyen.Clusters);
        Assert.Equal([0, 1, 2, 3], tinh.Clusters);
        Assert.NotSame(marked.OffsetsX, marked.OffsetsY);
        Assert.Equal([0, 2], composed.Clusters);
    }

    private static (ushort[] Glyphs, float[] Advances, float[] OffsetsX, float[] OffsetsY, int[] Clusters) HarfBuzzShaping(string path, int index, string text)
    {
        using var blob = Blob.FromFile(path);
        using var face = new Face(blob, index);
        using var font = new Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        font.SetFunctionsOpenType();
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text.Replace('\u00A0', ' '));
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan().ToArray();
        var positions = buffer.GetGlyphPositionSpan().ToArray();
        float em = face.UnitsPerEm;
        return ([.. infos.Select(i => (ushort)i.Codepoint)], [.. positions.Select(p => p.XAdvance / em)],
            [.. positions.Select(p => p.XOffset / em)], [.. positions.Select(p => -p.YOffset / em)], [.. infos.Select(i => (int)i.Cluster)]);
    }
}
