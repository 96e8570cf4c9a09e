using System.Collections.Concurrent;
using System.Xml;

namespace ReportGen.Docx;

/// <summary>
/// The parts that are the same for every Word file of one set of <see cref="DocxSettings"/>, written once as bytes:
/// the styles (for the Party's and the state's title size), the settings, the two headers and the relationships and
/// content types of a file without pictures. Building the styles part alone for every file cost 1–2 % of the Word
/// files' time.
/// </summary>
internal sealed class FixedParts
{
    /// <summary>
    /// One entry per distinct settings (records compare by value; a build has one, the tests a handful), read by the
    /// build's parallel meetings at once.
    /// </summary>
    private static readonly ConcurrentDictionary<DocxSettings, FixedParts> BySettings = new();

    private readonly DocxSettings _settings;
    private readonly byte[] _partyStyles;
    private readonly byte[] _stateStyles;

    private FixedParts(DocxSettings settings)
    {
        _settings = settings;
        _partyStyles = WordXml.Bytes(xml => DocxStyles.Write(xml, settings, settings.TitleSize));
        _stateStyles = WordXml.Bytes(xml => DocxStyles.Write(xml, settings, settings.StateTitleSize));
        Settings = WordXml.Bytes(WriteSettings);
        PageNumberHeader = WordXml.Bytes(xml => WritePageNumberHeader(xml, settings));
        FirstPageHeader = WordXml.Bytes(WriteFirstPageHeader);
        PackageRelationships = PackageParts.PackageRelationships();
        DocumentRelationships = PackageParts.DocumentRelationships([]);
        ContentTypes = PackageParts.ContentTypes([]);
    }

    public static FixedParts For(DocxSettings settings) => BySettings.GetOrAdd(settings, static s => new FixedParts(s));

    public byte[] Settings { get; }
    public byte[] PageNumberHeader { get; }
    public byte[] FirstPageHeader { get; }
    public byte[] PackageRelationships { get; }

    /// <summary>word/_rels/document.xml.rels of a file without pictures.</summary>
    public byte[] DocumentRelationships { get; }

    /// <summary>[Content_Types].xml of a file without pictures.</summary>
    public byte[] ContentTypes { get; }

    /// <summary>The styles part with the document's title at <paramref name="titleSize"/>.</summary>
    public byte[] Styles(double titleSize) =>
        titleSize == _settings.TitleSize ? _partyStyles
        : titleSize == _settings.StateTitleSize ? _stateStyles
        : WordXml.Bytes(xml => DocxStyles.Write(xml, _settings, titleSize));

    private static void WriteSettings(XmlWriter xml)
    {
        xml.Start("settings");
        xml.Start("zoom");
        xml.Attribute("percent", "100");
        xml.WriteEndElement();
        xml.Val("defaultTabStop", "720");
        xml.Val("characterSpacingControl", "doNotCompress");
        xml.Start("compat");
        xml.Start("compatSetting");
        xml.Attribute("name", "compatibilityMode");
        xml.Attribute("uri", "http://schemas.microsoft.com/office/word");
        xml.Attribute("val", "15");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The page number centred at the top (a PAGE field), in every section from the second page.</summary>
    private static void WritePageNumberHeader(XmlWriter xml, DocxSettings settings)
    {
        xml.Start("hdr");
        xml.Start("p");
        new ParagraphFormat
        {
            Spacing = new Spacing { Before = 0, After = 0, Line = 240, Rule = LineRule.Auto },
            Indent = new Indent { FirstLine = 0 },
            Alignment = Alignment.Center,
        }.Write(xml);
        xml.Start("fldSimple");
        xml.Attribute("instr", " PAGE ");
        xml.Start("r");
        Word.WriteProperties(xml, new RunStyle(settings.PageNumberSize));
        xml.Start("t");
        xml.WriteString("1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The first page's header: empty (NĐ 30: no number on the first page).</summary>
    private static void WriteFirstPageHeader(XmlWriter xml)
    {
        xml.Start("hdr");
        xml.Start("p");
        new ParagraphFormat { Indent = new Indent { FirstLine = 0 } }.Write(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
