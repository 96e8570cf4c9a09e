namespace ReportGen.Pdf;

/// <summary>What the PDF says about itself. Dates come from the data, never from the clock.</summary>
public sealed record PdfMetadata(string Title, string Author, string Subject, string Keywords, DateTime Created)
{
    public string Creator { get; init; } = "ReportGen";
}
