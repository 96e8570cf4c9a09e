namespace ReportGen.Layout.Output;

/// <summary>
/// The standard structure types of tagged PDF (ISO 32000-1 §14.8.4) the booklet uses. Plain names, so a
/// PDF reader needs no /RoleMap for them.
/// </summary>
public enum StructureRole
{
    Document, Part, Sect, Div,
    H1, H2, H3, H4, H5, H6,
    P, Span, BlockQuote, Note,
    L, LI, Lbl, LBody,
    Table, THead, TBody, TFoot, TR, TH, TD,
    Figure, Caption,
    Link,
    TOC, TOCI,
}

/// <summary>Which cells a table header cell (TH) heads (/Scope in the Table attributes).</summary>
public enum HeaderScope { None, Row, Column, Both }

/// <summary>
/// What kind of artifact (content that is not part of the document's logical content) an untagged page item
/// is: running page numbers and headers are pagination, rules and frames are layout, the draft mark is a
/// watermark. Written as <c>/Artifact &lt;&lt;/Type /…&gt;&gt; BDC</c>.
/// </summary>
public enum ArtifactKind { Layout, Pagination, Watermark }

/// <summary>
/// One element of the document's logical structure: built once by whoever composes the document, in reading
/// order (a child is added to its parent's <see cref="Children"/> when it is made), and pointed to by the page
/// items that show it (<see cref="PageItem.Structure"/>). Layout passes that run more than once (the contents'
/// passes) never make elements, so the tree has no duplicates; an element split over two pages simply has items
/// on both. One kind of element is not kept as an object: the plain cells of a table row made by <see cref="RowOfCells"/>,
/// made whenever asked for and told apart by their number (<see cref="IsSame"/>).
/// </summary>
public sealed class StructureElement
{
    public StructureElement(StructureRole role, StructureElement? parent)
    {
        Role = role;
        Parent = parent;
        Root = parent?.Root ?? this;
        Ordinal = Root._made++;
        parent?.Add(this);
    }

    /// <summary>
    /// A table row (TR) of <paramref name="cells"/> data cells (TD) without children or attributes of their own, held by
    /// the row as their count alone: each is made when asked for (<see cref="Child"/>), as a value is, and known by its
    /// number (<see cref="IsRowCell"/>). The cells are numbered right after the row. A 1 000-page list's two copies made
    /// 200 000 such cells, each an object kept to the copy's end with the row's array of them, a quarter of what stayed alive
    /// for every background collection to mark (docs/benchmarks.md, "Issue 19, session 28").
    /// </summary>
    public static StructureElement RowOfCells(StructureElement table, int cells)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cells);
        var row = new StructureElement(StructureRole.TR, table) { _childCount = cells };
        row.Root._made += cells;
        return row;
    }

    /// <summary>The <paramref name="index"/>-th cell of a row of cells, made for whoever asks: not added to the row, not counted.</summary>
    private StructureElement(StructureElement row, int index)
    {
        Role = StructureRole.TD;
        Parent = row;
        Root = row.Root;
        Ordinal = row.Ordinal + 1 + index;
    }

    /// <summary>Whether the row holds its cells as their count (<see cref="RowOfCells"/>).</summary>
    public bool HasRowCells => _children is null && _childCount > 0;

    /// <summary>
    /// Whether this is a cell of a row of cells (<see cref="RowOfCells"/>): an element made anew each time it is asked for,
    /// so two of them stand for the same cell when they have the same number in the same tree (<see cref="IsSame"/>).
    /// </summary>
    public bool IsRowCell => Parent is { HasRowCells: true };

    /// <summary>For a cell of a row of cells, its place in the row (0 for the first); -1 for any other element.</summary>
    public int CellIndex => IsRowCell ? Ordinal - Parent!.Ordinal - 1 : -1;

    /// <summary>
    /// How to keep this element for later without keeping a cell of a row of cells, which is made anew whenever asked for:
    /// its row and its place for such a cell; the element itself and -1 for any other.
    /// </summary>
    public (StructureElement Element, int Cell) Held => IsRowCell ? (Parent!, CellIndex) : (this, -1);

    /// <summary>Whether two elements are one: the same object, or the same cell of a row of cells made twice.</summary>
    public static bool IsSame(StructureElement? a, StructureElement? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Ordinal == b.Ordinal && ReferenceEquals(a.Root, b.Root));

    public StructureRole Role { get; }

    public StructureElement? Parent { get; }

    /// <summary>The element at the top of this one's tree (itself for a root).</summary>
    public StructureElement Root { get; }

    /// <summary>
    /// The element's number in its tree: 0 for the root, then 1, 2 … in the order the elements were made. A backend
    /// writing the tree keeps what it knows of each element in arrays by this number: a dictionary keyed by element was
    /// 3 % of a 1 000-page list's build (hashing the elements, missing the processor's caches as it grew).
    /// </summary>
    /// <remarks>A tree is made on one thread, as a document is composed, so the count needs no lock.</remarks>
    public int Ordinal { get; }

    /// <summary>For a root: how many elements its tree has had (numbered 0 to this - 1).</summary>
    private int _made;

    /// <summary>
    /// In reading order. Room for children is made only for an element that gets one: most have none (a table's cells, a
    /// paragraph), and an empty list each was ~150 000 of the 1,9 million objects alive in a 1 000-page table's build,
    /// every one of them marked by each collection (docs/benchmarks.md, "Three cuts made"). The children are kept in an
    /// array of the element's own, not a list around one: a list was one more object for each row of a long table.
    /// </summary>
    /// <remarks>A view of a partly filled array is made for each call: a writer walking a whole tree asks <see cref="ChildCount"/> and <see cref="Child"/>.</remarks>
    public IReadOnlyList<StructureElement> Children
    {
        get
        {
            if (HasRowCells)
            {
                return [.. Enumerable.Range(0, _childCount).Select(Child)];
            }
            if (_children is null)
            {
                return Array.Empty<StructureElement>();
            }
            return _childCount == _children.Length
                ? _children
                : (IReadOnlyList<StructureElement>)new ArraySegment<StructureElement>(_children, 0, _childCount);
        }
    }

    /// <summary>How many children the element has.</summary>
    public int ChildCount => _childCount;

    /// <summary>The child at <paramref name="index"/> (0 to <see cref="ChildCount"/> - 1), in reading order.</summary>
    public StructureElement Child(int index) => (uint)index >= (uint)_childCount
        ? throw new ArgumentOutOfRangeException(nameof(index), index, $"The element has {_childCount} children.")
        : _children is null ? new StructureElement(this, index) : _children[index];

    /// <summary>The children, or null for none or for a row of cells (whose <see cref="_childCount"/> is its cells').</summary>
    private StructureElement[]? _children;
    private int _childCount;

    private void Add(StructureElement child)
    {
        if (HasRowCells)
        {
            throw new InvalidOperationException("A row of cells has no other children.");
        }
        if (_children is null)
        {
            _children = new StructureElement[1];
        }
        else if (_childCount == _children.Length)
        {
            Array.Resize(ref _children, _childCount * 2);
        }
        _children[_childCount++] = child;
    }

    /// <summary>Takes <paramref name="child"/> out of the tree again (a part that turned out to have nothing to show).</summary>
    public void Remove(StructureElement child)
    {
        var index = _children is null ? -1 : Array.IndexOf(_children, child, 0, _childCount);
        if (index < 0)
        {
            return;
        }
        Array.Copy(_children!, index + 1, _children!, index, _childCount - index - 1);
        _children![--_childCount] = null!;
    }

    /// <summary>Forgets every child (a part whose content is made again).</summary>
    public void RemoveChildren()
    {
        _children = null;
        _childCount = 0;
    }

    /// <summary>/Alt: what a figure shows (a chart states its data), or a link's description.</summary>
    public string? AlternativeText { get => _rare?.AlternativeText; init { if (value is not null) { Rarely.AlternativeText = value; } } }

    /// <summary>/ActualText: the text a group of glyphs stands for, when it differs from their ToUnicode text.</summary>
    public string? ActualText { get => _rare?.ActualText; init { if (value is not null) { Rarely.ActualText = value; } } }

    /// <summary>/T: a title for a part or section (a document's name).</summary>
    public string? Title { get => _rare?.Title; init { if (value is not null) { Rarely.Title = value; } } }

    /// <summary>/Lang, only where it differs from the document's language (vi-VN).</summary>
    public string? Language { get => _rare?.Language; init { if (value is not null) { Rarely.Language = value; } } }

    /// <summary>For TH only.</summary>
    public HeaderScope Scope { get => _rare?.Scope ?? HeaderScope.None; init { if (value != HeaderScope.None) { Rarely.Scope = value; } } }

    /// <summary>For TH and TD spanning more than one row or column.</summary>
    public int RowSpan { get => _rare?.RowSpan ?? 1; init { if (value != 1) { Rarely.RowSpan = value; } } }

    public int ColumnSpan { get => _rare?.ColumnSpan ?? 1; init { if (value != 1) { Rarely.ColumnSpan = value; } } }

    /// <summary>
    /// What few elements have: the texts above, a header cell's scope, a span. Kept apart, made for the first of them
    /// that is not the default: in each element they were 44 of its 104 bytes, and a 1 000-page list's two copies
    /// make 280 000 elements, nearly all of them cells and rows with none of these (docs/benchmarks.md, "Issue 19,
    /// session 20").
    /// </summary>
    private sealed class RareParts
    {
        public string? AlternativeText;
        public string? ActualText;
        public string? Title;
        public string? Language;
        public HeaderScope Scope;
        public int RowSpan = 1;
        public int ColumnSpan = 1;
    }

    private RareParts? _rare;

    private RareParts Rarely => _rare ??= new RareParts();
}
