namespace ReportGen.Layout.Text;

/// <summary>
/// Total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981) for justified
/// paragraphs. Vietnamese breaks only at the spaces between syllables and is never hyphenated, so the
/// paragraph is a plain list of boxes (words) and glues (the space after each word): there are no
/// penalty items except the forced breaks of "\n" and the end of the paragraph.
/// </summary>
/// <remarks>
/// The standard active-node algorithm: for each possible break, the active nodes (feasible breaks before
/// it) are tried as the start of the line; a node whose line would already be overfull is deactivated,
/// since adding words only makes the line longer. Line metrics come from prefix sums, so each try is O(1)
/// and a paragraph costs O(words × active nodes). Only the nodes that can start a line within the
/// tolerance are tried (see <see cref="Run"/>): about five per break at 14 pt, where greedy breaking costs
/// about a third as much in all. Typst's cheap approximate pass that bounds the exact one is not needed at
/// this size and is not done. Lines are tried first with <see cref="Tolerance"/>, then with
/// <see cref="EmergencyTolerance"/>; when even that finds no solution (a word wider than the line) the
/// whole paragraph is set by the greedy breaker, so no word is ever lost.
/// </remarks>
public static class KnuthPlassBreaker
{
    /// <summary>Interword glue stretches by half the natural space (TeX's fonts: space 1/3 em, stretch 1/6 em).</summary>
    public const double StretchFactor = 0.5;

    /// <summary>Interword glue shrinks by a third of the natural space (TeX: shrink 1/9 em of a 1/3 em space).</summary>
    public const double ShrinkFactor = 1.0 / 3.0;

    /// <summary>Knuth's line penalty: demerits of a line are (LinePenalty + badness)², so fewer lines win ties.</summary>
    public const double LinePenalty = 10;

    /// <summary>Largest adjustment ratio of a line in the first pass (TeX's \tolerance 200 is r ≈ 1.26).</summary>
    public const double Tolerance = 2;

    /// <summary>Largest adjustment ratio in the second pass, used only when the first finds no solution.</summary>
    public const double EmergencyTolerance = 10;

    /// <summary>
    /// Extra demerits when two adjacent lines are in fitness classes more than one apart (a very loose line
    /// next to a tight one), like TeX's \adjdemerits. It costs little: nodes are kept per (position, class),
    /// so at most four nodes per break instead of one.
    /// </summary>
    public const double AdjacentFitnessDemerits = 3000;

    /// <summary>Widths within this many points count as equal, as in the greedy breaker.</summary>
    private const double Epsilon = 0.01;

    /// <summary>The fitness classes of TeX: very loose (r &gt; 1), loose (r &gt; 0.5), decent, tight (r &lt; −0.5).</summary>
    private const int VeryLoose = 0, Loose = 1, Decent = 2, Tight = 3;

    /// <summary>
    /// Breaks <paramref name="words"/> into lines of <paramref name="width"/> so that the sum of the lines'
    /// demerits is least. Returns the same lines as <see cref="ParagraphSetter.BreakLinesGreedy"/> would
    /// (same metrics, indents and paragraph ends), only broken elsewhere.
    /// </summary>
    public static IReadOnlyList<TextLine> BreakLines(IReadOnlyList<Word> words, float width, ParagraphStyle style)
    {
        if (words.Count == 0)
        {
            return [];
        }
        var metrics = new Metrics(words, width, style);
        var best = Run(metrics, Tolerance) ?? Run(metrics, EmergencyTolerance);
        if (best is null)
        {
            return ParagraphSetter.BreakLinesGreedy(words, width, style);
        }

        var ends = new List<int>();
        for (var node = best; node.Previous is not null; node = node.Previous)
        {
            ends.Add(node.Position);
        }
        ends.Reverse();

        var lines = new TextLine[ends.Count];
        var all = WordList.AsSpan(words);
        var first = 0;
        for (var e = 0; e < ends.Count; e++)
        {
            var end = ends[e];
            // Summed like the greedy breaker does, so equal breaks give bit-for-bit equal lines.
            var natural = all[first].Width;
            for (var i = first + 1; i < end; i++)
            {
                natural = natural + all[i - 1].SpaceAfter + all[i].Width;
            }
            var endsParagraph = end == all.Length || all[end - 1].ForcedBreakAfter;
            lines[e] = ParagraphSetter.MakeLine(all, first, end - first, natural, style, endsParagraph, metrics.Indent(first));
            first = end;
        }
        return lines;
    }

    /// <summary>
    /// The measure the tests compare: the sum of r² over the justified lines, that is every line except the
    /// last of each paragraph part (the line before a forced break or the end). A justified line of one word
    /// that does not fill the width cannot stretch: its r, and so the sum, is infinite.
    /// </summary>
    public static double TotalBadness(IReadOnlyList<TextLine> lines, IReadOnlyList<Word> words, float width, ParagraphStyle style) =>
        JustifiedRatios(lines, words, width).Sum(r => r * r);

    /// <summary>
    /// The largest adjustment ratio r of the justified lines (0 when no line is stretched). Both measures
    /// take the lines' own indents; <paramref name="style"/> is there for symmetry with the breakers.
    /// </summary>
    public static double MaxStretchRatio(IReadOnlyList<TextLine> lines, IReadOnlyList<Word> words, float width, ParagraphStyle style) =>
        JustifiedRatios(lines, words, width).Aggregate(0.0, Math.Max);

    /// <summary>
    /// The adjustment ratio of a line: how far its glue is stretched (r &gt; 0, in units of its stretch) or
    /// shrunk (r &lt; 0, in units of its shrink) to fill <paramref name="available"/>. Below −1 it is overfull.
    /// </summary>
    public static double AdjustmentRatio(double natural, double spaces, double available)
    {
        var shortfall = available - natural;
        if (Math.Abs(shortfall) <= Epsilon)
        {
            return 0;
        }
        if (shortfall > 0)
        {
            return spaces > 0 ? shortfall / (spaces * StretchFactor) : double.PositiveInfinity;
        }
        return spaces > 0 ? shortfall / (spaces * ShrinkFactor) : double.NegativeInfinity;
    }

    private static IEnumerable<double> JustifiedRatios(IReadOnlyList<TextLine> lines, IReadOnlyList<Word> words, float width)
    {
        foreach (var line in lines)
        {
            if (line.EndsParagraph)
            {
                continue;
            }
            double spaces = 0;
            for (var i = line.First; i < line.First + line.Count - 1; i++)
            {
                spaces += words[i].SpaceAfter;
            }
            yield return AdjustmentRatio(line.NaturalWidth, spaces, width - line.Indent);
        }
    }

    /// <summary>
    /// One pass of the active-node algorithm with the given largest r; the node of the paragraph's end, or
    /// null when no way of breaking keeps every line within <paramref name="tolerance"/>.
    /// </summary>
    /// <remarks>
    /// Nodes are made in order of position, so the list is sorted, and both tests on a line are monotonic
    /// in its start (a line from an earlier start has more words, and the first line is also narrower):
    /// the overfull lines come from a prefix of the active nodes, which is dropped for good, and the lines
    /// too loose for the tolerance from a suffix, which is skipped for this end only. So each end tries
    /// only the nodes that can make a feasible line with it, a handful, not every active node.
    /// </remarks>
    private static Node? Run(Metrics metrics, double tolerance)
    {
        var count = metrics.Count;
        var nodes = new List<Node> { new(0, Decent, 0, null) };
        var head = 0; // nodes before it are deactivated
        var bestDemerits = new double[4];
        var bestPrevious = new Node?[4];
        for (var end = 1; end <= count; end++)
        {
            while (head < nodes.Count && metrics.Overfull(nodes[head].Position, end))
            {
                head++; // overfull even when shrunk as far as it goes, and later ends only add words
            }
            if (head == nodes.Count)
            {
                return null;
            }

            // A line ending at a forced break or at the end has fill glue: set at its natural width.
            var forced = end == count || metrics.ForcedBreakAfter(end - 1);
            Array.Clear(bestPrevious);
            for (var a = head; a < nodes.Count; a++)
            {
                var node = nodes[a];
                var start = node.Position;
                var natural = metrics.Natural(start, end);
                var available = metrics.Available(start);
                double ratio = 0;
                if (forced)
                {
                    if (natural > available + Epsilon)
                    {
                        continue; // a ragged last line is not shrunk: it must fit as it is
                    }
                }
                else
                {
                    ratio = Math.Max(AdjustmentRatio(natural, metrics.Spaces(start, end), available), -1);
                    if (ratio > tolerance)
                    {
                        break; // too loose, and so are the lines from every later node
                    }
                }

                var badness = 100 * Math.Abs(ratio * ratio * ratio);
                var fitness = ratio > 1 ? VeryLoose : ratio > 0.5 ? Loose : ratio >= -0.5 ? Decent : Tight;
                var demerits = node.Demerits + (LinePenalty + badness) * (LinePenalty + badness);
                if (Math.Abs(fitness - node.Fitness) > 1)
                {
                    demerits += AdjacentFitnessDemerits;
                }
                if (bestPrevious[fitness] is null || demerits < bestDemerits[fitness])
                {
                    bestDemerits[fitness] = demerits;
                    bestPrevious[fitness] = node;
                }
            }

            if (forced)
            {
                // A forced break ends every line that is still open: only the breaks made here stay active.
                head = nodes.Count;
            }
            // The deactivated nodes are reached only through the active ones' Previous: the list lets go of them once
            // they are most of it, so a paragraph of a hundred pages (a template's sentence per indicator) keeps a
            // list of its open lines, not of every break it ever tried (megabytes of large arrays, doubled as it grew).
            if (head > ForgetDeactivatedAfter && head > nodes.Count / 2)
            {
                nodes.RemoveRange(0, head);
                head = 0;
            }
            for (var fitness = 0; fitness < 4; fitness++)
            {
                if (bestPrevious[fitness] is { } previous)
                {
                    nodes.Add(new Node(end, fitness, bestDemerits[fitness], previous));
                }
            }
            if (head == nodes.Count)
            {
                return null; // no line can end at this forced break
            }
        }

        var best = nodes[head];
        for (var a = head + 1; a < nodes.Count; a++)
        {
            best = nodes[a].Demerits < best.Demerits ? nodes[a] : best;
        }
        return best;
    }

    /// <summary>Deactivated nodes the list keeps before it lets go of them (<see cref="Run"/>): a short paragraph never does.</summary>
    private const int ForgetDeactivatedAfter = 1024;

    /// <summary>A feasible break before word <see cref="Position"/>, with the best way of getting there.</summary>
    private sealed record Node(int Position, int Fitness, double Demerits, Node? Previous);

    /// <summary>Prefix sums of the words' widths and spaces: the natural width of any line in O(1).</summary>
    private sealed class Metrics
    {
        private readonly double[] _widths;
        private readonly double[] _spaces;
        private readonly bool[] _forced;
        private readonly ParagraphStyle _style;
        private readonly double _firstAvailable;
        private readonly double _otherAvailable;

        public Metrics(IReadOnlyList<Word> words, float width, ParagraphStyle style)
        {
            Count = words.Count;
            _widths = new double[Count + 1];
            _spaces = new double[Count + 1];
            _forced = new bool[Count];
            for (var i = 0; i < Count; i++)
            {
                var word = words[i];
                _widths[i + 1] = _widths[i] + word.Width;
                _spaces[i + 1] = _spaces[i] + word.SpaceAfter;
                _forced[i] = word.ForcedBreakAfter;
            }
            _style = style;
            _firstAvailable = width - Indent(0);
            _otherAvailable = width - Indent(1);
        }

        public int Count { get; }

        public bool ForcedBreakAfter(int word) => _forced[word];

        /// <summary>The spaces inside the line of words [start, end): after each word but the last.</summary>
        public double Spaces(int start, int end) => _spaces[end - 1] - _spaces[start];

        public double Natural(int start, int end) => _widths[end] - _widths[start] + Spaces(start, end);

        /// <summary>The indent of a line starting at word <paramref name="start"/>, as the greedy breaker sets it.</summary>
        public float Indent(int start) => (start == 0 ? _style.FirstLineIndent : 0) + _style.LeftIndent;

        public double Available(int start) => start == 0 ? _firstAvailable : _otherAvailable;

        /// <summary>Whether the line of words [start, end) is wider than its column even at full shrink.</summary>
        public bool Overfull(int start, int end) =>
            Natural(start, end) - Spaces(start, end) * ShrinkFactor > Available(start) + Epsilon;
    }
}
