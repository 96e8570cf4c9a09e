namespace ReportGen.Docx;

/// <summary>
/// Writing WordprocessingML straight to a <see cref="WordWriter"/>: the namespaces and short forms for elements and
/// attributes in the "w" namespace. The parts come out as the Open XML SDK saved them (same prefixes, namespace
/// declarations where first needed, attributes in the schema's order), without building the SDK's DOM first.
/// </summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A part's bytes, written by <paramref name="write"/> after the declaration.</summary>
    public static byte[] Bytes(Action<WordWriter> write)
    {
        var writer = new WordWriter();
        writer.StartDocument();
        write(writer);
        return writer.ToArray();
    }

    public static void Start(this WordWriter xml, string name) => xml.WriteStartElement("w", name, W);

    public static void Attribute(this WordWriter xml, string name, string value) => xml.WriteAttributeString("w", name, W, value);

    public static void Attribute(this WordWriter xml, string name, long value)
    {
        xml.WriteAttribute("w", name, W, value);
    }

    /// <summary>An attribute a format may leave unset (spacing, indents): written only when it has a value.</summary>
    public static void OptionalAttribute(this WordWriter xml, string name, long? value)
    {
        if (value is { } set)
        {
            xml.WriteAttribute("w", name, W, set);
        }
    }

    /// <summary>An element without content or attributes: &lt;w:keepNext /&gt;.</summary>
    public static void Empty(this WordWriter xml, string name)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteEndElement();
    }

    /// <summary>An element with its w:val only: &lt;w:jc w:val="center" /&gt;.</summary>
    public static void Val(this WordWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    /// <summary>A width in twentieths of a point: &lt;w:tcW w:w="3741" w:type="dxa" /&gt;.</summary>
    public static void Width(this WordWriter xml, string name, long twips)
    {
        xml.WriteStartElement("w", name, W);
        xml.Attribute("w", twips);
        xml.WriteAttributeString("w", "type", W, "dxa");
        xml.WriteEndElement();
    }
}
