using ReportGen.Booklet;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating.Documents;

namespace ReportGen.Build;

/// <summary>
/// The print copy of a meeting's booklet (docs/printing.md): the booklet laid out natively on A5 paper
/// with the A5 theme, imposed two-up on A4 sheets for saddle stitching, written as booklet-print.pdf.
/// </summary>
public sealed class PrintCopy(BookletComposer composer, BookletTheme theme)
{
    /// <summary>The A5 composer (for its events, e.g. missing glyphs).</summary>
    public BookletComposer Composer { get; } = composer;

    public const string ThemeFile = "theme-a5.yaml";
    public const string FileName = "booklet-print.pdf";

    /// <summary>The smallest body size a printed booklet may use, in points (docs/printing.md).</summary>
    public const float MinimumBodySize = 10.5f;

    /// <summary>The smallest size of a table, caption or page number on the A5 pages, in points.</summary>
    public const float MinimumSmallSize = 9.5f;

    private static readonly PaperSize A5 = new(148, 210);

    public BookletTheme Theme { get; } = theme;

    /// <summary>The print copy's composer, with <c>templates/theme-a5.yaml</c> or, without it, <see cref="FromA4"/>.</summary>
    public static PrintCopy Create(TextShaper shaper, string templatesDirectory, BookletTheme a4Theme) =>
        Create(shaper, ThemeOf(templatesDirectory, a4Theme));

    /// <summary>The print copy's composer with the A5 theme read before (<see cref="ThemeOf"/>).</summary>
    /// <remarks>
    /// A build reads the A5 theme once and gives it to each worker's copy: a parallel loop's workers are made again every
    /// ~100 ms, and each read the file anew (6–7 reads of a 100-meeting build, 1,7 % of its allocations).
    /// </remarks>
    public static PrintCopy Create(TextShaper shaper, BookletTheme printTheme) =>
        // A saddle-stitched booklet ends with a back cover; padding pages go before it.
        new(new BookletComposer(shaper, printTheme) { BackCover = true }, printTheme);

    /// <summary>
    /// The print copy's theme: <c>templates/theme-a5.yaml</c> or, without it, <see cref="FromA4"/>. Throws
    /// <see cref="Core.Diagnostics.UserInputException"/> naming the file's line and column when it cannot be read.
    /// </summary>
    public static BookletTheme ThemeOf(string templatesDirectory, BookletTheme a4Theme)
    {
        var path = Path.Combine(templatesDirectory, ThemeFile);
        // The spelling is the whole build's (theme.yaml), not the paper's: the A5 copy prints the A4's words.
        return File.Exists(path) ? BookletTheme.Load(path) with { Text = a4Theme.Text } : FromA4(a4Theme);
    }

    /// <summary>The booklet's A5 pages, before imposition; the last one is the back cover.</summary>
    public IReadOnlyList<Page> Compose(Meeting meeting, string agenda, string report, string appendix, string? pageUrl = null) =>
        Composer.Compose(meeting, agenda, report, appendix, pageUrl);

    /// <summary>The A5 pages of the booklet's documents, before imposition; the last one is the back cover.</summary>
    public IReadOnlyList<Page> Compose(Meeting meeting, IReadOnlyList<RenderedDocument> documents, string? pageUrl = null) =>
        Composer.Compose(meeting, documents, pageUrl);

    /// <summary>Lays the meeting out on A5, imposes it and adds the PDF to the output; returns the sheets of paper a copy takes.</summary>
    public int Build(Meeting meeting, string agenda, string report, string appendix, PdfMetadata readingCopy, OutputFiles files, string? pageUrl = null) =>
        Build(meeting, RenderedDocument.Classic(meeting, agenda, report, appendix), readingCopy, files, pageUrl).Sheets;

    /// <summary>Lays the meeting's documents out on A5, imposes them and adds the PDF to the output; returns the paper a copy takes.</summary>
    /// <param name="documentsRead">Called once the documents' Markdown trees are read (<see cref="BookletComposer.Compose(Meeting, IReadOnlyList{RenderedDocument}, string?, IPageSink?, Action?)"/>).</param>
    public PrintCopySheets Build(Meeting meeting, IReadOnlyList<RenderedDocument> documents, PdfMetadata readingCopy, OutputFiles files, string? pageUrl = null,
        Action? documentsRead = null)
    {
        var metadata = readingCopy with
        {
            Title = Core.Wording.ToneMarks.Apply("Bản in tập tài liệu (A5, gấp đôi): " + Core.Wording.MeetingNames.EventName(meeting), Theme.Text.ToneMarks),
        };
        var pageCount = 0;
        var blanks = 0;
        files.Add($"{meeting.Id}/{FileName}", stream =>
        {
            // Left-hand pages move out by the difference of the margins, so the wider one is at the spine. Each page's
            // content is written as soon as it is laid out (PrintSheetPages); the sheets once the page count is known.
            using var writer = new PrintSheetPages(stream, metadata, Units.Mm(Theme.MarginsMm.Left - Theme.MarginsMm.Right));
            var pages = Composer.Compose(meeting, documents, pageUrl, writer, documentsRead);
            writer.Finish(pages);
            pageCount = pages.Count;
            // Blank pages the layout left so a document opens on a right-hand page (the theme's right_hand_starts);
            // the padding to a multiple of four comes later, at imposition, and is not a choice.
            // The last page is the back cover, empty without a QR code but not a blank of this kind.
            blanks = writer.BlankPages.Count(number => number < pages.Count);
        });
        var sheets = PrintSheetWriter.SheetCount(pageCount);
        return new PrintCopySheets(sheets, blanks, sheets - PrintSheetWriter.SheetCount(pageCount - blanks));
    }

    /// <summary>
    /// The A4 theme shrunk to A5 when an office has no theme-a5.yaml: paper, margins and sizes scaled by the
    /// ratio of the paper widths, but no text smaller than the print minimums (body 10,5 pt; tables, page
    /// numbers, the footer and chart labels 9,5 pt).
    /// </summary>
    public static BookletTheme FromA4(BookletTheme a4)
    {
        var scale = A5.Width / a4.Paper.WidthMm;
        float Scaled(float value, float minimum) => MathF.Round(Math.Max(minimum, value * scale) * 2) / 2;
        var body = Scaled(a4.Body.Size, MinimumBodySize);
        return new BookletTheme
        {
            Paper = new BookletTheme.PaperSettings { WidthMm = A5.Width, HeightMm = A5.Height },
            MarginsMm = new BookletTheme.MarginSettings
            {
                Top = Scaled(a4.MarginsMm.Top, 10),
                Bottom = Scaled(a4.MarginsMm.Bottom, 10),
                Left = Scaled(a4.MarginsMm.Left, 10),
                Right = Scaled(a4.MarginsMm.Right, 10),
            },
            Fonts = a4.Fonts,
            Body = new BookletTheme.BodySettings
            {
                Size = body,
                LineHeight = a4.Body.LineHeight,
                FirstLineIndentCm = a4.Body.FirstLineIndentCm * scale,
                ParagraphSpacingPt = a4.Body.ParagraphSpacingPt,
            },
            Headings = new BookletTheme.HeadingSettings
            {
                TitleSize = Scaled(a4.Headings.TitleSize, body),
                StateTitleSize = Scaled(a4.Headings.StateTitleSize, body),
                Level2Size = Scaled(a4.Headings.Level2Size, body),
                Level3Size = Scaled(a4.Headings.Level3Size, body),
                SpaceBeforePt = a4.Headings.SpaceBeforePt * scale,
            },
            Table = new BookletTheme.TableSettings
            {
                Size = Scaled(a4.Table.Size, MinimumSmallSize),
                CellPaddingPt = a4.Table.CellPaddingPt * scale,
                HeaderFill = a4.Table.HeaderFill,
            },
            PageNumber = new BookletTheme.PageNumberSettings { Size = Scaled(a4.PageNumber.Size, MinimumSmallSize) },
            Cover = new BookletTheme.CoverSettings
            {
                IssuerSize = Scaled(a4.Cover.IssuerSize, body),
                LabelSize = Scaled(a4.Cover.LabelSize, body),
                TitleSize = Scaled(a4.Cover.TitleSize, body),
                PlaceSize = Scaled(a4.Cover.PlaceSize, body),
            },
            Contents = a4.Contents,
            Text = a4.Text,
            // The print copy is printed on both sides and folded: documents start on a right-hand page.
            DocumentsStartOnRight = true,
            Footer = new BookletTheme.FooterSettings { Enabled = a4.Footer.Enabled, Size = Scaled(a4.Footer.Size, MinimumSmallSize) },
            // Chart labels keep their size (they are small already); shrinking stops at the print minimum.
            Chart = new BookletTheme.ChartSettings
            {
                Size = Math.Max(a4.Chart.Size, MinimumSmallSize),
                MinimumSize = Math.Max(a4.Chart.MinimumSize, MinimumSmallSize),
            },
        };
    }

    private readonly record struct PaperSize(float Width, float Height);
}

/// <summary>The paper one print copy takes, and what its right-hand starts cost.</summary>
/// <param name="Sheets">A4 sheets of one copy.</param>
/// <param name="BlankPages">Pages left blank so that a document starts on a right-hand page.</param>
/// <param name="SheetsForBlanks">Of <paramref name="Sheets"/>, those the blank pages add (0 when the padding would have filled them anyway).</param>
public sealed record PrintCopySheets(int Sheets, int BlankPages, int SheetsForBlanks);
