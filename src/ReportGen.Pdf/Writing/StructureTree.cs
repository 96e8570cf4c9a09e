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
        // Each element's own content in reading order (sorted in place: a sorted copy per element was the tree's
        // largest allocation), and the first content of each element's whole family, to put families in reading order.
        var first = new Dictionary<StructureElement, long>(ReferenceEqualityComparer.Instance);
        foreach (var (element, content) in _content)
        {
            content.Parts.Sort(InReadingOrder);
            var key = content.Parts.Count > 0 ? content.Parts[0].Key : long.MaxValue;
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

        // The dictionaries are written as bytes into one buffer, object after object, without strings.
        var body = new PdfBytes(1024);
        foreach (var (element, number) in numbers)
        {
            body.Clear();
            Element(body, element, numbers, first, root, pageObjects);
            file.CompressedObject(number, body.Span);
        }

        var parentTree = file.Reserve();
        body.Clear();
        body.Ascii("<</Nums [");
        for (var page = 0; page < _pageMarks.Length; page++)
        {
            if (!HasMarks(page))
            {
                continue;
            }
            body.Integer(page).Ascii(" [");
            var marks = _pageMarks[page];
            for (var i = 0; i < marks.Count; i++)
            {
                if (i > 0)
                {
                    body.Space();
                }
                body.Reference(numbers[marks[i]]);
            }
            body.Ascii("]\n");
        }
        for (var i = 0; i < _annotations.Count; i++)
        {
            body.Integer(pageCount + i).Space().Reference(numbers[_annotations[i]]).Line();
        }
        file.CompressedObject(parentTree, body.Ascii("]>>").Span);

        body.Clear();
        body.Ascii("<</Type /StructTreeRoot/K [");
        for (var i = 0; i < roots.Count; i++)
        {
            if (i > 0)
            {
                body.Space();
            }
            body.Reference(numbers[roots[i]]);
        }
        body.Ascii("]/ParentTree ").Reference(parentTree).Ascii("/ParentTreeNextKey ").Integer(pageCount + _annotations.Count).Ascii(">>");
        file.CompressedObject(root, body.Span);
    }

    /// <summary>By reading-order key (one item's, so unique within an element), then by where the content is.</summary>
    private static int InReadingOrder((long Key, int Page, int Mcid, int Annotation) a, (long Key, int Page, int Mcid, int Annotation) b)
    {
        var order = a.Key.CompareTo(b.Key);
        if (order == 0)
        {
            order = a.Page.CompareTo(b.Page);
        }
        if (order == 0)
        {
            order = a.Mcid.CompareTo(b.Mcid);
        }
        return order != 0 ? order : a.Annotation.CompareTo(b.Annotation);
    }

    private void Element(PdfBytes body, StructureElement element, Dictionary<StructureElement, int> numbers, Dictionary<StructureElement, long> first, int root, IReadOnlyList<int> pageObjects)
    {
        _content.TryGetValue(element, out var content);
        var own = content?.Parts;
        var pg = content?.FirstPage ?? -1;
        body.Ascii("<</Type /StructElem/S /").Ascii(element.Role.ToString());
        body.Ascii("/P ").Reference(element.Parent is { } parent ? numbers[parent] : root);
        if (pg >= 0)
        {
            body.Ascii("/Pg ").Reference(pageObjects[pg]);
        }

        // Kids in reading order: the children in their order, the element's own content put between them by
        // where it comes; a child without content stays where the children's order puts it.
        body.Ascii("/K [");
        var kids = 0;
        void Separate()
        {
            if (kids++ > 0)
            {
                body.Space();
            }
        }
        var next = 0;
        void OwnBefore(long key)
        {
            for (; own is not null && next < own.Count && own[next].Key < key; next++)
            {
                var part = own[next];
                Separate();
                if (part.Annotation != 0)
                {
                    body.Ascii("<</Type /OBJR/Obj ").Reference(part.Annotation).Ascii("/Pg ").Reference(pageObjects[part.Page]).Ascii(">>");
                }
                else if (part.Page == pg)
                {
                    body.Integer(part.Mcid);
                }
                else
                {
                    body.Ascii("<</Type /MCR/Pg ").Reference(pageObjects[part.Page]).Ascii("/MCID ").Integer(part.Mcid).Ascii(">>");
                }
            }
        }
        foreach (var child in element.Children)
        {
            if (first.TryGetValue(child, out var key) && key != long.MaxValue)
            {
                OwnBefore(key);
            }
            Separate();
            body.Reference(numbers[child]);
        }
        OwnBefore(long.MaxValue);
        body.Byte((byte)']');

        if (element.AlternativeText is { Length: > 0 } alt)
        {
            body.Ascii("/Alt ").Ascii(PdfSyntax.Text(alt));
        }
        if (element.ActualText is { Length: > 0 } actual)
        {
            body.Ascii("/ActualText ").Ascii(PdfSyntax.Text(actual));
        }
        if (element.Title is { Length: > 0 } title)
        {
            body.Ascii("/T ").Ascii(PdfSyntax.Text(title));
        }
        if (element.Language is { Length: > 0 } language)
        {
            body.Ascii("/Lang ").Ascii(PdfSyntax.Text(language));
        }
        if (element.Role is StructureRole.TH or StructureRole.TD
            && ((element.Role == StructureRole.TH && element.Scope != HeaderScope.None) || element.RowSpan > 1 || element.ColumnSpan > 1))
        {
            body.Ascii("/A <</O /Table");
            if (element.Role == StructureRole.TH && element.Scope != HeaderScope.None)
            {
                body.Ascii("/Scope /").Ascii(element.Scope.ToString());
            }
            if (element.RowSpan > 1)
            {
                body.Ascii("/RowSpan ").Integer(element.RowSpan);
            }
            if (element.ColumnSpan > 1)
            {
                body.Ascii("/ColSpan ").Integer(element.ColumnSpan);
            }
            body.Ascii(">>");
        }
        if (element.Role == StructureRole.Figure && content?.Box is { } box)
        {
            body.Ascii("/A <</O /Layout/BBox [").Ascii(PdfSyntax.Number(box.Left)).Space().Ascii(PdfSyntax.Number(box.Bottom)).Space()
                .Ascii(PdfSyntax.Number(box.Right)).Space().Ascii(PdfSyntax.Number(box.Top)).Ascii("]>>");
        }
        body.Ascii(">>");
    }
}
