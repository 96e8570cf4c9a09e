using System.Text;
using System.Xml;

namespace ReportGen.Pdf;

/// <summary>Text for XML the PDF writer makes itself (the XMP packet, a web chart's SVG).</summary>
internal static class XmlText
{
    /// <summary>
    /// <paramref name="text"/> for an XML element or a quoted attribute: markup characters escaped, characters XML 1.0
    /// cannot hold left out (a surrogate pair is one character and stays; a surrogate alone goes). Most texts (a
    /// label, a number, a title) have nothing to change and are given back as they are, without a copy.
    /// </summary>
    public static string Escape(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(text, i, 2);
                i++;
                continue;
            }
            var replacement = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => null };
            if (replacement is null && XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
                continue;
            }
            // The first character that changes: what came before is copied once, the rest as it goes.
            clean ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            clean.Append(replacement);
        }
        return clean?.ToString() ?? text;
    }
}
