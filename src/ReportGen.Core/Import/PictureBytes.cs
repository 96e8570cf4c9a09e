using System.Buffers.Binary;

namespace ReportGen.Core.Import;

/// <summary>
/// What a picture's bytes are, read from the bytes alone (a name or a content type in the file proves nothing): a
/// PNG or a JPEG with its size in pixels, checked far enough that the decoders downstream (Skia for the PDF, the
/// browser, Word) get a well-formed header; or the name of another format, to say in a warning.
/// </summary>
public static class PictureBytes
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format and size of a PNG or JPEG; null for anything else or a damaged header.</summary>
    public static (PictureFormat Format, int Width, int Height)? Recognise(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return Png(bytes) is { } png ? (PictureFormat.Png, png.Width, png.Height) : null;
        }
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Jpeg(bytes) is { } jpeg ? (PictureFormat.Jpeg, jpeg.Width, jpeg.Height) : null;
        }
        return null;
    }

    /// <summary>
    /// The name of a picture's format by its bytes ("EMF", "GIF" …), for the warning when it is not shown; "PNG" or "JPEG"
    /// for one whose header <see cref="Recognise"/> refused (damaged); "?" when unknown.
    /// </summary>
    public static string NameOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return "PNG";
        }
        if (bytes.Length > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            return "JPEG";
        }
        if (bytes.Length >= 44 && BinaryPrimitives.ReadUInt32LittleEndian(bytes) == 1 && bytes[40..44].SequenceEqual(" EMF"u8))
        {
            return "EMF";
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD7, 0xCD, 0xC6, 0x9A]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x01, 0x00, 0x09, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x02, 0x00, 0x09, 0x00]))
        {
            return "WMF";
        }
        if (bytes.StartsWith("GIF8"u8))
        {
            return "GIF";
        }
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }
        if (bytes.StartsWith("BM"u8))
        {
            return "BMP";
        }
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "WebP";
        }
        var head = System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 256)]);
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase) ? "SVG" : "?";
    }

    /// <summary>
    /// A PNG: the IHDR chunk first with a sane size, depth and colour type, then chunks that stay inside the bytes up to
    /// IEND, with image data among them. A file cut short or with a made-up header is refused here, not in a decoder.
    /// </summary>
    private static (int Width, int Height)? Png(ReadOnlySpan<byte> bytes)
    {
        var position = 8;
        (int, int)? size = null;
        var data = false;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            var type = bytes.Slice(position + 4, 4);
            if (length > int.MaxValue || position + 12 + (long)length > bytes.Length)
            {
                return null;
            }
            var content = bytes.Slice(position + 8, (int)length);
            if (size is null)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13)
                {
                    return null;
                }
                var width = BinaryPrimitives.ReadUInt32BigEndian(content);
                var height = BinaryPrimitives.ReadUInt32BigEndian(content[4..]);
                var depth = content[8];
                var colour = content[9];
                var valid = colour switch
                {
                    0 => depth is 1 or 2 or 4 or 8 or 16,
                    3 => depth is 1 or 2 or 4 or 8,
                    2 or 4 or 6 => depth is 8 or 16,
                    _ => false,
                };
                if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue || !valid)
                {
                    return null;
                }
                size = ((int)width, (int)height);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                data = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                return data ? size : null;
            }
            position += 12 + (int)length;
        }
        return null;
    }

    /// <summary>
    /// A JPEG: segments that stay inside the bytes, a frame header (SOFn) with its size and 1, 3 or 4 components before
    /// the scan starts. The scan's entropy-coded data is not walked (a decoder copes with a short scan).
    /// </summary>
    private static (int Width, int Height)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var position = 2;
        (int, int)? size = null;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }
            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++; // a fill byte
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2; // no length
                continue;
            }
            if (marker is 0xD8 or 0xD9)
            {
                return null; // a second start, or the end before any scan
            }
            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                return null;
            }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 8)
                {
                    return null;
                }
                var segment = bytes.Slice(position + 4, length - 2);
                int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                var components = segment[5];
                if (width == 0 || height == 0 || components is not (1 or 3 or 4))
                {
                    return null;
                }
                size = (width, height);
            }
            if (marker == 0xDA)
            {
                return size;
            }
            position += 2 + length;
        }
        return null;
    }
}
