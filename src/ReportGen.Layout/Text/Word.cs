namespace ReportGen.Layout.Text;

/// <summary>
/// A piece of a word in one style and face, with its width in points. A value, kept in its paragraph's one array
/// of pieces (<see cref="Word"/>): a paragraph of 60 words is then 2 objects instead of 180. Its style, link and
/// structure element are those of the span it came from, which all the span's pieces share: 24 bytes a piece
/// instead of 40 with the three of them in each (pieces were 10 % of the layouts' bytes).
/// </summary>
public readonly record struct WordPiece(ShapedText Shaped, TextSpan Span, float Width)
{
    public TextStyle Style => Span.Style;

    public string? Link => Span.Link;

    /// <summary>The structure element of the span it came from (<see cref="TextSpan.Structure"/>).</summary>
    public Output.StructureElement? Structure => Span.Structure;
}

/// <summary>
/// An unbreakable unit of a paragraph (a Vietnamese syllable with its punctuation), and the space that
/// follows it. Lines break only between words.
/// A value whose pieces are a range of an array shared by the words of a paragraph: one object per paragraph, not
/// three per word (the word, its array of pieces, the piece). The profile of 100 meetings had the collector stall
/// 0,9 s of 19 s in the array made for each word.
/// </summary>
public readonly record struct Word
{
    private readonly WordPiece[] _pieces;
    private readonly int _first;
    private readonly int _count;

    /// <param name="pieces">shared with other words: only [first, first + count) is this word's.</param>
    public Word(WordPiece[] pieces, int first, int count, float width, float spaceAfter, bool forcedBreakAfter)
    {
        _pieces = pieces;
        _first = first;
        _count = count;
        Width = width;
        SpaceAfter = spaceAfter;
        ForcedBreakAfter = forcedBreakAfter;
    }

    /// <summary>A word of its own pieces.</summary>
    public Word(WordPiece[] pieces, float width, float spaceAfter, bool forcedBreakAfter)
        : this(pieces, 0, pieces.Length, width, spaceAfter, forcedBreakAfter)
    {
    }

    public ReadOnlySpan<WordPiece> Pieces => new(_pieces, _first, _count);

    public float Width { get; init; }

    public float SpaceAfter { get; init; }

    public bool ForcedBreakAfter { get; init; }
}

/// <summary>
/// A set line: words [First, First+Count), their natural width and vertical metrics. A value: an object per line was
/// 7 % of the two layouts' bytes.
/// </summary>
public readonly record struct TextLine(int First, int Count, float NaturalWidth, float Ascent, float Descent, float Height, bool EndsParagraph, float Indent);

/// <summary>A paragraph's words as a span, for the loops that read them word by word.</summary>
internal static class WordList
{
    /// <summary>
    /// The words as a span: the array itself, as a paragraph's words always are, or a copy of another list. Read through
    /// <see cref="IReadOnlyList{T}"/>, each word was an interface call and a copy (0,9 % of a 100-meeting build's
    /// samples; docs/benchmarks.md, "Issue 19, session 22").
    /// </summary>
    public static ReadOnlySpan<Word> AsSpan(IReadOnlyList<Word> words) => words as Word[] ?? [.. words];
}
