using ReportGen.Localization;

namespace ReportGen.Core.Import;

/// <summary>A column of a sheet as it was understood: its letters, its heading, and the data key it fills (null: not used).</summary>
public sealed record SheetColumnRead(string Column, string Heading, string? Key);

/// <summary>
/// How a sheet was read, for the person who wants to see it before trusting the numbers (<c>reportgen check</c>):
/// where (<c>chi-tieu.xlsx[Sheet1]</c>), how many rows it gave, and each heading with the data key it was taken for.
/// </summary>
public sealed record SheetReading(string Where, int Rows, SheetReadingKind Kind, IReadOnlyList<SheetColumnRead> Columns)
{
    /// <summary>One line in the user's language: <c>chi-tieu.xlsx[Sheet1]: đọc được 12 chỉ tiêu; các cột: B "Chỉ tiêu" → name, …</c></summary>
    public override string ToString()
    {
        var what = Kind switch
        {
            SheetReadingKind.Indicators => Messages.SheetRowsIndicators,
            SheetReadingKind.Agenda => Messages.SheetRowsAgenda,
            SheetReadingKind.Delegates => Messages.SheetRowsDelegates,
            _ => Messages.SheetRowsNames,
        };
        var columns = string.Join(", ", Columns.Select(c => Messages.SheetColumnUse(c.Column, c.Heading, c.Key ?? Messages.SheetColumnUnused)));
        return Security.TextSafety.Escape(Messages.SheetColumnsRead(Where, Rows, what, columns));
    }
}

/// <summary>What a sheet's rows are.</summary>
public enum SheetReadingKind
{
    Indicators,
    Agenda,
    Delegates,
    AwardNames,
}
