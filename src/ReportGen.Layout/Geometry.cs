namespace ReportGen.Layout;

/// <summary>A size in PDF points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    public static Size FromMillimetres(float width, float height) => new(Units.Mm(width), Units.Mm(height));
}

/// <summary>A rectangle in points, origin top-left, y growing downwards (as on a page being read).</summary>
public readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;
    public float Bottom => Y + Height;
}

public static class Units
{
    public const float PointsPerMillimetre = 72f / 25.4f;
    public static float Mm(float millimetres) => millimetres * PointsPerMillimetre;
    public static float Cm(float centimetres) => centimetres * 10 * PointsPerMillimetre;
}

/// <summary>An sRGB colour with alpha, as 0xAARRGGBB.</summary>
public readonly record struct Color(uint Argb)
{
    public static readonly Color Black = new(0xFF000000);
    public static readonly Color Transparent = new(0);

    /// <summary>Parses "#RRGGBB" or "#AARRGGBB" as written in a theme file.</summary>
    public static Color Parse(string hex)
    {
        var digits = hex.TrimStart('#');
        var value = Convert.ToUInt32(digits, 16);
        return new Color(digits.Length == 6 ? 0xFF000000 | value : value);
    }
}
