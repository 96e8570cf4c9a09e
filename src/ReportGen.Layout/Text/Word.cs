namespace ReportGen.Layout.Text;

/// <summary>A piece of a word in one style and face, with its width in points.</summary>
public sealed record WordPiece(ShapedText Shaped, TextStyle Style, string? Link, float Width)
{
    /// <summary>The structure element of the span it came from (<see cref="TextSpan.Structure"/>).</summary>
    public Output.StructureElement? Structure { get; init; }
}

/// <summary>
/// An unbreakable unit of a paragraph (a Vietnamese syllable with its punctuation), and the space that
/// follows it. Lines break only between words.
/// </summary>
public sealed record Word(IReadOnlyList<WordPiece> Pieces, float Width, float SpaceAfter, bool ForcedBreakAfter);

/// <summary>A set line: words [First, First+Count), their natural width and vertical metrics.</summary>
public sealed record TextLine(int First, int Count, float NaturalWidth, float Ascent, float Descent, float Height, bool EndsParagraph, float Indent);
