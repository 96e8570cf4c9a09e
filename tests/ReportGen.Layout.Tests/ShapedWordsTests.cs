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
