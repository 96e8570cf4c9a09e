namespace ReportGen.Core.Model;

/// <summary>What kind of gathering a meeting is; it decides the noun its documents use for it.</summary>
public enum MeetingKind
{
    /// <summary>Hội nghị: a year-end or half-year summary, an emulation conference, a Party committee's conference.</summary>
    Conference,
    /// <summary>Kỳ họp: a session of a People's Council, numbered within its term.</summary>
    Session,
    /// <summary>Lễ: a ceremony (Party badges, an anniversary, an award).</summary>
    Ceremony,
}
