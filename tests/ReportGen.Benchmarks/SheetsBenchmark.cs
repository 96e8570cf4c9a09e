using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Import;
using ReportGen.Core.Model;

namespace ReportGen.Benchmarks;

/// <summary>
/// Reading the office's own workbooks (issue 16): a 5 000-row delegate list and an award workbook of 12 000 names
/// on four sheets (one award each, read as the loader reads them: the workbook opened once per award), made in a
/// temporary folder the way Excel saves them (text as shared strings, numbers as number cells); the same delegate
/// list as CSV. Each is read a few times after one warm-up read; the median time, the bytes allocated per read
/// (GC.GetTotalAllocatedBytes) and the process's peak working set at the end are reported.
/// </summary>
public static class SheetsBenchmark
{
    public const int Delegates = 5_000;
    public const int AwardSheets = 4;
    public const int NamesPerSheet = 3_000;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Hữu"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hà", "Hòa", "Hùng", "Lan", "Mai", "Nam", "Tâm", "Thảo", "Trung", "Xuân"];
    private static readonly string[] Positions = ["Bí thư Đảng ủy", "Chủ tịch UBND", "Phó Chủ tịch HĐND", "Trưởng phòng", "Chi hội trưởng", "Giáo viên"];
    private static readonly string[] Units = ["xã Xuân Ngọc", "xã Xuân Hòa", "thị trấn Xuân Trường", "xã Xuân Vinh", "Phòng Nội vụ", "Trường THCS Xuân Phong"];

    public static void Run(int repeats)
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-sheets-").FullName;
        try
        {
            var delegates = Path.Combine(folder, "dai-bieu.xlsx");
            var delegatesCsv = Path.Combine(folder, "dai-bieu.csv");
            var awards = Path.Combine(folder, "khen-thuong.xlsx");
            WriteDelegates(delegates);
            WriteDelegatesCsv(delegatesCsv);
            WriteAwards(awards);
            Console.WriteLine($"sheets: {Delegates} delegates ({Kib(delegates)} KiB .xlsx, {Kib(delegatesCsv)} KiB .csv), " +
                $"{AwardSheets * NamesPerSheet} award names on {AwardSheets} sheets ({Kib(awards)} KiB .xlsx); median of {repeats} reads after one warm-up");

            var table = new ConsoleTable("file", "rows read", "wall ms per read (median, range)", "CPU ms per read", "MB allocated per read");
            Measure(table, $"delegates .xlsx ({Delegates} rows)", repeats, () =>
                DelegateSheet.Read(delegates, new DelegatesFrom { File = "dai-bieu.xlsx" }).Delegates.Count);
            Measure(table, "  of which the cells only (SheetTable)", repeats, () => SheetTable.Read(delegates, "dai-bieu.xlsx").Rows.Count);
            Measure(table, $"delegates .csv ({Delegates} rows)", repeats, () =>
                DelegateSheet.Read(delegatesCsv, new DelegatesFrom { File = "dai-bieu.csv" }).Delegates.Count);
            Measure(table, $"awards .xlsx ({AwardSheets}×{NamesPerSheet} names)", repeats, () =>
                Enumerable.Range(1, AwardSheets).Sum(s => AwardSheet.Read(awards, new NamesFrom { File = "khen-thuong.xlsx", Sheet = $"Khen {s}" }).Names.Count));
            Measure(table, "  of which the cells only (SheetTable)", repeats, () =>
                Enumerable.Range(1, AwardSheets).Sum(s => SheetTable.Read(awards, "khen-thuong.xlsx", $"Khen {s}").Rows.Count));
            table.Print(Console.Out);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine($"peak working set of the process: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Wall time and the process's CPU time per read: the machine is shared (a load of 20 on two cores is common),
    /// so the wall time says how long a person waits there and then, the CPU time what the reading costs.
    /// </summary>
    private static void Measure(ConsoleTable table, string what, int repeats, Func<int> read)
    {
        var rows = read(); // warm-up: the JIT and the SDK's first use
        var milliseconds = new List<double>();
        var cpu = new List<double>();
        var allocated = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            rows = read();
            clock.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6);
            milliseconds.Add(clock.Elapsed.TotalMilliseconds);
        }
        table.Add(what, rows.ToString(CultureInfo.InvariantCulture), Stats.MedianAndRange(milliseconds), Stats.MedianAndRange(cpu),
            Stats.MedianAndRange(allocated, "0.0"));
    }

    private static string Name(int i) => $"{FamilyNames[i % FamilyNames.Length]} {MiddleNames[i / 7 % MiddleNames.Length]} {GivenNames[i / 3 % GivenNames.Length]} {i}";

    private static void WriteDelegates(string path) => WriteWorkbook(path, [("Sheet1", ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thứ tự"],
        Enumerable.Range(1, Delegates).Select(i => new object[] { i, Name(i), Positions[i % Positions.Length], Units[i % Units.Length], 1 + (i % 9) }))]);

    private static void WriteDelegatesCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(true));
        writer.Write("STT;Họ và tên;Chức vụ;Đơn vị;Thứ tự\r\n");
        for (var i = 1; i <= Delegates; i++)
        {
            writer.Write($"{i};{Name(i)};{Positions[i % Positions.Length]};{Units[i % Units.Length]};{1 + (i % 9)}\r\n");
        }
    }

    private static void WriteAwards(string path) => WriteWorkbook(path, [.. Enumerable.Range(1, AwardSheets).Select(s => ($"Khen {s}",
        new[] { "STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị", "Đối tượng" },
        Enumerable.Range(1, NamesPerSheet).Select(i => new object[] { i, Name(s * NamesPerSheet + i), $"{Positions[i % Positions.Length]} {Units[i % Units.Length]}", i % 5 == 0 ? "Tập thể" : "Cá nhân" })))]);

    /// <summary>A workbook as Excel writes one: every text in the shared strings, numbers as number cells; rows streamed.</summary>
    private static void WriteWorkbook(string path, IReadOnlyList<(string Name, string[] Header, IEnumerable<object[]> Rows)> sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var shared = new Dictionary<string, int>();
        uint sheetId = 1;
        foreach (var (name, header, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var number = 1;
                foreach (var cells in new[] { header.Cast<object>().ToArray() }.Concat(rows))
                {
                    writer.WriteStartElement(new Row { RowIndex = (uint)number });
                    for (var c = 0; c < cells.Length; c++)
                    {
                        var reference = SheetTable.ColumnName(c + 1) + number;
                        if (cells[c] is int n)
                        {
                            writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(n) });
                        }
                        else
                        {
                            var text = (string)cells[c];
                            if (!shared.TryGetValue(text, out var index))
                            {
                                index = shared.Count;
                                shared[text] = index;
                            }
                            writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) });
                        }
                    }
                    writer.WriteEndElement();
                    number++;
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(shared.OrderBy(s => s.Value).Select(s => new SharedStringItem(new Text(s.Key))));
    }

    private static long Kib(string path) => new FileInfo(path).Length / 1024;
}
