using System.Buffers.Binary;

namespace ReportGen.Layout.Output;

/// <summary>
/// An encoded raster image (PNG or JPEG) with its size in pixels, read from the file's header so the
/// layout can size it without decoding it. Backends embed the bytes as they are.
/// </summary>
public sealed record ImageData(byte[] Bytes, int PixelWidth, int PixelHeight)
{
    /// <summary>Reads the size from a PNG (IHDR) or JPEG (SOFn) header; null for anything else.</summary>
    public static ImageData? Read(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length >= 24 && span[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return new ImageData(bytes, (int)BinaryPrimitives.ReadUInt32BigEndian(span[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(span[20..]));
        }
        if (span.Length >= 4 && span[0] == 0xFF && span[1] == 0xD8)
        {
            var position = 2;
            while (position + 9 < span.Length && span[position] == 0xFF)
            {
                var marker = span[position + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(span[(position + 2)..]);
                // Start-of-frame markers (baseline, progressive …) carry the height, then the width.
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return new ImageData(bytes, BinaryPrimitives.ReadUInt16BigEndian(span[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(span[(position + 5)..]));
                }
                position += 2 + length;
            }
        }
        return null;
    }
}

/// <summary>An image placed on the page, scaled to fill <see cref="Area"/>.</summary>
public sealed record ImageItem(Rect Area, ImageData Image) : PageItem;
