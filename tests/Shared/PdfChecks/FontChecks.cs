using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// The fonts the pages use, with the character codes each shows: embedded (PDF/A-2 6.2.11.4.1, PDF/UA-1 7.21.4.1),
/// defining every glyph used, with /W widths equal to the embedded program's advances (6.2.11.5, 7.21.5), and a
/// ToUnicode map for every code (6.2.11.7.2, 7.21.7). Composite fonts (Type0 over a CIDFontType2, the kind our files
/// hold) are checked in full; simple fonts for embedding and ToUnicode only.
/// </summary>
public static class FontChecks
{
    private sealed record UsedFont(string Where, DictionaryToken Font, HashSet<int> Codes);

    public static void Run(PdfObjects objects, List<PdfViolation> violations)
    {
        foreach (var font in Collect(objects))
        {
            Check(objects, font, violations);
        }
    }

    private static List<UsedFont> Collect(PdfObjects objects)
    {
        var fonts = new Dictionary<string, UsedFont>(StringComparer.Ordinal);
        foreach (var page in objects.Document.GetPages())
        {
            var resources = objects.Dictionary(page.Dictionary, "Resources");
            var fontResources = objects.Dictionary(resources, "Font");
            UsedFont? current = null;
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case SetFontAndSize tf:
                        current = null;
                        if (fontResources is not null && fontResources.Data.TryGetValue(tf.Font.Data, out var reference)
                            && objects.Resolve(reference) is DictionaryToken dictionary)
                        {
                            var key = PdfObjects.Id(reference) ?? $"page {page.Number} /{tf.Font.Data}";
                            if (!fonts.TryGetValue(key, out current))
                            {
                                fonts[key] = current = new UsedFont($"font {key} (/{tf.Font.Data} on page {page.Number})", dictionary, []);
                            }
                        }
                        break;
                    case ShowText show:
                        Add(current, show.Bytes.ToArray());
                        break;
                    case MoveToNextLineShowText show:
                        Add(current, show.Bytes.ToArray());
                        break;
                    case MoveToNextLineShowTextWithSpacing show:
                        Add(current, show.Bytes.ToArray());
                        break;
                    case ShowTextsWithPositioning show:
                        foreach (var token in show.Array)
                        {
                            switch (token)
                            {
                                case HexToken hex:
                                    Add(current, hex.Bytes.ToArray());
                                    break;
                                case StringToken text:
                                    Add(current, text.GetBytes());
                                    break;
                            }
                        }
                        break;
                }
            }
        }
        return [.. fonts.Values];
    }

    private static void Add(UsedFont? font, byte[] bytes)
    {
        if (font is null)
        {
            return;
        }
        var composite = PdfObjects.Name(font.Font.Data.GetValueOrDefault("Subtype")) == "Type0";
        if (composite)
        {
            for (var i = 0; i + 1 < bytes.Length; i += 2)
            {
                font.Codes.Add(bytes[i] << 8 | bytes[i + 1]);
            }
        }
        else
        {
            foreach (var b in bytes)
            {
                font.Codes.Add(b);
            }
        }
    }

    private static void Check(PdfObjects objects, UsedFont used, List<PdfViolation> violations)
    {
        var font = used.Font;
        var subtype = objects.Name(font, "Subtype");
        if (subtype == "Type3" || used.Codes.Count == 0)
        {
            return;
        }
        var composite = subtype == "Type0";
        var program = composite ? objects.Dictionary(Resolve(objects, font), "FontDescriptor") : objects.Dictionary(font, "FontDescriptor");
        var descendant = composite ? Resolve(objects, font) : font;
        var file = objects.Get(program, "FontFile2") ?? objects.Get(program, "FontFile3") ?? objects.Get(program, "FontFile");
        if (file is not StreamToken stream)
        {
            violations.Add(new(Rules.FontEmbedded, "the font program is not embedded", used.Where));
            violations.Add(new(Rules.UAFontEmbedded, "the font program is not embedded", used.Where));
        }
        else if (composite && objects.Get(program, "FontFile2") is StreamToken && PdfObjects.Decode(stream) is { } bytes && TrueTypeMetrics.Read(bytes) is { } metrics)
        {
            CheckGlyphsAndWidths(objects, used, descendant!, metrics, violations);
        }

        CheckToUnicode(objects, used, composite, violations);
    }

    private static DictionaryToken? Resolve(PdfObjects objects, DictionaryToken type0) =>
        objects.Array(type0, "DescendantFonts") is { Data.Count: > 0 } descendants ? objects.Resolve(descendants.Data[0]) as DictionaryToken : null;

    private static void CheckGlyphsAndWidths(PdfObjects objects, UsedFont used, DictionaryToken cidFont, TrueTypeMetrics metrics, List<PdfViolation> violations)
    {
        var widths = Widths(objects, cidFont);
        var defaultWidth = objects.Get(cidFont, "DW") is NumericToken dw ? dw.Double : 1000;
        byte[]? cidToGid = objects.Get(cidFont, "CIDToGIDMap") is StreamToken map ? PdfObjects.Decode(map) : null;
        foreach (var cid in used.Codes.Order())
        {
            var glyph = cidToGid is null ? cid : 2 * cid + 1 < cidToGid.Length ? cidToGid[2 * cid] << 8 | cidToGid[2 * cid + 1] : 0;
            if (glyph >= metrics.GlyphCount)
            {
                violations.Add(new(Rules.GlyphsDefined, $"glyph {glyph} (code {cid}) is not in the embedded font of {metrics.GlyphCount} glyphs", used.Where));
                continue;
            }
            var declared = widths.TryGetValue(cid, out var w) ? w : defaultWidth;
            var actual = metrics.PdfWidth(glyph);
            // veraPDF allows one unit of difference (rounding of the font units to thousandths).
            if (Math.Abs(declared - actual) > 1)
            {
                var message = $"code {cid}: /W says {declared:0.##}, the embedded font {actual:0.##}";
                violations.Add(new(Rules.WidthsMatch, message, used.Where));
                violations.Add(new(Rules.UAWidthsMatch, message, used.Where));
                return; // one per font is enough to say the font is wrong
            }
        }
    }

    /// <summary>The /W array: "c [w1 w2 …]" for consecutive codes from c, "c1 c2 w" for a range.</summary>
    private static Dictionary<int, double> Widths(PdfObjects objects, DictionaryToken cidFont)
    {
        var result = new Dictionary<int, double>();
        var w = objects.Array(cidFont, "W")?.Data.Select(objects.Resolve).ToList() ?? [];
        for (var i = 0; i < w.Count;)
        {
            if (w[i] is not NumericToken first)
            {
                break;
            }
            if (i + 1 < w.Count && w[i + 1] is ArrayToken list)
            {
                for (var k = 0; k < list.Data.Count; k++)
                {
                    if (objects.Resolve(list.Data[k]) is NumericToken width)
                    {
                        result[first.Int + k] = width.Double;
                    }
                }
                i += 2;
            }
            else if (i + 2 < w.Count && w[i + 1] is NumericToken last && w[i + 2] is NumericToken width)
            {
                for (var c = first.Int; c <= last.Int; c++)
                {
                    result[c] = width.Double;
                }
                i += 3;
            }
            else
            {
                break;
            }
        }
        return result;
    }

    private static void CheckToUnicode(PdfObjects objects, UsedFont used, bool composite, List<PdfViolation> violations)
    {
        if (objects.Get(used.Font, "ToUnicode") is not StreamToken stream || PdfObjects.Decode(stream) is not { } bytes)
        {
            // A simple font with a standard encoding maps its codes to Unicode without a ToUnicode map.
            if (!composite && objects.Name(used.Font, "Encoding") is "WinAnsiEncoding" or "MacRomanEncoding" or "StandardEncoding")
            {
                return;
            }
            violations.Add(new(Rules.ToUnicodeA, "no ToUnicode map", used.Where));
            violations.Add(new(Rules.ToUnicode, "no ToUnicode map", used.Where));
            return;
        }
        var map = ToUnicodeMap.Parse(bytes);
        var missing = used.Codes.Where(c => !map.Maps(c)).Order().ToList();
        if (missing.Count > 0)
        {
            var message = $"ToUnicode does not map code(s) {string.Join(", ", missing.Take(5))}";
            violations.Add(new(Rules.ToUnicodeA, message, used.Where));
            violations.Add(new(Rules.ToUnicode, message, used.Where));
        }
    }
}
