namespace ReportGen.Core.Import;

/// <summary>The sum line at the foot of an office's table: "Tổng cộng", "Cộng", "Tổng số" in one of its cells.</summary>
internal static class TotalRow
{
    /// <summary>The Vietnamese o in both cases, bare and with each mark: ô, ơ and each of their tones.</summary>
    private static readonly System.Buffers.SearchValues<char> OLetters =
        System.Buffers.SearchValues.Create("oóòỏõọôốồổỗộơớờởỡợOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ");

    /// <summary>
    /// Whether <paramref name="row"/> is a total line. Asked of every row of lists of thousands, so a cell is only
    /// compared when it could be one and only its first characters are made into a key. It could be one when it starts
    /// with T or C and goes on with an o, bare or marked ("tổng", "cộng", "Tong"): any other second letter keeps its
    /// place in the key, so such a cell ("Chuyên viên", "Trường", "TT", and the recipient kinds "Cá nhân", "Tập thể" that
    /// an award sheet repeats on every row) is passed over at once.
    /// </summary>
    /// <remarks>A sheet's cells are NFC (<see cref="SheetTable"/>): a marked o is one character.</remarks>
    public static bool Is(SheetRow row)
    {
        foreach (var text in row.Cells.Values)
        {
            if (text.Length < 2 || text[0] is not ('T' or 't' or 'C' or 'c') || !OLetters.Contains(text[1]))
            {
                continue;
            }
            var key = NameListSheet<SheetReadingKind>.Key(text.Length > 24 ? text[..24] : text);
            if (key.StartsWith("tong cong", StringComparison.Ordinal) || (text.Length <= 24 && key is "cong" or "tong so"))
            {
                return true;
            }
        }
        return false;
    }
}
