namespace ReportGen.Core.Import;

/// <summary>
/// The columns of a sheet found by their Vietnamese headings, as statistics offices head their tables: any order,
/// with or without diacritics, any case, words after the heading ("Kế hoạch năm 2020", "So sánh (%)"), and a
/// heading of two rows whose upper cells are merged (the text of a merged cell is in its first cell: a column
/// with nothing in the header row takes the cell above it, and a column under a merged "So sánh (%)" knows it).
/// </summary>
/// <typeparam name="TColumn">What a column holds, as the caller's classification says.</typeparam>
internal sealed class SheetHeadings<TColumn> where TColumn : struct, Enum
{
    private SheetHeadings(Dictionary<int, TColumn> columns, List<(int Column, string Heading, TColumn? Meaning)> all)
    {
        Columns = columns;
        All = all;
    }

    /// <summary>The columns understood, by column number; the first column of a meaning wins.</summary>
    public Dictionary<int, TColumn> Columns { get; }

    /// <summary>Every heading of the header row, in order, with what it was taken for (null: not used).</summary>
    public List<(int Column, string Heading, TColumn? Meaning)> All { get; }

    /// <summary>The column holding <paramref name="what"/>; 0 for none.</summary>
    public int ColumnOf(TColumn what) => Columns.FirstOrDefault(c => EqualityComparer<TColumn>.Default.Equals(c.Value, what)).Key;

    /// <summary>The headings of row <paramref name="headerRow"/>, joined as <c>"A", "B"</c>, for a message.</summary>
    public string Found => All.Count == 0 ? "-" : string.Join(", ", All.Select(h => $"\"{h.Heading}\""));

    /// <summary>
    /// Reads the headings of row <paramref name="headerRow"/>. <paramref name="classify"/> gets a heading's key (see
    /// <see cref="Key"/>) and, for a two-row heading, the key of the merged heading above it (else ""), and says what
    /// the column holds, or null. <paramref name="repeatable"/> may hold several columns ("STT").
    /// </summary>
    public static SheetHeadings<TColumn> Find(SheetTable table, int headerRow, Func<string, string, TColumn?> classify, TColumn? repeatable = null)
    {
        var comparer = EqualityComparer<TColumn>.Default;
        var header = table.Rows.FirstOrDefault(r => r.Number == headerRow);
        var above = headerRow > 1 ? table.Rows.FirstOrDefault(r => r.Number == headerRow - 1) : null;
        var columnNumbers = (header?.Cells.Keys ?? []).Concat(above?.Cells.Keys ?? []).Distinct().Order().ToList();
        var columns = new Dictionary<int, TColumn>();
        var all = new List<(int, string, TColumn?)>();
        foreach (var column in columnNumbers)
        {
            var own = header?[column] ?? "";
            string heading, parent;
            if (own.Length > 0)
            {
                heading = own;
                // The merged cell above: its text stands in its first column, at or left of this one.
                parent = above?.Cells.Where(c => c.Key <= column).OrderByDescending(c => c.Key).Select(c => c.Value).FirstOrDefault() ?? "";
            }
            else
            {
                // Nothing in the header row: a heading merged down from the row above ("Chỉ tiêu" over two rows).
                // (A group heading over several columns, "Năm 2020", always has a heading of its own below its first cell.)
                heading = above![column];
                parent = "";
            }
            var meaning = classify(Key(heading), parent.Length > 0 ? Key(parent) : "");
            if (meaning is { } m && (comparer.Equals(m, repeatable ?? default) && repeatable is not null || !columns.ContainsValue(m)))
            {
                columns[column] = m;
                all.Add((column, heading, m));
            }
            else
            {
                all.Add((column, heading, null));
            }
        }
        return new SheetHeadings<TColumn>(columns, all);
    }

    /// <summary>
    /// The key of a heading: without diacritics, lower case, single spaces (<see cref="NameListSheet{TColumn}.Key"/>),
    /// and without "%", brackets and the punctuation around words ("So sánh (%)" → "so sanh").
    /// </summary>
    public static string Key(string heading)
    {
        var key = NameListSheet<TColumn>.Key(heading);
        var cleaned = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            cleaned.Append(c is '(' or ')' or '[' or ']' or '%' or ':' or '*' or ',' or ';' or '-' or '–' ? ' ' : c);
        }
        return string.Join(' ', cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// What <paramref name="key"/> means in <paramref name="headings"/>: the entry equal to it, else the longest entry
    /// it starts with as whole words ("ke hoach nam 2020" → "ke hoach"); null for none.
    /// </summary>
    public static TColumn? Match(string key, IReadOnlyDictionary<string, TColumn> headings)
    {
        if (headings.TryGetValue(key, out var exact))
        {
            return exact;
        }
        TColumn? best = null;
        var length = 0;
        foreach (var (heading, meaning) in headings)
        {
            if (heading.Length > length && key.Length > heading.Length && key[heading.Length] == ' '
                && key.StartsWith(heading, StringComparison.Ordinal))
            {
                best = meaning;
                length = heading.Length;
            }
        }
        return best;
    }
}
