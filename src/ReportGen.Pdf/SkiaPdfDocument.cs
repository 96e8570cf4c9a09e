using System.Buffers;
using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>
/// Runs Skia's PDF backend and hands its bytes to <see cref="PdfFinishing"/>, for every PDF the program writes.
/// Skia writes into its own native memory (not a managed stream, which it would call back for every few
/// bytes); the finished file is copied once into a pooled buffer, so no large array is left for the collector.
/// </summary>
internal static class SkiaPdfDocument
{
    /// <param name="drawPages">Adds the pages to Skia's document.</param>
    /// <param name="bookmarkPages">The laid-out pages whose anchors become bookmarks; null for none.</param>
    public static void Write(PdfMetadata metadata, Action<SKDocument> drawPages, IReadOnlyList<Page>? bookmarkPages, Stream output)
    {
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream, PdfWriter.SkiaMetadata(metadata))
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            drawPages(document);
            document.Close();
        }
        using var data = stream.DetachAsData();
        var length = checked((int)data.Size);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            data.AsSpan().CopyTo(buffer);
            PdfFinishing.Finish(buffer.AsMemory(0, length), bookmarkPages, metadata, output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
