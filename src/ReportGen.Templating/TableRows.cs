using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// The rows of a pipe table, as every output reads them (the booklet's two copies, the web page, the Word file, the
/// search part): Markdig's rows, or, for a long table kept compact (<see cref="CompactTables"/>), each body row shown
/// as Markdig made it when it is asked for.
/// </summary>
/// <remarks>
/// A reader goes through the rows by their number and asks for a row's cells' text (<see cref="CellText"/>) without
/// showing the row, so that reading a column's widths or decimals makes nothing for a compact row. A compact row is
/// shown in one row of this reader's, filled again for the next one asked for: read it, use it, keep nothing of its
/// objects. (Not an enumerable of rows, so that no reader lists them.) One instance a reader and table, on one thread.
/// </remarks>
public sealed class TableRows
{
    private readonly Table _table;
    private readonly CompactTables.Body? _body;

    private TableRows(Table table, CompactTables.Body? body)
    {
        _table = table;
        _body = body;
        if (body is null)
        {
            var count = 0;
            var columns = 0;
            foreach (var child in table)
            {
                if (child is TableRow row)
                {
                    count++;
                    columns = Math.Max(columns, row.Count);
                }
            }
            Count = count;
            Columns = columns;
            // Markdig's table holds nothing but rows; were it to hold another block, the rows are listed apart.
            _listed = count == table.Count ? null : [.. table.OfType<TableRow>()];
        }
        else
        {
            Count = body.Kept.Length;
            Columns = body.Columns;
        }
    }

    /// <summary>The rows of <paramref name="table"/>, kept compact or not.</summary>
    public static TableRows Of(Table table) => new(table, CompactTables.BodyOf(table));

    private readonly List<TableRow>? _listed;

    /// <summary>How many rows the table has, its header rows with the others, in their order.</summary>
    public int Count { get; }

    /// <summary>How many cells its widest row has (0 for no row).</summary>
    public int Columns { get; }

    /// <summary>
    /// Row <paramref name="r"/>: Markdig's, or for a compact one this reader's shown row filled with it, valid until the
    /// next compact row is asked for.
    /// </summary>
    public TableRow this[int r] => _body is { } body
        ? body.Kept[r] ?? body.Fill(_shown ??= body.NewShownRow(), r)
        : _listed?[r] ?? (TableRow)_table[r];

    private CompactTables.ShownRow? _shown;

    /// <summary>Whether row <paramref name="r"/> is a header row (a compact row never is).</summary>
    public bool IsHeader(int r) => _body is { } body ? body.Kept[r]?.IsHeader ?? false : this[r].IsHeader;

    /// <summary>How many cells row <paramref name="r"/> has.</summary>
    public int CellCount(int r) => _body is { } body ? body.Kept[r]?.Count ?? body.Columns : this[r].Count;

    /// <summary>
    /// The text of row <paramref name="r"/>'s cell <paramref name="c"/> (below <see cref="CellCount"/>), as
    /// <see cref="TableCellText.Of"/> reads it; for a compact row without showing the row, nor making a string: the
    /// readers measure it, compare it or take its words, and a list's every cell passes here.
    /// </summary>
    public ReadOnlySpan<char> CellText(int r, int c) => _body is { } body && body.Kept[r] is null
        ? body.Text(r, c).Trim()
        : TableCellText.Of((TableCell)this[r][c]);

    /// <summary>
    /// The table's column count and its header rows' words, as the booklet and the Word file key the tables whose columns
    /// they size together (the award lists of one decision share their header row); empty for a table without a header row.
    /// </summary>
    public string HeaderKey()
    {
        var words = new List<string>();
        for (var r = 0; r < Count; r++)
        {
            if (IsHeader(r))
            {
                for (var c = 0; c < CellCount(r); c++)
                {
                    words.Add(CellText(r, c).ToString());
                }
            }
        }
        var header = string.Join("\u001F", words);
        return header.Length == 0 ? "" : $"{Columns}\u001E{header}";
    }
}
