using System.Xml.Linq;

namespace ReportGen.Core.Import;

/// <summary>
/// The names of the Word file's XML that <see cref="WordToMarkdown"/> and <see cref="WordPictures"/> read, and the few
/// rules of their values. A file saved as "Strict Open XML Document" uses other namespaces for the same names;
/// <see cref="Load"/> gives its parts the usual ones, so one reader reads both.
/// </summary>
internal static class WordMarkup
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    public static readonly XNamespace O = "urn:schemas-microsoft-com:office:office";
    public static readonly XNamespace MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>The strict spelling of each namespace read here → the usual one.</summary>
    private static readonly Dictionary<XNamespace, XNamespace> FromStrict = new()
    {
        [XNamespace.Get("http://purl.oclc.org/ooxml/wordprocessingml/main")] = W,
        [XNamespace.Get("http://purl.oclc.org/ooxml/officeDocument/relationships")] = R,
        [XNamespace.Get("http://purl.oclc.org/ooxml/drawingml/main")] = A,
        [XNamespace.Get("http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing")] = WP,
    };

    /// <summary>A part of the Word file as a tree in the usual namespaces; null when the package has no such part.</summary>
    /// <exception cref="System.Xml.XmlException">Not well-formed XML, or a DTD.</exception>
    public static XElement? Load(OfficeParts package, string? part)
    {
        if (part is null || !package.Has(part))
        {
            return null;
        }
        var root = package.Document(part).Root;
        if (root is not null && FromStrict.ContainsKey(root.Name.Namespace))
        {
            foreach (var element in root.DescendantsAndSelf())
            {
                if (FromStrict.TryGetValue(element.Name.Namespace, out var usual))
                {
                    element.Name = usual + element.Name.LocalName;
                }
                if (element.Attributes().Any(a => FromStrict.ContainsKey(a.Name.Namespace)))
                {
                    element.ReplaceAttributes(element.Attributes().Select(a =>
                        FromStrict.TryGetValue(a.Name.Namespace, out var ns) ? new XAttribute(ns + a.Name.LocalName, a.Value) : a).ToList());
                }
            }
        }
        return root;
    }

    /// <summary>The <c>w:val</c> of a property element (<c>&lt;w:pStyle w:val="Heading1"/&gt;</c>).</summary>
    public static string? Val(XElement? element) => (string?)element?.Attribute(W + "val");

    /// <summary>A whole number as Word writes one; null when absent or not a number (a damaged file reads as if it had none).</summary>
    public static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// An on/off property (<c>&lt;w:b/&gt;</c>, <c>&lt;w:b w:val="0"/&gt;</c>): on when present, unless its value says off
    /// ("0", "false", "off"; strict files write "off").
    /// </summary>
    public static bool On(XElement? property) =>
        property is not null && Val(property) is not ("0" or "false" or "off");

    /// <summary>Whether <paramref name="element"/> stands inside an <c>mc:Fallback</c>: the same content again, for older readers.</summary>
    public static bool InFallback(XElement element) => element.Ancestors(MC + "Fallback").Any();

    /// <summary>
    /// All the text a paragraph holds (each <c>w:t</c>, deleted text and field codes too, not a drawing's position
    /// numbers): the excerpt a warning quotes, and a paragraph's length when it may be a heading typed by hand.
    /// </summary>
    public static string InnerText(XElement element) =>
        string.Concat(element.Descendants().Where(e => e.Name.Namespace == W && e.Name.LocalName is "t" or "delText" or "instrText" or "delInstrText").Select(e => e.Value));
}
