using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>What a document of the booklet is; it decides its content, its header and its number's type code.</summary>
public enum DocumentKind
{
    /// <summary>Chương trình hội nghị, from <c>meeting.agenda</c>.</summary>
    Agenda,
    /// <summary>Báo cáo tổng kết, from the results, emulation and tasks; the indicator appendix follows it.</summary>
    Report,
    /// <summary>Quyết định khen thưởng, with the lists of recipients of the meeting's awards annexed.</summary>
    AwardDecision,
    /// <summary>Tham luận of a member unit, from a Markdown file beside the data; headed by its author and unit.</summary>
    Contribution,
    /// <summary>Bài phát biểu (a speech), from a Markdown file; headed by its speaker like a contribution.</summary>
    Speech,
    /// <summary>Danh sách đại biểu, in protocol order.</summary>
    DelegateList,
    /// <summary>Any other text, from a Markdown file beside the data.</summary>
    Markdown,
}

/// <summary>
/// One document bound into the booklet: its own header (issuing body, number, place and date), title,
/// content and signature. A meeting lists them in the order they are bound.
/// </summary>
[Description("Một văn bản trong tập tài liệu: tiêu đề, số, nội dung, chữ ký riêng.")]
public sealed class BookletDocument
{
    [Description("Loại văn bản: agenda (chương trình), report (báo cáo), award-decision (quyết định khen thưởng), contribution (tham luận), speech (phát biểu), delegate-list (danh sách đại biểu), markdown (văn bản khác).")]
    public DocumentKind Kind { get; init; }

    /// <summary>The register number, e.g. 12 in "Số: 12/BC-UBND"; none for an unnumbered document.</summary>
    [Description("Số văn bản (12 trong \"Số: 12/BC-UBND\"); bỏ trống nếu không đánh số.")]
    [System.ComponentModel.DataAnnotations.Range(0, 100_000_000)]
    public int? Number { get; init; }

    /// <summary>The type code of the number when the kind's default (BC, QĐ, CTr, DS) is not the one used.</summary>
    [Description("Chữ viết tắt loại văn bản trong số, nếu khác mặc định (BC, QĐ, CTr, DS).")]
    public string? TypeCode { get; init; }

    /// <summary>The issuing body: the short name or the name of one of the meeting's issuers; the first one when left out.</summary>
    [Description("Cơ quan ban hành: tên ngắn hoặc tên của một trong các cơ quan ở 'issuers'; mặc định cơ quan đầu tiên.")]
    public string? Issuer { get; init; }

    [Description("Ngày ban hành, nếu khác ngày họp (2021-01-20).")]
    public DateOnly? Date { get; init; }

    [Description("Địa danh ở dòng ngày tháng, nếu khác địa danh của hội nghị.")]
    public string? Place { get; init; }

    /// <summary>The document's name in capitals when not the kind's own ("BÁO CÁO", "QUYẾT ĐỊNH" …).</summary>
    [Description("Tên loại văn bản viết hoa, nếu khác mặc định (\"BÁO CÁO\", \"QUYẾT ĐỊNH\", \"THAM LUẬN\" …).")]
    public string? Title { get; init; }

    /// <summary>The summary line (trích yếu) under the title, e.g. "Về việc khen thưởng …".</summary>
    [Description("Trích yếu nội dung dưới tên văn bản: \"Về việc khen thưởng …\".")]
    public string? Summary { get; init; }

    [Description("Người ký: thẩm quyền (TM. / T/M), chức vụ, họ tên.")]
    public Signer? Signer { get; init; }

    /// <summary>A Markdown file, relative to the data file and inside its folder (contribution, speech, markdown).</summary>
    [Description("Tệp Markdown nội dung, đường dẫn tính từ thư mục của tệp dữ liệu, không ra ngoài thư mục đó.")]
    public string? File { get; init; }

    /// <summary>Who presents a contribution or speech, e.g. "Đồng chí Trần Văn Bình, Bí thư Đảng ủy".</summary>
    [Description("Người trình bày tham luận hoặc phát biểu.")]
    public string? Author { get; init; }

    /// <summary>The unit the author speaks for, e.g. "Đảng bộ xã Yên Tiến".</summary>
    [Description("Đơn vị của người trình bày.")]
    public string? Unit { get; init; }

    /// <summary>The delegates of a delegate list; they are printed in protocol order (rank, then given name).</summary>
    [Description("Các đại biểu của danh sách; in theo thứ tự nghi thức (rank, rồi tên).")]
    public List<DelegateEntry> Delegates { get; init; } = [];

    /// <summary>
    /// A workbook (.xlsx) or CSV file the delegates are read from instead of (or after) <see cref="Delegates"/>;
    /// loading fills <see cref="Delegates"/> from it, so nothing downstream knows where they came from.
    /// </summary>
    [Description("Đọc danh sách đại biểu từ bảng tính (.xlsx) hoặc tệp CSV đặt cạnh tệp dữ liệu, thay cho 'delegates'. Cột nhận theo tiêu đề: Họ và tên, Chức vụ, Đơn vị, Thứ tự.")]
    public DelegatesFrom? DelegatesFrom { get; init; }

    /// <summary>A delegate list that starts with the meeting's presiding leaders and guests.</summary>
    [Description("Danh sách đại biểu có cả lãnh đạo chủ trì và khách mời ở đầu (true/false).")]
    public bool Guests { get; init; }

    /// <summary>
    /// The meeting's awards an award decision covers, each by its title or, when two share a title, by title and giver
    /// ("Giấy khen của Chủ tịch UBND xã"); all of them when left out.
    /// </summary>
    [Description("Tên các hình thức khen thưởng (trong emulation.awards) mà quyết định công bố; hai hình thức cùng tên thì ghi kèm người tặng: \"Giấy khen của Chủ tịch UBND xã\"; mặc định tất cả.")]
    public List<string> Awards { get; init; } = [];

    /// <summary>The legal grounds (căn cứ) of a decision, one per line.</summary>
    [Description("Các căn cứ ban hành quyết định, mỗi căn cứ một dòng.")]
    public List<string> Bases { get; init; } = [];

    /// <summary>
    /// "Nơi nhận" of a signed document, one recipient per line ("Thường trực Tỉnh ủy (để báo cáo)"); "Lưu: VT"
    /// is added when no line files a copy. Left out, a default by kind (Wording/Recipients); empty, none.
    /// </summary>
    [Description("Nơi nhận, mỗi nơi một dòng (\"Thường trực Tỉnh ủy (để báo cáo)\"); tự thêm \"Lưu: VT\". Bỏ trống để dùng mặc định theo loại văn bản; [] để không in.")]
    [AbsentMeansDefault]
    public List<string>? Recipients { get; init; }
}

/// <summary>The signature block of a document (booklet-conventions.md): authority, position and name.</summary>
[Description("Khối chữ ký: thẩm quyền ký, chức vụ, họ tên.")]
public sealed class Signer
{
    /// <summary>"TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"; none when the head signs in person.</summary>
    [Description("Thẩm quyền ký: \"TM. ỦY BAN NHÂN DÂN\", \"T/M BAN THƯỜNG VỤ\".")]
    public string? OnBehalf { get; init; }

    [Description("Chức vụ người ký: \"CHỦ TỊCH\", \"BÍ THƯ\".")]
    public string Position { get; init; } = "";

    /// <summary>The signer's name, with no title before it.</summary>
    [Description("Họ tên người ký, không ghi học hàm, học vị phía trước.")]
    public string Name { get; init; } = "";

    /// <summary>
    /// The original is already signed: the copy prints "(Đã ký)" where the signature would go and keeps no
    /// empty room for a signature and seal.
    /// </summary>
    [Description("Bản gốc đã ký: in \"(Đã ký)\" thay cho khoảng trống ký tên, đóng dấu (true/false).")]
    public bool Signed { get; init; }
}

/// <summary>Where a delegate list's delegates are read from: a sheet of a workbook, or a CSV file.</summary>
[Description("Bảng tính chứa danh sách đại biểu.")]
public sealed class DelegatesFrom
{
    /// <summary>The workbook or CSV file, relative to the data file and inside its folder.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    [Description("Tệp .xlsx hoặc .csv, đường dẫn tính từ thư mục của tệp dữ liệu, không ra ngoài thư mục đó.")]
    public string File { get; init; } = "";

    /// <summary>The sheet's name in a workbook; the first sheet when left out (none in a CSV file).</summary>
    [Description("Tên trang tính (sheet) trong tệp .xlsx; mặc định trang đầu tiên.")]
    public string? Sheet { get; init; }

    /// <summary>The row of the column headings (1 = the first row); the delegates are the rows below it.</summary>
    [Description("Số thứ tự dòng tiêu đề cột (Họ và tên, Chức vụ …); mặc định 1. Đại biểu là các dòng bên dưới.")]
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int HeaderRow { get; init; } = 1;
}

/// <summary>One delegate of a delegate list.</summary>
[Description("Một đại biểu.")]
public sealed class DelegateEntry
{
    /// <summary>Protocol rank: 1 is named first; delegates of one rank are ordered by given name.</summary>
    [Description("Thứ tự nghi thức: 1 được xếp trước; cùng thứ tự thì xếp theo tên.")]
    public int Rank { get; init; }

    [Description("Họ tên đại biểu.")]
    public string Name { get; init; } = "";

    [Description("Chức vụ.")]
    public string? Position { get; init; }

    [Description("Đơn vị công tác.")]
    public string? Unit { get; init; }
}

/// <summary>
/// A list the data may leave out to get a default, while an empty list (<c>[]</c>) means "none": loading keeps
/// it null when absent instead of making it empty like every other list.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsentMeansDefaultAttribute : Attribute;
