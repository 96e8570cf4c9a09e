
namespace ReportGen.Docx;

/// <summary>
/// A section's page (w:sectPr): A4 (turned for the appendix), the theme's margins, the page number in the top
/// margin; the first page of the document has an empty header (NĐ 30: no number on the first page).
/// </summary>
internal sealed class PageSection(DocxSettings settings, bool landscape)
{
    public const string PageNumberHeaderId = "rIdHeader";
    public const string FirstPageHeaderId = "rIdFirstHeader";

    public void Write(WordWriter xml)
    {
        var width = Units.TwipsFromMm(settings.PaperWidthMm);
        var height = Units.TwipsFromMm(settings.PaperHeightMm);
        xml.Start("sectPr");
        HeaderReference(xml, "default", PageNumberHeaderId);
        if (!landscape)
        {
            HeaderReference(xml, "first", FirstPageHeaderId);
        }
        xml.Start("pgSz");
        xml.Attribute("w", landscape ? height : width);
        xml.Attribute("h", landscape ? width : height);
        xml.Attribute("orient", landscape ? "landscape" : "portrait");
        xml.WriteEndElement();
        xml.Start("pgMar");
        xml.Attribute("top", Units.TwipsFromMm(settings.MarginTopMm));
        xml.Attribute("right", Units.TwipsFromMm(settings.MarginRightMm));
        xml.Attribute("bottom", Units.TwipsFromMm(settings.MarginBottomMm));
        xml.Attribute("left", Units.TwipsFromMm(settings.MarginLeftMm));
        // The page number halfway down the top margin.
        xml.Attribute("header", Units.TwipsFromMm(settings.MarginTopMm / 2));
        xml.Attribute("footer", Units.TwipsFromMm(settings.MarginBottomMm / 2));
        xml.Attribute("gutter", 0);
        xml.WriteEndElement();
        xml.Start("pgNumType");
        if (!landscape)
        {
            xml.Attribute("start", 1);
        }
        xml.WriteEndElement();
        if (!landscape)
        {
            xml.Empty("titlePg");
        }
        xml.WriteEndElement();
    }

    private static void HeaderReference(WordWriter xml, string type, string id)
    {
        xml.Start("headerReference");
        xml.Attribute("type", type);
        xml.WriteAttributeString("r", "id", WordXml.R, id);
        xml.WriteEndElement();
    }
}
