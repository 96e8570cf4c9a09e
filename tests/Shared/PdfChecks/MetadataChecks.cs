using System.Globalization;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// The document-level rules: trailer (/ID, no /Encrypt), catalog (/MarkInfo, /DisplayDocTitle, /Lang, /Metadata, no
/// additional actions, the PDF/A output intent), the XMP packet (pdfaid part 2, pdfuaid part 1, dc:title) and the Info
/// dictionary in step with it, and no forbidden action anywhere in the file.
/// </summary>
public static class MetadataChecks
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfUAId = "http://www.aiim.org/pdfua/ns/id/";

    /// <summary>Actions PDF/A-2 6.5.1 forbids.</summary>
    private static readonly HashSet<string> ForbiddenActions = new(StringComparer.Ordinal)
    {
        "Launch", "Sound", "Movie", "ResetForm", "ImportData", "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView", "JavaScript",
    };

    public static void Run(PdfObjects objects, List<PdfViolation> violations)
    {
        var structure = objects.Document.Structure;
        if (structure.Trailer.Identifier is not { Count: 2 })
        {
            violations.Add(new(Rules.FileIdentifier, "the trailer has no /ID of two strings", "trailer"));
        }
        if (structure.Trailer.EncryptionToken is not null)
        {
            violations.Add(new(Rules.NoEncryption, "the trailer has /Encrypt", "trailer"));
        }

        var catalog = structure.Catalog.CatalogDictionary;
        if (objects.Get(objects.Dictionary(catalog, "MarkInfo"), "Marked") is not BooleanToken { Data: true })
        {
            violations.Add(new(Rules.Marked, "no /MarkInfo /Marked true", "catalog"));
        }
        if (objects.Get(objects.Dictionary(catalog, "ViewerPreferences"), "DisplayDocTitle") is not BooleanToken { Data: true })
        {
            violations.Add(new(Rules.DisplayDocTitle, "no /ViewerPreferences /DisplayDocTitle true", "catalog"));
        }
        if (string.IsNullOrWhiteSpace(objects.Text(catalog, "Lang")))
        {
            violations.Add(new(Rules.Language, "no /Lang on the catalog: the language of the text cannot be determined", "catalog"));
        }
        if (catalog.Data.ContainsKey("AA"))
        {
            violations.Add(new(Rules.CatalogActions, "the catalog has additional actions (/AA)", "catalog"));
        }
        CheckOutputIntent(objects, catalog, violations);
        CheckXmp(objects, catalog, violations);
        CheckActions(objects, violations);
    }

    private static void CheckOutputIntent(PdfObjects objects, DictionaryToken catalog, List<PdfViolation> violations)
    {
        var intents = objects.Array(catalog, "OutputIntents")?.Data.Select(objects.Resolve).OfType<DictionaryToken>() ?? [];
        var pdfa = intents.FirstOrDefault(i => objects.Name(i, "S") == "GTS_PDFA1");
        if (pdfa is null || objects.Get(pdfa, "DestOutputProfile") is not StreamToken profile)
        {
            violations.Add(new(Rules.OutputIntent, "no GTS_PDFA1 output intent with a DestOutputProfile", "catalog"));
            return;
        }
        var bytes = PdfObjects.Decode(profile);
        var deviceClass = bytes is { Length: >= 16 } ? System.Text.Encoding.ASCII.GetString(bytes, 12, 4) : "";
        if (deviceClass is not ("mntr" or "prtr"))
        {
            violations.Add(new(Rules.OutputProfileClass, $"the output profile's device class is '{deviceClass}', not an output or monitor profile", "output intent"));
        }
    }

    private static void CheckXmp(PdfObjects objects, DictionaryToken catalog, List<PdfViolation> violations)
    {
        XDocument? xmp = null;
        if (objects.Get(catalog, "Metadata") is StreamToken stream && PdfObjects.Decode(stream) is { } bytes)
        {
            try
            {
                xmp = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            }
            catch (System.Xml.XmlException)
            {
                xmp = null;
            }
        }
        if (xmp is null)
        {
            violations.Add(new(Rules.Metadata, "the catalog has no readable XMP metadata stream", "catalog"));
            violations.Add(new(Rules.UAMetadata, "the catalog has no readable XMP metadata stream", "catalog"));
            return;
        }
        var pdfaPart = Property(xmp, PdfAId + "part");
        if (pdfaPart is null)
        {
            violations.Add(new(Rules.PdfAIdentification, "the XMP has no pdfaid:part", "XMP"));
        }
        else if (pdfaPart != "2")
        {
            violations.Add(new(Rules.PdfAPart, $"pdfaid:part is {pdfaPart}, not 2", "XMP"));
        }
        var pdfuaPart = Property(xmp, PdfUAId + "part");
        if (pdfuaPart is null)
        {
            violations.Add(new(Rules.PdfUAIdentification, "the XMP has no pdfuaid:part", "XMP"));
        }
        else if (pdfuaPart != "1")
        {
            violations.Add(new(Rules.PdfUAPart, $"pdfuaid:part is {pdfuaPart}, not 1", "XMP"));
        }
        var title = xmp.Descendants(Dc + "title").Descendants(Rdf + "li").FirstOrDefault()?.Value;
        if (string.IsNullOrWhiteSpace(title))
        {
            violations.Add(new(Rules.DcTitle, "the XMP has no dc:title", "XMP"));
        }

        var info = objects.Document.Information;
        if (string.IsNullOrWhiteSpace(info.Title) || info.Title != title)
        {
            violations.Add(new(Rules.InfoTitle, $"Info /Title '{info.Title}' and dc:title '{title}' differ", "Info"));
        }
        var producer = Property(xmp, Pdf + "Producer");
        if (info.Producer is not null && info.Producer != producer)
        {
            violations.Add(new(Rules.InfoProducer, $"Info /Producer '{info.Producer}' and pdf:Producer '{producer}' differ", "Info"));
        }
        CheckDate(info.GetCreatedDateTimeOffset(), Property(xmp, Xmp + "CreateDate"), Rules.InfoCreationDate, "CreationDate", violations);
        CheckDate(info.GetModifiedDateTimeOffset(), Property(xmp, Xmp + "ModifyDate"), Rules.InfoModDate, "ModDate", violations);
    }

    private static void CheckDate(DateTimeOffset? info, string? xmp, string rule, string key, List<PdfViolation> violations)
    {
        if (info is null)
        {
            return;
        }
        var parsed = DateTimeOffset.TryParse(xmp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var x) ? x : (DateTimeOffset?)null;
        if (parsed is null || parsed.Value.UtcDateTime != info.Value.UtcDateTime)
        {
            violations.Add(new(rule, $"Info /{key} {info:O} and the XMP's {xmp} differ", "Info"));
        }
    }

    /// <summary>A simple XMP property, written as an attribute of rdf:Description or as its element.</summary>
    private static string? Property(XDocument xmp, XName name) =>
        xmp.Descendants(Rdf + "Description").Select(d => d.Attribute(name)?.Value ?? d.Element(name)?.Value).FirstOrDefault(v => v is not null);

    private static void CheckActions(PdfObjects objects, List<PdfViolation> violations)
    {
        var structure = objects.Document.Structure;
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = structure.GetObject(reference)?.Data;
            var where = $"object {reference.ObjectNumber} {reference.Generation} R";
            foreach (var dictionary in Dictionaries(token is StreamToken s ? s.StreamDictionary : token, 0))
            {
                if (PdfObjects.Name(dictionary.Data.GetValueOrDefault("S")) is { } action && ForbiddenActions.Contains(action)
                    || dictionary.Data.ContainsKey("JS"))
                {
                    violations.Add(new(Rules.ForbiddenAction, $"a forbidden action ({PdfObjects.Name(dictionary.Data.GetValueOrDefault("S")) ?? "JS"})", where));
                }
            }
        }
    }

    private static IEnumerable<DictionaryToken> Dictionaries(IToken? token, int depth)
    {
        if (depth > 32)
        {
            yield break;
        }
        var children = token switch
        {
            DictionaryToken d => d.Data.Values,
            ArrayToken a => a.Data,
            _ => [],
        };
        if (token is DictionaryToken dictionary)
        {
            yield return dictionary;
        }
        foreach (var child in children.SelectMany(c => Dictionaries(c, depth + 1)))
        {
            yield return child;
        }
    }
}
