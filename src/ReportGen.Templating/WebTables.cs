using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// What a table needs on a web page that it does not on paper: a column that holds nothing but "-" says
/// nothing and costs a phone its width, so it is left out; a column of long text gets a minimum width, so
/// a squeezed table scrolls rather than setting one word per line; a column of numbers never wraps.
/// </summary>
internal static class WebTables
{
    /// <summary>The class of the cells of a column of long text (the page style gives it a minimum width).</summary>
    public const string TextColumnClass = "rg-text";

    /// <summary>The class of the cells of a right-aligned column (numbers: never wrapped).</summary>
    public const string NumberColumnClass = "rg-num";

    /// <summary>A column is long text when one of its cells is at least this long.</summary>
    private const int LongText = 30;

    /// <summary>What the web page shows of a table, worked out without changing it (its tree is shared).</summary>
    /// <param name="Columns">The column definitions of the columns kept.</param>
    /// <param name="KeptColumns">The columns kept, by their place in the table, in order.</param>
    /// <param name="Classes">Per column kept, the class of its cells; null for none.</param>
    /// <remarks>
    /// A row's cells in the columns kept are found as the row is written (<see cref="CountIn"/>, <see cref="Cell"/>), not
    /// listed for every row beforehand: a 34 500-row list's lists of cells lived as long as its web page took to write.
    /// </remarks>
    public sealed record TableLayout(IReadOnlyList<TableColumnDefinition> Columns, int[] KeptColumns, IReadOnlyList<string?> Classes)
    {
        public string? ClassOf(int column) => column < Classes.Count ? Classes[column] : null;

        /// <summary>How many of <paramref name="row"/>'s cells are in columns kept (a row shorter than a column has no cell there).</summary>
        public int CountIn(TableRow row)
        {
            var count = 0;
            while (count < KeptColumns.Length && KeptColumns[count] < row.Count)
            {
                count++;
            }
            return count;
        }

        /// <summary>The cell of <paramref name="row"/> in the <paramref name="kept"/>-th column kept (below <see cref="CountIn"/>).</summary>
        public TableCell Cell(TableRow row, int kept) => (TableCell)row[KeptColumns[kept]];
    }

    /// <summary>
    /// The table less the columns whose body cells are all empty or "-" (when it has a body row; one column at least
    /// stays), and the classes of the long-text and number columns left (see the page style).
    /// </summary>
    /// <remarks>
    /// One pass over the rows' cell texts (<see cref="TableRows.CellText"/>), which makes no row of a table kept compact:
    /// per column, whether every body cell is empty and whether any cell is long text.
    /// </remarks>
    public static TableLayout Layout(Table table, TableRows rows)
    {
        var columns = rows.Columns;
        var hasBody = false;
        var emptyInBody = new bool[columns];
        Array.Fill(emptyInBody, true);
        var longText = new bool[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var header = rows.IsHeader(r);
            hasBody |= !header;
            var cells = rows.CellCount(r);
            for (var c = 0; c < cells; c++)
            {
                var text = rows.CellText(r, c);
                longText[c] |= text.Length >= LongText;
                if (!header && !IsEmpty(text))
                {
                    emptyInBody[c] = false;
                }
            }
        }
        // The columns left out, from the last: a row shorter than a column has nothing in it.
        var dropped = new HashSet<int>();
        if (hasBody)
        {
            var left = columns;
            for (var c = columns - 1; c >= 0; c--)
            {
                if (emptyInBody[c] && left > 1)
                {
                    dropped.Add(c);
                    left--;
                }
            }
        }
        var definitions = table.ColumnDefinitions.Where((_, c) => !dropped.Contains(c)).ToList();
        var keptColumns = Enumerable.Range(0, columns).Where(c => !dropped.Contains(c)).ToArray();
        var classes = new List<string?>();
        for (var c = 0; c < keptColumns.Length; c++)
        {
            var right = c < definitions.Count && definitions[c].Alignment == TableColumnAlign.Right;
            classes.Add(right ? NumberColumnClass : longText[keptColumns[c]] ? TextColumnClass : null);
        }
        return new TableLayout(definitions, keptColumns, classes);
    }

    /// <summary>Whether a cell's text is empty or a dash ("-", "–", "—").</summary>
    private static bool IsEmpty(ReadOnlySpan<char> text) => text is "" or "-" or "–" or "—";
}
