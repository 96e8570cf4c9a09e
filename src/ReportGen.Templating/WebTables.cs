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
    /// <param name="Cells">Per row, its cells in the columns kept.</param>
    /// <param name="Classes">Per column kept, the class of its cells; null for none.</param>
    public sealed record TableLayout(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Cells, IReadOnlyList<string?> Classes)
    {
        public string? ClassOf(int column) => column < Classes.Count ? Classes[column] : null;
    }

    /// <summary>
    /// The table less the columns whose body cells are all empty or "-" (when it has a body row; one column at least
    /// stays), and the classes of the long-text and number columns left (see the page style).
    /// </summary>
    public static TableLayout Layout(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var body = rows.Where(r => !r.IsHeader).ToList();
        // The columns left out, from the last: a row shorter than a column has nothing in it.
        var dropped = new HashSet<int>();
        if (body.Count > 0)
        {
            var columns = rows.Max(r => r.Count);
            for (var c = columns - 1; c >= 0; c--)
            {
                if (body.All(r => c >= r.Count || IsEmpty((Block)r[c])) && columns > 1)
                {
                    dropped.Add(c);
                    columns--;
                }
            }
        }
        var definitions = table.ColumnDefinitions.Where((_, c) => !dropped.Contains(c)).ToList();
        var cells = rows.Select(r => (IReadOnlyList<TableCell>)r.OfType<TableCell>().Where((_, c) => !dropped.Contains(c)).ToList()).ToList();
        var classes = new List<string?>();
        var kept = cells.Count == 0 ? 0 : cells.Max(r => r.Count);
        for (var c = 0; c < kept; c++)
        {
            var right = c < definitions.Count && definitions[c].Alignment == TableColumnAlign.Right;
            var longText = !right && cells.Any(r => c < r.Count && TableCellText.Of(r[c]).Length >= LongText);
            classes.Add(right ? NumberColumnClass : longText ? TextColumnClass : null);
        }
        return new TableLayout(definitions, cells, classes);
    }

    /// <summary>Whether a cell's text is empty or a dash ("-", "–", "—").</summary>
    private static bool IsEmpty(Block cell) => TableCellText.Of(cell) is "" or "-" or "–" or "—";
}
