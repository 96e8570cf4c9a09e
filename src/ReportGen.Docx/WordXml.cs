using System.Text;
using System.Xml;

namespace ReportGen.Docx;

/// <summary>
/// Writing WordprocessingML straight to an <see cref="XmlWriter"/>: the namespaces and short forms for elements and
/// attributes in the "w" namespace. The parts come out as the Open XML SDK saved them (same prefixes, namespace
/// declarations where first needed, attributes in the schema's order), without building the SDK's DOM first.
/// </summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>As the SDK writes a part: UTF-8 without a byte order mark, the declaration, no indentation.</summary>
    public static XmlWriterSettings PartSettings { get; } = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>As the packaging library and XDocument write theirs (relationships, content types, core properties): with the mark.</summary>
    public static XmlWriterSettings PackageSettings { get; } = new() { Encoding = new UTF8Encoding(true), CloseOutput = false };

    /// <summary>A part's bytes, written by <paramref name="write"/> between the declaration and the end.</summary>
    public static byte[] Bytes(Action<XmlWriter> write, XmlWriterSettings? settings = null, bool standalone = false)
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer, write, settings, standalone);
        return buffer.ToArray();
    }

    /// <summary>A part written by <paramref name="write"/> into <paramref name="buffer"/> from its start; the buffer's bytes are the part.</summary>
    public static ReadOnlySpan<byte> Into(MemoryStream buffer, Action<XmlWriter> write, XmlWriterSettings? settings = null, bool standalone = false)
    {
        buffer.SetLength(0);
        WriteTo(buffer, write, settings, standalone);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    private static void WriteTo(Stream buffer, Action<XmlWriter> write, XmlWriterSettings? settings, bool standalone)
    {
        using (var xml = XmlWriter.Create(buffer, settings ?? PartSettings))
        {
            if (standalone)
            {
                xml.WriteStartDocument(standalone: true);
            }
            else
            {
                xml.WriteStartDocument();
            }
            write(xml);
            xml.WriteEndDocument();
        }
    }

    public static void Start(this XmlWriter xml, string name) => xml.WriteStartElement("w", name, W);

    public static void Attribute(this XmlWriter xml, string name, string value) => xml.WriteAttributeString("w", name, W, value);

    public static void Attribute(this XmlWriter xml, string name, long value)
    {
        xml.WriteStartAttribute("w", name, W);
        xml.WriteValue(value);
        xml.WriteEndAttribute();
    }

    /// <summary>An element without content or attributes: &lt;w:keepNext /&gt;.</summary>
    public static void Empty(this XmlWriter xml, string name)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteEndElement();
    }

    /// <summary>An element with its w:val only: &lt;w:jc w:val="center" /&gt;.</summary>
    public static void Val(this XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    /// <summary>A width in twentieths of a point: &lt;w:tcW w:w="3741" w:type="dxa" /&gt;.</summary>
    public static void Width(this XmlWriter xml, string name, long twips)
    {
        xml.WriteStartElement("w", name, W);
        xml.Attribute("w", twips);
        xml.WriteAttributeString("w", "type", W, "dxa");
        xml.WriteEndElement();
    }
}
