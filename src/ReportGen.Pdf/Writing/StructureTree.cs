using System.Text;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The logical structure of a tagged PDF, gathered while the pages are written — which marked-content sequence
/// (page, MCID) and which link annotation shows which <see cref="StructureElement"/> — then written as the
/// structure tree: the elements reached from the pages' items and their whole families (walking up to the
/// roots, then down through <see cref="StructureElement.Children"/>, elements without content of their own
/// included), each element's kids in reading order, and the parent tree that leads from content back to elements.
/// </summary>
internal sealed class StructureTree(int pageCount)
{
    /// <summary>Where an element's content is: its marked content and annotations, in reading order.</summary>
    private sealed class Content
    {
        /// <summary>(reading-order key, PDF page, MCID or -1, annotation object or 0).</summary>
        public List<(long Key, int Page, int Mcid, int Annotation)> Parts { get; } = [];

        /// <summary>The page of its first content (its /Pg), and, for a figure, the box of its content there.</summary>
        public int FirstPage { get; set; } = -1;

        public (float Left, float Bottom, float Right, float Top)? Box { get; set; }
    }

    private readonly Dictionary<StructureElement, Content> _content = new(ReferenceEqualityComparer.Instance);
    private readonly List<StructureElement>[] _pageMarks = Enumerable.Range(0, pageCount).Select(_ => new List<StructureElement>()).ToArray();
    private readonly List<StructureElement> _annotations = [];

    /// <summary>Whether any content was tied to an element: no structure tree is written otherwise.</summary>
    public bool IsEmpty => _content.Count == 0;

    /// <summary>Whether the page has marked content of the tree (only such pages get /StructParents and a parent-tree entry).</summary>
    public bool HasMarks(int page) => _pageMarks[page].Count > 0;

    /// <summary>A new marked-content sequence on <paramref name="page"/> showing <paramref name="element"/>; returns its MCID.</summary>
    /// <param name="key">Its place in the reading order: the laid-out page's number and the item's index on it.</param>
    public int Mark(StructureElement element, int page, long key)
    {
        var mcid = _pageMarks[page].Count;
        _pageMarks[page].Add(element);
        ContentOf(element, page).Parts.Add((key, page, mcid, 0));
        return mcid;
    }

    /// <summary>A link annotation of <paramref name="element"/>; returns its /StructParent key (after the pages' keys).</summary>
    public int Annotate(StructureElement element, int page, int annotation, long key)
    {
        ContentOf(element, page).Parts.Add((key, page, -1, annotation));
        _annotations.Add(element);
        return pageCount + _annotations.Count - 1;
    }

    /// <summary>Adds an item's box (PDF coordinates of the page) to the figures among the element and its ancestors.</summary>
    public void Extend(StructureElement element, int page, (float Left, float Bottom, float Right, float Top) box)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Role != StructureRole.Figure)
            {
                continue;
            }
            var content = ContentOf(e, page);
            if (content.FirstPage == page)
            {
                content.Box = content.Box is { } b
                    ? (Math.Min(b.Left, box.Left), Math.Min(b.Bottom, box.Bottom), Math.Max(b.Right, box.Right), Math.Max(b.Top, box.Top))
                    : box;
            }
        }
    }

    /// <summary>Every element the tree will hold: the families of the elements with content, roots first, depth first.</summary>
    public IEnumerable<StructureElement> Elements()
    {
        var roots = new HashSet<StructureElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in _content.Keys)
        {
            var e = element;
            while (e.Parent is not null)
            {
                e = e.Parent;
            }
            roots.Add(e);
        }
        var pending = new Stack<StructureElement>(roots);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            yield return e;
            foreach (var child in e.Children)
            {
                pending.Push(child);
            }
        }
    }

    private Content ContentOf(StructureElement element, int page)
    {
        if (!_content.TryGetValue(element, out var content))
        {
            _content[element] = content = new Content();
        }
        if (content.FirstPage < 0)
        {
            content.FirstPage = page;
        }
        return content;
    }

    /// <summary>Writes the tree; <paramref name="root"/> is the StructTreeRoot's number, reserved by the caller.</summary>
    public void Write(PdfFile file, int root, IReadOnlyList<int> pageObjects)
    {
        // The first content of each element's whole family, to put families in reading order.
        var first = new Dictionary<StructureElement, long>(ReferenceEqualityComparer.Instance);
        foreach (var (element, content) in _content)
        {
            var key = content.Parts.Count > 0 ? content.Parts.Min(p => p.Key) : long.MaxValue;
            for (var e = element; e is not null; e = e.Parent)
            {
                if (first.TryGetValue(e, out var known) && known <= key)
                {
                    break;
                }
                first[e] = key;
            }
        }
        var roots = first.Keys.Where(e => e.Parent is null).OrderBy(e => first[e]).ToList();

        var numbers = new Dictionary<StructureElement, int>(ReferenceEqualityComparer.Instance);
        void Number(StructureElement element)
        {
            numbers[element] = file.Reserve();
            element.Children.ForEach(Number);
        }
        roots.ForEach(Number);

        foreach (var (element, number) in numbers)
        {
            file.CompressedObject(number, Element(element, numbers, first, root, pageObjects));
        }

        var parentTree = file.Reserve();
        var nums = new StringBuilder("<</Nums [");
        for (var page = 0; page < _pageMarks.Length; page++)
        {
            if (!HasMarks(page))
            {
                continue;
            }
            nums.Append(page).Append(" [");
            nums.AppendJoin(' ', _pageMarks[page].Select(e => PdfFile.Reference(numbers[e])));
            nums.Append("]\n");
        }
        for (var i = 0; i < _annotations.Count; i++)
        {
            nums.Append(pageCount + i).Append(' ').Append(PdfFile.Reference(numbers[_annotations[i]])).Append('\n');
        }
        file.CompressedObject(parentTree, nums.Append("]>>").ToString());
        file.CompressedObject(root, $"<</Type /StructTreeRoot/K [{string.Join(" ", roots.Select(r => PdfFile.Reference(numbers[r])))}]" +
            $"/ParentTree {PdfFile.Reference(parentTree)}/ParentTreeNextKey {pageCount + _annotations.Count}>>");
    }

    private string Element(StructureElement element, Dictionary<StructureElement, int> numbers, Dictionary<StructureElement, long> first, int root, IReadOnlyList<int> pageObjects)
    {
        _content.TryGetValue(element, out var content);
        var own = content?.Parts.OrderBy(p => p.Key).ToList() ?? [];
        var pg = content?.FirstPage ?? -1;
        var body = new StringBuilder("<</Type /StructElem/S /").Append(element.Role);
        body.Append("/P ").Append(PdfFile.Reference(element.Parent is { } parent ? numbers[parent] : root));
        if (pg >= 0)
        {
            body.Append("/Pg ").Append(PdfFile.Reference(pageObjects[pg]));
        }

        // Kids in reading order: the children in their order, the element's own content put between them by
        // where it comes; a child without content stays where the children's order puts it.
        var kids = new List<string>();
        var next = 0;
        void OwnBefore(long key)
        {
            for (; next < own.Count && own[next].Key < key; next++)
            {
                var part = own[next];
                kids.Add(part.Annotation != 0
                    ? $"<</Type /OBJR/Obj {PdfFile.Reference(part.Annotation)}/Pg {PdfFile.Reference(pageObjects[part.Page])}>>"
                    : part.Page == pg
                        ? part.Mcid.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : $"<</Type /MCR/Pg {PdfFile.Reference(pageObjects[part.Page])}/MCID {part.Mcid}>>");
            }
        }
        foreach (var child in element.Children)
        {
            if (first.TryGetValue(child, out var key) && key != long.MaxValue)
            {
                OwnBefore(key);
            }
            kids.Add(PdfFile.Reference(numbers[child]));
        }
        OwnBefore(long.MaxValue);
        body.Append("/K [").AppendJoin(' ', kids).Append(']');

        if (element.AlternativeText is { Length: > 0 } alt)
        {
            body.Append("/Alt ").Append(PdfSyntax.Text(alt));
        }
        if (element.ActualText is { Length: > 0 } actual)
        {
            body.Append("/ActualText ").Append(PdfSyntax.Text(actual));
        }
        if (element.Title is { Length: > 0 } title)
        {
            body.Append("/T ").Append(PdfSyntax.Text(title));
        }
        if (element.Language is { Length: > 0 } language)
        {
            body.Append("/Lang ").Append(PdfSyntax.Text(language));
        }
        if (element.Role is StructureRole.TH or StructureRole.TD)
        {
            var attributes = new StringBuilder();
            if (element.Role == StructureRole.TH && element.Scope != HeaderScope.None)
            {
                attributes.Append("/Scope /").Append(element.Scope);
            }
            if (element.RowSpan > 1)
            {
                attributes.Append("/RowSpan ").Append(element.RowSpan);
            }
            if (element.ColumnSpan > 1)
            {
                attributes.Append("/ColSpan ").Append(element.ColumnSpan);
            }
            if (attributes.Length > 0)
            {
                body.Append("/A <</O /Table").Append(attributes).Append(">>");
            }
        }
        if (element.Role == StructureRole.Figure && content?.Box is { } box)
        {
            body.Append("/A <</O /Layout/BBox [").Append(PdfSyntax.Number(box.Left)).Append(' ').Append(PdfSyntax.Number(box.Bottom)).Append(' ')
                .Append(PdfSyntax.Number(box.Right)).Append(' ').Append(PdfSyntax.Number(box.Top)).Append("]>>");
        }
        return body.Append(">>").ToString();
    }
}
