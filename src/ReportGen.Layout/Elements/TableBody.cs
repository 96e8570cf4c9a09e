namespace ReportGen.Layout.Elements;

/// <summary>
/// The body rows of a <see cref="Table"/>: either kept (<see cref="Kept"/>: elements given once, drawn and reset in
/// place), or made as the table reaches them (<see cref="Made"/>). A made body makes each row once when it is built,
/// to measure its content for the columns' widths, keeps the first <see cref="KeptAhead"/> of them for the first
/// pages, and makes the others again when the table reaches them; a row drawn to its end is let go. A long table (a
/// list of a thousand names) so holds about a page of cells at a time: cells built up front lived from before the
/// first page to the one they were drawn on, through every collection, and that copying made a page of a 1 000-page
/// table dearer than a page of a short one (docs/benchmarks.md, "Long tables made as they are reached").
/// </summary>
public sealed class TableBody
{
    /// <summary>
    /// Rows a made body keeps from its first making: a meeting's indicator and award tables (a few dozen rows) are
    /// made once; only a longer table's further rows are made twice, and those are the ones not worth keeping alive.
    /// </summary>
    public const int KeptAhead = 64;

    private readonly IReadOnlyList<Element>?[] _rows;
    private readonly Func<int, IReadOnlyList<Element>>? _makeAgain;
    private readonly ContentWidth[]? _madeColumnWidths;

    private TableBody(IReadOnlyList<Element>?[] rows, Func<int, IReadOnlyList<Element>>? makeAgain, ContentWidth[]? madeColumnWidths)
    {
        _rows = rows;
        _makeAgain = makeAgain;
        _madeColumnWidths = madeColumnWidths;
    }

    /// <summary>Rows given as elements, all kept.</summary>
    public static TableBody Kept(IReadOnlyList<IReadOnlyList<Element>> rows) => new([.. rows], null, null);

    /// <summary>
    /// <paramref name="count"/> rows made by <paramref name="make"/>(index), called for every row, in order, now; later
    /// <paramref name="makeAgain"/>(index) for a row made before (its cells must be the same, in new objects ready to lay
    /// out from their start, showing the structure elements made the first time).
    /// </summary>
    /// <remarks>
    /// Only <paramref name="makeAgain"/> is kept: what the rows are first made from (a Markdown tree) can be let go once
    /// the body is made, so it must not be what <paramref name="makeAgain"/> reads.
    /// </remarks>
    public static TableBody Made(int count, Func<int, IReadOnlyList<Element>> make, Func<int, IReadOnlyList<Element>> makeAgain)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(makeAgain);
        var rows = new IReadOnlyList<Element>?[count];
        var widths = Array.Empty<ContentWidth>();
        for (var r = 0; r < count; r++)
        {
            var row = make(r);
            if (r == 0)
            {
                widths = new ContentWidth[row.Count];
            }
            else if (row.Count != widths.Length)
            {
                throw new ArgumentException($"A table row has {row.Count} cells for {widths.Length} columns.");
            }
            WidenColumns(row, widths);
            rows[r] = r < KeptAhead ? row : null;
        }
        return new TableBody(rows, makeAgain, widths);
    }

    public int Count => _rows.Length;

    /// <summary>Cells in the widest row (all rows have as many).</summary>
    internal int Columns => _madeColumnWidths?.Length ?? _rows.Select(r => r!.Count).DefaultIfEmpty(0).Max();

    /// <summary>The number of cells of a row that has other than <paramref name="columns"/>; null when all have as many.</summary>
    internal int? RowWithOtherThan(int columns)
    {
        if (_madeColumnWidths is { } made)
        {
            return made.Length == columns ? null : made.Length;
        }
        foreach (var row in _rows)
        {
            if (row!.Count != columns)
            {
                return row.Count;
            }
        }
        return null;
    }

    /// <summary>A row's cells, in the state the table left them.</summary>
    internal IReadOnlyList<Element> Row(int index) => _rows[index] ??= _makeAgain!(index);

    /// <summary>The table is done with a row (drawn to its end): a made body lets it go.</summary>
    internal void Drawn(int index)
    {
        if (_makeAgain is not null)
        {
            _rows[index] = null;
        }
    }

    /// <summary>Every row back to its start: the rows held are reset, and rows let go are made anew when reached.</summary>
    internal void Reset()
    {
        foreach (var row in _rows)
        {
            if (row is null)
            {
                continue;
            }
            for (var c = 0; c < row.Count; c++)
            {
                row[c].ResetState();
            }
        }
    }

    /// <summary>Each column's widths raised to what the body's cells need (<see cref="Element.MeasureContentWidth"/>).</summary>
    internal void WidenColumns(ContentWidth[] columns)
    {
        if (_madeColumnWidths is { } made)
        {
            for (var c = 0; c < made.Length; c++)
            {
                columns[c] = Widest(columns[c], made[c]);
            }
            return;
        }
        foreach (var row in _rows)
        {
            WidenColumns(row!, columns);
        }
    }

    private static void WidenColumns(IReadOnlyList<Element> row, ContentWidth[] columns)
    {
        for (var c = 0; c < row.Count; c++)
        {
            columns[c] = Widest(columns[c], row[c].MeasureContentWidth());
        }
    }

    /// <summary>The least a column may be (its longest word) and what it would like (its longest line, never less).</summary>
    internal static ContentWidth Widest(ContentWidth column, ContentWidth cell) =>
        new(Math.Max(column.Min, cell.Min), Math.Max(column.Max, Math.Max(cell.Max, cell.Min)));
}
