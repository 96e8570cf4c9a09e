using ReportGen.Layout.Text;

namespace ReportGen.Layout.Pagination;

/// <summary>Paper, margins and page furniture of a part of a document, in points.</summary>
public sealed record PageSetup(Size Paper, float MarginTop, float MarginBottom, float MarginLeft, float MarginRight)
{
    /// <summary>Style of the page number centred in the top margin; null for no numbers.</summary>
    public TextStyle? PageNumberStyle { get; init; }

    /// <summary>Official documents show no number on the first page (the cover).</summary>
    public int FirstNumberedPage { get; init; } = 2;

    /// <summary>A running footer centred in the bottom margin (e.g. the meeting's short title); null for none.</summary>
    public string? FooterText { get; init; }

    public TextStyle? FooterStyle { get; init; }

    /// <summary>A mark in the bottom margin of every page, the cover too ("DỰ THẢO …"); null for none. It takes the footer's place.</summary>
    public string? DraftMark { get; init; }

    /// <summary>
    /// How near the paper's edge the page furniture (number, footer, draft mark) may print: many office printers
    /// leave a band of 4–6 mm unprinted, so it keeps 8 mm, moving towards the text when its margin is narrow.
    /// </summary>
    public float MinimumInkDistance { get; init; } = Units.Mm(8);

    public Size ContentSize => new(Paper.Width - MarginLeft - MarginRight, Paper.Height - MarginTop - MarginBottom);

    /// <summary>The same margins on the paper turned sideways, for wide appendix tables.</summary>
    public PageSetup Landscape() => Paper.Width > Paper.Height
        ? this
        : this with { Paper = new Size(Paper.Height, Paper.Width) };
}

/// <summary>A run of content laid out on pages of one setup; the next section starts on a new page.</summary>
public sealed record Section(Elements.Element Content, PageSetup Setup)
{
    /// <summary>
    /// Start on a right-hand (odd-numbered) page, after a blank page when needed: a document of a
    /// two-sided booklet that follows a landscape appendix.
    /// </summary>
    public bool StartsOnRightHandPage { get; init; }
}
