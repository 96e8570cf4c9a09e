using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// The structure tree (PDF/UA-1 7.1-11, 7.1-12, 7.2, 7.3, 7.4.2, 7.5) and the link annotations' place in it (7.18.3,
/// 7.18.5): read from /StructTreeRoot, roles through the /RoleMap, in the tree's order.
/// </summary>
public static class StructureChecks
{
    private sealed record Node(string Role, DictionaryToken Element, string Where, List<Node> Children);

    public static void Run(PdfObjects objects, List<PdfViolation> violations)
    {
        var catalog = objects.Document.Structure.Catalog.CatalogDictionary;
        var root = objects.Dictionary(catalog, "StructTreeRoot");
        var roleMap = objects.Dictionary(root, "RoleMap");
        CheckLinks(objects, root, roleMap, violations);
        if (root is null)
        {
            violations.Add(new(Rules.StructTreeRoot, "the catalog has no /StructTreeRoot", "catalog"));
            return;
        }
        var nodes = Kids(objects, root.Data.GetValueOrDefault("K"), roleMap, violations, depth: 0);
        var all = nodes.SelectMany(Flatten).ToList();

        CheckHeadings(all, violations);
        foreach (var node in all)
        {
            switch (node.Role)
            {
                case "Figure":
                    if (string.IsNullOrWhiteSpace(objects.Text(node.Element, "Alt")) && string.IsNullOrWhiteSpace(objects.Text(node.Element, "ActualText")))
                    {
                        violations.Add(new(Rules.FigureAlt, "a Figure without /Alt", node.Where));
                    }
                    break;
                case "Table":
                    OnlyKids(node, ["TR", "THead", "TBody", "TFoot", "Caption"], Rules.TableKids, violations);
                    CheckTableHeaders(objects, node, violations);
                    break;
                case "TR":
                    OnlyKids(node, ["TH", "TD"], Rules.RowKids, violations);
                    break;
                case "L":
                    OnlyKids(node, ["L", "LI", "Caption"], Rules.ListKids, violations);
                    break;
                case "LI":
                    OnlyKids(node, ["Lbl", "LBody"], Rules.ListItemKids, violations);
                    break;
                case "TOC":
                    OnlyKids(node, ["TOC", "TOCI", "Caption"], Rules.TocKids, violations);
                    break;
            }
        }
    }

    private static IEnumerable<Node> Flatten(Node node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    private static List<Node> Kids(PdfObjects objects, IToken? k, DictionaryToken? roleMap, List<PdfViolation> violations, int depth)
    {
        var result = new List<Node>();
        if (k is null || depth > 64)
        {
            return result;
        }
        var tokens = objects.Resolve(k) is ArrayToken array ? array.Data : [k];
        foreach (var token in tokens)
        {
            if (objects.Resolve(token) is not DictionaryToken element || !element.Data.ContainsKey("S"))
            {
                continue; // a marked-content id, a marked-content or object reference
            }
            var role = Role(objects, objects.Name(element, "S") ?? "", roleMap);
            var where = $"{role} {PdfObjects.Id(token) ?? "(direct)"}";
            if (!element.Data.ContainsKey("P"))
            {
                violations.Add(new(Rules.ParentEntry, "a structure element without /P", where));
            }
            result.Add(new Node(role, element, where, Kids(objects, element.Data.GetValueOrDefault("K"), roleMap, violations, depth + 1)));
        }
        return result;
    }

    private static string Role(PdfObjects objects, string role, DictionaryToken? roleMap)
    {
        for (var guard = 0; guard < 16 && objects.Name(roleMap, role) is { } mapped; guard++)
        {
            role = mapped;
        }
        return role;
    }

    /// <summary>H1 first; going down, one level at a time (PDF/UA-1 7.4.2: no skipped heading level).</summary>
    private static void CheckHeadings(List<Node> all, List<PdfViolation> violations)
    {
        var previous = 0;
        foreach (var node in all)
        {
            if (node.Role.Length != 2 || node.Role[0] != 'H' || node.Role[1] is < '1' or > '6')
            {
                continue;
            }
            var level = node.Role[1] - '0';
            if (level > previous + 1)
            {
                violations.Add(new(Rules.HeadingLevels, previous == 0 ? $"the first heading is H{level}, not H1" : $"H{previous} followed by H{level}", node.Where));
            }
            previous = level;
        }
    }

    private static void OnlyKids(Node node, string[] allowed, string rule, List<PdfViolation> violations)
    {
        foreach (var kid in node.Children.Where(c => !allowed.Contains(c.Role)))
        {
            violations.Add(new(rule, $"{node.Role} holds {kid.Role}", node.Where));
        }
    }

    /// <summary>
    /// A table's cells must have headers a reader can find: some TH, each saying what it heads (/Scope in its Table
    /// attributes) unless the cells name their headers (/Headers).
    /// </summary>
    private static void CheckTableHeaders(PdfObjects objects, Node table, List<PdfViolation> violations)
    {
        var cells = Flatten(table).Where(n => n.Role is "TH" or "TD").ToList();
        var headers = cells.Where(c => c.Role == "TH").ToList();
        if (headers.Count == 0)
        {
            violations.Add(new(Rules.TableHeaders, "a Table without TH: its cells' headers cannot be determined", table.Where));
            return;
        }
        var namedHeaders = cells.Where(c => c.Role == "TD").All(td => Attribute(objects, td.Element, "Headers") is not null);
        foreach (var th in headers.Where(th => Attribute(objects, th.Element, "Scope") is null && !namedHeaders))
        {
            violations.Add(new(Rules.TableHeaders, "a TH without /Scope", th.Where));
        }
    }

    /// <summary>An attribute of the Table owner in /A (a dictionary or an array of them).</summary>
    private static IToken? Attribute(PdfObjects objects, DictionaryToken element, string key)
    {
        var a = objects.Get(element, "A");
        var dictionaries = a switch
        {
            DictionaryToken d => [d],
            ArrayToken array => array.Data.Select(objects.Resolve).OfType<DictionaryToken>().ToList(),
            _ => new List<DictionaryToken>(),
        };
        return dictionaries.Select(d => objects.Get(d, key)).FirstOrDefault(t => t is not null);
    }

    /// <summary>Link annotations: described (/Contents), tied to a Link element; pages with annotations in structure order.</summary>
    private static void CheckLinks(PdfObjects objects, DictionaryToken? root, DictionaryToken? roleMap, List<PdfViolation> violations)
    {
        var parentTree = objects.NumberTree(objects.Dictionary(root, "ParentTree"));
        foreach (var page in objects.Document.GetPages())
        {
            var annotations = objects.Array(page.Dictionary, "Annots")?.Data.Select(objects.Resolve).OfType<DictionaryToken>().ToList() ?? [];
            if (annotations.Count == 0)
            {
                continue;
            }
            if (objects.Name(page.Dictionary, "Tabs") != "S")
            {
                violations.Add(new(Rules.TabOrder, "a page with annotations has no /Tabs /S", $"page {page.Number}"));
            }
            foreach (var link in annotations.Where(a => objects.Name(a, "Subtype") == "Link"))
            {
                var where = $"link annotation on page {page.Number}";
                if (string.IsNullOrWhiteSpace(objects.Text(link, "Contents")))
                {
                    violations.Add(new(Rules.LinkContents, "a link without /Contents", where));
                }
                var element = objects.Int(link, "StructParent") is { } key && parentTree.TryGetValue(key, out var parent)
                    ? objects.Resolve(parent) as DictionaryToken : null;
                if (element is null || Role(objects, objects.Name(element, "S") ?? "", roleMap) != "Link")
                {
                    violations.Add(new(Rules.LinkTagged, "a link annotation not tied to a Link structure element by /StructParent", where));
                }
            }
        }
    }
}
