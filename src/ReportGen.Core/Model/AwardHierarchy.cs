namespace ReportGen.Core.Model;

/// <summary>
/// The order awards are announced and listed in: highest first (booklet-conventions.md, Luật Thi đua,
/// khen thưởng 2022). First by the level of the body that gives it (national before province …), then,
/// within a level, by form: orders, emulation flags, emulation fighters, the collective title "Tập thể lao
/// động xuất sắc", certificates of merit, "lao động tiên tiến", giấy khen, anything else; awards the rule
/// cannot tell apart keep the data's order.
/// </summary>
public static class AwardHierarchy
{
    /// <summary>Title words, highest form first; the first that the title contains gives its rank.</summary>
    private static readonly string[] Forms =
    [
        "huân chương",
        "cờ thi đua",
        "cờ đơn vị",
        "chiến sĩ thi đua",
        "tập thể lao động xuất sắc",
        "bằng khen",
        "lao động tiên tiến",
        "giấy khen",
    ];

    /// <summary>The rank of the award's form within its level: 0 is highest.</summary>
    public static int FormRank(Award award)
    {
        var title = DocumentConventions.Normalise(award.Title);
        for (var i = 0; i < Forms.Length; i++)
        {
            if (title.Contains(Forms[i], StringComparison.Ordinal))
            {
                return i;
            }
        }
        return Forms.Length;
    }

    /// <summary>The awards highest first; OrderBy is stable, so ties keep the data's order.</summary>
    public static IReadOnlyList<Award> Order(IEnumerable<Award> awards) =>
        [.. awards.OrderBy(a => a.Level).ThenBy(FormRank)];
}
