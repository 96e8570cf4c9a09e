namespace ReportGen.Templating.Documents;

/// <summary>The fixed words of a document header (booklet-conventions.md), shared by the booklet and the web page.</summary>
public static class HeaderWords
{
    /// <summary>Top right of a Party document (HD 36).</summary>
    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /// <summary>Top right of a state document (NĐ 30): the national name…</summary>
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>…and the motto under it.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
}
