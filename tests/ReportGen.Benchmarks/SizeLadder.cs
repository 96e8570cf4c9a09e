using System.Globalization;
using System.Text;

namespace ReportGen.Benchmarks;

/// <summary>
/// Meetings of growing size made from the Ý Yên seed, to see whether the time per page stays flat from a thin
/// booklet to a thick one. Each step of <c>scale</c> adds what a bigger office really adds; the kinds grow one
/// sort of content alone, so a step that grows faster than the pages can be traced to the element behind it.
/// </summary>
public static class SizeLadder
{
    public enum Kind
    {
        /// <summary>Per step a field of work (heading, paragraph, three indicators) and eight award recipients.</summary>
        Mixed,
        /// <summary>Per step a field of work with a paragraph: headings and justified text.</summary>
        Paragraphs,
        /// <summary>Per step six indicators of one field: rows of the report's table and of the landscape appendix.</summary>
        Table,
        /// <summary>Per step thirty award recipients: a bullet list.</summary>
        List,
    }

    /// <summary>The meeting's YAML with <paramref name="scale"/> steps of <paramref name="kind"/> added.</summary>
    public static string Meeting(Kind kind, int scale) => Meeting(kind, scale, namesFromSheets: false).Yaml;

    /// <summary>Names per sheet: under the sheet reader's 20 000 rows (SheetTable.MaxRows).</summary>
    private const int NamesPerSheet = 15_000;

    /// <summary>
    /// The meeting as a data folder to build with the command: the YAML and, for the kinds with names, the names in
    /// CSV sheets (<c>names_from</c>), as an office with a long list keeps them. A YAML file holds at most 2 MB
    /// (DataLoader.MaxFileBytes, error RG004): the 1 000-page list's names written in it make 4 MB, and one sheet
    /// holds at most 20 000 names, so the names are split over awards of 15 000. Returns the YAML's size in bytes.
    /// </summary>
    public static long WriteDataFolder(Kind kind, int scale, string folder)
    {
        Directory.CreateDirectory(folder);
        var (yaml, sheets) = Meeting(kind, scale, namesFromSheets: true);
        var path = Path.Combine(folder, "size-ladder.yaml");
        File.WriteAllText(path, yaml);
        foreach (var (name, csv) in sheets)
        {
            File.WriteAllText(Path.Combine(folder, name), csv, new UTF8Encoding(true));
        }
        ProvinceGenerator.CopyBoundFiles(folder);
        return new FileInfo(path).Length;
    }

    private static (string Yaml, IReadOnlyList<(string Name, string Csv)> Sheets) Meeting(Kind kind, int scale, bool namesFromSheets)
    {
        var seed = File.ReadAllText(Path.Combine(Repo.Seeds, "y-yen.yaml"))
            .Replace("id: y-yen-2021", $"id: y-yen-2021-{kind.ToString().ToLowerInvariant()}-{scale:000}", StringComparison.Ordinal);
        var fields = new StringBuilder();
        var names = new StringBuilder();
        for (var i = 1; i <= scale; i++)
        {
            switch (kind)
            {
                case Kind.Mixed:
                    AddField(fields, i, indicators: 3, text: true);
                    AddNames(names, i, 8);
                    break;
                case Kind.Paragraphs:
                    AddField(fields, i, indicators: 0, text: true);
                    break;
                case Kind.Table:
                    // All in one field, so the table grows and the headings do not.
                    if (i == 1) fields.Append("    - name: Các chỉ tiêu chủ yếu của năm\n      indicators:\n");
                    AddIndicators(fields, i, 6);
                    break;
                case Kind.List:
                    AddNames(names, i, 30);
                    break;
            }
        }
        var result = seed.Replace("\nemulation:", "\n" + fields + "\nemulation:", StringComparison.Ordinal);
        if (names.Length == 0)
        {
            return (result, []);
        }
        var count = names.ToString().Split("- name:").Length - 1;
        if (!namesFromSheets)
        {
            // An award with an empty 'names:' would read as null, not empty: only added when it has names.
            var award = $"""
                    - title: Giấy khen
                      giver: Chủ tịch UBND huyện
                      level: district
                      recipients: [individual]
                      count: {count}
                      names:
                {names}
                """;
            return (result.Replace("\ntasks:", "\n" + award + "\n\ntasks:", StringComparison.Ordinal), []);
        }
        // The same names, as rows of sheets (the award's first sheet keeps its title; later ones are numbered).
        var rows = NameRows(kind, scale).ToList();
        var sheets = new List<(string Name, string Csv)>();
        var awards = new StringBuilder();
        for (var first = 0; first < rows.Count; first += NamesPerSheet)
        {
            var part = rows.Skip(first).Take(NamesPerSheet).ToList();
            var number = first / NamesPerSheet + 1;
            var file = $"khen-thuong-{number}.csv";
            var csv = new StringBuilder("STT;Họ và tên;Đơn vị;Đối tượng\r\n");
            for (var r = 0; r < part.Count; r++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{r + 1};{part[r].Name};\"{part[r].Unit}\";cá nhân\r\n");
            }
            sheets.Add((file, csv.ToString()));
            awards.Append(CultureInfo.InvariantCulture, $"""
                    - title: Giấy khen{(number == 1 ? "" : $" đợt {number}")}
                      giver: Chủ tịch UBND huyện
                      level: district
                      recipients: [individual]
                      count: {part.Count}
                      names_from: {"{"} file: {file} {"}"}

                """);
        }
        return (result.Replace("\ntasks:", "\n" + awards + "\ntasks:", StringComparison.Ordinal), sheets);
    }

    /// <summary>The names <see cref="AddNames"/> writes for <paramref name="kind"/> at <paramref name="scale"/>, in the same order.</summary>
    private static IEnumerable<(string Name, string Unit)> NameRows(Kind kind, int scale)
    {
        var perStep = kind switch { Kind.Mixed => 8, Kind.List => 30, _ => 0 };
        for (var i = 1; i <= scale; i++)
        {
            for (var j = 1; j <= perStep; j++)
            {
                yield return (NameOf(i, perStep, j), UnitOf(i, j));
            }
        }
    }

    private static string NameOf(int i, int count, int j) => $"Nguyễn Văn {(char)('A' + (i * count + j) % 26)}{i:000}{j:00}";

    private static string UnitOf(int i, int j) => $"Chuyên viên phòng số {j}, xã số {i}";

    private static void AddField(StringBuilder yaml, int i, int indicators, bool text)
    {
        yaml.Append(CultureInfo.InvariantCulture, $"""
                - name: Lĩnh vực công tác số {i}
                  summary: Các nhiệm vụ của lĩnh vực số {i} được triển khai đồng bộ, đạt kết quả tích cực

            """);
        if (indicators > 0)
        {
            yaml.Append("      indicators:\n");
            AddIndicators(yaml, i, indicators);
        }
        if (text)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                      text: >-
                        Cấp ủy, chính quyền các cấp đã tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ của lĩnh vực
                        số {i}; ban hành kịp thời các kế hoạch, hướng dẫn, phân công rõ người, rõ việc, rõ thời gian
                        hoàn thành. Công tác kiểm tra, giám sát được tăng cường, những khó khăn, vướng mắc được tháo
                        gỡ kịp thời. Tuy nhiên, một số chỉ tiêu còn đạt thấp, việc phối hợp giữa các ngành có lúc
                        chưa chặt chẽ; năm tới cần khắc phục để hoàn thành toàn diện các nhiệm vụ được giao.

                """);
        }
    }

    private static void AddIndicators(StringBuilder yaml, int i, int count)
    {
        for (var k = 1; k <= count; k++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                        - name: Chỉ tiêu {k} của nhóm {i}, tính trên toàn địa bàn
                          value: {100 + 37 * i + k}
                          unit: {(k % 2 == 0 ? "đơn vị" : "triệu đồng")}

                """);
        }
    }

    private static void AddNames(StringBuilder yaml, int i, int count)
    {
        for (var j = 1; j <= count; j++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                        - name: {NameOf(i, count, j)}
                          kind: individual
                          unit: {UnitOf(i, j)}

                """);
        }
    }
}
