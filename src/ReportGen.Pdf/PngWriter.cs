using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>Renders one page to a PNG image: previews for the README and tests that look at pixels.</summary>
public static class PngWriter
{
    public static void Write(Page page, Stream output, float dpi = 96)
    {
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(page.Size.Width * scale), (int)Math.Ceiling(page.Size.Height * scale));
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        new PageDrawer(Typefaces.WholeFont).Draw(canvas, page);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(output);
    }
}
