namespace ReportGen.Pdf;

/// <summary>What the PDF says about itself. Dates come from the data, never from the clock.</summary>
public sealed record PdfMetadata(string Title, string Author, string Subject, string Keywords, DateTime Created)
{
    public string Creator { get; init; } = "ReportGen";

    /// <summary>The language of the text (BCP 47): the catalog's /Lang and the XMP dc:language.</summary>
    public string Language { get; init; } = "vi-VN";

    /// <summary>
    /// The instant of the last modification (Info /ModDate, XMP xmp:ModifyDate); null means the creation date.
    /// A build with SOURCE_DATE_EPOCH sets it to that instant.
    /// </summary>
    public DateTime? Modified { get; init; }
}
