namespace ReportGen.Layout.Text;

/// <summary>How a piece of text looks. Families come from the document's <see cref="Fonts.FontLibrary"/>.</summary>
public sealed record TextStyle(float Size, bool Bold = false, bool Italic = false, Color? Color = null, bool Underline = false)
{
    public Color Ink => Color ?? ReportGen.Layout.Color.Black;
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };
    public TextStyle WithSize(float size) => this with { Size = size };
}

/// <summary>A run of text in one style, optionally a link.</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? Link = null)
{
    /// <summary>
    /// The structure element (tagged PDF) this run belongs to when it is not its paragraph's: a list item's label,
    /// a link inside a paragraph. Null: the paragraph's own.
    /// </summary>
    public Output.StructureElement? Structure { get; init; }
}

public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>How the lines of a paragraph are set.</summary>
/// <param name="Balanced">
/// Lines of even length rather than full ones (titles and headings): the fewest lines, each as short as the
/// longest must be, so no word stands alone on a last line when a better break exists. Not for justified text.
/// </param>
public sealed record ParagraphStyle(
    TextAlignment Alignment = TextAlignment.Left,
    float FirstLineIndent = 0,
    float LineHeight = 1.2f,
    float LeftIndent = 0,
    bool Balanced = false);
