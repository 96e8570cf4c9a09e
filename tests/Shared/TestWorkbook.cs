using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Import;

namespace ReportGen.Tests;

/// <summary>
/// A workbook written with the Open XML SDK the way Excel saves one: text as shared strings, numbers as number
/// cells (whatever format they are shown in), merged cells listed in the sheet (their text in the first cell only).
/// </summary>
internal static class TestWorkbook
{
    /// <summary>Writes <paramref name="path"/> with one sheet; a cell is a string (text), an int or double (a number cell), or null.</summary>
    public static string Write(string path, string sheetName, IEnumerable<string> merged, params (int Row, object?[] Cells)[] rows) =>
        Write(path, SpreadsheetDocumentType.Workbook, sheetName, merged, rows);

    /// <summary>As <see cref="Write(string, string, IEnumerable{string}, ValueTuple{int, object[]}[])"/>, of the given type (a macro-enabled workbook).</summary>
    public static string Write(string path, SpreadsheetDocumentType type, string sheetName, IEnumerable<string> merged, params (int Row, object?[] Cells)[] rows)
    {
        using var document = SpreadsheetDocument.Create(path, type);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var shared = new List<string>();
        var data = new SheetData();
        foreach (var (number, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)number };
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is { } value)
                {
                    row.Append(Cell(SheetTable.ColumnName(c + 1) + number, value, shared));
                }
            }
            data.Append(row);
        }
        var worksheet = new Worksheet(data);
        var merges = merged.ToList();
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }
        sheetPart.Worksheet = worksheet;
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        return path;
    }

    private static Cell Cell(string reference, object value, List<string> shared)
    {
        if (value is int or double)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) };
        }
        var text = (string)value;
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
    }
}
