using System.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Build;

/// <summary>One meeting's line of the print plan.</summary>
/// <param name="SheetsPerCopy">A4 sheets of one booklet: each sheet, printed on both sides, carries four A5 pages.</param>
/// <param name="NoDelegates">The data gives no number of delegates: the copies are the reserve alone.</param>
public sealed record PrintJob(string Id, string Unit, int SheetsPerCopy, int Copies, bool NoDelegates = false)
{
    /// <summary>Pages of the printed A5 booklet, blank padding pages included.</summary>
    public int PrintPages => SheetsPerCopy * 4;

    public int TotalSheets => SheetsPerCopy * Copies;

    /// <summary>Pages left blank so that a document starts on a right-hand page (the theme's choice).</summary>
    public int BlankPages { get; init; }

    /// <summary>Sheets of one copy the blank pages add.</summary>
    public int SheetsForBlanks { get; init; }

    /// <summary>What the right-hand starts cost in all copies.</summary>
    public int TotalSheetsForBlanks => SheetsForBlanks * Copies;
}

/// <summary>
/// What the office must print: per meeting the pages, the A4 sheets of one copy, the copies and the
/// sheets in all; and the total for the run, so paper can be ordered before the conference.
/// </summary>
public static class PrintPlan
{
    public static string ToMarkdown(IReadOnlyList<PrintJob> jobs)
    {
        var text = new StringBuilder();
        text.AppendLine("# Kế hoạch in tài liệu hội nghị");
        text.AppendLine();
        text.AppendLine("In tệp `booklet-print.pdf` của từng hội nghị: khổ A4 ngang, in hai mặt lật theo cạnh ngắn, " +
                        "không co giãn (tỷ lệ 100%); gập đôi chồng giấy rồi đóng ghim giữa.");
        text.AppendLine();
        text.AppendLine("| Hội nghị | Đơn vị | Số trang (A5) | Trang trắng mở trang phải | Tờ A4 mỗi cuốn | Số cuốn | Tổng số tờ A4 | Trong đó tờ vì trang trắng |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var job in jobs)
        {
            var copies = job.NoDelegates ? $"{N(job.Copies)} (chưa có số đại biểu)" : N(job.Copies);
            text.AppendLine($"| {job.Id} | {job.Unit} | {N(job.PrintPages)} | {N(job.BlankPages)} | {N(job.SheetsPerCopy)} | {copies} | {N(job.TotalSheets)} | {N(job.TotalSheetsForBlanks)} |");
        }
        var forBlanks = jobs.Sum(j => j.TotalSheetsForBlanks);
        text.AppendLine($"| **Tổng cộng** | | | | | **{N(jobs.Sum(j => j.Copies))}** | **{N(jobs.Sum(j => j.TotalSheets))}** | **{N(forBlanks)}** |");
        text.AppendLine();
        text.AppendLine($"Tổng số giấy: {N(jobs.Sum(j => j.TotalSheets))} tờ A4, tức khoảng {ReamsText(jobs.Sum(j => j.TotalSheets))}.");
        text.AppendLine();
        // The choice of right-hand starts is the theme's (right_hand_starts in theme-a5.yaml): say what it costs.
        text.AppendLine(forBlanks > 0
            ? $"Trang trắng để văn bản mở ở trang bên phải tốn thêm {N(forBlanks)} tờ A4. Muốn tiết kiệm, bớt loại văn bản trong " +
              "`right_hand_starts` của `templates/theme-a5.yaml` (các văn bản khác in nối tiếp)."
            : "Không tờ nào phải in thêm vì trang trắng mở trang phải (trang trắng, nếu có, nằm trong số trang bù cho đủ bội số của 4).");
        var missing = jobs.Where(j => j.NoDelegates).Select(j => j.Id).ToList();
        if (missing.Count > 0)
        {
            // Never a silent 0: the office must know the count is not the real one (warning RG096 in the data check).
            text.AppendLine();
            text.AppendLine($"**Chưa đủ số liệu:** {string.Join(", ", missing)} chưa ghi số đại biểu (`meeting.delegates`); " +
                            "số cuốn trên chỉ là số bản dự phòng. Hãy ghi số đại biểu rồi tạo lại tài liệu trước khi đặt in.");
        }
        // AppendLine writes "\r\n" on Windows: the same plan, byte for byte, wherever it is built.
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static string N(int value) => VietnameseFormat.Number(value);

    /// <summary>Paper is bought by the ream (ram) of 500 sheets.</summary>
    private static string ReamsText(int sheets) => $"{N((sheets + 499) / 500)} ram giấy (500 tờ/ram)";
}
