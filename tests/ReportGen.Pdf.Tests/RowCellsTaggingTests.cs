using System.Text.RegularExpressions;
using ReportGen.Layout;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A table row that holds its TD cells as their count (<see cref="StructureElement.RowOfCells"/>) is written as the same
/// structure as a row of cell elements made one by one: the same bytes, in the reading copy and in the print copy (whose
/// pages wait as fragments with notes of their marks), though each of its cells is a new object wherever it is drawn.
/// </summary>
public sealed class RowCellsTaggingTests(TaggedDocument document) : IClassFixture<TaggedDocument>
{
    private const int Rows = 40, Columns = 3, RowsPerPage = 12;

    private static readonly PdfMetadata Metadata = new("Danh sách", "ReportGen", "thử", "thử", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>
    /// A table of <see cref="Rows"/> rows over pages: a header row of TH, then body rows each cell of two lines, the last
    /// cell of every fifth row with a link. With <paramref name="rowsOfCells"/>, the body rows without a link are rows of
    /// cells, and every line of a cell is tied to a cell made again for it; otherwise each cell is an element of its own.
    /// </summary>
    private List<Page> Table(bool rowsOfCells, Size size)
    {
        var root = new StructureElement(StructureRole.Document, null);
        _ = new StructureElement(StructureRole.H1, root);
        var table = new StructureElement(StructureRole.Table, root);
        var header = new StructureElement(StructureRole.TR, table);
        var heads = Enumerable.Range(0, Columns).Select(_ => new StructureElement(StructureRole.TH, header) { Scope = HeaderScope.Column }).ToArray();
        var after = new List<(StructureElement Row, StructureElement? Link)>();
        for (var r = 0; r < Rows; r++)
        {
            var linked = r % 5 == 4;
            StructureElement row;
            StructureElement? link = null;
            if (rowsOfCells && !linked)
            {
                row = StructureElement.RowOfCells(table, Columns);
            }
            else
            {
                row = new StructureElement(StructureRole.TR, table);
                for (var c = 0; c < Columns; c++)
                {
                    var cell = new StructureElement(StructureRole.TD, row);
                    if (linked && c == Columns - 1)
                    {
                        link = new StructureElement(StructureRole.Link, cell) { AlternativeText = "Liên kết tới trang" };
                    }
                }
            }
            after.Add((row, link));
        }
        var closing = new StructureElement(StructureRole.P, root);

        var pages = new List<Page>();
        Page? page = null;
        for (var r = 0; r < Rows; r++)
        {
            if (r % RowsPerPage == 0)
            {
                page = new Page(size, pages.Count + 1);
                pages.Add(page);
                for (var c = 0; c < Columns; c++)
                {
                    page.Items.Add(document.Run($"Cột {c + 1}", 40 + c * 120, 40, 9, bold: true, element: heads[c]));
                }
            }
            var (row, link) = after[r];
            var top = 60 + (r % RowsPerPage) * 30;
            for (var c = 0; c < Columns; c++)
            {
                for (var line = 0; line < 2; line++)
                {
                    // A row of cells: a new object for each line; otherwise the cell's one element.
                    var cell = link is not null && c == Columns - 1 ? link : row.Child(c);
                    page!.Items.Add(document.Run($"Ô {r + 1}.{c + 1} dòng {line + 1}", 40 + c * 120, top + line * 11, 9, element: cell));
                }
            }
        }
        pages[^1].Items.Add(document.Run("Danh sách có 40 dòng.", 40, 520, 10, element: closing));
        return pages;
    }

    private static byte[] ReadingCopy(IReadOnlyList<Page> pages) => TaggedDocument.Write(pages);

    private static byte[] PrintCopy(IReadOnlyList<Page> pages)
    {
        using var stream = new MemoryStream();
        PrintSheetWriter.Write(pages, stream, Metadata, versoShift: Units.Mm(8));
        return stream.ToArray();
    }

    [Fact]
    public void RowsOfCells_WriteTheSameReadingCopy_AsCellElements()
    {
        var expected = ReadingCopy(Table(rowsOfCells: false, TaggedDocument.A4));
        var actual = ReadingCopy(Table(rowsOfCells: true, TaggedDocument.A4));

        Assert.Equal(expected, actual);
        // And the tree is the table it should be: every body cell a TD of its row, its two lines one sequence, in order.
        var tree = PdfTools.Run("pdfinfo", actual, "-struct-text");
        Assert.Equal(Rows + 1, Regex.Matches(tree, @"^\s*TR\b", RegexOptions.Multiline).Count);
        Assert.Equal(Rows * Columns, Regex.Matches(tree, @"^\s*TD\b", RegexOptions.Multiline).Count);
        var cells = Regex.Matches(tree, "\"Ô (\\d+)\\.(\\d+) dòng 1 ?Ô \\1\\.\\2 dòng 2\"").Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}").ToList();
        Assert.Equal(Enumerable.Range(1, Rows).SelectMany(r => Enumerable.Range(1, Columns).Select(c => $"{r}.{c}")), cells);
    }

    [Fact]
    public void RowsOfCells_WriteTheSamePrintCopy_AsCellElements()
    {
        var expected = PrintCopy(Table(rowsOfCells: false, TaggedDocument.A5));
        var actual = PrintCopy(Table(rowsOfCells: true, TaggedDocument.A5));

        Assert.Equal(expected, actual);
        Assert.Equal(Rows * Columns, Regex.Matches(PdfTools.Run("pdfinfo", actual, "-struct"), @"^\s*TD\b", RegexOptions.Multiline).Count);
    }
}
