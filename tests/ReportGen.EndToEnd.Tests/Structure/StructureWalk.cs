using ReportGen.Layout.Output;

namespace ReportGen.EndToEnd.Tests.Structure;

/// <summary>
/// Reads the logical structure the layout gives a booklet's pages (tagged PDF, before any writer): the tree from
/// the items' elements up to their root, its elements in reading order, and each element's own items in page order.
/// </summary>
public sealed class StructureWalk
{
    private readonly Dictionary<StructureElement, List<(int Page, PageItem Item)>> _items = new(SameElement.Instance);

    /// <summary>
    /// Elements that are one (<see cref="StructureElement.IsSame"/>): a cell of a row of cells is a new object wherever it is
    /// asked for, in the layout and in this walk.
    /// </summary>
    private sealed class SameElement : IEqualityComparer<StructureElement>
    {
        public static readonly SameElement Instance = new();

        public bool Equals(StructureElement? a, StructureElement? b) => StructureElement.IsSame(a, b);

        public int GetHashCode(StructureElement element) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(element.Root), element.Ordinal);
    }

    public StructureWalk(IReadOnlyList<Page> pages)
    {
        Pages = pages;
        foreach (var page in pages)
        {
            foreach (var item in page.Items.Where(i => i.Structure is not null))
            {
                if (!_items.TryGetValue(item.Structure!, out var list))
                {
                    _items[item.Structure!] = list = [];
                }
                list.Add((page.Number, item));
            }
        }
        var roots = _items.Keys.Select(RootOf).Distinct(SameElement.Instance).ToList();
        Root = Assert.Single(roots);
        Elements = [.. Descendants(Root)];
    }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The one root every tagged item leads to.</summary>
    public StructureElement Root { get; }

    /// <summary>Every element of the tree, depth first: reading order.</summary>
    public IReadOnlyList<StructureElement> Elements { get; }

    public static StructureElement RootOf(StructureElement element)
    {
        while (element.Parent is not null)
        {
            element = element.Parent;
        }
        return element;
    }

    public static IEnumerable<StructureElement> Descendants(StructureElement element)
    {
        yield return element;
        foreach (var child in element.Children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    public static bool IsWithin(StructureElement element, Func<StructureElement, bool> ancestor)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (ancestor(e))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The items tied to <paramref name="element"/> itself (not its children), in page order.</summary>
    public IReadOnlyList<(int Page, PageItem Item)> ItemsOf(StructureElement element) =>
        _items.TryGetValue(element, out var list) ? list : [];

    /// <summary>The element's own text and its descendants', in reading order (the tree's).</summary>
    public string TextOf(StructureElement element) =>
        string.Join(" ", Descendants(element).SelectMany(e => ItemsOf(e).Select(i => i.Item)).OfType<GlyphRun>().Select(r => r.Text));

    public static bool IsHeading(StructureElement element) => element.Role is >= StructureRole.H1 and <= StructureRole.H6;

    public static int HeadingLevel(StructureElement element) => element.Role - StructureRole.H1 + 1;
}
