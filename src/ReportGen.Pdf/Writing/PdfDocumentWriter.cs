using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// Writes a whole PDF from sheets of laid-out pages: pages with their content streams and link annotations, the
/// shared resources (subset fonts, images), the outline, the structure tree when the items carry structure, the
/// catalog (language, output intent, viewer preferences), the Info dictionary and the XMP packet. Every PDF the
/// program writes — reading copy and print sheets — comes from here.
/// </summary>
internal static class PdfDocumentWriter
{
    /// <summary>
    /// Content streams are compressed at <see cref="CompressionLevel.Optimal"/>: measured on the seed booklets
    /// (docs/benchmarks.md, 2026-12-05) it makes files smaller than Fastest for a time that does not show.
    /// </summary>
    internal static CompressionLevel Compression { get; set; } = CompressionLevel.Optimal;

    /// <summary>The output intent's ICC profile, the same in every document: compressed once per process (and level), not once per document.</summary>
    private static readonly ConcurrentDictionary<CompressionLevel, byte[]> DeflatedProfiles = new();

    /// <param name="bookmarks">The laid-out pages whose anchors become bookmarks (the sheets are these pages one to one); null for none.</param>
    public static void Write(IReadOnlyList<PdfSheet> sheets, IReadOnlyList<Page>? bookmarks, PdfMetadata metadata, Stream output)
    {
        using var file = new PdfFile(output, Compression);
        file.Header();
        var catalog = file.Reserve();
        var pagesRoot = file.Reserve();
        var resourcesNumber = file.Reserve();
        var info = file.Reserve();
        var xmp = file.Reserve();
        var pageObjects = sheets.Select(_ => file.Reserve()).ToList();

        var tagged = sheets.Any(s => s.Pages.Any(p => p.Page.Items.Any(i => i.Structure is not null)));
        var tree = tagged ? new StructureTree(sheets.Count) : null;
        // A tagged document's many small dictionaries (structure elements, marked links) are stored compressed.
        file.CompressDictionaries = tagged;
        file.KeepOutOfStreams(catalog, info);
        var structTreeRoot = tagged ? file.Reserve() : 0;
        var resources = new PdfResources(file);
        var content = new PageContent(resources, tree);
        var anchors = Anchors(sheets);
        var untaggedAnnotations = 0;

        for (var index = 0; index < sheets.Count; index++)
        {
            var sheet = sheets[index];
            var contents = file.Reserve();
            file.Stream(contents, "", content.Write(sheet, index));

            var annotations = new List<int>();
            foreach (var link in content.Links)
            {
                var number = file.Reserve();
                annotations.Add(number);
                var annotation = new StringBuilder("<</Type /Annot/Subtype /Link/Rect [")
                    .Append(PdfSyntax.Number(link.Left)).Append(' ').Append(PdfSyntax.Number(link.Bottom)).Append(' ')
                    .Append(PdfSyntax.Number(link.Right)).Append(' ').Append(PdfSyntax.Number(link.Top)).Append("]/Border [0 0 0]/F 4")
                    .Append("/P ").Append(PdfFile.Reference(pageObjects[index]));
                switch (link.Item)
                {
                    case LinkArea web:
                        annotation.Append("/A <</S /URI/URI ").Append(Uri(web.Uri)).Append(">>");
                        annotation.Append("/Contents ").Append(PdfSyntax.Text(link.Item.Structure?.AlternativeText ?? web.Uri));
                        break;
                    case InternalLink inside when anchors.TryGetValue(inside.AnchorName, out var target):
                        annotation.Append("/Dest [").Append(PdfFile.Reference(pageObjects[target.Sheet])).Append(" /XYZ 0 ").Append(PdfSyntax.Number(target.Top)).Append(" null]");
                        annotation.Append("/Contents ").Append(PdfSyntax.Text(link.Item.Structure?.AlternativeText ?? target.Title));
                        break;
                    default:
                        // A link to an anchor that is not in this document leads nowhere: an area without action.
                        break;
                }
                if (tree is not null && link.Item.Structure is { } element)
                {
                    annotation.Append("/StructParent ").Append(tree.Annotate(element, index, number, link.Key));
                }
                else
                {
                    untaggedAnnotations++;
                }
                file.Object(number, annotation.Append(">>").ToString());
            }

            var page = new StringBuilder("<</Type /Page/Parent ").Append(PdfFile.Reference(pagesRoot))
                .Append("/MediaBox [0 0 ").Append(PdfSyntax.Number(sheet.Size.Width)).Append(' ').Append(PdfSyntax.Number(sheet.Size.Height)).Append(']')
                .Append("/Resources ").Append(PdfFile.Reference(resourcesNumber))
                .Append("/Contents ").Append(PdfFile.Reference(contents));
            if (annotations.Count > 0)
            {
                page.Append("/Annots [").AppendJoin(' ', annotations.Select(PdfFile.Reference)).Append(']');
            }
            if (tree is not null)
            {
                // Its marked content's entry in the parent tree (a page of artifacts only has none); tab order
                // follows the structure (PDF/UA).
                if (tree.HasMarks(index))
                {
                    page.Append("/StructParents ").Append(index);
                }
                page.Append("/Tabs /S");
            }
            file.Object(pageObjects[index], page.Append(">>").ToString());
        }

        resources.Write(resourcesNumber);
        file.Object(pagesRoot, $"<</Type /Pages/Kids [{string.Join(" ", pageObjects.Select(PdfFile.Reference))}]/Count {pageObjects.Count}>>");

        var outlineRoot = 0;
        if (bookmarks is not null)
        {
            var outline = PdfOutline.Objects(bookmarks, pageObjects, file.NextNumber);
            foreach (var (number, _) in outline)
            {
                if (file.Reserve() != number)
                {
                    throw new InvalidOperationException("Outline objects are not numbered in sequence.");
                }
            }
            foreach (var (number, body) in outline)
            {
                file.Object(number, body);
            }
            outlineRoot = outline.Count > 0 ? outline[0].Number : 0;
        }

        if (tree is not null)
        {
            tree.Write(file, structTreeRoot, pageObjects);
        }
        var claims = Conformance.Decide(tree, untaggedAnnotations);

        var profile = file.Reserve();
        file.DeflatedStream(profile, "/N 3", DeflatedProfiles.GetOrAdd(file.Compression, _ => file.Deflate(SrgbIccProfile.Profile)));
        var root = new StringBuilder("<</Type /Catalog/Pages ").Append(PdfFile.Reference(pagesRoot))
            .Append("/Metadata ").Append(PdfFile.Reference(xmp))
            .Append("/Lang ").Append(PdfSyntax.Text(metadata.Language))
            .Append("/ViewerPreferences <</DisplayDocTitle true>>")
            .Append("/OutputIntents [<</Type /OutputIntent/S /GTS_PDFA1/OutputConditionIdentifier ").Append(PdfSyntax.Text(SrgbIccProfile.Description))
            .Append("/Info ").Append(PdfSyntax.Text(SrgbIccProfile.Description)).Append("/DestOutputProfile ").Append(PdfFile.Reference(profile)).Append(">>]");
        if (tree is not null)
        {
            root.Append("/MarkInfo <</Marked true>>/StructTreeRoot ").Append(PdfFile.Reference(structTreeRoot));
        }
        if (outlineRoot != 0)
        {
            root.Append("/Outlines ").Append(PdfFile.Reference(outlineRoot)).Append("/PageMode /UseOutlines");
        }
        file.Object(catalog, root.Append(">>").ToString());
        file.Object(info, InfoDictionary(metadata));

        var packet = new XmpPacket(metadata.Title, metadata.Author, metadata.Subject, metadata.Keywords, metadata.Creator,
            PdfWriter.Producer, metadata.Language, Utc(metadata.Created), Utc(metadata.Modified ?? metadata.Created), claims.PdfA)
        { UniversalAccessibilityPart = claims.UaPart };
        file.Finish(catalog, info, xmp, packet.ToBytes());
    }

    /// <summary>Every anchor of the pages drawn one to one on a sheet: its sheet, its height in PDF space, its title.</summary>
    private static Dictionary<string, (int Sheet, float Top, string Title)> Anchors(IReadOnlyList<PdfSheet> sheets)
    {
        var anchors = new Dictionary<string, (int, float, string)>(StringComparer.Ordinal);
        for (var index = 0; index < sheets.Count; index++)
        {
            foreach (var placed in sheets[index].Pages.Where(p => p.Transform.IsIdentity))
            {
                foreach (var anchor in placed.Page.Anchors)
                {
                    anchors.TryAdd(anchor.Name, (index, placed.Page.Size.Height - anchor.Y, anchor.Title));
                }
            }
        }
        return anchors;
    }

    /// <summary>A URI as PDF wants it, 7-bit ASCII: anything else percent-encoded as UTF-8.</summary>
    private static string Uri(string uri)
    {
        var ascii = new StringBuilder(uri.Length);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > 0x20 and < 0x7F)
            {
                ascii.Append((char)b);
            }
            else
            {
                ascii.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return PdfSyntax.Text(ascii.ToString());
    }

    private static string InfoDictionary(PdfMetadata metadata)
    {
        var info = new StringBuilder("<<");
        void Add(string key, string value)
        {
            if (value.Length > 0)
            {
                info.Append('/').Append(key).Append(' ').Append(PdfSyntax.Text(value)).Append('\n');
            }
        }
        Add("Title", metadata.Title);
        Add("Author", metadata.Author);
        Add("Subject", metadata.Subject);
        Add("Keywords", metadata.Keywords);
        Add("Creator", metadata.Creator);
        Add("Producer", PdfWriter.Producer);
        info.Append("/CreationDate ").Append(PdfSyntax.Date(Utc(metadata.Created))).Append('\n');
        info.Append("/ModDate ").Append(PdfSyntax.Date(Utc(metadata.Modified ?? metadata.Created)));
        return info.Append(">>").ToString();
    }

    /// <summary>The data's dates are UTC; an unspecified kind is taken as UTC, never as the machine's time zone.</summary>
    internal static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
