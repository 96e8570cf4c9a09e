using System.Text.RegularExpressions;
using ReportGen.Localization;

namespace ReportGen.Build;

/// <summary>
/// <c>reportgen new &lt;meeting-id&gt;</c>: writes a new meeting's data file from <c>templates/new-meeting.yaml</c>
/// (every field of the model, a Vietnamese comment and an example value each, all listed in <c>examples:</c>).
/// </summary>
public static partial class NewMeeting
{
    /// <summary>The template's file name; not <c>.sbn</c>, so the Scriban template set never loads it.</summary>
    public const string TemplateName = "new-meeting.yaml";

    public const string SchemaName = "meeting.schema.json";



    /// <summary>Writes <c>&lt;dataDirectory&gt;/&lt;id&gt;.yaml</c> (and the example contribution and sheets it names, <c>&lt;id&gt;-tham-luan.md</c>, <c>&lt;id&gt;-dai-bieu.csv</c>, <c>&lt;id&gt;-khen-thuong.csv</c>, <c>&lt;id&gt;-chi-tieu.csv</c>, <c>&lt;id&gt;-chuong-trinh.csv</c>) and returns its path.</summary>
    /// <exception cref="ArgumentException">(ParamName "args") bad id, file exists, or no template.</exception>
    public static string Create(string id, string dataDirectory = "seeds", string templatesDirectory = "templates")
    {
        if (!Core.Security.Ids.IsValid(id))
        {
            throw new ArgumentException(Messages.NewMeetingBadId(id), "args");
        }
        var target = Path.Combine(dataDirectory, id + ".yaml");
        if (File.Exists(target))
        {
            throw new ArgumentException(Messages.NewMeetingFileExists(target), "args");
        }
        var templatePath = Path.Combine(templatesDirectory, TemplateName);
        if (!File.Exists(templatePath))
        {
            throw new ArgumentException(Messages.NewMeetingTemplateMissing(templatePath), "args");
        }
        var schema = SchemaPath(dataDirectory);
        var text = File.ReadAllText(templatePath)
            .Replace("{{schema}}", schema is null ? "" : $"# yaml-language-server: $schema={schema}\n", StringComparison.Ordinal)
            .Replace("{{id}}", id, StringComparison.Ordinal);
        Directory.CreateDirectory(dataDirectory);
        using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(text);
        }
        // The example contribution the new file's documents name, beside it.
        var contribution = Path.Combine(dataDirectory, id + "-tham-luan.md");
        if (!File.Exists(contribution))
        {
            File.WriteAllText(contribution, ExampleContribution, new System.Text.UTF8Encoding(false));
        }
        // The example delegate sheet its delegate list reads, beside it.
        var sheet = Path.Combine(dataDirectory, id + "-dai-bieu.csv");
        if (!File.Exists(sheet))
        {
            File.WriteAllText(sheet, ExampleDelegateSheet, new System.Text.UTF8Encoding(true));
        }
        // The example sheets of names, indicators and programme it reads, beside it (CSV UTF-8, as Excel saves it:
        // Excel opens them, and the office can save them again as .xlsx).
        WriteExample(Path.Combine(dataDirectory, id + "-khen-thuong.csv"), ExampleAwardSheet);
        WriteExample(Path.Combine(dataDirectory, id + "-chi-tieu.csv"), ExampleIndicatorSheet);
        WriteExample(Path.Combine(dataDirectory, id + "-chuong-trinh.csv"), ExampleAgendaSheet);
        return target;
    }

    private static void WriteExample(string path, string text)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(true));
        }
    }

    /// <summary>The example indicator sheet (CSV UTF-8 with ';', numbers the Vietnamese way) a new meeting's first field reads.</summary>
    private const string ExampleIndicatorSheet =
        "STT;Chỉ tiêu;ĐVT;Kế hoạch;Thực hiện;Cùng kỳ;Đánh giá\r\n" +
        "1;Năng suất lúa cả năm;tạ/ha;120;124,46;121,3;Đạt\r\n" +
        "2;Giá trị thu được trên mỗi ha canh tác;triệu đồng;100;103;98,5;Đạt\r\n";

    /// <summary>The example programme sheet (CSV UTF-8) a new meeting's agenda reads after its own item.</summary>
    private const string ExampleAgendaSheet =
        "STT;Thời gian;Nội dung;Người trình bày\r\n" +
        "1;08:00;Chào cờ, tuyên bố lý do, giới thiệu đại biểu;Văn phòng Huyện ủy\r\n" +
        "2;08:15;Báo cáo tổng kết công tác năm 2020, phương hướng, nhiệm vụ năm 2021;Đồng chí Bí thư Huyện ủy\r\n";

    /// <summary>The example sheet of an award's names (CSV UTF-8, as Excel saves it) a new meeting's second award reads.</summary>
    private const string ExampleAwardSheet =
        "STT;Họ và tên;Chức vụ, đơn vị\r\n1;Lê Thị E;Chủ tịch Hội Phụ nữ xã Yên Thắng\r\n";

    /// <summary>The example delegate sheet (CSV UTF-8, as Excel saves it) a new meeting's delegate list reads.</summary>
    private const string ExampleDelegateSheet =
        "STT;Thứ tự;Họ và tên;Chức vụ;Đơn vị\r\n1;2;Trần Văn D;Chủ tịch;UBND huyện Ý Yên\r\n";

    /// <summary>The text of the example contribution (tham luận) a new meeting starts with.</summary>
    private const string ExampleContribution =
        "Đây là tham luận ví dụ: hãy thay bằng bài tham luận của đơn vị, viết bằng Markdown.\n\n" +
        "# Kết quả nổi bật\n\nNêu những kết quả chính của đơn vị trong năm.\n\n" +
        "# Bài học kinh nghiệm\n\n- Kinh nghiệm thứ nhất.\n- Kinh nghiệm thứ hai.\n";

    /// <summary>
    /// The schema's path relative to the data folder ('/' separators): the one in the data folder or in one
    /// of its parents, else <c>seeds/meeting.schema.json</c> of the current folder; null when there is none.
    /// </summary>
    public static string? SchemaPath(string dataDirectory)
    {
        var data = Path.GetFullPath(dataDirectory);
        for (var folder = new DirectoryInfo(data); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, SchemaName);
            if (File.Exists(candidate))
            {
                return Path.GetRelativePath(data, candidate).Replace('\\', '/');
            }
        }
        var seeds = Path.GetFullPath(Path.Combine("seeds", SchemaName));
        return File.Exists(seeds) ? Path.GetRelativePath(data, seeds).Replace('\\', '/') : null;
    }
}
