using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Documents written one after another share a face's subset program when they draw the same glyphs for the same
/// text (a meeting's reading and print copies), and only then: a document with other glyphs gets a subset of its own.
/// </summary>
public sealed class SharedFontSubsetTests : IDisposable
{
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void Write_SameGlyphsGiveTheSameFont_OtherGlyphsTheirOwn_EachReadsBackItsText()
    {
        var first = Document("Hội nghị tổng kết");
        var other = Document("Quyết tâm xây dựng");
        var again = Document("Hội nghị tổng kết");

        Assert.Equal(first, again);
        Assert.NotEqual(FontName(first), FontName(other));
        foreach (var (bytes, text) in new[] { (first, "Hội nghị tổng kết"), (other, "Quyết tâm xây dựng"), (again, "Hội nghị tổng kết") })
        {
            Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", bytes, "--check"));
            using var pdf = PdfPigDocument.Open(bytes);
            Assert.Equal(text, string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)));
        }
    }

    private static string FontName(byte[] pdf) => PdfTools.Run("pdffonts", pdf).Split('\n')[2].Split(' ')[0];

    private byte[] Document(string text)
    {
        var shaper = new TextShaper(_fonts);
        var page = new Page(TaggedDocument.A4, 1);
        var x = 60f;
        foreach (var word in text.Split(' '))
        {
            var shaped = shaper.Shape(word, false, false).Single();
            var positions = new float[shaped.Glyphs.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = x;
                x += shaped.Advances[i] * 12;
            }
            page.Items.Add(new GlyphRun(shaped.Face, 12, ReportGen.Layout.Color.Black, shaped.Glyphs, positions, positions.Select(_ => 100f).ToArray(),
                word, shaped.Clusters, positions[0], shaped.Width * 12));
            x += 12;
        }
        return TaggedDocument.Write([page]);
    }
}
