using System.Text;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>
/// Draws a laid-out <see cref="Page"/> on any Skia canvas (PDF page, raster image). The only code that
/// turns layout data into drawing calls, so the PDF and the PNG preview always agree.
/// </summary>
public sealed class PageDrawer(Func<FontFace, SKTypeface> typefaceFor)
{
    public void Draw(SKCanvas canvas, Page page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run: DrawGlyphs(canvas, run); break;
                case LineSegment line: DrawLine(canvas, line); break;
                case FilledRectangle rectangle: DrawRectangle(canvas, rectangle); break;
                case LinkArea link: canvas.DrawUrlAnnotation(ToSk(link.Area), link.Uri); break;
                case InternalLink link: canvas.DrawLinkDestinationAnnotation(ToSk(link.Area), link.AnchorName); break;
                case ImageItem image: DrawImage(canvas, image); break;
                // A ChartFrame only says where a chart stands: its bars, lines and labels are items of their own.
            }
        }
        foreach (var anchor in page.Anchors)
        {
            canvas.DrawNamedDestinationAnnotation(new SKPoint(0, anchor.Y), anchor.Name);
        }
    }

    private void DrawGlyphs(SKCanvas canvas, GlyphRun run)
    {
        using var font = new SKFont(typefaceFor(run.Face), run.FontSize) { Subpixel = true, LinearMetrics = true };
        using var builder = new SKTextBlobBuilder();

        // Giving Skia the text and the cluster of each glyph lets the PDF map glyphs back to the
        // characters, so a reader can search and copy Vietnamese text exactly.
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, utf8.Length, null);
        buffer.SetGlyphs(run.Glyphs);
        var positions = buffer.Positions;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            positions[i] = new SKPoint(run.X[i], run.YAt(i));
        }
        buffer.SetText(utf8);
        var byteOffsets = Utf8Offsets(run.Text);
        var clusters = buffer.Clusters;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            clusters[i] = (uint)byteOffsets[run.ClusterAt(i)];
        }

        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        using var paint = new SKPaint { Color = new SKColor(run.Color.Argb), IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }

    /// <summary>
    /// The UTF-8 offset of every UTF-16 index of <paramref name="text"/> (and of its end), in one pass: counting
    /// the bytes before each cluster again from the start made long lines quadratic.
    /// </summary>
    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            var c = text[i];
            // A surrogate pair is one 4-byte character: 4 bytes on its high half, none on its low half.
            bytes += c < 0x80 ? 1
                : c < 0x800 ? 2
                : char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0
                : 3;
        }
        offsets[text.Length] = bytes;
        return offsets;
    }

    private static void DrawImage(SKCanvas canvas, ImageItem item)
    {
        using var image = SKImage.FromEncodedData(item.Image.Bytes)
            ?? throw new InvalidOperationException($"Skia cannot decode an image of {item.Image.Bytes.Length} bytes.");
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, ToSk(item.Area), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    private static void DrawLine(SKCanvas canvas, LineSegment line)
    {
        using var paint = new SKPaint
        {
            Color = new SKColor(line.Color.Argb),
            StrokeWidth = line.Thickness,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
        };
        canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, paint);
    }

    private static void DrawRectangle(SKCanvas canvas, FilledRectangle rectangle)
    {
        using var paint = new SKPaint { Color = new SKColor(rectangle.Fill.Argb), Style = SKPaintStyle.Fill };
        canvas.DrawRect(ToSk(rectangle.Area), paint);
    }

    private static SKRect ToSk(ReportGen.Layout.Rect r) => SKRect.Create(r.X, r.Y, r.Width, r.Height);
}
