using ReportGen.Localization;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A paragraph. Lines are set once per width and kept; the state is the first line not yet drawn, so a
/// paragraph continues on the next page. At least <see cref="MinLinesAtBreak"/> lines stay together on
/// each side of a page break (no widow, no orphan) when the paragraph is long enough.
/// Its words are made when it is first measured and let go once it is drawn to its end (its last part, for a
/// paragraph that breaks across pages): a long document's paragraphs and table cells are all built before it is
/// laid out, and words kept from the start were most of what a 1 000-page booklet's young collections found
/// alive and copied. Laid out again (<see cref="ResetState"/>), it makes them again, the same words.
/// </summary>
public sealed class TextBlock : Element
{
    private readonly TextSpan[] _spans;
    private readonly ParagraphSetter _setter;
    private readonly ParagraphStyle _style;
    // Null until needed, and again once the paragraph is drawn to its end.
    private IReadOnlyList<Word>? _words;
    // The words as set at the last width: the paragraph's own, or with words wider than a line cut to fit.
    private IReadOnlyList<Word>? _lineWords;
    // The width the lines were last set at; kept when the lines are let go, so words cut to fit it are reported once.
    private float _linesWidth = -1;
    private IReadOnlyList<TextLine>? _lines;
    private int _nextLine;
    // Drawn to its end at _linesWidth (words and lines let go): measured there again, it is empty, as it was.
    private bool _drawnToEnd;

    public const int MinLinesAtBreak = 2;

    /// <summary>The widest a word may make a table column before it is cut instead, in ems of its size.</summary>
    public const float MaxUnbrokenEms = 15;

    // One builder per thread, reused line after line: its lists keep their capacity, so a line costs only
    // the arrays of its glyph runs, not the lists grown to make them (meetings are laid out in parallel).
    [ThreadStatic]
    private static GlyphRunBuilder? RunBuilder;

    public TextBlock(ParagraphSetter setter, IEnumerable<TextSpan> spans, ParagraphStyle style)
        // Copied: the words are made later, and a caller may reuse its list (an array of the right length, too,
        // where the list kept spare room until the paragraph was drawn).
        : this(setter, [.. spans], style)
    {
    }

    /// <summary>
    /// A paragraph of <paramref name="spans"/> as given, not copied: the array is the paragraph's from now on, and nothing
    /// may change it (several paragraphs may share one). A table cell's spans are a new array made for it, and a copy
    /// of it was one more object for each cell of every row, each time a row was made (docs/benchmarks.md, "Issue 19,
    /// session 26").
    /// </summary>
    public TextBlock(ParagraphSetter setter, TextSpan[] spans, ParagraphStyle style)
    {
        _spans = spans;
        _setter = setter;
        _style = style;
        // Missing glyphs are reported here, once per paragraph, not each time its words are made. The words
        // made for it (a paragraph that may miss some) are kept: they would be made again for nothing.
        _words = setter.ReportMissingGlyphs(_spans);
    }

    /// <summary>
    /// The structure element (tagged PDF) the paragraph shows: a P, a heading, a table cell. Null: the one it is
    /// drawn within. Spans may name their own (<see cref="TextSpan.Structure"/>).
    /// </summary>
    public StructureElement? Structure { get; init; }

    /// <summary>The words as set (made if they are not held), for tests.</summary>
    public IReadOnlyList<Word> Words => _words ??= _setter.ToWordsUnreported(_spans);

    /// <summary>The plain text, for tests and messages (the words are not kept for it).</summary>
    public string Text => string.Join(" ", (_words ?? _setter.ToWordsUnreported(_spans)).Select(OverwideWords.TextOf));

    public IReadOnlyList<TextLine> LinesFor(float width)
    {
        var sameWidth = SameWidth(width);
        if (!sameWidth || _lines is null)
        {
            var words = Words;
            // Nothing is ever drawn past the margin: a word wider than the narrowest line is cut to fit it.
            var narrowest = width - _style.LeftIndent - Math.Max(0, _style.FirstLineIndent);
            _lineWords = OverwideWords.Fit(words, narrowest);
            // Set again at the width it was set at (its words were let go): its cut words were reported then.
            if (!ReferenceEquals(_lineWords, words) && !sameWidth)
            {
                ReportOverwide(words, narrowest);
            }
            _lines = ParagraphSetter.BreakLines(_lineWords, width, _style);
            _linesWidth = width;
        }
        return _lines;
    }

    private bool SameWidth(float width) => Math.Abs(width - _linesWidth) <= 0.001f;

    // A method of its own: the lambda's closure would otherwise be made at every new width, cut words or not.
    private void ReportOverwide(IReadOnlyList<Word> words, float narrowest) =>
        _setter.ReportOverwide(words.Where(w => w.Width > narrowest + 0.01f).Select(OverwideWords.TextOf));

    public override SpacePlan Measure(Size available)
    {
        if (_drawnToEnd && SameWidth(available.Width))
        {
            return SpacePlan.Empty();
        }
        var lines = LinesFor(available.Width);
        if (_nextLine >= lines.Count)
        {
            return SpacePlan.Empty();
        }
        var (count, height) = LinesThatFit(lines, available.Height);
        if (count == 0)
        {
            return SpacePlan.Wrap(Messages.ParagraphDoesNotFit(Preview(), available.Height, Source));
        }
        return count == lines.Count - _nextLine
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Partial(available.Width, height);
    }

    private (int Count, float Height) LinesThatFit(IReadOnlyList<TextLine> lines, float space)
    {
        var remaining = lines.Count - _nextLine;
        float height = 0;
        var count = 0;
        while (count < remaining && height + lines[_nextLine + count].Height <= space + 0.01f)
        {
            height += lines[_nextLine + count].Height;
            count++;
        }
        if (count < remaining)
        {
            // Keep two lines on each side of the break: give back lines to the next page, or move all.
            var after = remaining - count;
            if (after < MinLinesAtBreak)
            {
                count -= MinLinesAtBreak - after;
            }
            if (count < MinLinesAtBreak && remaining >= MinLinesAtBreak)
            {
                count = 0;
            }
            count = Math.Max(count, 0);
            height = 0;
            for (var i = 0; i < count; i++)
            {
                height += lines[_nextLine + i].Height;
            }
        }
        return (count, height);
    }

    public override void Draw(DrawingContext context, Size available)
    {
        if (_drawnToEnd && SameWidth(available.Width))
        {
            return;
        }
        var lines = LinesFor(available.Width);
        var (count, _) = LinesThatFit(lines, available.Height);
        context = context.Within(Structure);
        float y = 0;
        for (var i = _nextLine; i < _nextLine + count; i++)
        {
            DrawLine(context, lines[i], y, available.Width);
            y += lines[i].Height;
        }
        _nextLine += count;
        if (_nextLine >= lines.Count)
        {
            _drawnToEnd = true;
            _words = null;
            _lineWords = null;
            _lines = null;
        }
    }

    public override void ResetState()
    {
        _nextLine = 0;
        _drawnToEnd = false;
    }

    /// <summary>The gaps between words of a line that are spaces (not the joins of a cut word).</summary>
    private int Gaps(TextLine line)
    {
        var gaps = 0;
        var words = WordList.AsSpan(_lineWords!);
        for (var w = line.First; w < line.First + line.Count - 1; w++)
        {
            gaps += words[w].SpaceAfter > 0 ? 1 : 0;
        }
        return gaps;
    }

    /// <summary>
    /// The content's widths, found once. A table sized from its content asks every cell at its first plan, long before
    /// most cells are laid out: no words are made to answer (<see cref="ParagraphSetter.ContentWidths"/>), or every
    /// cell's words of a long table would be alive from its first page to its last.
    /// A word longer than 15 ems (a URL, a code) does not set a column's minimum: it is cut to fit
    /// (OverwideWords) rather than squeezing every other column of its table.
    /// </summary>
    public override ContentWidth MeasureContentWidth()
    {
        if (_contentWidth is null)
        {
            var indent = _style.LeftIndent + _style.FirstLineIndent;
            _contentWidth = _setter.ContentWidths(_spans, MaxUnbrokenEms) is { } widths
                ? new ContentWidth(widths.Widest + indent, widths.LongestLine + indent)
                : new ContentWidth(0, 0);
        }
        return _contentWidth.Value;
    }

    private ContentWidth? _contentWidth;

    private void DrawLine(DrawingContext context, TextLine line, float top, float width)
    {
        if (!context.Draws)
        {
            return; // the line's place is all a pass for anchors needs, and that is already known
        }
        var baseline = context.Y + top + (line.Height - line.Ascent - line.Descent) / 2 + line.Ascent;
        var free = width - line.Indent - line.NaturalWidth;
        var extraPerGap = 0f;
        var x = context.X + line.Indent;
        switch (_style.Alignment)
        {
            case TextAlignment.Center: x += free / 2; break;
            case TextAlignment.Right: x += free; break;
            case TextAlignment.Justify when !line.EndsParagraph && Gaps(line) > 0:
                extraPerGap = free / Gaps(line);
                break;
        }

        // Words of one face, size and colour go into one glyph run, spaces included: far fewer runs to
        // draw, and a PDF reader sees real spaces between the words.
        var run = RunBuilder ??= new GlyphRunBuilder();
        run.Discard();
        var words = WordList.AsSpan(_lineWords!);
        for (var w = line.First; w < line.First + line.Count; w++)
        {
            ref readonly var word = ref words[w];
            foreach (var piece in word.Pieces)
            {
                var pieceContext = context.Within(piece.Structure);
                run.Append(pieceContext, piece, x, baseline);
                EmitDecorations(pieceContext, piece, x, baseline);
                x += piece.Width;
            }
            // The pieces of a cut word join with no space and take no share of the justification.
            if (w < line.First + line.Count - 1 && word.SpaceAfter > 0)
            {
                run.AppendSpace(x);
                x += word.SpaceAfter + extraPerGap;
            }
        }
        run.Flush();
    }

    private static void EmitDecorations(DrawingContext context, WordPiece piece, float x, float baseline)
    {
        var size = piece.Style.Size;
        if (piece.Style.Underline)
        {
            var y = baseline + size * 0.12f;
            // The underline is how the text looks, not what it says.
            context.AsArtifact(ArtifactKind.Layout).Add(new LineSegment(x, y, x + piece.Width, y, size * 0.05f, piece.Style.Ink));
        }
        if (piece.Link is not null)
        {
            var face = piece.Shaped.Face;
            context.Add(new LinkArea(new Rect(x, baseline - face.Ascent * size, piece.Width, (face.Ascent + face.Descent) * size), piece.Link));
        }
    }

    private string Preview()
    {
        var text = Text;
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    public override string Describe() => Messages.ParagraphElement(Preview()) + (Source is null ? "" : $" ({Source})");
}
