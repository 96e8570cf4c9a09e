namespace ReportGen.Core.Model;

/// <summary>Who receives an award: a collective (tập thể) or an individual (cá nhân).</summary>
public enum RecipientKind
{
    Collective,
    Individual,
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
public sealed class Award
{
    /// <summary>The award or title: "Bằng khen", "Cờ đơn vị dẫn đầu phong trào thi đua".</summary>
    public string Title { get; init; } = "";

    /// <summary>Who gives it, as the sentence says: "Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh".</summary>
    public string? Giver { get; init; }

    /// <summary>The verb before the title: "tặng", "tặng danh hiệu", "khen thưởng".</summary>
    public string Verb { get; init; } = "tặng";

    /// <summary>Titles of emulation are written in quotation marks (“Tập thể lao động xuất sắc”).</summary>
    public bool Quoted { get; init; }

    public AwardLevel Level { get; init; }

    public List<RecipientKind> Recipients { get; init; } = [];

    public int Count { get; init; }

    /// <summary>Names of the recipients when the data has them.</summary>
    public List<AwardRecipient> Names { get; init; } = [];
}

public sealed class AwardRecipient
{
    public string Name { get; init; } = "";
    public RecipientKind Kind { get; init; }
    /// <summary>Position and unit of an individual, or the parent of a collective.</summary>
    public string? Unit { get; init; }
}

/// <summary>Emulation and commendation work of the year (công tác thi đua, khen thưởng).</summary>
public sealed class Emulation
{
    /// <summary>Markdown summary of the emulation movements.</summary>
    public string? Summary { get; init; }

    public List<Award> Awards { get; init; } = [];
}
