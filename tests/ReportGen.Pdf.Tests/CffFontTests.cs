using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace ReportGen.Pdf.Tests;

/// <summary>A test that runs only where an OpenType font with CFF outlines is installed (URW's Nimbus Sans, with Ghostscript).</summary>
public sealed class CffFontFactAttribute : FactAttribute
{
    public const string Font = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf";

    public CffFontFactAttribute()
    {
        if (!File.Exists(Font))
        {
            Skip = $"{Font} is missing (Debian package fonts-urw-base35).";
        }
    }
}

/// <summary>A font with CFF outlines cannot be subset by us: it is embedded whole, as FontFile3 /OpenType under a CIDFontType0.</summary>
public sealed class CffFontTests
{
    [CffFontFact]
    public void CffFont_IsEmbeddedWholeAsCidFontType0_ItsTextReadBack()
    {
        using var fonts = FontLibrary.Load(["Nimbus Sans"], [], [Path.GetDirectoryName(CffFontFactAttribute.Font)!], []);
        var shaped = new TextShaper(fonts).Shape("Nimbus", false, false).Single();
        Assert.EndsWith(".otf", shaped.Face.FilePath, StringComparison.Ordinal);
        var x = new float[shaped.Glyphs.Length];
        for (var i = 1; i < x.Length; i++)
        {
            x[i] = x[i - 1] + shaped.Advances[i - 1] * 12;
        }
        var page = new Page(TaggedDocument.A4, 1);
        page.Items.Add(new GlyphRun(shaped.Face, 12, ReportGen.Layout.Color.Black, shaped.Glyphs, x.Select(v => v + 60).ToArray(), x.Select(_ => 100f).ToArray(),
            "Nimbus", shaped.Clusters, 60, shaped.Width * 12));
        var bytes = TaggedDocument.Write([page]);

        var font = PdfTools.Run("pdffonts", bytes).Split('\n')[2];
        Assert.Matches(@"^NimbusSans-Regular\s+CID Type 0C \(OT\)\s+Identity-H\s+yes no\s+yes", font);
        Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", bytes, "--check"));
        using var pdf = PdfPigDocument.Open(bytes);
        Assert.Equal("Nimbus", pdf.GetPage(1).Text);
    }
}
