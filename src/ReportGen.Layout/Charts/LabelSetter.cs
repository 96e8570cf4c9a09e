using ReportGen.Layout.Text;

namespace ReportGen.Layout.Charts;

/// <summary>
/// Sets chart labels with the engine's own shaping (<see cref="ParagraphSetter"/>, HarfBuzz through the
/// booklet's font stack), so a label measures exactly what is drawn, on every platform: on one line, wrapped
/// at spaces into a width, or shortened with "…" when even the allowed lines cannot hold it.
/// </summary>
public sealed class LabelSetter(ParagraphSetter setter, float lineHeight)
{
    private const string Ellipsis = "…";

    /// <summary>The label on one line (a "\n" in it still breaks).</summary>
    public SetLabel Single(string text, float size, Color ink) => Set(Words(text, size, ink), float.PositiveInfinity, size);

    /// <summary>
    /// The label wrapped at spaces into <paramref name="width"/>; null when it takes more than
    /// <paramref name="maxLines"/> lines or one of its words alone is wider.
    /// </summary>
    public SetLabel? Wrap(string text, float size, Color ink, float width, int maxLines) => Wrap(Words(text, size, ink), size, width, maxLines);

    /// <summary>As <see cref="Wrap(string, float, Color, float, int)"/>, for a label's words made once (<see cref="Words"/>) and wrapped into several widths.</summary>
    public SetLabel? Wrap(IReadOnlyList<Word> words, float size, float width, int maxLines)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Width > width + 0.01f)
            {
                return null;
            }
        }
        var label = Set(words, width, size);
        return label.Lines.Count <= maxLines ? label : null;
    }

    /// <summary>As <see cref="Single(string, float, Color)"/>, for a label's words made once (<see cref="Words"/>).</summary>
    public SetLabel Single(IReadOnlyList<Word> words, float size) => Set(words, float.PositiveInfinity, size);

    /// <summary>
    /// The label in at most <paramref name="maxLines"/> lines of <paramref name="width"/>, its end dropped and
    /// "…" put in its place when it does not fit; a word wider than a line is shortened the same way.
    /// </summary>
    public SetLabel Shorten(string text, float size, Color ink, float width, int maxLines)
    {
        if (Wrap(text, size, ink, width, maxLines) is { } whole)
        {
            return whole;
        }
        var words = Words(text, size, ink).Select(OverwideWords.TextOf).ToList();
        var lines = new List<string>();
        var line = "";
        var used = 0;
        while (used < words.Count && lines.Count < maxLines - 1)
        {
            var candidate = line.Length == 0 ? words[used] : line + " " + words[used];
            if (line.Length > 0 && Width(candidate, size, ink) > width + 0.01f)
            {
                lines.Add(line);
                line = "";
                continue;
            }
            if (line.Length == 0 && Width(candidate, size, ink) > width + 0.01f)
            {
                // One word wider than the line: it is shortened, the label goes on on the next line.
                lines.Add(Truncate(candidate, size, ink, width));
                used++;
                continue;
            }
            line = candidate;
            used++;
        }
        var rest = string.Join(" ", new[] { line }.Concat(words.Skip(used)).Where(s => s.Length > 0));
        if (rest.Length > 0)
        {
            lines.Add(Width(rest, size, ink) <= width + 0.01f ? rest : Truncate(rest, size, ink, width));
        }
        // The lines are chosen to fit: set them as they are, each on its own line.
        return Set(Words(string.Join("\n", lines.Take(maxLines)), size, ink), float.PositiveInfinity, size);
    }

    /// <summary>
    /// The longest start of <paramref name="text"/> that fits with "…": whole words when at least the first
    /// fits, else the first word's first characters.
    /// </summary>
    private string Truncate(string text, float size, Color ink, float width)
    {
        bool Fits(string start) => Width(start.TrimEnd(',', ';', ':', ' ') + Ellipsis, size, ink) <= width + 0.01f;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count >= 1; count--)
        {
            var start = string.Join(" ", words.Take(count));
            if (Fits(start))
            {
                return start.TrimEnd(',', ';', ':', ' ') + Ellipsis;
            }
        }
        for (var part = ShorterByOneCharacter(words.FirstOrDefault() ?? ""); part.Length > 0; part = ShorterByOneCharacter(part))
        {
            if (Fits(part))
            {
                return part + Ellipsis;
            }
        }
        return Ellipsis;
    }

    /// <summary>The text without its last character (a letter keeps its marks: whole text elements only).</summary>
    private static string ShorterByOneCharacter(string text)
    {
        var starts = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        return starts.Length <= 1 ? "" : text[..starts[^1]];
    }

    private float Width(string text, float size, Color ink) => Set(Words(text, size, ink), float.PositiveInfinity, size).Width;

    /// <summary>The label's words at <paramref name="size"/>: shaped once, then set into as many widths as needed.</summary>
    public IReadOnlyList<Word> Words(string text, float size, Color ink) =>
        setter.ToWords([new TextSpan(text, new TextStyle(size, Color: ink))]);

    private SetLabel Set(IReadOnlyList<Word> words, float width, float size)
    {
        var style = new ParagraphStyle(TextAlignment.Left, 0, lineHeight);
        var lines = ParagraphSetter.BreakLinesGreedy(words, width, style);
        var set = new List<SetLine>(lines.Count);
        foreach (var line in lines)
        {
            var lineWords = new Word[line.Count];
            for (var i = 0; i < lineWords.Length; i++)
            {
                lineWords[i] = words[line.First + i];
            }
            set.Add(new SetLine(lineWords, line.NaturalWidth));
        }
        var face = words.FirstOrDefault(w => w.Pieces.Length > 0) is { Pieces.Length: > 0 } first ? first.Pieces[0].Shaped.Face : null;
        var ascent = (face?.Ascent ?? 0.9f) * size;
        var descent = (face?.Descent ?? 0.25f) * size;
        foreach (var line in lines)
        {
            ascent = Math.Max(ascent, line.Ascent);
            descent = Math.Max(descent, line.Descent);
        }
        return new SetLabel(set, size, ascent, descent, Math.Max(size * lineHeight, ascent + descent));
    }
}
