using System.Buffers.Binary;
using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The images of one document as image XObjects, each written once however often it is placed: a JPEG as it is
/// (DCTDecode, its colour space from its frame header), anything else (PNG) decoded to 8-bit RGB with its alpha,
/// if any pixel is not opaque, as a soft mask, both Flate-compressed.
/// </summary>
internal sealed class PdfImages(PdfFile file)
{
    /// <summary>More pixels than this is no photograph for a booklet but a decompression bomb.</summary>
    private const long MaximumPixels = 40_000_000;

    private readonly Dictionary<ImageData, (string Name, int Number)> _written = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<(string Name, int Number)> All => _written.Values;

    /// <summary>The resource name of the image, written into the file the first time it is asked for.</summary>
    public string NameOf(ImageData image)
    {
        if (_written.TryGetValue(image, out var known))
        {
            return known.Name;
        }
        var number = file.Reserve();
        var name = "Im" + (_written.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _written[image] = (name, number);
        if (image.Bytes.Length > 2 && image.Bytes[0] == 0xFF && image.Bytes[1] == 0xD8)
        {
            WriteJpeg(number, image);
        }
        else
        {
            WriteDecoded(number, image);
        }
        return name;
    }

    private void WriteJpeg(int number, ImageData image)
    {
        var (components, adobe) = JpegFrame(image.Bytes);
        var colourSpace = components switch
        {
            1 => "/DeviceGray",
            4 => "/DeviceCMYK",
            _ => "/DeviceRGB",
        };
        // Adobe's CMYK JPEGs store the inks inverted (the APP14 marker says so).
        var decode = components == 4 && adobe ? "/Decode [1 0 1 0 1 0 1 0]" : "";
        file.Stream(number, $"/Type /XObject/Subtype /Image/Width {image.PixelWidth}/Height {image.PixelHeight}/ColorSpace {colourSpace}/BitsPerComponent 8{decode}/Filter /DCTDecode",
            image.Bytes, compression: null);
    }

    private void WriteDecoded(int number, ImageData image)
    {
        if ((long)image.PixelWidth * image.PixelHeight > MaximumPixels)
        {
            throw new InvalidOperationException($"An image of {image.PixelWidth} × {image.PixelHeight} pixels is too large to embed.");
        }
        using var codec = SKCodec.Create(new SKMemoryStream(image.Bytes))
            ?? throw new InvalidOperationException($"An image of {image.Bytes.Length} bytes cannot be decoded.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidOperationException($"An image of {image.Bytes.Length} bytes cannot be decoded ({result}).");
        }
        var pixels = bitmap.GetPixelSpan();
        var count = info.Width * info.Height;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var opaque = true;
        for (var i = 0; i < count; i++)
        {
            rgb[3 * i] = pixels[4 * i];
            rgb[3 * i + 1] = pixels[4 * i + 1];
            rgb[3 * i + 2] = pixels[4 * i + 2];
            alpha[i] = pixels[4 * i + 3];
            opaque &= alpha[i] == 255;
        }
        var mask = "";
        if (!opaque)
        {
            var maskNumber = file.Reserve();
            file.Stream(maskNumber, $"/Type /XObject/Subtype /Image/Width {info.Width}/Height {info.Height}/ColorSpace /DeviceGray/BitsPerComponent 8", alpha, PdfCompression.Shared);
            mask = "/SMask " + PdfFile.Reference(maskNumber);
        }
        file.Stream(number, $"/Type /XObject/Subtype /Image/Width {info.Width}/Height {info.Height}/ColorSpace /DeviceRGB/BitsPerComponent 8{mask}", rgb, PdfCompression.Shared);
    }

    /// <summary>The number of colour components from the JPEG's frame header, and whether it carries Adobe's APP14 marker.</summary>
    private static (int Components, bool Adobe) JpegFrame(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var adobe = false;
        var position = 2;
        while (position + 9 < span.Length && span[position] == 0xFF)
        {
            var marker = span[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(position + 2)..]);
            if (marker == 0xEE && span[(position + 4)..].StartsWith("Adobe"u8))
            {
                adobe = true;
            }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (span[position + 9], adobe);
            }
            position += 2 + length;
        }
        return (3, adobe);
    }
}
