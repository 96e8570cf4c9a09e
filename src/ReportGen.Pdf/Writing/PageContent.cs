using ReportGen.Layout;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>A link to be written as an annotation of the sheet it is on: its rectangle in the sheet's PDF space.</summary>
internal sealed record SheetLink(PageItem Item, float Left, float Bottom, float Right, float Top, long Key);

/// <summary>
/// Writes the content stream of one PDF page from the laid-out items: text as glyph ids positioned with TJ (two bytes
/// a glyph in a literal string: as hex digits they were half of a page's content, and of the time to compress it),
/// lines, rectangles, images; in a tagged document every item inside a marked-content sequence — its structure
/// element's (with an MCID) or an artifact's. Keeps the graphics state it has set (font, colours, line width,
/// opacity) so nothing is said twice.
/// </summary>
internal sealed class PageContent(PdfResources resources, StructureTree? tree)
{
    /// <summary>Below this many thousandths of an em a glyph's offset from where the pen is is not written (under 0,01 pt at 14 pt).</summary>
    private const double AdjustmentThreshold = 0.5;

    // One buffer per thread, kept between documents: a page's content is written into it, compressed, then forgotten.
    [ThreadStatic]
    private static PdfBytes? _buffer;

    private readonly PdfBytes _out = _buffer ??= new PdfBytes(64 * 1024);

    private struct State
    {
        public EmbeddedFont? Font;
        public float Size;
        public uint Fill;
        public uint Stroke;
        public float LineWidth;
        public byte Alpha;
    }

    private State _state;
    private bool _inText;
    // The open marked-content sequence: an element's or an artifact's (two fields: an enum kept as an object was a box per sequence).
    private StructureElement? _sequenceElement;
    private ArtifactKind? _sequenceArtifact;
    private bool _sequenceInText; // whether it began inside the open text object (and so must end before it)
    private GlyphRun? _lastTagged; // the last run of text drawn, when it belongs to an element
    private int _sheet;
    private bool _links;
    private float _height;
    private PdfMatrix _transform;

    public List<SheetLink> Links { get; } = [];

    /// <summary>The content stream of <paramref name="sheet"/>, valid until the next call.</summary>
    public ReadOnlySpan<byte> Write(PdfSheet sheet, int sheetIndex)
    {
        _out.Clear();
        Links.Clear();
        _sheet = sheetIndex;
        _links = sheet.Links;
        _state = Initial();
        _inText = false;
        _sequenceElement = null;
        _sequenceArtifact = null;
        _sequenceInText = false;

        foreach (var placed in sheet.Pages)
        {
            var saved = _state;
            if (!placed.Transform.IsIdentity)
            {
                Close();
                var m = placed.Transform;
                _out.Ascii("q ").Number(m.A).Space().Number(m.B).Space().Number(m.C).Space().Number(m.D).Space().Number(m.E).Space().Number(m.F).Ascii(" cm\n");
            }
            _transform = placed.Transform;
            _height = placed.Page.Size.Height;
            _lastTagged = null;
            if (placed.Fragment is { } fragment)
            {
                Replay(fragment);
            }
            else
            {
                var items = placed.Page.Items;
                for (var i = 0; i < items.Count; i++)
                {
                    Item(items[i], ((long)placed.Page.Number << 32) | (uint)i);
                }
            }
            if (!placed.Transform.IsIdentity)
            {
                Close();
                _out.Ascii("Q\n");
                _state = saved;
            }
        }

        _transform = PdfMatrix.Identity;
        _height = sheet.Size.Height;
        foreach (var mark in sheet.Marks)
        {
            Item(mark with { Structure = null }, long.MaxValue);
        }
        Close();
        return _out.Span;
    }

    /// <summary>
    /// The content of one laid-out page written now, to be placed on its sheet later (<see cref="PageFragment"/>): the
    /// bytes the sheet's stream will hold between its <c>q … cm</c> and <c>Q</c>, the page's items let go. The structure
    /// tree hears of it only when the sheet is written (its MCIDs count on the sheet, after the other page's), so its
    /// marks and figure boxes are noted with their place in the bytes and given to the tree then, in the same order.
    /// </summary>
    public PageFragment Fragment(Page page)
    {
        _out.Clear();
        Links.Clear();
        _sheet = -1;
        _links = false;
        _state = Initial();
        _inText = false;
        _sequenceElement = null;
        _sequenceArtifact = null;
        _sequenceInText = false;
        _transform = PdfMatrix.Identity;
        _height = page.Size.Height;
        _lastTagged = null;
        var fragments = _fragments ??= PageFragments.Take();
        var noted = fragments.Notes;
        var firstNote = noted.Count;
        _noted = noted;
        try
        {
            var items = page.Items;
            for (var i = 0; i < items.Count; i++)
            {
                Item(items[i], ((long)page.Number << 32) | (uint)i);
            }
            Close();
        }
        finally
        {
            _noted = null;
        }
        var (content, start) = fragments.Keep(_out.Span);
        return new PageFragment(content, start, _out.Length, firstNote, noted.Count - firstNote);
    }

    /// <summary>The document's fragments (bytes and notes) until their sheets are written.</summary>
    private PageFragments? _fragments;

    /// <summary>Lets go of the document's fragments: placed, or thrown away (a layout begun again).</summary>
    public void ReleaseFragments()
    {
        _fragments?.Release();
        _fragments = null;
    }

    /// <summary>Writes a fragment at the open placement, telling the tree of its marks and boxes as <see cref="Item"/> would have.</summary>
    private void Replay(PageFragment fragment)
    {
        var content = fragment.Content.AsSpan(fragment.Start, fragment.Length);
        var at = 0;
        var notes = _fragments!.Notes;
        for (var n = fragment.FirstNote; n < fragment.FirstNote + fragment.NoteCount; n++)
        {
            ref readonly var note = ref notes[n];
            if (note.IsMark)
            {
                _out.Raw(content[at..note.Position]).Integer(tree!.Mark(note.Element, note.Cell, _sheet, note.Key));
                at = note.Position;
            }
            else
            {
                tree!.Extend(note.Element, _sheet, Box(note.Left, note.Top, note.Right, note.Bottom));
            }
        }
        _out.Raw(content[at..]);
    }

    // While a fragment is written: what the tree is to be told when the fragment is placed on its sheet.
    private ChunkedList<PageFragment.Note>? _noted;

    private static State Initial() => new() { Fill = 0xFF000000, Stroke = 0xFF000000, LineWidth = 1, Alpha = 255, Size = -1 };

    private void Item(PageItem item, long key)
    {
        switch (item)
        {
            case LinkArea or InternalLink when !_links:
                return;
            case LinkArea or InternalLink:
                var area = item is LinkArea link ? link.Area : ((InternalLink)item).Area;
                var (l, b, r, t) = Box(area.X, area.Y, area.Right, area.Bottom);
                Links.Add(new SheetLink(item, l, b, r, t, key));
                return;
            case ChartFrame frame:
                // Draws nothing: it only says where a chart stands, which gives its figure a box.
                if (tree is not null && frame.Structure is { } figure)
                {
                    Extend(figure, (frame.Area.X, frame.Area.Y, frame.Area.Right, frame.Area.Bottom));
                }
                return;
            case FilledRectangle { Fill.Argb: < 0x01000000 }:
                return; // fully transparent: nothing to draw
        }

        if (tree is not null)
        {
            Sequence(item, key);
        }
        switch (item)
        {
            case GlyphRun run:
                if (tree is not null)
                {
                    SeparateFromPreviousLine(run);
                }
                Text(run);
                break;
            case LineSegment line: Line(line); break;
            case FilledRectangle rectangle: Rectangle(rectangle); break;
            case ImageItem image: Image(image); break;
        }
        if (tree is not null && item.Structure is { } element)
        {
            Extend(element, Bounds(item));
        }
    }

    /// <summary>Adds a rectangle of the page (top-down coordinates) to the figures among the element and its ancestors, now or when the fragment is placed.</summary>
    private void Extend(StructureElement element, (float Left, float Top, float Right, float Bottom) area)
    {
        // Only an item within a figure gives a box: a print copy's note for every item of text kept its elements (a long
        // table's cells) to the copy's end, and the tree ignored them.
        if (!InFigure(element))
        {
            return;
        }
        if (_noted is { } noted)
        {
            noted.Add(new PageFragment.Note(element, -1, 0, -1, area.Left, area.Top, area.Right, area.Bottom));
            return;
        }
        tree!.Extend(element, _sheet, Box(area.Left, area.Top, area.Right, area.Bottom));
    }

    private static bool InFigure(StructureElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Role == StructureRole.Figure)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A run that goes on an element's text on a new line, or after a gap (a contents entry's dot leaders, which are
    /// artifacts), follows the previous run without a space in the content: the line break or the leaders stood for
    /// it. A reader of the structure (a screen reader, reflow, copy) would join the words ("CÔNG TÁCTHI ĐUA"), so
    /// an invisible space glyph is written after the previous run, in the same element.
    /// </summary>
    private void SeparateFromPreviousLine(GlyphRun run)
    {
        var previous = _lastTagged;
        _lastTagged = run.Structure is null ? null : run;
        if (previous is null || run.Structure is null || !StructureElement.IsSame(previous.Structure, run.Structure)
            || run.Text.Length == 0 || previous.Text.Length == 0
            || char.IsWhiteSpace(run.Text[0]) || char.IsWhiteSpace(previous.Text[^1]))
        {
            return;
        }
        var newLine = Math.Abs(run.Baseline - previous.Baseline) > previous.FontSize * 0.5f;
        var gap = run.Left - previous.Right > previous.FontSize * 0.5f;
        if ((newLine || gap) && resources.Font(previous.Face) is var font && font.SpaceGlyph is var space and not 0)
        {
            // After the previous run, where a space would stand: set over its last letters instead, it split the last
            // word for readers that group letters by position (PdfPig, pdftotext). It draws no ink.
            // Written as a run of that one glyph would be, without making the run (five small arrays and a run per line
            // of tagged text were a tenth of what a page allocated).
            var readsBack = font.MapSpace(space);
            BeginRun(font, previous.FontSize, previous.Color, readsBack, " ");
            _out.Ascii("1 0 0 1 ").Number(previous.Right).Space().Number(_height - previous.YAt(previous.Glyphs.Length - 1)).Ascii(" Tm [(").GlyphCode(space).Ascii(")] TJ\n");
            EndRun(readsBack);
        }
    }

    /// <summary>
    /// Opens the item's marked-content sequence unless it continues the one open (same element, same artifact kind).
    /// A run of text opens its sequence inside the text object, so that text of several elements (a paragraph's
    /// words, a table's cells) shares one BT … ET: ISO 32000-1 §14.6 allows marked content within a text object
    /// when each pair (BDC/EMC, BT/ET) is nested separately. Anything else (a line, a rectangle, an image) cannot be
    /// inside a text object: its sequence begins outside, and a sequence begun inside a text object is not continued
    /// by it but ended (with the text object) and begun again.
    /// </summary>
    private void Sequence(PageItem item, long key)
    {
        var text = item is GlyphRun;
        if (item.Structure is { } element)
        {
            if (StructureElement.IsSame(_sequenceElement, element) && (text || !_sequenceInText))
            {
                return;
            }
            Begin(text);
            _out.Byte((byte)'/').Ascii(StructureTree.RoleName(element.Role)).Ascii(" <</MCID ");
            if (_noted is { } noted)
            {
                // The MCID goes here once the sheet is known. A row's cell is noted as its row and place: kept as made, each cell
                // of a long table's print copy lived to the copy's end.
                var (held, cell) = element.Held;
                noted.Add(new PageFragment.Note(held, cell, key, _out.Length, 0, 0, 0, 0));
            }
            else
            {
                _out.Integer(tree!.Mark(element, _sheet, key));
            }
            _out.Ascii(">> BDC\n");
            _sequenceElement = element;
            return;
        }
        if (_sequenceArtifact is { } open && open == item.Artifact && (text || !_sequenceInText))
        {
            return;
        }
        Begin(text);
        _out.Ascii(item.Artifact switch
        {
            ArtifactKind.Pagination => "/Artifact <</Type /Pagination>> BDC\n",
            // A watermark is a kind of pagination artifact in ISO 32000-1 (Subtype Header, Footer or Watermark).
            ArtifactKind.Watermark => "/Artifact <</Type /Pagination/Subtype /Watermark>> BDC\n",
            _ => "/Artifact <</Type /Layout>> BDC\n",
        });
        _sequenceArtifact = item.Artifact;
    }

    /// <summary>Ends the open sequence and puts the next one inside a text object (for text) or outside any.</summary>
    private void Begin(bool text)
    {
        EndSequence();
        if (text && !_inText)
        {
            _out.Ascii("BT\n");
            _inText = true;
        }
        else if (!text)
        {
            EndText();
        }
        _sequenceInText = text;
    }

    /// <summary>Ends the open marked-content sequence, and with it a text object begun inside it.</summary>
    private void EndSequence()
    {
        if (_sequenceElement is null && _sequenceArtifact is null)
        {
            return;
        }
        if (!_sequenceInText)
        {
            EndText();
        }
        _out.Ascii("EMC\n");
        _sequenceElement = null;
        _sequenceArtifact = null;
    }

    /// <summary>Ends the open marked-content sequence and text object, in the order they nest.</summary>
    private void Close()
    {
        EndSequence();
        EndText();
    }

    private void EndText()
    {
        if (_inText)
        {
            _out.Ascii("ET\n");
            _inText = false;
        }
    }

    private void Text(GlyphRun run)
    {
        var font = resources.Font(run.Face);
        var readsBack = font.Map(run);
        BeginRun(font, run.FontSize, run.Color, readsBack, run.Text);
        WriteGlyphs(run, font);
        EndRun(readsBack);
    }

    /// <summary>What a run of text needs set before its glyphs: a text object, the font and size, the colour, its /ActualText when the font cannot say it.</summary>
    private void BeginRun(EmbeddedFont font, float fontSize, Color color, bool readsBack, string text)
    {
        if (!_inText)
        {
            _out.Ascii("BT\n");
            _inText = true;
        }
        if (!ReferenceEquals(font, _state.Font) || fontSize != _state.Size)
        {
            _out.Byte((byte)'/').Ascii(font.ResourceName).Space().Number(fontSize).Ascii(" Tf\n");
            _state.Font = font;
            _state.Size = fontSize;
        }
        Fill(color);
        if (!readsBack)
        {
            // The font's ToUnicode map cannot say this run's text (a glyph that stands for other text elsewhere,
            // a cluster of several glyphs): the text is given whole.
            _out.Ascii("/Span <</ActualText ").Text(text).Ascii(">> BDC\n");
        }
    }

    private void EndRun(bool readsBack)
    {
        if (!readsBack)
        {
            _out.Ascii("EMC\n");
        }
    }

    private void WriteGlyphs(GlyphRun run, EmbeddedFont font)
    {
        var size = (double)run.FontSize;
        for (var start = 0; start < run.Glyphs.Length;)
        {
            // A segment: glyphs on one baseline (a mark moved up or down starts another).
            // A run on one baseline (Y null, nearly all) is one segment.
            var end = run.Y is null ? run.Glyphs.Length : start + 1;
            while (end < run.Glyphs.Length && Math.Abs(run.YAt(end) - run.YAt(start)) < 0.001f)
            {
                end++;
            }
            _out.Ascii("1 0 0 1 ").Number(run.X[start]).Space().Number(_height - run.YAt(start)).Ascii(" Tm [(");
            double pen = run.X[start];
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    // TJ moves the pen left by n/1000 of the size: a glyph further right than the pen is a negative n.
                    var adjustment = Math.Round((pen - run.X[i]) * 1000 / size);
                    if (Math.Abs(adjustment) >= AdjustmentThreshold)
                    {
                        _out.Byte((byte)')').Integer((long)adjustment).Byte((byte)'(');
                        pen -= adjustment * size / 1000;
                    }
                }
                _out.GlyphCode(run.Glyphs[i]);
                pen += font.Width(run.Glyphs[i]) * size / 1000;
            }
            _out.Ascii(")] TJ\n");
            start = end;
        }
    }

    private void Line(LineSegment line)
    {
        EndText();
        Stroke(line.Color);
        if (line.Thickness != _state.LineWidth)
        {
            _out.Number(line.Thickness).Ascii(" w\n");
            _state.LineWidth = line.Thickness;
        }
        _out.Number(line.X1).Space().Number(_height - line.Y1).Ascii(" m ").Number(line.X2).Space().Number(_height - line.Y2).Ascii(" l S\n");
    }

    private void Rectangle(FilledRectangle rectangle)
    {
        EndText();
        Fill(rectangle.Fill);
        var a = rectangle.Area;
        _out.Number(a.X).Space().Number(_height - a.Bottom).Space().Number(a.Width).Space().Number(a.Height).Ascii(" re f\n");
    }

    private void Image(ImageItem image)
    {
        EndText();
        var name = resources.Images.NameOf(image.Image);
        var a = image.Area;
        _out.Ascii("q ").Number(a.Width).Ascii(" 0 0 ").Number(a.Height).Space().Number(a.X).Space().Number(_height - a.Bottom)
            .Ascii(" cm /").Ascii(name).Ascii(" Do Q\n");
    }

    private void Fill(Color color)
    {
        Opacity(color);
        if ((color.Argb & 0xFFFFFF) != (_state.Fill & 0xFFFFFF))
        {
            Rgb(color).Ascii(" rg\n");
            _state.Fill = color.Argb;
        }
    }

    private void Stroke(Color color)
    {
        Opacity(color);
        if ((color.Argb & 0xFFFFFF) != (_state.Stroke & 0xFFFFFF))
        {
            Rgb(color).Ascii(" RG\n");
            _state.Stroke = color.Argb;
        }
    }

    /// <summary>An opacity below full needs a graphics state (and PDF/A-2 allows it); opaque documents have none.</summary>
    private void Opacity(Color color)
    {
        var alpha = (byte)(color.Argb >> 24);
        if (alpha != _state.Alpha)
        {
            _out.Byte((byte)'/').Ascii(resources.Opacity(alpha)).Ascii(" gs\n");
            _state.Alpha = alpha;
        }
    }

    private PdfBytes Rgb(Color color) => _out
        .Number(((color.Argb >> 16) & 0xFF) / 255.0).Space()
        .Number(((color.Argb >> 8) & 0xFF) / 255.0).Space()
        .Number((color.Argb & 0xFF) / 255.0);

    /// <summary>An item's box on its page, in the page's top-down coordinates (<see cref="Box"/> puts it on the sheet).</summary>
    private static (float Left, float Top, float Right, float Bottom) Bounds(PageItem item) => item switch
    {
        GlyphRun run => (run.Left, run.Baseline - run.Face.Ascent * run.FontSize, run.Right, run.Baseline + run.Face.Descent * run.FontSize),
        LineSegment line => (Math.Min(line.X1, line.X2) - line.Thickness / 2, Math.Min(line.Y1, line.Y2) - line.Thickness / 2,
            Math.Max(line.X1, line.X2) + line.Thickness / 2, Math.Max(line.Y1, line.Y2) + line.Thickness / 2),
        FilledRectangle r => (r.Area.X, r.Area.Y, r.Area.Right, r.Area.Bottom),
        ImageItem i => (i.Area.X, i.Area.Y, i.Area.Right, i.Area.Bottom),
        _ => (0, 0, 0, 0),
    };

    /// <summary>A rectangle given in the page's top-down coordinates, as a box in the sheet's PDF space.</summary>
    private (float Left, float Bottom, float Right, float Top) Box(float left, float top, float right, float bottom)
    {
        var (x1, y1) = _transform.Apply(left, _height - bottom);
        var (x2, y2) = _transform.Apply(right, _height - top);
        return (Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }
}
