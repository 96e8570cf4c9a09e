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
/// <param name="Only">
/// A meeting's id: build only that meeting, the roundups that include it and the index (which still lists
/// every meeting); other meetings' files and print-plan.md in the output folder stay as they are. Null: all.
/// </param>
/// <param name="Formats">
/// Which outputs are made: PDF (booklet.pdf, booklet-print.pdf), HTML (pages, index), Markdown (articles, and
/// print-plan.md when the PDFs are made too, since it needs their layout), Docx (a Word file per document in
/// &lt;id&gt;/docx/). What is not asked is not computed.
/// </param>
public sealed record BuildOptions(
    string DataDirectory = "seeds",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "output",
    DateTimeOffset? SourceDateEpoch = null,
    string? SiteUrl = null,
    string? Only = null,
    OutputFormats Formats = OutputFormats.All)
{
    /// <summary>
    /// Build every asked meeting even when nothing it depends on changed (<c>--force</c>). False: meetings
    /// whose inputs hash as in the last build (output/.reportgen/build-state.json) keep their files.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>How many meetings are built at once; null: one per processor core.</summary>
    public int? Parallelism { get; init; }
}

/// <summary>The kinds of output a build writes (<c>--format pdf,html,md,docx</c>).</summary>
[Flags]
public enum OutputFormats
{
    None = 0,
    Pdf = 1,
    Html = 2,
    Md = 4,
    /// <summary>One Word file per document of the booklet, in NĐ 30 form (ReportGen.Docx).</summary>
    Docx = 8,
    All = Pdf | Html | Md | Docx,
}
