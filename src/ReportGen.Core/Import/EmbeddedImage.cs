using System.Security.Cryptography;

namespace ReportGen.Core.Import;

/// <summary>The raster formats a picture in a content file may have: the ones the PDF, the web page and Word all show.</summary>
public enum PictureFormat
{
    Png,
    Jpeg,
}

/// <summary>
/// A picture taken out of a content file (a contribution's Word file), checked: PNG or JPEG by its bytes, within the
/// size limits. The Markdown refers to it as <c>![alt](rg-image:KEY)</c> (<see cref="Reference"/>), so one Markdown
/// text still feeds the booklet, the web page and the Word file, and each of them looks the bytes up by key in the
/// document's pictures. The key is a hash of the bytes: the same picture gets the same key in every build (an
/// unchanged rebuild writes nothing) and is stored once, and no name from the untrusted file is ever a path.
/// </summary>
/// <param name="Key">32 lower-case hex digits: the start of the SHA-256 of <paramref name="Bytes"/>.</param>
/// <param name="WidthPt">The width the writer gave it in Word (<c>wp:extent</c>), in points; null when unknown.</param>
/// <param name="HeightPt">Its height in Word, in points; null when unknown.</param>
public sealed record EmbeddedImage(string Key, PictureFormat Format, byte[] Bytes, int PixelWidth, int PixelHeight, double? WidthPt, double? HeightPt)
{
    /// <summary>The private scheme of a picture's address in the Markdown; nothing outside the program resolves it.</summary>
    public const string Scheme = "rg-image:";

    /// <summary>
    /// The resolution a picture without a size of its own is printed at: sharp enough on paper, and a small picture
    /// (an icon, a logo) is not blown up to the column's width.
    /// </summary>
    public const double DefaultDpi = 150;

    /// <summary>Its address in Markdown: <c>rg-image:KEY</c>.</summary>
    public string Reference => Scheme + Key;

    /// <summary>"png" or "jpg", from the bytes, never from the name it had in the file.</summary>
    public string Extension => Format == PictureFormat.Png ? "png" : "jpg";

    /// <summary>"image/png" or "image/jpeg".</summary>
    public string MediaType => Format == PictureFormat.Png ? "image/png" : "image/jpeg";

    /// <summary>
    /// The width to show it at, in points, before any column narrows it: the width the writer gave it in Word (what
    /// they saw on their page and would have printed), or else its pixels at <see cref="DefaultDpi"/>.
    /// </summary>
    public double NaturalWidthPt => WidthPt is > 1 ? WidthPt.Value : PixelWidth * 72.0 / DefaultDpi;

    /// <summary>The height that goes with <see cref="NaturalWidthPt"/>, keeping the picture's own proportions.</summary>
    public double NaturalHeightPt => NaturalWidthPt * PixelHeight / Math.Max(1, PixelWidth);

    /// <summary>The key of a checked picture's bytes.</summary>
    public static string KeyOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>The key in a picture's address (<c>rg-image:KEY</c>), or null when the address is not one.</summary>
    public static string? KeyIn(string? url)
    {
        if (url is null || !url.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }
        var key = url[Scheme.Length..];
        return key.Length == 32 && key.All(char.IsAsciiHexDigitLower) ? key : null;
    }
}
