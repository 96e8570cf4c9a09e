using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportGen.Docx;

/// <summary>
/// The package's own parts, written as the packaging library and XDocument wrote them before (byte order mark,
/// attributes in their order): the relationships, the content types, the core properties (docProps/core.xml).
/// </summary>
internal static class PackageParts
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public const string DocumentRelationshipsName = "word/_rels/document.xml.rels";
    public const string ContentTypesName = "[Content_Types].xml";
    public const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>As the packaging library and XDocument wrote these parts: UTF-8 with the byte order mark, the declaration, no indentation.</summary>
    private static XmlWriterSettings PackageSettings { get; } = new() { Encoding = new UTF8Encoding(true), CloseOutput = false };

    private static byte[] Bytes(Action<XmlWriter> write, XmlWriterSettings settings, bool standalone = false)
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer, write, settings, standalone);
        return buffer.ToArray();
    }

    /// <summary>A part written into <paramref name="buffer"/> from its start; the buffer's bytes are the part.</summary>
    private static ReadOnlySpan<byte> Into(MemoryStream buffer, Action<XmlWriter> write, XmlWriterSettings settings, bool standalone)
    {
        buffer.SetLength(0);
        WriteTo(buffer, write, settings, standalone);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    private static void WriteTo(Stream buffer, Action<XmlWriter> write, XmlWriterSettings settings, bool standalone)
    {
        using var xml = XmlWriter.Create(buffer, settings);
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

    /// <summary>A relationship: its type's last word (after the office's address), its part, its id.</summary>
    public readonly record struct Relationship(string Type, string Target, string Id);

    /// <summary>_rels/.rels: the main document and the core properties.</summary>
    public static byte[] PackageRelationships() => Relationships([
        new(OfficeRelationship + "officeDocument", "/word/document.xml", "rIdDocument"),
        new("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml", "rIdCore"),
    ]);

    /// <summary>word/_rels/document.xml.rels: styles, settings, the two headers, then the pictures.</summary>
    public static byte[] DocumentRelationships(IReadOnlyList<ImagePart> images)
    {
        List<Relationship> relationships =
        [
            new(OfficeRelationship + "styles", "/word/styles.xml", "rIdStyles"),
            new(OfficeRelationship + "settings", "/word/settings.xml", "rIdSettings"),
            new(OfficeRelationship + "header", "/word/header1.xml", PageSection.PageNumberHeaderId),
            new(OfficeRelationship + "header", "/word/header2.xml", PageSection.FirstPageHeaderId),
        ];
        relationships.AddRange(images.Select(image => new Relationship(OfficeRelationship + "image", "/" + image.Name, image.Id)));
        return Relationships(relationships);
    }

    private static byte[] Relationships(IEnumerable<Relationship> relationships) => Bytes(xml =>
    {
        xml.WriteStartElement("", "Relationships", RelationshipsNs);
        foreach (var relationship in relationships)
        {
            xml.WriteStartElement("", "Relationship", RelationshipsNs);
            xml.WriteAttributeString("Type", relationship.Type);
            xml.WriteAttributeString("Target", relationship.Target);
            xml.WriteAttributeString("Id", relationship.Id);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }, PackageSettings);

    /// <summary>[Content_Types].xml: XML is the main document's by default, then each picture's kind, then the overrides.</summary>
    public static byte[] ContentTypes(IReadOnlyList<ImagePart> images) => Bytes(xml =>
    {
        xml.WriteStartElement("", "Types", ContentTypesNs);
        Default(xml, "xml", MainContentType);
        foreach (var image in images.DistinctBy(image => image.Extension))
        {
            Default(xml, image.Extension, image.ContentType);
        }
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        Override(xml, "/word/styles.xml", Word + "styles+xml");
        Override(xml, "/word/settings.xml", Word + "settings+xml");
        Override(xml, "/word/header1.xml", Word + "header+xml");
        Override(xml, "/word/header2.xml", Word + "header+xml");
        Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        xml.WriteEndElement();
    }, PackageSettings);

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("", "Default", ContentTypesNs);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("", "Override", ContentTypesNs);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    /// <summary>docProps/core.xml: title, author, language and the dates from the data, never the clock.</summary>
    public static ReadOnlySpan<byte> CoreProperties(MemoryStream buffer, DocxProperties properties) => Into(buffer, xml =>
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string Dcterms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        static string W3c(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "cp", null, Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Element(xml, "dc", "title", Dc, properties.Title);
        Element(xml, "dc", "creator", Dc, properties.Author);
        Element(xml, "dc", "language", Dc, properties.Language);
        foreach (var (name, time) in new[] { ("created", properties.Created), ("modified", properties.Modified ?? properties.Created) })
        {
            xml.WriteStartElement("dcterms", name, Dcterms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(W3c(time));
            xml.WriteFullEndElement();
        }
        xml.WriteEndElement();
    }, PackageSettings, standalone: true);

    /// <summary>An element of text, closed with its end tag even when empty (as XElement writes it).</summary>
    private static void Element(XmlWriter xml, string prefix, string name, string ns, string text)
    {
        xml.WriteStartElement(prefix, name, ns);
        xml.WriteString(text);
        xml.WriteFullEndElement();
    }
}
