using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ReportGen.Core.Model;

/// <summary>Who receives an award: a collective (tập thể) or an individual (cá nhân).</summary>
public enum RecipientKind
{
    Collective,
    Individual,
    /// <summary>A Party member (đảng viên), e.g. for the badges of years of membership.</summary>
    PartyMember,
    /// <summary>A household (hộ gia đình).</summary>
    Household,
    /// <summary>The meeting's own unit: "huyện được Chủ tịch nước tặng Huân chương Lao động hạng Ba".</summary>
    Unit,
}

/// <summary>Which system gives an award: the State (Luật Thi đua, khen thưởng), the Party, the Front or a mass organisation.</summary>
public enum AwardSystem
{
    State,
    Party,
    Front,
    Union,
}

/// <summary>The level of the body that gives an award, highest first (Luật Thi đua, khen thưởng).</summary>
public enum AwardLevel
{
    National,
    Province,
    District,
    Commune,
}

/// <summary>One form of commendation and how many received it, e.g. 4 Prime Minister's certificates.</summary>
[Description("Một hình thức khen thưởng và số lượng được nhận.")]
public sealed class Award
{
    /// <summary>The award or title: "Bằng khen", "Cờ đơn vị dẫn đầu phong trào thi đua".</summary>
    [Description("Hình thức khen thưởng hoặc danh hiệu: \"Bằng khen\".")]
    public string Title { get; init; } = "";

    /// <summary>Who gives it, as the sentence says: "Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh".</summary>
    [Description("Người hoặc cơ quan tặng: \"Thủ tướng Chính phủ\".")]
    public string? Giver { get; init; }

    /// <summary>The verb before the title: "tặng", "tặng danh hiệu", "khen thưởng".</summary>
    [Description("Động từ đứng trước: \"tặng\", \"tặng danh hiệu\", \"khen thưởng\".")]
    public string Verb { get; init; } = "tặng";

    /// <summary>Titles of emulation are written in quotation marks (“Tập thể lao động xuất sắc”).</summary>
    [Description("Đặt tên danh hiệu trong ngoặc kép (true/false).")]
    public bool Quoted { get; init; }

    [JsonRequired]
    [Description("Cấp khen thưởng: national (Trung ương), province (tỉnh), district (huyện), commune (xã).")]
    public AwardLevel Level { get; init; }

    [Description("Hệ thống khen thưởng: state (Nhà nước, mặc định), party (Đảng), front (Mặt trận), union (đoàn thể).")]
    public AwardSystem System { get; init; }

    [Description("Đối tượng được khen: collective (tập thể), individual (cá nhân), party-member (đảng viên), household (hộ gia đình), unit (chính đơn vị tổ chức hội nghị).")]
    public List<RecipientKind> Recipients { get; init; } = [];

    [Description("Số lượng được khen.")]
    [System.ComponentModel.DataAnnotations.Range(0, 10_000_000)]
    public int Count { get; init; }

    /// <summary>Names of the recipients when the data has them.</summary>
    [Description("Danh sách được khen, nếu có.")]
    public List<AwardRecipient> Names { get; init; } = [];

    /// <summary>
    /// A workbook (.xlsx) or CSV file the names are read from instead of (or after) <see cref="Names"/>; loading
    /// fills <see cref="Names"/> from it, so the annexed list and the count check know no difference.
    /// </summary>
    [Description("Đọc danh sách được khen từ bảng tính (.xlsx) hoặc tệp CSV đặt cạnh tệp dữ liệu, thay cho 'names'. Cột nhận theo tiêu đề: Họ và tên (hoặc Tên tập thể, cá nhân), Chức vụ, Đơn vị, Đối tượng.")]
    public NamesFrom? NamesFrom { get; init; }
}

/// <summary>Where an award's names are read from: a sheet of a workbook, or a CSV file.</summary>
[Description("Bảng tính chứa danh sách được khen.")]
public sealed class NamesFrom
{
    /// <summary>The workbook or CSV file, relative to the data file and inside its folder.</summary>
    [JsonRequired]
    [Description("Tệp .xlsx hoặc .csv, đường dẫn tính từ thư mục của tệp dữ liệu, không ra ngoài thư mục đó.")]
    public string File { get; init; } = "";

    /// <summary>The sheet's name in a workbook; the first sheet when left out (none in a CSV file).</summary>
    [Description("Tên trang tính (sheet) trong tệp .xlsx; mặc định trang đầu tiên.")]
    public string? Sheet { get; init; }

    /// <summary>The row of the column headings (1 = the first row); the names are the rows below it.</summary>
    [Description("Số thứ tự dòng tiêu đề cột (Họ và tên, Chức vụ, đơn vị …); mặc định 1. Người, tập thể được khen là các dòng bên dưới.")]
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int HeaderRow { get; init; } = 1;
}

[Description("Một tập thể hoặc cá nhân được khen.")]
public sealed class AwardRecipient
{
    [Description("Tên tập thể hoặc cá nhân.")]
    public string Name { get; init; } = "";
    [Description("collective (tập thể) hoặc individual (cá nhân).")]
    public RecipientKind Kind { get; init; }
    /// <summary>Position and unit of an individual, or the parent of a collective.</summary>
    [Description("Chức vụ, đơn vị của cá nhân hoặc đơn vị cấp trên của tập thể.")]
    public string? Unit { get; init; }
}

/// <summary>Emulation and commendation work of the year (công tác thi đua, khen thưởng).</summary>
public sealed class Emulation
{
    /// <summary>Markdown summary of the emulation movements.</summary>
    [Description("Tóm tắt phong trào thi đua (Markdown).")]
    public string? Summary { get; init; }

    [Description("Các hình thức khen thưởng.")]
    public List<Award> Awards { get; init; } = [];
}
