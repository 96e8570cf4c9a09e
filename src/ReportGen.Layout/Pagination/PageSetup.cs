using ReportGen.Layout.Text;

namespace ReportGen.Layout.Pagination;

/// <summary>Paper, margins and page numbering of a document, in points.</summary>
public sealed record PageSetup(Size Paper, float MarginTop, float MarginBottom, float MarginLeft, float MarginRight)
{
    /// <summary>Style of the page number centred in the top margin; null for no numbers.</summary>
    public TextStyle? PageNumberStyle { get; init; }

    /// <summary>Official documents show no number on the first page (the cover).</summary>
    public int FirstNumberedPage { get; init; } = 2;

    public Size ContentSize => new(Paper.Width - MarginLeft - MarginRight, Paper.Height - MarginTop - MarginBottom);
}
