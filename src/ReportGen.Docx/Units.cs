namespace ReportGen.Docx;

/// <summary>Word's measures: twentieths of a point (twips) for lengths, half points for type sizes, eighths for rules.</summary>
internal static class Units
{
    public static int Twips(double points) => (int)Math.Round(points * 20);

    public static int TwipsFromMm(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    public static int TwipsFromCm(double cm) => TwipsFromMm(cm * 10);

    /// <summary>A type size in half points, as w:sz wants it ("28" for 14 pt).</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A rough width of a line of text, in points, to size the short rules under the header's lines (NĐ 30: a third
    /// to a half of the line above, or as long as the motto). Word sets the text itself; only the rules need it.
    /// </summary>
    public static double EstimatedWidth(ReadOnlySpan<char> text, double size, bool capitals)
    {
        // Added up in order from the first character, as Enumerable.Sum did: the same widths to the last bit.
        var sum = 0.0;
        foreach (var c in text)
        {
            sum += c == ' ' ? 0.25 : capitals || char.IsUpper(c) ? 0.68 : 0.47;
        }
        return sum * size;
    }
}
