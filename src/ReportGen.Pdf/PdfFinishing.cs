using ReportGen.Layout.Output;

namespace ReportGen.Pdf;

/// <summary>
/// The last step for every PDF the program writes (reading copy and print sheets): what Skia cannot do
/// itself is added here, on the finished bytes.
/// </summary>
public static class PdfFinishing
{
    /// <param name="skiaPdf">The document as Skia wrote it.</param>
    /// <param name="bookmarkPages">The laid-out pages whose anchors become bookmarks; null for none.</param>
    public static byte[] Finish(byte[] skiaPdf, IReadOnlyList<Page>? bookmarkPages, PdfMetadata metadata) =>
        bookmarkPages is null ? skiaPdf : PdfOutline.AddBookmarks(skiaPdf, bookmarkPages, metadata.Created);
}
