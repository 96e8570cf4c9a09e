namespace ReportGen.Benchmarks;

/// <summary>A plain text table with aligned columns, for results read in a terminal or pasted into a log.</summary>
public sealed class ConsoleTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Print(TextWriter writer)
    {
        var all = _rows.Prepend(headers).ToList();
        var widths = headers.Select((_, c) => all.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        string Line(string[] cells) => string.Join(" | ", widths.Select((w, c) => (c < cells.Length ? cells[c] : "").PadRight(w))).TrimEnd();
        writer.WriteLine(Line(headers));
        writer.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in _rows) writer.WriteLine(Line(row));
    }
}
