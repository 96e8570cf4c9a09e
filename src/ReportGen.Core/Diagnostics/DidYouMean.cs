namespace ReportGen.Core.Diagnostics;

/// <summary>The "did you mean" of messages: which known name a mistyped one is closest to.</summary>
public static class DidYouMean
{
    /// <summary>Levenshtein distance: the fewest letters to insert, delete or change to turn one into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The known name closest to <paramref name="value"/> (ties in ordinal order); null when there is none.</summary>
    public static string? Closest(string value, IEnumerable<string> known) =>
        known.OrderBy(k => Distance(value, k)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
}
