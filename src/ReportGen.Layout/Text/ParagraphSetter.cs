namespace ReportGen.Layout.Text;

/// <summary>
/// Turns styled spans into words, and words into lines for a width. Justified paragraphs are broken by
/// <see cref="KnuthPlassBreaker"/> (total fit: the fewest loose or tight lines over the paragraph);
/// everything else (table cells, centred lines) first fit, where evenness of spacing does not show.
/// </summary>
public sealed class ParagraphSetter(TextShaper shaper)
{
    /// <summary>
    /// A rewrite of every span's text before it is set (the booklet's spelling: where tone marks go), so text made
    /// anywhere — cover, headers, contents, body — comes out one way. Null: the text as it is.
    /// </summary>
    public Func<string, string>? Spelling { get; init; }

    /// <summary>
    /// Characters no font could draw, with the text around them. Raised every time <see cref="ToWords"/> sets a
    /// paragraph that holds one (the shaping cache does not hide repeats), so each data file that has one is told;
    /// a <see cref="Elements.TextBlock"/> raises it once, when it is made (<see cref="ReportMissingGlyphs"/>),
    /// however often its words are made after.
    /// </summary>
    public event Action<MissingGlyph>? MissingGlyph;

    /// <summary>Words wider than their line, which were cut to fit it (raised with each such word's text).</summary>
    public event Action<string>? OverwideWord;

    internal void ReportOverwide(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            OverwideWord?.Invoke(word);
        }
    }

    /// <summary>
    /// The lists <see cref="ToWords"/> gathers a paragraph in, one set per thread (meetings are laid out in
    /// parallel), reused paragraph after paragraph: only the paragraph's own two arrays are made, not lists grown
    /// for them (growing them was 0,5 s of the collector's stalls in the profile of 100 meetings).
    /// </summary>
    private sealed class WordScratch
    {
        public List<(int First, int Count, float Width, float SpaceAfter, bool Forced)> Words = new(256);
        public List<WordPiece> Pieces = new(256);
        public char[] Characters = new char[64];

        /// <summary>
        /// Longest lists kept for the next paragraph: a paragraph of many pages (a report's sentence naming thousands of
        /// indicators) grew them to megabytes each, kept by the thread to the end of the build (docs/benchmarks.md, "Issue
        /// 19, session 20").
        /// </summary>
        internal const int KeptItems = 16 * 1024;

        /// <summary>Empties the lists (letting go of the styles and structure elements the pieces hold), and drops them when they grew long.</summary>
        public void Clear()
        {
            Words.Clear();
            Pieces.Clear();
            if (Words.Capacity > KeptItems || Pieces.Capacity > KeptItems)
            {
                Words = new(256);
                Pieces = new(256);
            }
        }
    }

    [ThreadStatic]
    private static WordScratch? Scratch;

    /// <summary>
    /// Splits spans at spaces; a "\n" forces a line break. Words may mix styles ("**12**ha"). Raises
    /// <see cref="MissingGlyph"/> for the characters no font draws.
    /// </summary>
    public IReadOnlyList<Word> ToWords(IEnumerable<TextSpan> spans)
    {
        var words = ToWordsUnreported(spans);
        ReportMissing(words);
        return words;
    }

    /// <summary>
    /// Raises <see cref="MissingGlyph"/> for <paramref name="spans"/> as <see cref="ToWords"/> would, once, for a
    /// paragraph that makes its words later (and maybe more than once) with <see cref="ToWordsUnreported"/>. Most
    /// paragraphs are told apart from their characters alone (<see cref="TextShaper.DrawsEvery"/>); the others are
    /// set into words to report, and the words are returned to be kept. Null: no words were made.
    /// </summary>
    internal IReadOnlyList<Word>? ReportMissingGlyphs(IReadOnlyList<TextSpan> spans)
    {
        if (MissingGlyph is null)
        {
            return null;
        }
        var drawn = true;
        for (var s = 0; s < spans.Count && drawn; s++)
        {
            var style = spans[s].Style;
            drawn = shaper.DrawsEvery(Spelling is null ? spans[s].Text : Spelling(spans[s].Text), style.Bold, style.Italic);
        }
        return drawn ? null : ToWords(spans);
    }

    /// <summary><see cref="ToWords"/> without the report of missing glyphs: for words made again.</summary>
    internal IReadOnlyList<Word> ToWordsUnreported(IEnumerable<TextSpan> spans)
    {
        // All pieces of the paragraph go into one array, each word a range of it (see Word): the words are
        // gathered as ranges first, then made once the array's final size is known.
        var (words, pieces) = Gather(spans);
        var allPieces = pieces.ToArray();
        var result = new Word[words.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var (first, count, width, space, forced) = words[i];
            result[i] = new Word(allPieces, first, count, width, space, forced);
        }
        Scratch!.Clear();
        return result;
    }

    /// <summary>
    /// What a table column needs of a paragraph, without making its words (they are gathered in this thread's
    /// lists and let go): its widest word, no wider than <paramref name="maxUnbrokenEms"/> ems of its largest size,
    /// and its longest line between forced breaks, each as <see cref="ToWords"/>' words would sum them; null for no
    /// words. A table sized from its content asks this of every cell before laying out its first row: words made
    /// for it were garbage at once, ~10 % of a long table's bytes.
    /// </summary>
    internal (float Widest, float LongestLine)? ContentWidths(IEnumerable<TextSpan> spans, float maxUnbrokenEms)
    {
        var (words, pieces) = Gather(spans, widthsOnly: true);
        if (words.Count == 0)
        {
            return null;
        }
        float longestLine = 0, line = 0;
        for (var i = 0; i < words.Count; i++)
        {
            line += words[i].Width;
            if (words[i].Forced || i == words.Count - 1)
            {
                longestLine = Math.Max(longestLine, line);
                line = 0;
            }
            else
            {
                line += words[i].SpaceAfter;
            }
        }
        float size = float.MinValue, widestWord = float.MinValue;
        for (var i = 0; i < words.Count; i++)
        {
            widestWord = Math.Max(widestWord, words[i].Width);
        }
        for (var p = 0; p < pieces.Count; p++)
        {
            size = Math.Max(size, pieces[p].Style.Size);
        }
        Scratch!.Clear();
        return (Math.Min(widestWord, maxUnbrokenEms * size), longestLine);
    }

    /// <summary>
    /// Room for a paragraph of many pages at once, a word for every eight characters (a Vietnamese word and its space take
    /// four or five, a figure with its unit ten and more; too little room is doubled once): grown by doubling from their
    /// kept size, its lists made arrays of two to four times its words, each in the large-object heap, every time its
    /// words were made (docs/benchmarks.md, "Issue 19, session 20").
    /// </summary>
    private static void ReserveForLongParagraph(IEnumerable<TextSpan> spans, List<(int First, int Count, float Width, float SpaceAfter, bool Forced)> words,
        List<WordPiece> pieces)
    {
        if (spans is not IReadOnlyList<TextSpan> list)
        {
            return;
        }
        var characters = 0L;
        for (var s = 0; s < list.Count; s++)
        {
            characters += list[s].Text.Length;
        }
        if (characters > 64 * 1024)
        {
            words.EnsureCapacity((int)Math.Min(characters / 8, Array.MaxLength));
            pieces.EnsureCapacity((int)Math.Min(characters / 8, Array.MaxLength));
        }
    }

    /// <summary>The paragraph's words as ranges of its pieces, in this thread's lists (the caller clears them).</summary>
    /// <param name="spans">The paragraph.</param>
    /// <param name="widthsOnly">
    /// Only the pieces' widths and spans will be read (<see cref="ContentWidths"/>): a figure word's piece is its width,
    /// with no shaped glyphs (<see cref="TextShaper.FigureWidth"/>).
    /// </param>
    private (List<(int First, int Count, float Width, float SpaceAfter, bool Forced)> Words, List<WordPiece> Pieces) Gather(IEnumerable<TextSpan> spans,
        bool widthsOnly = false)
    {
        var scratch = Scratch ??= new WordScratch();
        scratch.Clear();
        var words = scratch.Words;
        var pieces = scratch.Pieces;
        ReserveForLongParagraph(spans, words, pieces);
        var wordStart = 0;
        // The characters of the piece being read; looked up in the shaper's cache as they are, without a string.
        var current = scratch.Characters;
        var length = 0;
        TextSpan? currentSpan = null;

        void FlushPiece()
        {
            if (length == 0 || currentSpan is null)
            {
                return;
            }
            var style = currentSpan.Style;
            if (widthsOnly && shaper.FigureWidth(current.AsSpan(0, length), style.Bold, style.Italic) is { } figures)
            {
                pieces.Add(new WordPiece(null!, currentSpan, figures * style.Size));
                length = 0;
                return;
            }
            foreach (var run in shaper.Shape(current.AsSpan(0, length), style.Bold, style.Italic))
            {
                pieces.Add(new WordPiece(run, currentSpan, run.Width * style.Size));
            }
            length = 0;
        }

        void FlushWord(TextStyle spaceStyle, bool forced, bool hasSpace)
        {
            FlushPiece();
            if (pieces.Count == wordStart)
            {
                if (forced && words.Count > 0)
                {
                    words[^1] = words[^1] with { Forced = true };
                }
                return;
            }
            var space = hasSpace ? shaper.SpaceWidth(spaceStyle.Bold, spaceStyle.Italic) * spaceStyle.Size : 0;
            float width = 0;
            for (var p = wordStart; p < pieces.Count; p++)
            {
                width += pieces[p].Width;
            }
            words.Add((wordStart, pieces.Count - wordStart, width, space, forced));
            wordStart = pieces.Count;
        }

        // Read by index when the spans are a list (they nearly always are): foreach over the interface boxed an enumerator per paragraph.
        var list = spans as IReadOnlyList<TextSpan> ?? [.. spans];
        for (var s = 0; s < list.Count; s++)
        {
            var span = list[s];
            if (currentSpan is not null && !ReferenceEquals(currentSpan, span))
            {
                FlushPiece();
            }
            currentSpan = span;
            foreach (var ch in Spelling is null ? span.Text : Spelling(span.Text))
            {
                if (ch == '\n')
                {
                    FlushWord(span.Style, forced: true, hasSpace: false);
                }
                // No break at a no-break space, nor at the figure and punctuation spaces that line numbers up.
                else if (char.IsWhiteSpace(ch) && ch is not ('\u00A0' or '\u2007' or '\u2008' or '\u202F'))
                {
                    FlushWord(span.Style, forced: false, hasSpace: true);
                }
                else
                {
                    if (length == current.Length)
                    {
                        Array.Resize(ref current, current.Length * 2);
                        scratch.Characters = current;
                    }
                    current[length++] = ch;
                }
            }
        }
        FlushWord(currentSpan?.Style ?? new TextStyle(12), forced: false, hasSpace: false);
        return (words, pieces);
    }

    /// <summary>
    /// Line breaking: total-fit (<see cref="KnuthPlassBreaker"/>) for justified text, balanced for titles and
    /// headings (<see cref="ParagraphStyle.Balanced"/>), greedy otherwise.
    /// </summary>
    public static IReadOnlyList<TextLine> BreakLines(IReadOnlyList<Word> words, float width, ParagraphStyle style) =>
        style.Alignment == TextAlignment.Justify ? KnuthPlassBreaker.BreakLines(words, width, style)
            : style.Balanced ? BreakLinesBalanced(words, width, style)
            : BreakLinesGreedy(words, width, style);

    /// <summary>
    /// As many lines as greedy breaking needs, but broken at the narrowest width that still needs no more of
    /// them (found by bisection; greedy breaking needs more lines as the width shrinks): "DANH SÁCH TẬP THỂ, CÁ
    /// NHÂN ĐƯỢC KHEN / THƯỞNG" becomes "DANH SÁCH TẬP THỂ, CÁ NHÂN / ĐƯỢC KHEN THƯỞNG". The lines are still set
    /// in the full width; only where they break changes.
    /// </summary>
    public static IReadOnlyList<TextLine> BreakLinesBalanced(IReadOnlyList<Word> words, float width, ParagraphStyle style)
    {
        var full = BreakLinesGreedy(words, width, style);
        if (full.Count < 2 || AnyForcedBreak(words))
        {
            return full;
        }
        float narrow = full.Max(l => l.NaturalWidth) / full.Count, wide = width;
        for (var step = 0; step < 16 && wide - narrow > 0.5f; step++)
        {
            var middle = (narrow + wide) / 2;
            // Only the number of lines is asked: counted, not set (sixteen lists of lines per title were made for it).
            if (GreedyLineCount(words, middle, style) <= full.Count)
            {
                wide = middle;
            }
            else
            {
                narrow = middle;
            }
        }
        var balanced = BreakLinesGreedy(words, wide, style);
        // Set in the full width: the line objects carry no width, only where they break and how long they are.
        return balanced.Count == full.Count ? balanced : full;
    }

    private static bool AnyForcedBreak(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].ForcedBreakAfter)
            {
                return true;
            }
        }
        return false;
    }

    private void ReportMissing(IReadOnlyList<Word> words)
    {
        if (MissingGlyph is null || !HasMissing(words))
        {
            return;
        }
        var text = string.Join(" ", words.Select(OverwideWords.TextOf));
        foreach (var codepoint in words.SelectMany(w => w.Pieces.ToArray()).SelectMany(p => p.Shaped.Missing).Distinct())
        {
            var at = text.IndexOf(char.ConvertFromUtf32(codepoint), StringComparison.Ordinal);
            var from = Math.Max(0, at - 30);
            var to = Math.Min(text.Length, at + 30);
            MissingGlyph(new MissingGlyph(codepoint, (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "")));
        }
    }

    private static bool HasMissing(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var piece in words[i].Pieces)
            {
                if (piece.Shaped.Missing.Count > 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Greedy line breaking: each line takes words while they fit.</summary>
    public static IReadOnlyList<TextLine> BreakLinesGreedy(IReadOnlyList<Word> words, float width, ParagraphStyle style)
    {
        // Gathered in a list kept per thread, then copied to an array of the right length: a new list per paragraph
        // grew its array (4, 8, 16 lines) and was 5 % of the layouts' bytes.
        var lines = LineScratch ??= new List<TextLine>(64);
        lines.Clear();
        var all = WordList.AsSpan(words);
        var first = 0;
        while (first < all.Length)
        {
            var indent = GreedyIndent(lines.Count, style);
            var (count, natural) = GreedyLine(all, first, width - indent);
            var last = first + count >= all.Length;
            lines.Add(MakeLine(all, first, count, natural, style, last || all[first + count - 1].ForcedBreakAfter, indent));
            first += count;
        }
        var result = lines.ToArray();
        lines.Clear();
        if (lines.Capacity > WordScratch.KeptItems)
        {
            LineScratch = null; // a paragraph of many pages: its lines' room is not kept (see WordScratch.Clear)
        }
        return result;
    }

    [ThreadStatic]
    private static List<TextLine>? LineScratch;

    /// <summary>How many lines <see cref="BreakLinesGreedy"/> makes, without making them.</summary>
    private static int GreedyLineCount(IReadOnlyList<Word> words, float width, ParagraphStyle style)
    {
        var lines = 0;
        var all = WordList.AsSpan(words);
        for (var first = 0; first < all.Length; lines++)
        {
            first += GreedyLine(all, first, width - GreedyIndent(lines, style)).Count;
        }
        return lines;
    }

    private static float GreedyIndent(int line, ParagraphStyle style) => (line == 0 ? style.FirstLineIndent : 0) + style.LeftIndent;

    /// <summary>The words a greedy line from word <paramref name="first"/> takes (at least one), and their width with the spaces between.</summary>
    private static (int Count, float Natural) GreedyLine(ReadOnlySpan<Word> words, int first, float available)
    {
        var count = 1;
        var natural = words[first].Width;
        while (first + count < words.Length && !words[first + count - 1].ForcedBreakAfter)
        {
            var next = words[first + count];
            var candidate = natural + words[first + count - 1].SpaceAfter + next.Width;
            if (candidate > available + 0.01f)
            {
                break;
            }
            natural = candidate;
            count++;
        }
        return (count, natural);
    }

    internal static TextLine MakeLine(ReadOnlySpan<Word> words, int first, int count, float natural, ParagraphStyle style, bool endsParagraph, float indent)
    {
        float ascent = 0, descent = 0, size = 0;
        for (var i = first; i < first + count; i++)
        {
            foreach (var piece in words[i].Pieces)
            {
                ascent = Math.Max(ascent, piece.Shaped.Face.Ascent * piece.Style.Size);
                descent = Math.Max(descent, piece.Shaped.Face.Descent * piece.Style.Size);
                size = Math.Max(size, piece.Style.Size);
            }
        }
        var height = Math.Max(size * style.LineHeight, ascent + descent);
        return new TextLine(first, count, natural, ascent, descent, height, endsParagraph, indent);
    }
}
