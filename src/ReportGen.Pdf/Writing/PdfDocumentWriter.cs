using System.Text;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// Writes a whole PDF from sheets of laid-out pages: pages with their content streams and link annotations, the
/// shared resources (subset fonts, images), the outline, the structure tree when the items carry structure, the
/// catalog (language, output intent, viewer preferences), the Info dictionary and the XMP packet. Every PDF the
/// program writes — reading copy and print sheets — comes from here.
/// Sheets are written one by one as they come (<see cref="Add"/>), in any order, so a booklet's pages need not all be
/// held until the last is laid out: each sheet's content stream and page object go to the file at once; what needs
/// every page — link annotations (a link may lead to a page not written yet), the page tree, the outline, the
/// structure tree — is written by <see cref="Finish"/>.
/// </summary>
internal sealed class PdfDocumentWriter : IDisposable
{
    /// <summary>The output intent's ICC profile, the same in every document: compressed once per process, not once per document.</summary>
    private static readonly Lazy<byte[]> DeflatedProfile = new(() => PdfFile.Deflate(SrgbIccProfile.Profile, PdfCompression.Shared));

    /// <summary>A link of a written sheet, its annotation's number reserved (the page lists it), its body written at the end.</summary>
    private readonly record struct PendingLink(int Sheet, int Number, SheetLink Link);

    private readonly Stream _output;
    private readonly long _start;
    private readonly PdfMetadata _metadata;
    private readonly bool _tagged;
    private PdfFile _file = null!;
    private int _catalog, _pagesRoot, _resourcesNumber, _info, _xmp, _structTreeRoot;
    private StructureTree? _tree;
    private PdfResources _resources = null!;
    private PageContent _content = null!;
    // Each sheet's page object by sheet index (0 until written).
    private readonly List<int> _pageObjects = [];
    // Every anchor of the pages drawn one to one on a sheet: its sheet, its height in PDF space, its title.
    private readonly Dictionary<string, (int Sheet, float Top, string Title)> _anchors = new(StringComparer.Ordinal);
    private readonly List<PendingLink> _links = [];

    /// <param name="tagged">Whether the items carry structure (a structure tree is written): decided before the first sheet, which is written at once.</param>
    public PdfDocumentWriter(Stream output, PdfMetadata metadata, bool tagged)
    {
        _output = output;
        _start = output.CanSeek ? output.Position : 0;
        _metadata = metadata;
        _tagged = tagged;
        Begin();
    }

    private void Begin()
    {
        _file = new PdfFile(_output);
        _file.Header();
        _catalog = _file.Reserve();
        _pagesRoot = _file.Reserve();
        _resourcesNumber = _file.Reserve();
        _info = _file.Reserve();
        _xmp = _file.Reserve();
        _tree = _tagged ? new StructureTree() : null;
        // A tagged document's many small dictionaries (structure elements, marked links) are stored compressed.
        _file.CompressDictionaries = _tagged;
        _file.KeepOutOfStreams(_catalog, _info);
        _structTreeRoot = _tagged ? _file.Reserve() : 0;
        _resources = new PdfResources(_file);
        _content = new PageContent(_resources, _tree);
        _pageObjects.Clear();
        _anchors.Clear();
        _links.Clear();
    }

    /// <summary>
    /// Forgets what was written and starts the file again where it began (a booklet laid out a second time, its first
    /// layout's pages already written). The output must be seekable.
    /// </summary>
    public void Restart()
    {
        if (!_output.CanSeek)
        {
            throw new InvalidOperationException("A PDF written to a stream that cannot seek cannot start again.");
        }
        _file.Dispose();
        _content.ReleaseFragments();
        _output.SetLength(_start);
        _output.Position = _start;
        Begin();
    }

    /// <summary>Writes everything at once: sheets in order, then the rest.</summary>
    /// <param name="bookmarks">The laid-out pages whose anchors become bookmarks (the sheets are these pages one to one); null for none.</param>
    public static void Write(IReadOnlyList<PdfSheet> sheets, IReadOnlyList<Page>? bookmarks, PdfMetadata metadata, Stream output)
    {
        var tagged = sheets.Any(s => s.Pages.Any(p => p.Page.Items.Any(i => i.Structure is not null)));
        using var writer = new PdfDocumentWriter(output, metadata, tagged);
        for (var index = 0; index < sheets.Count; index++)
        {
            writer.Add(index, sheets[index]);
        }
        writer.Finish(sheets.Count, bookmarks);
    }

    /// <summary>
    /// Writes the sheet at <paramref name="index"/> (0-based) of the document: its content stream and its page object.
    /// Sheets may come in any order; once written, the sheet's pages are not read again, but for their anchors and links.
    /// </summary>
    public void Add(int index, PdfSheet sheet)
    {
        while (_pageObjects.Count <= index)
        {
            _pageObjects.Add(0);
        }
        if (_pageObjects[index] != 0)
        {
            throw new InvalidOperationException($"Sheet {index + 1} was written twice.");
        }
        var pageObject = _pageObjects[index] = _file.Reserve();
        foreach (var placed in sheet.Pages.Where(p => p.Transform.IsIdentity))
        {
            foreach (var anchor in placed.Page.Anchors)
            {
                // The first sheet that holds it (sheets may come out of order).
                if (!_anchors.TryGetValue(anchor.Name, out var known) || known.Sheet > index)
                {
                    _anchors[anchor.Name] = (index, placed.Page.Size.Height - anchor.Y, anchor.Title);
                }
            }
        }

        var contents = _file.Reserve();
        _file.Stream(contents, "", _content.Write(sheet, index), PdfCompression.Document);
        // The page's dictionary written as bytes into a kept buffer: a builder, its chunks and a string for every
        // number was ~1 KiB a page (docs/benchmarks.md, branch pdf-word).
        var page = _dictionary;
        page.Clear();
        page.Ascii("<</Type /Page/Parent ").Reference(_pagesRoot)
            .Ascii("/MediaBox [0 0 ").Number(sheet.Size.Width).Space().Number(sheet.Size.Height).Byte((byte)']')
            .Ascii("/Resources ").Reference(_resourcesNumber)
            .Ascii("/Contents ").Reference(contents);
        var links = _content.Links;
        if (links.Count > 0)
        {
            page.Ascii("/Annots [");
            for (var i = 0; i < links.Count; i++)
            {
                var number = _file.Reserve();
                _links.Add(new PendingLink(index, number, links[i]));
                if (i > 0)
                {
                    page.Space();
                }
                page.Reference(number);
            }
            page.Byte((byte)']');
        }
        if (_tree is not null)
        {
            // Its marked content's entry in the parent tree (a page of artifacts only has none); tab order
            // follows the structure (PDF/UA).
            if (_tree.HasMarks(index))
            {
                page.Ascii("/StructParents ").Integer(index);
            }
            page.Ascii("/Tabs /S");
        }
        _file.Object(pageObject, page.Ascii(">>"));
    }

    private readonly PdfBytes _dictionary = new(512);

    /// <summary>The content of a page to be placed on a sheet later (a print sheet's, once the page count is known).</summary>
    public PageFragment Fragment(Page page) => _content.Fragment(page);

    /// <summary>
    /// Writes what needs every sheet — the link annotations, the page tree, the outline, the structure tree, the
    /// resources, the catalog, the Info dictionary, the XMP packet — and the file's end.
    /// </summary>
    /// <param name="sheetCount">How many sheets the document has: each must have been written.</param>
    /// <param name="bookmarks">The laid-out pages whose anchors become bookmarks (the sheets are these pages one to one); null for none.</param>
    public void Finish(int sheetCount, IReadOnlyList<Page>? bookmarks)
    {
        if (_pageObjects.Count != sheetCount || _pageObjects.Contains(0))
        {
            throw new InvalidOperationException($"{_pageObjects.Count(n => n != 0)} sheets written of {sheetCount}.");
        }
        var file = _file;
        var tree = _tree;
        var pageObjects = _pageObjects;
        if (tree is not null)
        {
            tree.PageCount = sheetCount;
        }

        // The annotations in the order of their sheets (and on a sheet, of its items), as they were numbered.
        var untaggedAnnotations = 0;
        foreach (var (index, number, link) in _links.OrderBy(l => l.Sheet).ThenBy(l => l.Number))
        {
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
                case InternalLink inside when _anchors.TryGetValue(inside.AnchorName, out var target):
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

        _resources.Write(_resourcesNumber);
        file.Object(_pagesRoot, $"<</Type /Pages/Kids [{string.Join(" ", pageObjects.Select(PdfFile.Reference))}]/Count {pageObjects.Count}>>");

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
            tree.Write(file, _structTreeRoot, pageObjects);
        }
        var claims = Conformance.Decide(tree, untaggedAnnotations);

        var metadata = _metadata;
        var profile = file.Reserve();
        file.DeflatedStream(profile, "/N 3", DeflatedProfile.Value);
        var root = new StringBuilder("<</Type /Catalog/Pages ").Append(PdfFile.Reference(_pagesRoot))
            .Append("/Metadata ").Append(PdfFile.Reference(_xmp))
            .Append("/Lang ").Append(PdfSyntax.Text(metadata.Language))
            .Append("/ViewerPreferences <</DisplayDocTitle true>>")
            .Append("/OutputIntents [<</Type /OutputIntent/S /GTS_PDFA1/OutputConditionIdentifier ").Append(PdfSyntax.Text(SrgbIccProfile.Description))
            .Append("/Info ").Append(PdfSyntax.Text(SrgbIccProfile.Description)).Append("/DestOutputProfile ").Append(PdfFile.Reference(profile)).Append(">>]");
        if (tree is not null)
        {
            root.Append("/MarkInfo <</Marked true>>/StructTreeRoot ").Append(PdfFile.Reference(_structTreeRoot));
        }
        if (outlineRoot != 0)
        {
            root.Append("/Outlines ").Append(PdfFile.Reference(outlineRoot)).Append("/PageMode /UseOutlines");
        }
        file.Object(_catalog, root.Append(">>").ToString());
        file.Object(_info, InfoDictionary(metadata));

        var packet = new XmpPacket(metadata.Title, metadata.Author, metadata.Subject, metadata.Keywords, metadata.Creator,
            PdfWriter.Producer, metadata.Language, Utc(metadata.Created), Utc(metadata.Modified ?? metadata.Created), claims.PdfA)
        { UniversalAccessibilityPart = claims.UaPart };
        file.Finish(_catalog, _info, _xmp, packet.ToBytes());
    }

    public void Dispose()
    {
        _content.ReleaseFragments();
        _file.Dispose();
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
