using System.Text.RegularExpressions;
using System.Xml.Linq;
using static ReportGen.Core.Import.WordMarkup;

namespace ReportGen.Core.Import;

/// <summary>A picture of a Word file as it is met in the text: kept (with its alternative text) or left out, and why.</summary>
/// <param name="Name">Its name in Word (<c>wp:docPr/@name</c>, "Picture 3"), shown in Word's selection pane: names it in a warning.</param>
/// <param name="Loss">Why it is left out; null when <paramref name="Image"/> is kept.</param>
/// <param name="Detail">What the warning says of it: the format ("EMF"), or its size against the limit.</param>
public sealed record WordPicture(EmbeddedImage? Image, string AlternativeText, bool HasDescription, string Name, WordLoss? Loss, string Detail);

/// <summary>
/// The pictures of a Word file (<c>w:drawing</c> → <c>a:blip r:embed</c> → the image part; in a file kept in Word 97–2003
/// compatibility, <c>w:pict</c> → <c>v:imagedata r:id</c>), taken out under the rules
/// for untrusted files: only parts inside the package (a linked picture, <c>r:link</c> or an external relationship, is
/// refused and never fetched), only PNG and JPEG recognised by their bytes, each picture and all of them together within
/// a size, and pixels within a count a decoder can hold. A part's name is never used for anything: the picture is known
/// by the hash of its bytes (<see cref="EmbeddedImage.Key"/>).
/// </summary>
internal sealed partial class WordPictures(OfficeParts package, string main)
{
    /// <summary>The most one picture may weigh (a photo Word has not compressed is a few MB).</summary>
    public const int MaxPictureBytes = 10 * 1024 * 1024;

    /// <summary>The most the pictures of one file may weigh together (they go into the booklet, the web page and the Word file).</summary>
    public const long MaxTotalBytes = 40L * 1024 * 1024;

    /// <summary>The most pixels a picture may have (8 000 × 6 250): decoding one takes four bytes a pixel.</summary>
    public const long MaxPixels = 50_000_000;

    private const double EmuPerPoint = 12700;

    /// <summary>A size past this (100 m) is no size a writer gave: the picture's pixels decide instead.</summary>
    private const long MaxEmu = 100L * 36_000_000;

    private readonly Dictionary<string, EmbeddedImage> _images = new(StringComparer.Ordinal);
    private long _total;
    private int _count;

    /// <summary>The pictures kept so far, by key.</summary>
    public IReadOnlyDictionary<string, EmbeddedImage> Images => _images;

    /// <summary>
    /// The picture a drawing shows, or why it is left out; null for a drawing that is not a picture (a chart, SmartArt,
    /// a shape), which the caller reports as such.
    /// </summary>
    public WordPicture? ReadDrawing(XElement drawing)
    {
        // Of mc:AlternateContent only the first choice counts: the fallback is the same drawing again.
        var blip = drawing.Descendants(A + "blip").FirstOrDefault(b => !InFallback(b));
        if (blip is null)
        {
            return null;
        }
        var properties = drawing.Descendants(WP + "docPr").FirstOrDefault();
        var extent = drawing.Descendants(WP + "extent").FirstOrDefault();
        static double? Points(string? emu) =>
            long.TryParse(emu, System.Globalization.NumberStyles.AllowLeadingWhite | System.Globalization.NumberStyles.AllowTrailingWhite, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is > 0 and < MaxEmu
                ? value / EmuPerPoint
                : null;
        return Take((string?)blip.Attribute(R + "embed"), (string?)blip.Attribute(R + "link"), (string?)properties?.Attribute("name"),
            Description((string?)properties?.Attribute("descr")) ?? Description((string?)properties?.Attribute("title")),
            Points((string?)extent?.Attribute("cx")), Points((string?)extent?.Attribute("cy")));
    }

    /// <summary>
    /// The picture of an old-style VML shape (<c>w:pict/v:shape/v:imagedata</c>), its size from the shape's style
    /// ("width:240pt;height:120pt"); null for a VML shape that is no picture (a text box, a line).
    /// </summary>
    public WordPicture? ReadVml(XElement picture)
    {
        var data = picture.Descendants(V + "imagedata").FirstOrDefault();
        if (data is null)
        {
            return null;
        }
        var shape = data.Parent is { } parent && parent.Name == V + "shape" ? parent : null;
        var style = (string?)shape?.Attribute("style") ?? "";
        return Take((string?)data.Attribute(R + "id"), null, (string?)shape?.Attribute("id"),
            Description((string?)shape?.Attribute("alt")) ?? Description((string?)data.Attribute(O + "title")), StyleLength(style, "width"), StyleLength(style, "height"));
    }

    /// <summary>A length of a VML style ("width:240pt", "3in", "4cm"), in points; null when absent or absurd.</summary>
    private static double? StyleLength(string style, string property)
    {
        var match = Regex.Match(style, $@"(?:^|;)\s*{property}\s*:\s*([0-9]+(?:\.[0-9]+)?)\s*(pt|in|cm|mm|px)?\s*(?:;|$)", RegexOptions.IgnoreCase);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var points = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "in" => value * 72,
            "cm" => value * 72 / 2.54,
            "mm" => value * 72 / 25.4,
            "px" => value * 0.75,
            _ => value,
        };
        return points is > 0 and < MaxEmu / EmuPerPoint ? points : null;
    }

    /// <summary>
    /// A picture by its relationship: <paramref name="embed"/> inside the package, or only <paramref name="link"/>ed outside
    /// (refused); checked and kept, or left out with the reason.
    /// </summary>
    private WordPicture Take(string? embed, string? link, string? wordName, string? description, double? widthPt, double? heightPt)
    {
        _count++;
        var name = Clean(wordName) is { Length: > 0 } n ? n : $"#{_count}";
        // Said so when the writer gave none: "Hình 2 (chưa có mô tả)" rather than an empty text a reader would skip.
        var alternative = description ?? $"Hình {_count} (chưa có mô tả)";
        WordPicture Left(WordLoss loss, string detail) => new(null, alternative, description is not null, name, loss, detail);

        var id = embed;
        if (string.IsNullOrEmpty(id))
        {
            // Only a link ("Link to File" in Word's Insert Picture): never fetched.
            return Left(WordLoss.PictureLinked, link is not null ? Target(link) : "");
        }
        var relationship = package.Relationship(main, id);
        if (relationship is { Part: null })
        {
            return Left(WordLoss.PictureLinked, relationship.Target);
        }
        if (relationship?.Part is not { } part || !package.Has(part))
        {
            return Left(WordLoss.PictureUnsupported, "?");
        }
        var bytes = ReadPart(part);
        if (bytes is null)
        {
            return Left(WordLoss.PictureTooLarge, $"> {MaxPictureBytes / 1024 / 1024} MB");
        }
        if (PictureBytes.Recognise(bytes) is not { } recognised)
        {
            return Left(WordLoss.PictureUnsupported, PictureBytes.NameOf(bytes));
        }
        if ((long)recognised.Width * recognised.Height > MaxPixels)
        {
            return Left(WordLoss.PictureTooLarge, $"{recognised.Width} × {recognised.Height} px");
        }
        var key = EmbeddedImage.KeyOf(bytes);
        if (!_images.TryGetValue(key, out var image))
        {
            if (_total + bytes.Length > MaxTotalBytes)
            {
                return Left(WordLoss.PictureTooLarge, $"> {MaxTotalBytes / 1024 / 1024} MB");
            }
            _total += bytes.Length;
            image = new EmbeddedImage(key, recognised.Format, bytes, recognised.Width, recognised.Height, widthPt, heightPt);
            _images[key] = image;
        }
        return new WordPicture(image, alternative, description is not null, name, null, "");
    }

    /// <summary>A part's bytes, read no further than the limit (the package's sizes were checked, this is the picture's own); null when over.</summary>
    private byte[]? ReadPart(string part)
    {
        using var stream = package.OpenPart(part);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxPictureBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    private string Target(string id) =>
        package.Relationship(main, id) is { Part: null } external ? external.Target : "";

    /// <summary>
    /// A writer's description, on one line, without the words Word adds to the ones it makes up itself ("… Description
    /// automatically generated", "Mô tả được tạo tự động"); null when nothing is left.
    /// </summary>
    private static string? Description(string? text)
    {
        var cleaned = AutomaticNote().Replace(Clean(text), "").Trim();
        return cleaned.Length == 0 ? null : cleaned.Length <= 300 ? cleaned : cleaned[..300] + "…";
    }

    /// <summary>Text on one line, without control characters.</summary>
    private static string Clean(string? text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new string([.. string.Join(' ', words).Where(c => !char.IsControl(c))]);
    }

    [GeneratedRegex(@"\s*(Description automatically generated|Mô tả được tạo tự động)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AutomaticNote();
}
