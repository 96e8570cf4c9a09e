namespace ReportGen.Core.Model;

/// <summary>The conference itself: what it sums up, when and where it is held, and its programme.</summary>
public sealed class MeetingInfo
{
    /// <summary>
    /// What the conference does, lower-case as it follows "hội nghị" in a sentence:
    /// "tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021".
    /// </summary>
    public string Title { get; init; } = "";

    /// <summary>A short title for running footers, e.g. "Hội nghị tổng kết năm 2020"; optional.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The year being summed up (2020 for a conference held in January 2021).</summary>
    public int Year { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>Place name for the date line and the cover, e.g. "Ý Yên".</summary>
    public string Place { get; init; } = "";

    public string? Venue { get; init; }

    /// <summary>Number of delegates invited.</summary>
    public int? Delegates { get; init; }

    /// <summary>Booklets printed beyond one per delegate (for guests, the press, the archive).</summary>
    public int ReserveCopies { get; init; }

    /// <summary>Booklets to print: one per delegate plus the reserve.</summary>
    public int Copies => (Delegates ?? 0) + ReserveCopies;

    public List<AgendaItem> Agenda { get; init; } = [];
}
