namespace ReportGen.Layout.Text;

/// <summary>
/// A word wider than its line (a long URL, a code, a name with no space) would run past the margin and be lost.
/// It is cut into pieces that fit, joined with no space: after a character a URL breaks at (/ . - ? &amp; = _), or,
/// as a last resort, between any two characters. The cut is made between glyph clusters of the shaped text, so
/// nothing is shaped again and a letter keeps its marks.
/// </summary>
public static class OverwideWords
{
    private const string BreakAfter = "/.-?&=_";

    /// <summary>The words with every one wider than <paramref name="width"/> cut to fit; the same list when none is.</summary>
    public static IReadOnlyList<Word> Fit(IReadOnlyList<Word> words, float width)
    {
        if (width <= 0 || !AnyWiderThan(words, width))
        {
            return words;
        }
        var result = new List<Word>(words.Count + 8);
        foreach (var word in words)
        {
            if (word.Width > width + 0.01f)
            {
                result.AddRange(Cut(word, width));
            }
            else
            {
                result.Add(word);
            }
        }
        // An array, as a paragraph's words are: the lines read them as a span (WordList.AsSpan), which copies any other list.
        return result.ToArray();
    }

    /// <summary>The text of a word.</summary>
    public static string TextOf(Word word)
    {
        var pieces = word.Pieces;
        if (pieces.Length == 1)
        {
            return pieces[0].Shaped.Text;
        }
        var text = new System.Text.StringBuilder();
        foreach (var piece in pieces)
        {
            text.Append(piece.Shaped.Text);
        }
        return text.ToString();
    }

    private static bool AnyWiderThan(IReadOnlyList<Word> words, float width)
    {
        foreach (ref readonly var word in WordList.AsSpan(words))
        {
            if (word.Width > width + 0.01f)
            {
                return true;
            }
        }
        return false;
    }

    private sealed record Cluster(int Piece, int GlyphStart, int GlyphEnd, int TextStart, int TextEnd, float Width, char Last);

    private static IEnumerable<Word> Cut(Word word, float width)
    {
        var clusters = Clusters(word);
        var start = 0;
        while (start < clusters.Count)
        {
            // As many clusters as fit, at least one; then back to the last place a URL breaks, if there is one.
            float used = 0;
            var end = start;
            while (end < clusters.Count && (end == start || used + clusters[end].Width <= width + 0.01f))
            {
                used += clusters[end].Width;
                end++;
            }
            if (end < clusters.Count)
            {
                for (var i = end - 1; i > start; i--)
                {
                    if (BreakAfter.Contains(clusters[i].Last))
                    {
                        end = i + 1;
                        break;
                    }
                }
            }
            var last = end >= clusters.Count;
            var pieces = Pieces(word, clusters, start, end);
            yield return new Word(pieces, pieces.Sum(p => p.Width), last ? word.SpaceAfter : 0, last && word.ForcedBreakAfter);
            start = end;
        }
    }

    private static List<Cluster> Clusters(Word word)
    {
        var clusters = new List<Cluster>();
        for (var p = 0; p < word.Pieces.Length; p++)
        {
            var shaped = word.Pieces[p].Shaped;
            var size = word.Pieces[p].Style.Size;
            var g = 0;
            while (g < shaped.Glyphs.Length)
            {
                var cluster = shaped.Clusters[g];
                var end = g;
                float advance = 0;
                while (end < shaped.Glyphs.Length && shaped.Clusters[end] == cluster)
                {
                    advance += shaped.Advances[end];
                    end++;
                }
                var textEnd = end < shaped.Glyphs.Length ? shaped.Clusters[end] : shaped.Text.Length;
                if (textEnd <= cluster)
                {
                    textEnd = shaped.Text.Length; // not left to right: keep the rest of the text with this cluster
                }
                clusters.Add(new Cluster(p, g, end, cluster, textEnd, advance * size, shaped.Text[textEnd - 1]));
                g = end;
            }
        }
        return clusters;
    }

    private static WordPiece[] Pieces(Word word, List<Cluster> clusters, int start, int end)
    {
        var pieces = new List<WordPiece>();
        foreach (var group in clusters.Skip(start).Take(end - start).GroupBy(c => c.Piece))
        {
            var source = word.Pieces[group.Key];
            var shaped = source.Shaped;
            var first = group.First();
            var lastCluster = group.Last();
            int g0 = first.GlyphStart, g1 = lastCluster.GlyphEnd, t0 = first.TextStart, t1 = lastCluster.TextEnd;
            var part = new ShapedText(shaped.Face, shaped.Text[t0..t1], shaped.Glyphs[g0..g1], shaped.Advances[g0..g1],
                shaped.OffsetsX[g0..g1], shaped.OffsetsY[g0..g1], [.. shaped.Clusters[g0..g1].Select(c => c - t0)])
            {
                Missing = shaped.Missing,
            };
            pieces.Add(source with { Shaped = part, Width = part.Width * source.Style.Size });
        }
        return [.. pieces];
    }
}
