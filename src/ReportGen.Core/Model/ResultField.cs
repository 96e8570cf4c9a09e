using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>The year's results in one field (lĩnh vực): a summary, measured indicators and narrative.</summary>
[Description("Kết quả một lĩnh vực.")]
public sealed class ResultField
{
    /// <summary>Heading of the field in the report, e.g. "Sản xuất nông nghiệp".</summary>
    [Description("Tên lĩnh vực: \"Sản xuất nông nghiệp\".")]
    public string Name { get; init; } = "";

    /// <summary>Markdown sentence that opens the field and leads into the indicators.</summary>
    [Description("Câu mở đầu lĩnh vực (Markdown).")]
    public string? Summary { get; init; }

    [Description("Các chỉ tiêu của lĩnh vực.")]
    public List<Indicator> Indicators { get; init; } = [];

    /// <summary>
    /// A workbook (.xlsx) or CSV file the field's indicators are read from, after any in <see cref="Indicators"/>;
    /// loading fills <see cref="Indicators"/> from it, so nothing downstream knows where they came from.
    /// </summary>
    [Description("Đọc các chỉ tiêu từ bảng tính (.xlsx) hoặc tệp CSV đặt cạnh tệp dữ liệu, sau các chỉ tiêu ghi ở 'indicators'. Cột nhận theo tiêu đề: Chỉ tiêu, ĐVT, Kế hoạch, Thực hiện, Cùng kỳ, TH/KH (%), So cùng kỳ (%), Đánh giá.")]
    public IndicatorsFrom? IndicatorsFrom { get; init; }

    /// <summary>Markdown narrative after the indicators.</summary>
    [Description("Phần trình bày sau các chỉ tiêu (Markdown).")]
    public string? Text { get; init; }
}

/// <summary>Where a field's indicators are read from: a sheet of a workbook, or a CSV file.</summary>
[Description("Bảng tính chứa các chỉ tiêu của lĩnh vực.")]
public sealed class IndicatorsFrom
{
    /// <summary>The workbook or CSV file, relative to the data file and inside its folder.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    [Description("Tệp .xlsx hoặc .csv, đường dẫn tính từ thư mục của tệp dữ liệu, không ra ngoài thư mục đó.")]
    public string File { get; init; } = "";

    /// <summary>The sheet's name in a workbook; the first sheet when left out (none in a CSV file).</summary>
    [Description("Tên trang tính (sheet) trong tệp .xlsx; mặc định trang đầu tiên.")]
    public string? Sheet { get; init; }

    /// <summary>The row of the column headings (1 = the first row); the indicators are the rows below it.</summary>
    [Description("Số thứ tự dòng tiêu đề cột (Chỉ tiêu, ĐVT, Kế hoạch, Thực hiện …); mặc định 1. Tiêu đề gộp hai dòng thì ghi dòng dưới. Chỉ tiêu là các dòng bên dưới.")]
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int HeaderRow { get; init; } = 1;
}

/// <summary>How many of the year's targets were reached, e.g. 18 of 21.</summary>
public sealed class TargetTally
{
    [Description("Số chỉ tiêu đạt.")]
    [System.ComponentModel.DataAnnotations.Range(0, 10_000)]
    public int Achieved { get; init; }
    [Description("Tổng số chỉ tiêu.")]
    [System.ComponentModel.DataAnnotations.Range(0, 10_000)]
    public int Total { get; init; }

    /// <summary>The verb used for the tally: "hoàn thành", "hoàn thành đạt và vượt".</summary>
    [Description("Động từ: \"hoàn thành\", \"hoàn thành đạt và vượt\".")]
    public string Verb { get; init; } = "hoàn thành";

    /// <summary>What the targets are: "chỉ tiêu chủ yếu của năm 2020".</summary>
    [Description("Tên các chỉ tiêu: \"chỉ tiêu chủ yếu của năm 2020\".")]
    public string Label { get; init; } = "chỉ tiêu";
}

/// <summary>The results of the year being summed up.</summary>
public sealed class YearResults
{
    /// <summary>Markdown clause before the tally: the year's conditions and who led the work.</summary>
    [Description("Đoạn mở đầu: tình hình năm và sự lãnh đạo (Markdown).")]
    public string? Overview { get; init; }

    [Description("Số chỉ tiêu đạt trên tổng số.")]
    public TargetTally? Targets { get; init; }

    [Description("Kết quả theo từng lĩnh vực.")]
    public List<ResultField> Fields { get; init; } = [];

    /// <summary>Shortcomings and their causes (hạn chế, nguyên nhân), Markdown.</summary>
    [Description("Hạn chế, nguyên nhân (Markdown).")]
    public string? Shortcomings { get; init; }
}
