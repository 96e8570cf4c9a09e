using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// Every content item of every page (text shown, a path painted, an image or form drawn) must be real content, inside
/// marked content whose MCID the structure tree knows through the page's /StructParents and the /ParentTree, or an
/// /Artifact (PDF/UA-1 7.1-3); artifacts and tagged content must not nest in each other (7.1-1, 7.1-2). Read from the
/// content stream's operators, so a text run outside any BDC/EMC is found whatever any tree says.
/// </summary>
public static class MarkedContentChecks
{
    /// <summary>Operators that put something on the page.</summary>
    private static readonly HashSet<string> ContentOperators = new(StringComparer.Ordinal)
    {
        "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI",
    };

    private readonly record struct Mark(string Tag, int? Mcid)
    {
        public bool IsArtifact => Tag == "Artifact";
    }

    public static void Run(PdfObjects objects, List<PdfViolation> violations)
    {
        var catalog = objects.Document.Structure.Catalog.CatalogDictionary;
        var root = objects.Dictionary(catalog, "StructTreeRoot");
        var parentTree = objects.NumberTree(objects.Dictionary(root, "ParentTree"));
        foreach (var page in objects.Document.GetPages())
        {
            var where = $"page {page.Number}";
            var resources = objects.Dictionary(page.Dictionary, "Resources");
            var structParents = objects.Int(page.Dictionary, "StructParents");
            var elements = structParents is { } key && parentTree.TryGetValue(key, out var entry) ? objects.Resolve(entry) as ArrayToken : null;
            var stack = new List<Mark>();
            var untagged = new Dictionary<string, int>(StringComparer.Ordinal);
            var unknownMcids = new SortedSet<int>();
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginMarkedContent bmc:
                        stack.Add(new Mark(bmc.Name.Data, null));
                        break;
                    case BeginMarkedContentWithProperties bdc:
                        var properties = bdc.Properties ?? (bdc.PropertyDictionaryName is { } name
                            ? objects.Dictionary(objects.Dictionary(resources, "Properties"), name.Data) : null);
                        var mark = new Mark(bdc.Name.Data, objects.Get(properties, "MCID") is NumericToken mcid ? mcid.Int : null);
                        if (mark.IsArtifact && stack.Any(m => m.Mcid is not null))
                        {
                            violations.Add(new(Rules.ArtifactInTagged, "an /Artifact inside tagged content", where));
                        }
                        if (!mark.IsArtifact && mark.Mcid is not null && stack.Any(m => m.IsArtifact))
                        {
                            violations.Add(new(Rules.TaggedInArtifact, $"MCID {mark.Mcid} inside an /Artifact", where));
                        }
                        stack.Add(mark);
                        break;
                    case EndMarkedContent when stack.Count > 0:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (ContentOperators.Contains(operation.Operator) && !stack.Any(m => m.IsArtifact))
                        {
                            var tagged = stack.LastOrDefault(m => m.Mcid is not null);
                            if (tagged.Mcid is not { } id)
                            {
                                untagged[operation.Operator] = untagged.GetValueOrDefault(operation.Operator) + 1;
                            }
                            else if (elements is null || id >= elements.Data.Count || objects.Resolve(elements.Data[id]) is not DictionaryToken)
                            {
                                unknownMcids.Add(id);
                            }
                        }
                        break;
                }
            }
            foreach (var (op, count) in untagged)
            {
                violations.Add(new(Rules.ContentTagged, $"{count} '{op}' operator(s) outside marked content and not an /Artifact", where));
            }
            if (unknownMcids.Count > 0)
            {
                violations.Add(new(Rules.ContentTagged, $"MCID {string.Join(", ", unknownMcids.Take(5))} not tied to a structure element by the /ParentTree", where));
            }
        }
    }
}
