using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Charts;

/// <summary>How a label's lines stand against the x it is placed at.</summary>
public enum LabelAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>One line of a set label: its words and their width with the spaces between them.</summary>
public sealed record SetLine(IReadOnlyList<Word> Words, float Width);

/// <summary>
/// A chart label shaped and broken into lines at one size. Lines are <see cref="LineHeight"/> apart; the
/// block is <see cref="Height"/> tall and as wide as its longest line.
/// </summary>
public sealed record SetLabel(IReadOnlyList<SetLine> Lines, float Size, float Ascent, float Descent, float LineHeight)
{
    public float Width => Lines.Count == 0 ? 0 : Lines.Max(l => l.Width);

    public float Height => Lines.Count * LineHeight;

    /// <summary>The text as set, lines joined by a space.</summary>
    public string Text => string.Join(" ", Lines.SelectMany(l => l.Words).Select(OverwideWords.TextOf));

    // One builder per thread, as in TextBlock: charts of several meetings are laid out in parallel.
    [ThreadStatic]
    private static GlyphRunBuilder? RunBuilder;

    /// <summary>Adds the label's glyph runs, its block's top at <paramref name="top"/>, lines aligned on <paramref name="x"/>.</summary>
    public void Draw(DrawingContext context, float x, float top, LabelAlignment alignment)
    {
        if (!context.Draws)
        {
            return;
        }
        var run = RunBuilder ??= new GlyphRunBuilder();
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var baseline = context.Y + top + i * LineHeight + (LineHeight - Ascent - Descent) / 2 + Ascent;
            var pen = context.X + alignment switch
            {
                LabelAlignment.Right => x - line.Width,
                LabelAlignment.Center => x - line.Width / 2,
                _ => x,
            };
            run.Discard();
            for (var w = 0; w < line.Words.Count; w++)
            {
                var word = line.Words[w];
                foreach (var piece in word.Pieces)
                {
                    run.Append(context, piece, pen, baseline);
                    pen += piece.Width;
                }
                if (w < line.Words.Count - 1)
                {
                    run.AppendSpace(pen);
                    pen += word.SpaceAfter;
                }
            }
            run.Flush();
        }
    }
}
