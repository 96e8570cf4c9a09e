using System.Runtime.InteropServices;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The logical structure of a tagged PDF, gathered while the pages are written — which marked-content sequence
/// (page, MCID) and which link annotation shows which <see cref="StructureElement"/> — then written as the
/// structure tree: the elements reached from the pages' items and their whole families (walking up to the
/// roots, then down through <see cref="StructureElement.Children"/>, elements without content of their own
/// included), each element's kids in reading order, and the parent tree that leads from content back to elements.
/// </summary>
internal sealed class StructureTree
{
    /// <summary>
    /// What the tree knows of one element: where its content is, and, once the tree is written, its object number and
    /// the first content of its family. A value in the thread's node list (<see cref="Buffers.Nodes"/>), found by the
    /// element's number in its tree (<see cref="IndexOf"/>) and naming other nodes by their index. An object per element
    /// was 277 000 objects for a 1 000-page list's two copies, each kept to the copy's end, copied by the collector
    /// into its older generations and marked again by each background collection (docs/benchmarks.md, "Issue 19,
    /// session 24"); before that, three dictionaries keyed by element and a list of parts per element were a third of
    /// what a tagged page allocated.
    /// </summary>
    private struct Node(StructureElement element, int cell)
    {
        /// <summary>The element; for a cell of a row of cells, its row (<see cref="Cell"/>).</summary>
        public readonly StructureElement Element = element;

        /// <summary>
        /// For a cell of a row of cells (<see cref="StructureElement.RowOfCells"/>), its place in <see cref="Element"/>, the
        /// row; -1 for any other element. Such a cell is made anew whenever asked for: the node keeps its row, not the cell.
        /// </summary>
        public readonly int Cell = cell;

        /// <summary>Its structure type: a row's cell is a TD.</summary>
        public readonly StructureRole Role => Cell >= 0 ? StructureRole.TD : Element.Role;

        /// <summary>Its parent element: a row's cell's is the row; null for a root.</summary>
        public readonly StructureElement? ParentElement => Cell >= 0 ? Element : Element.Parent;

        /// <summary>Its element when it is one of its own, with children and attributes; null for a row's cell, which has neither.</summary>
        public readonly StructureElement? Own => Cell >= 0 ? null : Element;

        /// <summary>Whether content (marked content, an annotation, a figure's box) was tied to the element itself.</summary>
        public bool HasContent;

        /// <summary>Whether the element's family has content (it is reached from content on the way to its root).</summary>
        public bool Reached;

        /// <summary>The page of its first content (its /Pg); -1 for none.</summary>
        public int FirstPage = -1;

        /// <summary>
        /// Its own content: a chain of the tree's parts (<see cref="Part.Next"/>) from its first to its last, in the order
        /// they came, put in reading order before the tree is written (<see cref="PutPartsInReadingOrder"/>); -1 for none.
        /// </summary>
        public int FirstPart = -1;

        public int LastPart = -1;

        /// <summary>The reading-order key of the first content of the element and its descendants; long.MaxValue for none.</summary>
        public long First = long.MaxValue;

        public int Number;

        /// <summary>The parent's node (-1 for a root), and its children's nodes: a range of the tree's kids, set while numbering.</summary>
        public int Parent = -1;

        public int KidStart;

        /// <summary>For a figure, the index of its content's box on its first page in <see cref="Buffers.Boxes"/>; -1 for none.</summary>
        public int Box = -1;
    }

    /// <summary>
    /// A piece of an element's content: its reading-order key, PDF page, MCID or -1, annotation object or 0, and the index
    /// of its element's next part (-1 for none).
    /// </summary>
    private struct Part(long key, int page, int mcid, int annotation)
    {
        public readonly long Key = key;
        public readonly int Page = page;
        public readonly int Mcid = mcid;
        public readonly int Annotation = annotation;
        public int Next = -1;
    }

    // The element-to-node lists and the other lists of one thread, kept from one document to the next (the writer writes one
    // document per thread at a time, as PdfFile's buffers assume): growing them anew for each document was a sixth of
    // what a tagged page allocated. Cleared when a tree is made.
    [ThreadStatic]
    private static Buffers? _threadBuffers;

    private sealed class Buffers
    {
        /// <summary>Every element's node, in the order first met (<see cref="Node"/>).</summary>
        public readonly ChunkedList<Node> Nodes = new();

        /// <summary>The figures' boxes (PDF coordinates of their first page), by <see cref="Node.Box"/>: few, so not in every node.</summary>
        public readonly List<(float Left, float Bottom, float Right, float Top)> Boxes = [];

        /// <summary>
        /// Each tree's nodes by element number (<see cref="StructureElement.Ordinal"/>), one list per root met: the node's
        /// index plus one, 0 for an element not met.
        /// </summary>
        public readonly List<(StructureElement Root, ChunkedList<int> Indexes)> Trees = [];

        /// <summary>Lists of node indexes kept from documents before, for the trees to come.</summary>
        public readonly Stack<ChunkedList<int>> Spare = new();
        // In chunks, not lists grown by doubling: a 1 000-page booklet has a hundred thousand parts (ChunkedList).
        public readonly ChunkedList<int> WithContent = new();
        public readonly ChunkedList<Part> Parts = new();
        public readonly ChunkedList<int> Numbered = new();

        /// <summary>Every numbered node's children's nodes, each node's together (<see cref="Node.KidStart"/>).</summary>
        public readonly ChunkedList<int> Kids = new();

        /// <summary>The marks of each page (their nodes), by page index; kept lists (each grew anew to a page's hundred marks before), cleared for each document.</summary>
        public readonly List<List<int>> PageMarks = [];
    }

    private static Buffers TakeBuffers()
    {
        var buffers = _threadBuffers ??= new Buffers();
        foreach (var (_, indexes) in buffers.Trees)
        {
            indexes.Clear();
            buffers.Spare.Push(indexes);
        }
        buffers.Trees.Clear();
        buffers.Nodes.Clear();
        buffers.Boxes.Clear();
        buffers.WithContent.Clear();
        buffers.Parts.Clear();
        buffers.Numbered.Clear();
        buffers.Kids.Clear();
        foreach (var marks in buffers.PageMarks)
        {
            marks.Clear();
        }
        return buffers;
    }

    private readonly Buffers _buffers = TakeBuffers();


    private ChunkedList<int> _withContent => _buffers.WithContent;

    private ChunkedList<Part> _parts => _buffers.Parts;

    private ChunkedList<Node> _nodes => _buffers.Nodes;

    /// <summary>The link annotations' nodes, in the order annotated.</summary>
    private readonly List<int> _annotations = [];

    /// <summary>
    /// The document's page count: known once every page is written (pages are written as the layout finishes them,
    /// not all known at first). Set before the annotations, whose /StructParent keys come after the pages'.
    /// </summary>
    public int PageCount { get; set; }

    /// <summary>The marks of <paramref name="page"/>, whichever order the pages come in.</summary>
    private List<int> MarksOf(int page)
    {
        var kept = _buffers.PageMarks;
        while (kept.Count <= page)
        {
            kept.Add(new List<int>(128));
        }
        return kept[page];
    }

    /// <summary>Whether any content was tied to an element: no structure tree is written otherwise.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Whether the page has marked content of the tree (only such pages get /StructParents and a parent-tree entry).</summary>
    public bool HasMarks(int page) => page < _buffers.PageMarks.Count && _buffers.PageMarks[page].Count > 0;

    /// <summary>A new marked-content sequence on <paramref name="page"/> showing <paramref name="element"/>; returns its MCID.</summary>
    /// <param name="key">Its place in the reading order: the laid-out page's number and the item's index on it.</param>
    public int Mark(StructureElement element, int page, long key) => MarkNode(IndexOf(element), page, key);

    /// <summary>
    /// <see cref="Mark(StructureElement, int, long)"/> for <paramref name="element"/> itself (<paramref name="cell"/> -1) or for
    /// its cell at <paramref name="cell"/> (a row of cells), as a page's notes keep it (<see cref="PageFragment.Note"/>).
    /// </summary>
    public int Mark(StructureElement element, int cell, int page, long key) => MarkNode(IndexOf(element, cell), page, key);

    private int MarkNode(int at, int page, long key)
    {
        var marks = MarksOf(page);
        var mcid = marks.Count;
        var node = ContentOf(at, page);
        marks.Add(node);
        AddPart(node, new Part(key, page, mcid, 0));
        return mcid;
    }

    /// <summary>A link annotation of <paramref name="element"/>; returns its /StructParent key (after the pages' keys).</summary>
    public int Annotate(StructureElement element, int page, int annotation, long key)
    {
        var node = ContentOf(IndexOf(element), page);
        AddPart(node, new Part(key, page, -1, annotation));
        _annotations.Add(node);
        return PageCount + _annotations.Count - 1;
    }

    /// <summary>Adds <paramref name="part"/> at the end of the chain of the node at <paramref name="at"/>.</summary>
    private void AddPart(int at, Part part)
    {
        ref var node = ref _nodes[at];
        var index = _parts.Count;
        _parts.Add(part);
        if (node.LastPart < 0)
        {
            node.FirstPart = index;
        }
        else
        {
            _parts[node.LastPart].Next = index;
        }
        node.LastPart = index;
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
            ref var content = ref _nodes[ContentOf(IndexOf(e), page)];
            if (content.FirstPage != page)
            {
                continue;
            }
            var boxes = _buffers.Boxes;
            if (content.Box < 0)
            {
                content.Box = boxes.Count;
                boxes.Add(box);
            }
            else
            {
                var b = boxes[content.Box];
                boxes[content.Box] = (Math.Min(b.Left, box.Left), Math.Min(b.Bottom, box.Bottom), Math.Max(b.Right, box.Right), Math.Max(b.Top, box.Top));
            }
        }
    }

    /// <summary>The index of <paramref name="element"/>'s node, made when the element is first met.</summary>
    private int IndexOf(StructureElement element)
    {
        var (held, cell) = element.Held;
        return IndexOf(held, cell);
    }

    /// <summary>The index of the node of <paramref name="element"/> itself (<paramref name="cell"/> -1) or of its cell at <paramref name="cell"/> (a row of cells).</summary>
    private int IndexOf(StructureElement element, int cell)
    {
        var indexes = IndexesOf(element.Root);
        var ordinal = cell < 0 ? element.Ordinal : element.Ordinal + 1 + cell;
        while (indexes.Count <= ordinal)
        {
            indexes.Add(0);
        }
        ref var known = ref indexes[ordinal];
        if (known == 0)
        {
            _nodes.Add(new Node(element, cell));
            known = _nodes.Count;
        }
        return known - 1;
    }

    /// <summary>The node indexes of the tree under <paramref name="root"/>, by element number; a document has one root, or a few.</summary>
    private ChunkedList<int> IndexesOf(StructureElement root)
    {
        var trees = _buffers.Trees;
        for (var i = 0; i < trees.Count; i++)
        {
            if (ReferenceEquals(trees[i].Root, root))
            {
                return trees[i].Indexes;
            }
        }
        var indexes = _buffers.Spare.Count > 0 ? _buffers.Spare.Pop() : new ChunkedList<int>();
        trees.Add((root, indexes));
        return indexes;
    }

    /// <summary>The node at <paramref name="at"/>, which has content on <paramref name="page"/>; returns <paramref name="at"/>.</summary>
    private int ContentOf(int at, int page)
    {
        ref var node = ref _nodes[at];
        if (!node.HasContent)
        {
            node.HasContent = true;
            _withContent.Add(at);
            IsEmpty = false;
        }
        // The first page in the document's order, whichever order the pages are written in (a contents page waits for
        // its numbers while the pages after it are written).
        if (node.FirstPage < 0 || page < node.FirstPage)
        {
            node.FirstPage = page;
            node.Box = -1; // a figure's box is its content's on its first page
        }
        return at;
    }

    /// <summary>Whether every figure of the tree has alternative text (PDF/UA); known once the tree is written.</summary>
    public bool FiguresHaveAlternativeText { get; private set; } = true;

    /// <summary>Writes the tree — every element of the families of the elements with content, roots first, depth first —; <paramref name="root"/> is the StructTreeRoot's number, reserved by the caller.</summary>
    public void Write(PdfFile file, int root, IReadOnlyList<int> pageObjects)
    {
        PutPartsInReadingOrder();

        // The first content of each element's whole family, to put families in reading order; the roots in the order
        // they are reached, then by their family's first content.
        var roots = new List<int>();
        for (var n = 0; n < _withContent.Count; n++)
        {
            var at = _withContent[n];
            ref readonly var own = ref _nodes[at];
            var key = own.FirstPart >= 0 ? _parts[own.FirstPart].Key : long.MaxValue;
            // Up from the node itself (its own index is at hand: the element map is asked only for its ancestors).
            for (var family = at; ; family = IndexOf(_nodes[family].ParentElement!, -1))
            {
                ref var node = ref _nodes[family];
                if (node.Reached && node.First <= key)
                {
                    break;
                }
                if (!node.Reached)
                {
                    node.Reached = true;
                    if (node.ParentElement is null)
                    {
                        roots.Add(family);
                    }
                }
                node.First = key;
                if (node.ParentElement is null)
                {
                    break;
                }
            }
        }
        roots = [.. roots.OrderBy(r => _nodes[r].First)];

        // Numbered depth first from the roots, every descendant (with content or not); written in that order.
        // Each node's children's nodes are noted once here, with their parent, so that writing the elements finds them
        // without asking the element map again (two lookups per element: a seventh of writing a 1 000-page list's tree).
        var numbered = _buffers.Numbered;
        var kids = _buffers.Kids;
        void Number(int at)
        {
            var element = _nodes[at].Own;
            _nodes[at].Number = file.Reserve();
            numbered.Add(at);
            if (element is null)
            {
                return; // a row's cell: no children
            }
            if (element.Role == StructureRole.Figure && string.IsNullOrWhiteSpace(element.AlternativeText))
            {
                FiguresHaveAlternativeText = false;
            }
            var start = _nodes[at].KidStart = kids.Count;
            // A row of cells names its cells by their place, without making them.
            var cells = element.HasRowCells;
            for (var i = 0; i < element.ChildCount; i++)
            {
                var kid = cells ? IndexOf(element, i) : IndexOf(element.Child(i));
                _nodes[kid].Parent = at;
                kids.Add(kid);
            }
            for (var i = 0; i < element.ChildCount; i++)
            {
                Number(kids[start + i]);
            }
        }
        foreach (var r in roots)
        {
            Number(r);
        }

        // The dictionaries are written as bytes into one buffer, object after object, without strings.
        var body = new PdfBytes(1024);
        for (var n = 0; n < numbered.Count; n++)
        {
            ref readonly var node = ref _nodes[numbered[n]];
            body.Clear();
            Element(body, node, root, pageObjects);
            file.CompressedObject(node.Number, body.Span);
        }

        var parentTree = file.Reserve();
        body.Clear();
        body.Ascii("<</Nums [");
        for (var page = 0; page < PageCount; page++)
        {
            if (!HasMarks(page))
            {
                continue;
            }
            body.Integer(page).Ascii(" [");
            var marks = _buffers.PageMarks[page];
            for (var i = 0; i < marks.Count; i++)
            {
                if (i > 0)
                {
                    body.Space();
                }
                body.Reference(_nodes[marks[i]].Number);
            }
            body.Ascii("]\n");
        }
        for (var i = 0; i < _annotations.Count; i++)
        {
            body.Integer(PageCount + i).Space().Reference(_nodes[_annotations[i]].Number).Line();
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
            body.Reference(_nodes[roots[i]].Number);
        }
        body.Ascii("]/ParentTree ").Reference(parentTree).Ascii("/ParentTreeNextKey ").Integer(PageCount + _annotations.Count).Ascii(">>");
        file.CompressedObject(root, body.Span);
        // The thread's buffers keep their room, not the meeting's elements.
        TakeBuffers();
    }

    /// <summary>
    /// Puts each element's chain of parts in reading order. They come in the order the pages are written, which is the
    /// reading order but for a contents page written after the pages it lists, so an element's few parts are sorted
    /// only when they came out of order. Before, the parts were grouped by element into a second list of them all (and
    /// earlier still, all sorted at once: a tenth of writing a 1 000-page list's tree).
    /// </summary>
    private void PutPartsInReadingOrder()
    {
        List<int>? chain = null;
        for (var n = 0; n < _withContent.Count; n++)
        {
            ref var node = ref _nodes[_withContent[n]];
            var inOrder = true;
            for (var p = node.FirstPart; inOrder && p >= 0 && _parts[p].Next >= 0; p = _parts[p].Next)
            {
                inOrder = InReadingOrder(_parts[p], _parts[_parts[p].Next]) <= 0;
            }
            if (inOrder)
            {
                continue;
            }
            chain ??= [];
            chain.Clear();
            for (var p = node.FirstPart; p >= 0; p = _parts[p].Next)
            {
                chain.Add(p);
            }
            chain.Sort((a, b) => InReadingOrder(_parts[a], _parts[b]));
            for (var i = 0; i < chain.Count; i++)
            {
                _parts[chain[i]].Next = i + 1 < chain.Count ? chain[i + 1] : -1;
            }
            node.FirstPart = chain[0];
            node.LastPart = chain[^1];
        }
    }

    /// <summary>Two parts of one element: by reading-order key (one item's, so unique within an element), then by where the content is.</summary>
    private static int InReadingOrder(Part a, Part b)
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

    /// <summary>The standard structure types' names, without boxing the enum to ask it (one box per element and per marked-content sequence).</summary>
    private static readonly string[] RoleNames = Enum.GetValues<StructureRole>().Select(r => r.ToString()).ToArray();

    public static string RoleName(StructureRole role) => RoleNames[(int)role];

    private void Element(PdfBytes body, in Node node, int root, IReadOnlyList<int> pageObjects)
    {
        var element = node.Own;
        var pg = node.FirstPage;
        body.Ascii("<</Type /StructElem/S /").Ascii(RoleName(node.Role));
        body.Ascii("/P ").Reference(node.Parent >= 0 ? _nodes[node.Parent].Number : root);
        if (pg >= 0)
        {
            body.Ascii("/Pg ").Reference(pageObjects[pg]);
        }

        // Kids in reading order: the children in their order, the element's own content put between them by
        // where it comes; a child without content stays where the children's order puts it.
        body.Ascii("/K [");
        var kids = 0;
        var next = node.FirstPart;
        var children = _buffers.Kids;
        for (var k = node.KidStart; k < node.KidStart + (element?.ChildCount ?? 0); k++)
        {
            ref readonly var childNode = ref _nodes[children[k]];
            if (childNode.First != long.MaxValue)
            {
                OwnBefore(childNode.First);
            }
            Separate();
            body.Reference(childNode.Number);
        }
        OwnBefore(long.MaxValue);
        body.Byte((byte)']');

        void Separate()
        {
            if (kids++ > 0)
            {
                body.Space();
            }
        }
        void OwnBefore(long key)
        {
            for (; next >= 0 && _parts[next].Key < key; next = _parts[next].Next)
            {
                ref readonly var part = ref _parts[next];
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

        if (element is null)
        {
            body.Ascii(">>");
            return; // a row's cell: no attributes
        }
        if (element.AlternativeText is { Length: > 0 } alt)
        {
            body.Ascii("/Alt ").Text(alt);
        }
        if (element.ActualText is { Length: > 0 } actual)
        {
            body.Ascii("/ActualText ").Text(actual);
        }
        if (element.Title is { Length: > 0 } title)
        {
            body.Ascii("/T ").Text(title);
        }
        if (element.Language is { Length: > 0 } language)
        {
            body.Ascii("/Lang ").Text(language);
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
        if (element.Role == StructureRole.Figure && node.Box >= 0)
        {
            var box = _buffers.Boxes[node.Box];
            body.Ascii("/A <</O /Layout/BBox [").Ascii(PdfSyntax.Number(box.Left)).Space().Ascii(PdfSyntax.Number(box.Bottom)).Space()
                .Ascii(PdfSyntax.Number(box.Right)).Space().Ascii(PdfSyntax.Number(box.Top)).Ascii("]>>");
        }
        body.Ascii(">>");
    }
}
