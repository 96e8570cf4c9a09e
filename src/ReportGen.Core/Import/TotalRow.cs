namespace ReportGen.Core.Import;

/// <summary>The sum line at the foot of an office's table: "Tổng cộng", "Cộng", "Tổng số" in one of its cells.</summary>
internal static class TotalRow
{
    /// <summary>
    /// Whether <paramref name="row"/> is a total line. Asked of every row of lists of thousands, so a cell is only
    /// compared when it could be one and only its first characters are made into a key. It could be one when it starts
    /// with T or C and goes on with an o, bare or marked ("tổng", "cộng"): a second character of plain ASCII other than o
    /// keeps its place and its letter in the key, so such a cell ("Chuyên viên", "Trường", "TT") is passed over at once.
    /// </summary>
    public static bool Is(SheetRow row)
    {
        foreach (var text in row.Cells.Values)
        {
            if (text.Length < 2 || text[0] is not ('T' or 't' or 'C' or 'c') || (char.IsAscii(text[1]) && text[1] is not ('o' or 'O')))
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
