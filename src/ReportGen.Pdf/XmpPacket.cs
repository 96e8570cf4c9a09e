using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf;

/// <summary>The PDF/A identification a document claims in its XMP: part 2, conformance B means PDF/A-2b.</summary>
internal sealed record PdfAIdentification(int Part, string Conformance)
{
    /// <summary>Reads <c>pdfaid:part</c> and <c>pdfaid:conformance</c> from an XMP packet; null when it claims none.</summary>
    public static PdfAIdentification? FromXmp(string xmp)
    {
        var part = Regex.Match(xmp, @"<pdfaid:part>\s*([1-4])\s*</pdfaid:part>|pdfaid:part=""([1-4])""");
        var conformance = Regex.Match(xmp, @"<pdfaid:conformance>\s*([ABUabu])\s*</pdfaid:conformance>|pdfaid:conformance=""([ABUabu])""");
        if (!part.Success || !conformance.Success)
        {
            return null;
        }
        static string Value(Match m) => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        return new PdfAIdentification(int.Parse(Value(part), CultureInfo.InvariantCulture), Value(conformance).ToUpperInvariant());
    }
}

/// <summary>
/// The document's XMP metadata packet. What it claims (pdfaid, pdfuaid) is decided by one rule in
/// <see cref="Writing.Conformance"/>: PDF/A-2b for an untagged file; PDF/A-2a when a structure tree was written
/// (every item in it or an artifact, Unicode for every glyph); PDF/UA-1 besides when every figure has alternative
/// text and every link belongs to an element. Every value mirrors
/// the Info dictionary, as PDF/A requires: Title ↔ dc:title, Author ↔ dc:creator, Subject ↔ dc:description,
/// Keywords ↔ pdf:Keywords, Creator ↔ xmp:CreatorTool, Producer ↔ pdf:Producer, CreationDate ↔ xmp:CreateDate,
/// ModDate ↔ xmp:ModifyDate.
/// </summary>
internal sealed record XmpPacket(
    string Title,
    string Author,
    string Subject,
    string Keywords,
    string Creator,
    string Producer,
    string Language,
    DateTime Created,
    DateTime Modified,
    PdfAIdentification? PdfA)
{
    /// <summary>The part of ISO 14289 (PDF/UA) claimed, or null for none.</summary>
    public int? UniversalAccessibilityPart { get; init; }

    /// <summary>Stands for the document's UUID until the content hash is known; replaced in place (same length).</summary>
    public const string UuidPlaceholder = "uuid:00000000-0000-0000-0000-000000000000";

    /// <summary>The packet as UTF-8 bytes (the only encoding PDF allows for XMP), with the placeholder UUIDs.</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(ToXml());

    /// <summary>
    /// The packet's text is built in a builder kept by each thread from one document to the next: a new one grew, chunk
    /// by chunk, to the packet's ~3 000 characters for each document (~16 KB of a meeting's two copies; docs/benchmarks.md, branch pdf-word).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    public string ToXml()
    {
        var xml = _builder ??= new StringBuilder(4096);
        xml.Clear();
        // The begin attribute holds a byte order mark (U+FEFF, EF BB BF in UTF-8), as the XMP specification asks.
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        xml.Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xml.Append("<rdf:Description rdf:about=\"\"\n");
        xml.Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        xml.Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
        xml.Append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n");
        xml.Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        if (PdfA is not null)
        {
            xml.Append("\n xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        }
        if (UniversalAccessibilityPart is not null)
        {
            xml.Append("\n xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        }
        xml.Append(">\n");
        if (PdfA is not null)
        {
            xml.Append($"<pdfaid:part>{PdfA.Part.ToString(CultureInfo.InvariantCulture)}</pdfaid:part>\n");
            xml.Append($"<pdfaid:conformance>{XmlText.Escape(PdfA.Conformance)}</pdfaid:conformance>\n");
        }
        if (UniversalAccessibilityPart is { } part)
        {
            xml.Append($"<pdfuaid:part>{part.ToString(CultureInfo.InvariantCulture)}</pdfuaid:part>\n");
        }
        xml.Append("<dc:format>application/pdf</dc:format>\n");
        if (Title.Length > 0)
        {
            xml.Append($"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{XmlText.Escape(Title)}</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (Author.Length > 0)
        {
            // One entry holding the whole Author string: PDF/A compares the Info Author with dc:creator's only item.
            xml.Append($"<dc:creator><rdf:Seq><rdf:li>{XmlText.Escape(Author)}</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (Subject.Length > 0)
        {
            xml.Append($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{XmlText.Escape(Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        }
        var subjects = Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (subjects.Length > 0)
        {
            xml.Append("<dc:subject><rdf:Bag>");
            foreach (var subject in subjects)
            {
                xml.Append($"<rdf:li>{XmlText.Escape(subject)}</rdf:li>");
            }
            xml.Append("</rdf:Bag></dc:subject>\n");
        }
        if (Language.Length > 0)
        {
            xml.Append($"<dc:language><rdf:Bag><rdf:li>{XmlText.Escape(Language)}</rdf:li></rdf:Bag></dc:language>\n");
        }
        if (Creator.Length > 0)
        {
            xml.Append($"<xmp:CreatorTool>{XmlText.Escape(Creator)}</xmp:CreatorTool>\n");
        }
        xml.Append($"<xmp:CreateDate>{Date(Created)}</xmp:CreateDate>\n");
        xml.Append($"<xmp:ModifyDate>{Date(Modified)}</xmp:ModifyDate>\n");
        xml.Append($"<xmp:MetadataDate>{Date(Modified)}</xmp:MetadataDate>\n");
        xml.Append($"<xmpMM:DocumentID>{UuidPlaceholder}</xmpMM:DocumentID>\n");
        xml.Append($"<xmpMM:InstanceID>{UuidPlaceholder}</xmpMM:InstanceID>\n");
        if (Producer.Length > 0)
        {
            xml.Append($"<pdf:Producer>{XmlText.Escape(Producer)}</pdf:Producer>\n");
        }
        if (Keywords.Length > 0)
        {
            xml.Append($"<pdf:Keywords>{XmlText.Escape(Keywords)}</pdf:Keywords>\n");
        }
        xml.Append("</rdf:Description>\n");
        if (UniversalAccessibilityPart is not null && PdfA is not null)
        {
            // PDF/A admits only the schemas it predefines unless the packet describes the others: pdfuaid is not
            // among them, so its one property is described here (PDF/A-2, 6.6.2.3).
            xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"");
            xml.Append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
            xml.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
            xml.Append("<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n");
            xml.Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
            xml.Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
            xml.Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
            xml.Append("<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>");
            xml.Append("<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n");
            xml.Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n");
            xml.Append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
            xml.Append("</rdf:Description>\n");
        }
        xml.Append("</rdf:RDF>\n");
        xml.Append("</x:xmpmeta>\n");
        xml.Append("<?xpacket end=\"w\"?>");
        return xml.ToString();
    }

    /// <summary>An XMP date in UTC, the same instant as the Info dictionary's D:…+00'00'.</summary>
    private static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
