using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    /// <summary>Removes the columns whose body cells are all empty or "-" (there is at least one body row).</summary>
    public static void DropEmptyColumns(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var body = rows.Where(r => !r.IsHeader).ToList();
        if (body.Count == 0)
        {
            return;
        }
        var columns = rows.Max(r => r.Count);
        for (var c = columns - 1; c >= 0; c--)
        {
            if (body.All(r => c >= r.Count || IsEmpty(CellText(r[c]))) && columns > 1)
            {
                foreach (var row in rows.Where(r => c < r.Count))
                {
                    row.RemoveAt(c);
                }
                if (c < table.ColumnDefinitions.Count)
                {
                    table.ColumnDefinitions.RemoveAt(c);
                }
                columns--;
            }
        }
    }

    /// <summary>Classes the cells of long-text and number columns (see the page style).</summary>
    public static void MarkColumns(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        for (var c = 0; c < columns; c++)
        {
            var cells = rows.Where(r => c < r.Count).Select(r => (TableCell)r[c]).ToList();
            var right = c < table.ColumnDefinitions.Count && table.ColumnDefinitions[c].Alignment == TableColumnAlign.Right;
            var longText = cells.Any(cell => CellText(cell).Length >= LongText);
            var name = right ? NumberColumnClass : longText ? TextColumnClass : null;
            if (name is not null)
            {
                cells.ForEach(cell => cell.GetAttributes().AddClass(name));
            }
        }
    }

    private static bool IsEmpty(string text) => text.Length == 0 || text is "-" or "–" or "—";

    private static string CellText(Block cell) =>
        string.Concat(cell.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
