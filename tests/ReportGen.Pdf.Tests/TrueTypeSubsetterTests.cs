using ReportGen.Layout.Fonts;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The subset keeps the outlines and widths of the glyphs used, under the same ids, and leaves out what only
/// costs Skia compression time: glyph names (post 3.0), long loca offsets, the metrics of glyphs left out.
/// </summary>
public sealed class TrueTypeSubsetterTests
{
    private const string Text = "Tổng kết công tác thi đua khen thưởng năm 2020, Ý Yên";

    [Fact]
    public void Subset_KeepsUsedGlyphsOutlinesAndWidths_UnderTheirIds_AndIsSmall()
    {
        using var library = FontLibrary.Load(["Liberation Serif"], []);
        var path = library.Stack[0].RegularPath;
        var original = File.ReadAllBytes(path);
        using var whole = SKTypeface.FromFile(path);
        using var wholeFont = new SKFont(whole, 12);
        var glyphs = wholeFont.GetGlyphs(Text);

        var subset = TrueTypeSubsetter.Subset(original, 0, glyphs.ToHashSet());

        Assert.NotNull(subset);
        Assert.True(subset.Length < original.Length / 4, $"subset of {subset.Length} bytes");
        using var data = SKData.CreateCopy(subset);
        using var typeface = SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        using var font = new SKFont(typeface, 12);
        Assert.Equal(glyphs, font.GetGlyphs(Text)); // the cmap is kept: same ids
        Assert.Equal(wholeFont.GetGlyphWidths(glyphs), font.GetGlyphWidths(glyphs));
        foreach (var glyph in glyphs.Distinct())
        {
            using var expected = wholeFont.GetGlyphPath(glyph);
            using var actual = font.GetGlyphPath(glyph);
            Assert.Equal(expected?.ToSvgPathData(), actual?.ToSvgPathData());
        }
        // A glyph not used has no outline left.
        var unused = wholeFont.GetGlyph('Q');
        Assert.DoesNotContain(unused, glyphs);
        using var gone = font.GetGlyphPath(unused);
        Assert.True(gone is null || gone.IsEmpty);
        Assert.Equal(0x00030000u, TableVersion(subset, "post"));
    }

    private static uint TableVersion(byte[] font, string tag)
    {
        var count = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            if (System.Text.Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                var offset = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
                return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(offset));
            }
        }
        throw new InvalidOperationException($"no {tag} table");
    }
}
