namespace ReportGen.Build;

/// <summary>Where the build reads and writes. Paths may be relative to the current folder.</summary>
/// <param name="SourceDateEpoch">
/// The reproducible-builds SOURCE_DATE_EPOCH, when given: the PDFs' modification date (Info /ModDate, XMP
/// xmp:ModifyDate). Null: the modification date is the creation date, the meeting's date. Never the clock.
/// </param>
/// <param name="SiteUrl">
/// Where output/ is published (e.g. https://vanphong.example.vn/hoi-nghi/): the printed booklet's back cover
/// then carries a QR code to the meeting's page. Null: no QR code.
/// </param>
public sealed record BuildOptions(
    string DataDirectory = "seeds",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "output",
    DateTimeOffset? SourceDateEpoch = null,
    string? SiteUrl = null);
