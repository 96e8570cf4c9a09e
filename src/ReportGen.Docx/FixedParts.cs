using System.Collections.Concurrent;

namespace ReportGen.Docx;

/// <summary>
/// The parts that are the same for every Word file of one set of <see cref="DocxSettings"/>, written and deflated
/// once: the styles (for the Party's and the state's title size), the settings, the two headers and the relationships
/// and content types of a file without pictures: 7 of a file's 9 zip entries. Building the styles part alone for every
/// file cost 1–2 % of the Word files' time, and starting a deflater for each entry more than deflating it.
/// </summary>
internal sealed class FixedParts
{
    /// <summary>
    /// One entry per distinct settings (records compare by value; a build has one, the tests a handful), read by the
    /// build's parallel meetings at once.
    /// </summary>
    private static readonly ConcurrentDictionary<DocxSettings, FixedParts> BySettings = new();

    private readonly DocxSettings _settings;
    private readonly ZipEntryData _partyStyles;
    private readonly ZipEntryData _stateStyles;

    private FixedParts(DocxSettings settings)
    {
        _settings = settings;
        _partyStyles = StylesEntry(settings, settings.TitleSize);
        _stateStyles = StylesEntry(settings, settings.StateTitleSize);
        Settings = ZipEntryData.Of("word/settings.xml", WordXml.Bytes(WriteSettings));
        PageNumberHeader = ZipEntryData.Of("word/header1.xml", WordXml.Bytes(xml => WritePageNumberHeader(xml, settings)));
        FirstPageHeader = ZipEntryData.Of("word/header2.xml", WordXml.Bytes(WriteFirstPageHeader));
        PackageRelationships = ZipEntryData.Of("_rels/.rels", PackageParts.PackageRelationships());
        DocumentRelationships = ZipEntryData.Of(PackageParts.DocumentRelationshipsName, PackageParts.DocumentRelationships([]));
        ContentTypes = ZipEntryData.Of(PackageParts.ContentTypesName, PackageParts.ContentTypes([]));
    }

    public static FixedParts For(DocxSettings settings) => BySettings.GetOrAdd(settings, static s => new FixedParts(s));

    public ZipEntryData Settings { get; }
    public ZipEntryData PageNumberHeader { get; }
    public ZipEntryData FirstPageHeader { get; }
    public ZipEntryData PackageRelationships { get; }

    /// <summary>word/_rels/document.xml.rels of a file without pictures.</summary>
    public ZipEntryData DocumentRelationships { get; }

    /// <summary>[Content_Types].xml of a file without pictures.</summary>
    public ZipEntryData ContentTypes { get; }

    /// <summary>The styles part with the document's title at <paramref name="titleSize"/>.</summary>
    public ZipEntryData Styles(double titleSize) =>
        titleSize == _settings.TitleSize ? _partyStyles
        : titleSize == _settings.StateTitleSize ? _stateStyles
        : StylesEntry(_settings, titleSize);

    private static ZipEntryData StylesEntry(DocxSettings settings, double titleSize) =>
        ZipEntryData.Of("word/styles.xml", WordXml.Bytes(xml => DocxStyles.Write(xml, settings, titleSize)));

    private static void WriteSettings(WordWriter xml)
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
    private static void WritePageNumberHeader(WordWriter xml, DocxSettings settings)
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
    private static void WriteFirstPageHeader(WordWriter xml)
    {
        xml.Start("hdr");
        xml.Start("p");
        new ParagraphFormat { Indent = new Indent { FirstLine = 0 } }.Write(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
