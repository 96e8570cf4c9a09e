using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportGen.Templating;

/// <summary>
/// A pipe table as the web page shows it, written from a tree it does not change (the document's tree is shared
/// with the booklet, the Word file and the search part, read at once on other threads): Markdig's table HTML
/// (its <c>HtmlTableRenderer</c>, the same tags, line ends and alignment styles) with what <see cref="WebTables"/>
/// decides, left-out empty columns and the cells' classes, the <c>rg-table</c> class, <c>scope="col"</c> on header
/// cells, and around it the scroll region named by its caption (<see cref="MarkdownRenderer.CaptionOf"/>).
/// </summary>
internal sealed class WebTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = TableRows.Of(table);
        var layout = WebTables.Layout(table, rows);
        var caption = MarkdownRenderer.EscapeAttribute(MarkdownRenderer.CaptionOf(table));
        var columns = layout.Columns;
        renderer.EnsureLine();
        // A scroll region of its own (a wide table scrolls sideways inside it on a phone), named by the caption, which
        // is also the table's (hidden on screen: it repeats the heading above the table).
        renderer.Write("<div class=\"rg-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Bảng: ").Write(caption).Write("\">\n");
        renderer.Write("<table class=\"").Write(MarkdownRenderer.TableClass).Write("\">")
            .Write("\n<caption class=\"visually-hidden\">").Write(caption).WriteLine("</caption>");

        var hasColumnWidth = columns.Any(c => c.Width != 0.0f && c.Width != 1.0f);
        if (hasColumnWidth)
        {
            foreach (var column in columns)
            {
                var width = Math.Round(column.Width * 100) / 100;
                renderer.WriteLine($"<col style=\"width:{width.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%\" />");
            }
        }

        var hasBody = false;
        var hasAlreadyHeader = false;
        var isHeaderOpen = false;
        // Row by row: a row of a table kept compact is shown for its turn (TableRows) and written at once.
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.IsHeader)
            {
                if (!hasAlreadyHeader)
                {
                    renderer.WriteLine("<thead>");
                    isHeaderOpen = true;
                }
                hasAlreadyHeader = true;
            }
            else if (!hasBody)
            {
                if (isHeaderOpen)
                {
                    renderer.WriteLine("</thead>");
                    isHeaderOpen = false;
                }
                renderer.WriteLine("<tbody>");
                hasBody = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            var cellCount = layout.CountIn(row);
            for (var i = 0; i < cellCount; i++)
            {
                var cell = layout.Cell(row, i);
                renderer.EnsureLine();
                renderer.Write(row.IsHeader ? "<th" : "<td");
                if (cell.ColumnSpan != 1)
                {
                    renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                }
                if (cell.RowSpan != 1)
                {
                    renderer.Write($" rowspan=\"{cell.RowSpan}\"");
                }
                if (columns.Count > 0)
                {
                    // As Markdig reads it: the cell's own column index when it has one in range (its index in the source
                    // table, even after columns to its left were left out), else its place in the row.
                    var columnIndex = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    columnIndex = columnIndex >= columns.Count ? columns.Count - 1 : columnIndex;
                    renderer.Write(columns[columnIndex].Alignment switch
                    {
                        TableColumnAlign.Center => " style=\"text-align: center;\"",
                        TableColumnAlign.Right => " style=\"text-align: right;\"",
                        TableColumnAlign.Left => " style=\"text-align: left;\"",
                        _ => "",
                    });
                }
                if (layout.ClassOf(i) is { } name)
                {
                    renderer.Write(" class=\"").Write(name).Write("\"");
                }
                if (row.IsHeader)
                {
                    renderer.Write(" scope=\"col\"");
                }
                renderer.Write('>');

                var previousImplicitParagraph = renderer.ImplicitParagraph;
                if (cell.Count == 1)
                {
                    renderer.ImplicitParagraph = true;
                }
                renderer.Write(cell);
                renderer.ImplicitParagraph = previousImplicitParagraph;

                renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            }
            renderer.WriteLine("</tr>");
        }

        if (hasBody)
        {
            renderer.WriteLine("</tbody>");
        }
        else if (isHeaderOpen)
        {
            renderer.WriteLine("</thead>");
        }
        renderer.Write("</table>\n</div>").WriteLine();
    }
}
