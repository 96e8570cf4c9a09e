namespace ReportGen.Docx;

/// <summary>
/// The page and type of a Word file, given by the caller (the build reads them from the booklet's theme,
/// templates/theme.yaml), so the Word files and the PDF share one set of sizes: A4, margins 20/20/30/15 mm,
/// Times New Roman 14 (NĐ 30/2020 Phụ lục I, HD 36-HD/VPTW).
/// </summary>
public sealed record DocxSettings
{
    public double PaperWidthMm { get; init; } = 210;
    public double PaperHeightMm { get; init; } = 297;
    public double MarginTopMm { get; init; } = 20;
    public double MarginBottomMm { get; init; } = 20;
    public double MarginLeftMm { get; init; } = 30;
    public double MarginRightMm { get; init; } = 15;

    /// <summary>The font named in the file; the reader's machine supplies it (Word and LibreOffice map Times New Roman to Liberation Serif when it is missing).</summary>
    public string FontName { get; init; } = "Times New Roman";

    public double BodySize { get; init; } = 14;

    /// <summary>Line height as a multiple of the type size, as the booklet sets it.</summary>
    public double LineHeight { get; init; } = 1.25;
    public double FirstLineIndentCm { get; init; } = 1.27;
    public double ParagraphSpacingPt { get; init; } = 6;

    /// <summary>A Party document's name (HD 36: 15–16 pt).</summary>
    public double TitleSize { get; init; } = 15;

    /// <summary>A state document's name (NĐ 30: 13–14 pt).</summary>
    public double StateTitleSize { get; init; } = 14;
    public double Level2Size { get; init; } = 14;
    public double Level3Size { get; init; } = 14;
    public double HeadingSpaceBeforePt { get; init; } = 8;
    public double TableSize { get; init; } = 12;
    public double CellPaddingPt { get; init; } = 3;

    /// <summary>The header row's fill, "#EDEDED" or "EDEDED".</summary>
    public string HeaderFill { get; init; } = "EDEDED";
    public double PageNumberSize { get; init; } = 13;
}

/// <summary>
/// The file's own properties (docProps/core.xml). Dates come from the data (the meeting's date, or the build's
/// SOURCE_DATE_EPOCH), never the clock, so the same data gives the same bytes.
/// </summary>
public sealed record DocxProperties(string Title, string Author, DateTime Created, DateTime? Modified = null)
{
    public string Language { get; init; } = "vi-VN";
}
