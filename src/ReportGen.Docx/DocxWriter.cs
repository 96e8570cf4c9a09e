using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using ReportGen.Core.Model;
using ReportGen.Templating;
using ReportGen.Templating.Documents;

namespace ReportGen.Docx;

/// <summary>
/// Writes one document of a meeting's booklet (report, decision, list, agenda) as a Word file in the form of
/// NĐ 30/2020 (HD 36 for the Party): A4 and the theme's margins, the header and signature as borderless tables,
/// Word's Heading styles, real tables, the page number centred at the top from the second page, an annex from a
/// new page and the appendix in a landscape section. The same data gives the same bytes.
/// </summary>
public static class DocxWriter
{
    /// <summary>Said where the booklet and the web page draw a chart: Word gets the chart's caption under this note.</summary>
    public const string ChartNote = "(Biểu đồ: xem bản PDF hoặc trang web của hội nghị)";

    private const string PageNumberHeaderId = "rIdHeader";
    private const string FirstPageHeaderId = "rIdFirstHeader";

    /// <param name="hasChart">Whether a chart named in a <c>```chart</c> block has data; null: every chart has.</param>
    public static void Write(RenderedDocument document, Stream output, DocxSettings settings, DocxProperties properties, Func<string, bool>? hasChart = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(properties);
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Named relationships everywhere: the packaging library would make up a new id each time.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            var party = document.Heading?.Issuer.Kind == IssuerKind.Party;
            // A state document's name is set smaller than a Party document's (NĐ 30: 13–14 pt; HD 36: 15–16 pt).
            var titleSize = document.Heading is null || party ? settings.TitleSize : settings.StateTitleSize;
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(settings, titleSize);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<HeaderPart>(PageNumberHeaderId).Header = PageNumberHeader(settings);
            main.AddNewPart<HeaderPart>(FirstPageHeaderId).Header = new Header(new Paragraph(new ParagraphProperties(new Indentation { FirstLine = "0" })));
            main.Document = new Document(Body(document, settings, hasChart, main));
            WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore"), properties);
        }
        buffer.Position = 0;
        Normalise(buffer, output, properties.Modified ?? properties.Created);
    }

    private static Body Body(RenderedDocument document, DocxSettings settings, Func<string, bool>? hasChart, MainDocumentPart main)
    {
        var portraitWidth = Units.TwipsFromMm(settings.PaperWidthMm - settings.MarginLeftMm - settings.MarginRightMm);
        var body = new Body();
        var blocks = new HeaderBlocks(settings, portraitWidth);
        if (document.Heading is { } heading)
        {
            body.Append(blocks.Issuer(heading));
        }
        if (document.AuthorHeading is { } author)
        {
            body.Append(blocks.Author(author));
        }
        var pageHeight = Units.TwipsFromMm(settings.PaperHeightMm - settings.MarginTopMm - settings.MarginBottomMm);
        var pictures = document.Images.Count == 0 ? null : new PictureParts(main, document.Images, pageHeight);
        var markdown = new MarkdownToWord(settings, portraitWidth, hasChart, pictures);
        body.Append(markdown.Build(Markdown.Parse(document.Markdown, MarkdownRenderer.Pipeline)));
        if (document.Signer is { } signer)
        {
            // The last paragraph goes with the signature to its page: a signature never stands alone (NĐ 30 practice).
            if (body.Elements<Paragraph>().LastOrDefault(p => p.Elements<Run>().Any()) is { } last && ReferenceEquals(body.LastChild, last))
            {
                (last.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
            }
            body.Append(blocks.Signature(signer, document.Recipients, document.Heading?.Issuer.Kind == IssuerKind.Party));
        }
        if (document.Annex.Length > 0)
        {
            // The annex (an award decision's lists) starts on a new page.
            markdown.BreakBefore = true;
            body.Append(markdown.Build(Markdown.Parse(document.Annex, MarkdownRenderer.Pipeline)));
            markdown.BreakBefore = false;
        }
        if (document.Appendix.Length > 0)
        {
            // The portrait pages end here; the appendix's wide tables are set in a landscape section.
            body.Append(new Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
                Section(settings, landscape: false))));
            markdown.ContentWidth = Units.TwipsFromMm(settings.PaperHeightMm - settings.MarginLeftMm - settings.MarginRightMm);
            body.Append(markdown.Build(Markdown.Parse(document.Appendix, MarkdownRenderer.Pipeline)));
            body.Append(Section(settings, landscape: true));
        }
        else
        {
            body.Append(Section(settings, landscape: false));
        }
        return body;
    }

    /// <summary>
    /// A section's page: A4 (turned for the appendix), the theme's margins, the page number in the top margin;
    /// the first page of the document has an empty header (NĐ 30: no number on the first page).
    /// </summary>
    private static SectionProperties Section(DocxSettings settings, bool landscape)
    {
        var width = Units.TwipsFromMm(settings.PaperWidthMm);
        var height = Units.TwipsFromMm(settings.PaperHeightMm);
        var section = new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = PageNumberHeaderId });
        if (!landscape)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = FirstPageHeaderId });
        }
        section.Append(
            new PageSize { Width = (uint)(landscape ? height : width), Height = (uint)(landscape ? width : height), Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Units.TwipsFromMm(settings.MarginTopMm), Bottom = Units.TwipsFromMm(settings.MarginBottomMm),
                Left = (uint)Units.TwipsFromMm(settings.MarginLeftMm), Right = (uint)Units.TwipsFromMm(settings.MarginRightMm),
                // The page number halfway down the top margin.
                Header = (uint)Units.TwipsFromMm(settings.MarginTopMm / 2), Footer = (uint)Units.TwipsFromMm(settings.MarginBottomMm / 2), Gutter = 0,
            },
            new PageNumberType { Start = landscape ? null : 1 });
        if (!landscape)
        {
            section.Append(new TitlePage());
        }
        return section;
    }

    private static Header PageNumberHeader(DocxSettings settings)
    {
        var size = Units.HalfPoints(settings.PageNumberSize);
        var run = new Run(new RunProperties(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }), new Text("1"));
        return new Header(new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new SimpleField(run) { Instruction = " PAGE " }));
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
        }));

    /// <summary>docProps/core.xml written by us: the package API would name the part after a new GUID each time.</summary>
    private static void WriteCoreProperties(CoreFilePropertiesPart part, DocxProperties properties)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        static string W3c(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var core = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms), new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", properties.Title),
            new XElement(dc + "creator", properties.Author),
            new XElement(dc + "language", properties.Language),
            new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), W3c(properties.Created)),
            new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), W3c(properties.Modified ?? properties.Created)));
        using var stream = part.GetStream(FileMode.Create);
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), core).Save(stream, SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The package again with every entry dated <paramref name="time"/> (the zip format keeps a time per entry, and
    /// the packaging library writes the clock's), in the same order, so two builds give the same bytes.
    /// </summary>
    private static void Normalise(Stream package, Stream output, DateTime time)
    {
        // A zip entry holds a date from 1980 to 2107.
        var stamp = time.Year is >= 1980 and <= 2107
            ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), TimeSpan.Zero)
            : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
