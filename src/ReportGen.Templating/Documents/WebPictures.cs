using ReportGen.Core.Import;

namespace ReportGen.Templating.Documents;

/// <summary>A picture as the web page shows it: its address relative to the page, and its size in CSS pixels.</summary>
public sealed record WebImage(string Source, int Width, int Height);

/// <summary>
/// The pictures of a meeting's documents on its web page: each a file beside the page, <c>images/KEY.png</c> (the key a
/// hash of the bytes, the extension from the bytes), so the page opens from a USB stick with no server, loads a picture
/// only when it is scrolled to, and the same picture in two documents is one file. Nothing of the Word file's own part
/// names reaches a path.
/// </summary>
public static class WebPictures
{
    /// <summary>The folder of the pictures, beside the meeting's index.html.</summary>
    public const string Folder = "images";

    /// <summary>The picture's path relative to the meeting's folder.</summary>
    public static string PathOf(EmbeddedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return $"{Folder}/{image.Key}.{image.Extension}";
    }

    /// <summary>Every picture of the documents, once, in key order (the order files are written in does not depend on the data's).</summary>
    public static IReadOnlyList<EmbeddedImage> Of(IEnumerable<RenderedDocument> documents) =>
        [.. documents.SelectMany(d => d.Images.Values).DistinctBy(i => i.Key).OrderBy(i => i.Key, StringComparer.Ordinal)];

    /// <summary>
    /// How the page finds a picture by key: its file and its size in CSS pixels (a point is 4/3 px), the width the writer
    /// gave it in Word, which the style sheet narrows to the column on a phone.
    /// </summary>
    public static Func<string, WebImage?> Resolver(IEnumerable<RenderedDocument> documents)
    {
        var images = Of(documents).ToDictionary(i => i.Key, StringComparer.Ordinal);
        return key => images.TryGetValue(key, out var image)
            ? new WebImage(PathOf(image), (int)Math.Round(image.NaturalWidthPt * 4 / 3), (int)Math.Round(image.NaturalHeightPt * 4 / 3))
            : null;
    }
}
