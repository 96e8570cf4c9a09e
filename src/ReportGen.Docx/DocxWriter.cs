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
/// <remarks>
/// The package is written straight to the zip: the body as WordprocessingML bytes through a <see cref="WordWriter"/>
/// (<see cref="WordBlock"/>), the parts every file shares as bytes made once (<see cref="FixedParts"/>). The Open XML
/// SDK's DOM and packaging, and a second zip pass to date the entries, made the Word files the build's most
/// expensive output (660 KiB allocated and ~3 ms CPU per file).
/// </remarks>
public static class DocxWriter
{
    /// <summary>Said where the booklet and the web page draw a chart: Word gets the chart's caption under this note.</summary>
    public const string ChartNote = "(Biểu đồ: xem bản PDF hoặc trang web của hội nghị)";

    /// <summary>
    /// The writer of document.xml and its buffer, kept by each thread from one file to the next: written into a new
    /// stream, a 20–30 KB document.xml cost about 85 KB of growing buffers and the copy out of them. Its bytes of
    /// run, paragraph and cell properties (<see cref="WordWriter.WriteCached"/>) are kept with it.
    /// </summary>
    [ThreadStatic]
    private static WordWriter? t_document;

    /// <summary>The same for docProps/core.xml (written with XmlWriter, as XDocument wrote it).</summary>
    [ThreadStatic]
    private static MemoryStream? t_core;

    /// <param name="hasChart">Whether a chart named in a <c>```chart</c> block has data; null: every chart has.</param>
    public static void Write(RenderedDocument document, Stream output, DocxSettings settings, DocxProperties properties, Func<string, bool>? hasChart = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(properties);
        var fixedParts = FixedParts.For(settings);
        var party = document.Heading?.Issuer.Kind == IssuerKind.Party;
        // A state document's name is set smaller than a Party document's (NĐ 30: 13–14 pt; HD 36: 15–16 pt).
        var titleSize = document.Heading is null || party ? settings.TitleSize : settings.StateTitleSize;
        var pageHeight = Units.TwipsFromMm(settings.PaperHeightMm - settings.MarginTopMm - settings.MarginBottomMm);
        var pictures = document.Images.Count == 0 ? null : new PictureParts(document.Images, pageHeight);
        var body = Body(document, settings, hasChart, pictures);
        var images = pictures?.Parts ?? [];

        // The entries in the order the packaging library wrote them.
        var zip = new ZipWriter(output, Stamp(properties.Modified ?? properties.Created));
        var xml = t_document ??= new WordWriter();
        using var documentXml = zip.StartEntry();
        xml.StartDocument(documentXml);
        xml.Start("document");
        xml.Start("body");
        foreach (var block in body)
        {
            block.Write(xml);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.EndDocument();
        zip.Add("word/document.xml", documentXml);
        zip.Add(fixedParts.Styles(titleSize));
        zip.Add(fixedParts.Settings);
        zip.Add(fixedParts.PageNumberHeader);
        zip.Add(fixedParts.FirstPageHeader);
        foreach (var image in images)
        {
            zip.Add(image.Name, image.Bytes);
        }
        zip.Add("docProps/core.xml", PackageParts.CoreProperties(t_core ??= new MemoryStream(), properties));
        zip.Add(fixedParts.PackageRelationships);
        if (images.Count == 0)
        {
            zip.Add(fixedParts.DocumentRelationships);
            zip.Add(fixedParts.ContentTypes);
        }
        else
        {
            zip.Add(PackageParts.DocumentRelationshipsName, PackageParts.DocumentRelationships(images));
            zip.Add(PackageParts.ContentTypesName, PackageParts.ContentTypes(images));
        }
        zip.Finish();
    }

    private static List<WordBlock> Body(RenderedDocument document, DocxSettings settings, Func<string, bool>? hasChart, PictureParts? pictures)
    {
        var portraitWidth = Units.TwipsFromMm(settings.PaperWidthMm - settings.MarginLeftMm - settings.MarginRightMm);
        var body = new List<WordBlock>();
        var blocks = new HeaderBlocks(settings, portraitWidth);
        if (document.Heading is { } heading)
        {
            body.AddRange(blocks.Issuer(heading));
        }
        if (document.AuthorHeading is { } author)
        {
            body.AddRange(blocks.Author(author));
        }
        var markdown = new MarkdownToWord(settings, portraitWidth, hasChart, pictures);
        body.AddRange(markdown.Build(document.MarkdownTree()));
        if (document.Signer is { } signer)
        {
            // The last paragraph goes with the signature to its page: a signature never stands alone (NĐ 30 practice).
            if (body.Count > 0 && body[^1] is WordParagraph { Runs.Count: > 0 } last)
            {
                last.Format = (last.Format ?? new ParagraphFormat()) with { KeepNext = true };
            }
            body.AddRange(blocks.Signature(signer, document.Recipients, document.Heading?.Issuer.Kind == IssuerKind.Party));
        }
        if (document.Annex.Length > 0)
        {
            // The annex (an award decision's lists) starts on a new page.
            markdown.BreakBefore = true;
            body.AddRange(markdown.Build(document.AnnexTree()));
            markdown.BreakBefore = false;
        }
        if (document.Appendix.Length > 0)
        {
            // The portrait pages end here; the appendix's wide tables are set in a landscape section.
            body.Add(new WordParagraph(new ParagraphFormat
            {
                Spacing = new Spacing { Before = 0, After = 0, Line = 20, Rule = LineRule.Exact },
                Section = new PageSection(settings, landscape: false),
            }, []));
            markdown.ContentWidth = Units.TwipsFromMm(settings.PaperHeightMm - settings.MarginLeftMm - settings.MarginRightMm);
            body.AddRange(markdown.Build(document.AppendixTree()));
            body.Add(new SectionBlock(new PageSection(settings, landscape: true)));
        }
        else
        {
            body.Add(new SectionBlock(new PageSection(settings, landscape: false)));
        }
        return body;
    }

    /// <summary>
    /// Every entry is dated <paramref name="time"/> (the zip format keeps a time per entry; the clock's would
    /// change the bytes from one build to the next).
    /// </summary>
    private static DateTime Stamp(DateTime time) =>
        // A zip entry holds a date from 1980 to 2107.
        time.Year is >= 1980 and <= 2107 ? time : new DateTime(1980, 1, 1);
}
