using ReportGen.Layout.Text;

namespace ReportGen.Layout.Charts;

/// <summary>
/// The category labels of a bar chart, all set at one size: the largest size, from the chart's own down to
/// its minimum, at which every label wraps at spaces into the label column in at most the allowed lines.
/// The column is as wide as the longest label needs, up to its share of the chart's width. When even the
/// minimum size is not enough, labels are set at the minimum and shortened with "…".
/// </summary>
public static class CategoryLabels
{
    public static IReadOnlyList<SetLabel> Set(IReadOnlyList<string> texts, LabelSetter setter, ChartStyle style, float maxWidth)
    {
        for (var size = style.Size; size >= style.MinimumSize - 0.001f; size -= style.SizeStep)
        {
            // Each label's words are shaped once per size, then set into every width tried (the column, the balancing).
            var words = texts.Select(t => setter.Words(t, size, style.LabelInk)).ToList();
            var natural = words.Max(w => setter.Single(w, size).Width);
            var column = Math.Min(natural, maxWidth);
            var wrapped = words.Select(w => setter.Wrap(w, size, column, style.MaxLabelLines)).ToList();
            if (wrapped.All(l => l is not null))
            {
                return [.. wrapped.Select((l, i) => Balance(words[i], l!, setter))];
            }
        }
        return [.. texts.Select(t => setter.Shorten(t, style.MinimumSize, style.LabelInk, maxWidth, style.MaxLabelLines))];
    }

    /// <summary>
    /// A wrapped label in the narrowest width that keeps its number of lines, so its lines are about equal
    /// and no word is left alone on the last ("… Thủ tướng Chính / phủ" becomes "… của Thủ / tướng Chính phủ").
    /// </summary>
    private static SetLabel Balance(IReadOnlyList<Word> words, SetLabel label, LabelSetter setter)
    {
        if (label.Lines.Count < 2)
        {
            return label;
        }
        float low = label.Width / label.Lines.Count, high = label.Width;
        var best = label;
        for (var i = 0; i < 12 && high - low > 0.5f; i++)
        {
            var middle = (low + high) / 2;
            if (setter.Wrap(words, label.Size, middle, label.Lines.Count) is { } narrower && narrower.Lines.Count == label.Lines.Count)
            {
                best = narrower;
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return best;
    }
}
