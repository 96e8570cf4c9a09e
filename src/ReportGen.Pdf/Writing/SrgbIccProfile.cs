using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The sRGB ICC profile of the PDF/A output intent, written here rather than read from a file of the machine or
/// a library: an ICC version 2 display profile (the version PDF/A-2 readers all take) with the tags such a
/// profile needs — description, copyright, media white point, the sRGB primaries adapted to the D50 connection
/// space (Bradford) and the sRGB tone curve as a table, one curve shared by the three channels.
/// </summary>
internal static class SrgbIccProfile
{
    public const string Description = "sRGB IEC61966-2.1";

    /// <summary>Entries of the tone curve table: every step under a tenth of a percent of the range.</summary>
    private const int CurvePoints = 1024;

    // The D50 white of the profile connection space, and the sRGB primaries adapted to it (IEC 61966-2-1, Bradford).
    private static readonly double[] White = [0.9642, 1.0, 0.8249];
    private static readonly double[] Red = [0.4360747, 0.2225045, 0.0139322];
    private static readonly double[] Green = [0.3850649, 0.7168786, 0.0971045];
    private static readonly double[] Blue = [0.1430804, 0.0606169, 0.7141733];

    private static readonly Lazy<byte[]> Bytes = new(Build);

    public static byte[] Profile => Bytes.Value;

    private static byte[] Build()
    {
        var curve = Curve();
        // Tag data in order; the three tone curves point at one copy of the curve.
        var data = new List<(string Signature, byte[] Data)>
        {
            ("desc", TextDescription(Description)),
            ("cprt", Text("No copyright: written by ReportGen from the sRGB definition, free to use")),
            ("wtpt", Xyz(White)),
            ("rXYZ", Xyz(Red)),
            ("gXYZ", Xyz(Green)),
            ("bXYZ", Xyz(Blue)),
            ("rTRC", curve),
        };
        var shared = new[] { "gTRC", "bTRC" };
        var tagCount = data.Count + shared.Length;
        var offset = 128 + 4 + 12 * tagCount;
        var body = new MemoryStream();
        var table = new MemoryStream();
        var entry = new byte[12];
        void Entry(string signature, int at, int length)
        {
            Encoding.ASCII.GetBytes(signature, entry);
            BinaryPrimitives.WriteInt32BigEndian(entry.AsSpan(4), at);
            BinaryPrimitives.WriteInt32BigEndian(entry.AsSpan(8), length);
            table.Write(entry);
        }
        var curveAt = 0;
        foreach (var (signature, bytes) in data)
        {
            var at = offset + (int)body.Length;
            Entry(signature, at, bytes.Length);
            if (signature == "rTRC")
            {
                curveAt = at;
            }
            body.Write(bytes);
            while (body.Length % 4 != 0)
            {
                body.WriteByte(0);
            }
        }
        foreach (var signature in shared)
        {
            Entry(signature, curveAt, curve.Length);
        }

        var size = offset + (int)body.Length;
        var profile = new byte[size];
        var header = profile.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteUInt32BigEndian(header[8..], 0x02100000); // version 2.1
        Encoding.ASCII.GetBytes("mntr", header[12..]); // display device
        Encoding.ASCII.GetBytes("RGB ", header[16..]);
        Encoding.ASCII.GetBytes("XYZ ", header[20..]);
        // The creation date: fixed, so the profile (and every PDF holding it) has the same bytes in every build.
        ushort[] date = [2026, 12, 5, 0, 0, 0];
        for (var i = 0; i < date.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(header[(24 + 2 * i)..], date[i]);
        }
        Encoding.ASCII.GetBytes("acsp", header[36..]);
        Xyz(White).AsSpan(8).CopyTo(header[68..]); // the connection space's illuminant, D50
        BinaryPrimitives.WriteInt32BigEndian(header[128..], tagCount);
        table.ToArray().CopyTo(header[132..]);
        body.ToArray().CopyTo(header[offset..]);
        return profile;
    }

    private static byte[] Xyz(double[] xyz)
    {
        var bytes = new byte[20];
        Encoding.ASCII.GetBytes("XYZ ", bytes);
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8 + 4 * i), (int)Math.Round(xyz[i] * 65536));
        }
        return bytes;
    }

    /// <summary>The sRGB decoding function (linear below 0,04045, a 2,4 power above) sampled at even steps.</summary>
    private static byte[] Curve()
    {
        var bytes = new byte[12 + 2 * CurvePoints];
        Encoding.ASCII.GetBytes("curv", bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var v = i / (double)(CurvePoints - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(12 + 2 * i), (ushort)Math.Round(linear * 65535));
        }
        return bytes;
    }

    /// <summary>textDescriptionType (ICC v2): the ASCII text, then empty Unicode and ScriptCode parts.</summary>
    private static byte[] TextDescription(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text + "\0");
        var bytes = new byte[12 + ascii.Length + 4 + 4 + 2 + 1 + 67];
        Encoding.ASCII.GetBytes("desc", bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), ascii.Length);
        ascii.CopyTo(bytes, 12);
        return bytes;
    }

    private static byte[] Text(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text + "\0");
        var bytes = new byte[8 + ascii.Length];
        Encoding.ASCII.GetBytes("text", bytes);
        ascii.CopyTo(bytes, 8);
        return bytes;
    }
}
