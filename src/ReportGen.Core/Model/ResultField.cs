namespace ReportGen.Core.Model;

/// <summary>The year's results in one field (lĩnh vực): a summary, measured indicators and narrative.</summary>
public sealed class ResultField
{
    /// <summary>Heading of the field in the report, e.g. "Sản xuất nông nghiệp".</summary>
    public string Name { get; init; } = "";

    /// <summary>Markdown sentence that opens the field and leads into the indicators.</summary>
    public string? Summary { get; init; }

    public List<Indicator> Indicators { get; init; } = [];

    /// <summary>Markdown narrative after the indicators.</summary>
    public string? Text { get; init; }
}

/// <summary>How many of the year's targets were reached, e.g. 18 of 21.</summary>
public sealed class TargetTally
{
    public int Achieved { get; init; }
    public int Total { get; init; }

    /// <summary>The verb used for the tally: "hoàn thành", "hoàn thành đạt và vượt".</summary>
    public string Verb { get; init; } = "hoàn thành";

    /// <summary>What the targets are: "chỉ tiêu chủ yếu của năm 2020".</summary>
    public string Label { get; init; } = "chỉ tiêu";
}

/// <summary>The results of the year being summed up.</summary>
public sealed class YearResults
{
    /// <summary>Markdown clause before the tally: the year's conditions and who led the work.</summary>
    public string? Overview { get; init; }

    public TargetTally? Targets { get; init; }

    public List<ResultField> Fields { get; init; } = [];

    /// <summary>Shortcomings and their causes (hạn chế, nguyên nhân), Markdown.</summary>
    public string? Shortcomings { get; init; }
}
