using ReportGen.Core.Diagnostics;
using ReportGen.Core.Wording;
using ReportGen.Localization;
using ReportGen.Layout;
using ReportGen.Layout.Charts;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Booklet;

/// <summary>
/// Paper, margins, type sizes and fonts of the booklet, read from templates/theme.yaml so an office can
/// follow its own house rules without touching code. Defaults follow NĐ 30/2020 and HD 36.
/// </summary>
public sealed record BookletTheme
{
    public PaperSettings Paper { get; init; } = new();
    public MarginSettings MarginsMm { get; init; } = new();
    public FontSettings Fonts { get; init; } = new();
    public BodySettings Body { get; init; } = new();
    public HeadingSettings Headings { get; init; } = new();
    public TableSettings Table { get; init; } = new();
    public PageNumberSettings PageNumber { get; init; } = new();
    public CoverSettings Cover { get; init; } = new();
    public ContentsSettings Contents { get; init; } = new();
    public FooterSettings Footer { get; init; } = new();
    public ChartSettings Chart { get; init; } = new();

    /// <summary>
    /// Spelling of every output, the web page and the articles too (read from theme.yaml only: the A5 print copy
    /// follows it, whatever theme-a5.yaml says).
    /// </summary>
    public TextSettings Text { get; init; } = new();

    /// <summary>
    /// Each document of the booklet starts on a right-hand (odd) page, after a blank page when needed: for a
    /// booklet printed on both sides (the A5 print copy). Off for the A4 reading copy, read on a screen.
    /// </summary>
    public bool DocumentsStartOnRight { get; init; }

    /// <summary>
    /// The kinds of document that start on a right-hand page when not all do ("report": the report opens on the
    /// right, the others run on); spelled as in the data (agenda, report, award-decision …).
    /// </summary>
    public List<string> RightHandStarts { get; init; } = [];

    /// <summary>Whether a document of this kind starts on a right-hand page.</summary>
    public bool StartsOnRight(Core.Model.DocumentKind kind) =>
        DocumentsStartOnRight || (RightHandStarts.Count > 0 && RightHandStarts.Contains(
            YamlDotNet.Serialization.NamingConventions.HyphenatedNamingConvention.Instance.Apply(kind.ToString()), StringComparer.OrdinalIgnoreCase));

    public sealed class PaperSettings { public float WidthMm { get; init; } = 210; public float HeightMm { get; init; } = 297; }
    public sealed class MarginSettings
    {
        public float Top { get; init; } = 20;
        public float Bottom { get; init; } = 20;
        public float Left { get; init; } = 30;
        public float Right { get; init; } = 15;
    }
    public sealed class FontSettings
    {
        public List<string> Stack { get; init; } = ["Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif"];
        /// <summary>Folder of the user's own fonts, relative to the data folder.</summary>
        public string UserFolder { get; init; } = "fonts";
    }
    public sealed class BodySettings
    {
        public float Size { get; init; } = 14;
        public float LineHeight { get; init; } = 1.25f;
        public float FirstLineIndentCm { get; init; } = 1.27f;
        public float ParagraphSpacingPt { get; init; } = 6;
    }
    public sealed class HeadingSettings
    {
        /// <summary>The document's name ("BÁO CÁO") in a Party document: HD 36-HD/VPTW gives 15–16 pt.</summary>
        public float TitleSize { get; init; } = 15;
        /// <summary>The document's name in a state document (People's Committee, Council, Front): NĐ 30/2020 gives 13–14 pt.</summary>
        public float StateTitleSize { get; init; } = 14;
        public float Level2Size { get; init; } = 14;
        public float Level3Size { get; init; } = 14;
        public float SpaceBeforePt { get; init; } = 8;
    }
    public sealed class TableSettings
    {
        public float Size { get; init; } = 12;
        public float CellPaddingPt { get; init; } = 3;
        public string HeaderFill { get; init; } = "#EDEDED";
    }
    public sealed class PageNumberSettings { public float Size { get; init; } = 13; }
    public sealed class CoverSettings
    {
        public float IssuerSize { get; init; } = 14;
        public float LabelSize { get; init; } = 24;
        public float TitleSize { get; init; } = 17;
        public float PlaceSize { get; init; } = 14;

        /// <summary>
        /// Centre the cover on the paper rather than on the text block: a saddle-stitched copy loses nothing at
        /// the spine, so its wider spine-side margin would put the cover visibly off centre. A bound A4 copy keeps
        /// the text block's centre (the binding takes the wider margin).
        /// </summary>
        public bool CentreOnPage { get; init; }
    }

    public sealed class ContentsSettings
    {
        /// <summary>Headings down to this level are listed (1 = documents, 2 = their main parts).</summary>
        public int Depth { get; init; } = 2;
        public string Title { get; init; } = "MỤC LỤC";
        /// <summary>Set false to leave the contents page out.</summary>
        public bool Enabled { get; init; } = true;
    }
    public sealed class FooterSettings
    {
        /// <summary>A running footer with the meeting's short title; official documents have none, so off by default.</summary>
        public bool Enabled { get; init; }
        public float Size { get; init; } = 10;
    }

    /// <summary>
    /// The type sizes of charts: every label at <see cref="Size"/>, category labels allowed down to
    /// <see cref="MinimumSize"/> before they are shortened with "…" (a print copy keeps its small-text minimum).
    /// </summary>
    public sealed class ChartSettings
    {
        public float Size { get; init; } = 10;
        public float MinimumSize { get; init; } = 7.5f;

        public ChartStyle ToStyle() => new() { Size = Size, MinimumSize = Math.Min(MinimumSize, Size) };
    }

    public sealed class TextSettings
    {
        /// <summary>Where the tone mark of oa, oe, uy goes: new ("hóa", "thủy", the Government's documents) or old ("hoá", "thuỷ").</summary>
        public ToneMarkStyle ToneMarks { get; init; } = ToneMarkStyle.New;

        /// <summary>Quotation marks: curly (“…”, ‘…’ inside), the one style Vietnamese print uses.</summary>
        public QuoteStyle Quotes { get; init; } = QuoteStyle.Curly;

        public Spelling ToSpelling() => new(ToneMarks, Quotes);
    }

    public PageSetup ToPageSetup(string? footerText = null) =>
        new(Size.FromMillimetres(Paper.WidthMm, Paper.HeightMm),
            Units.Mm(MarginsMm.Top), Units.Mm(MarginsMm.Bottom), Units.Mm(MarginsMm.Left), Units.Mm(MarginsMm.Right))
        {
            PageNumberStyle = new TextStyle(PageNumber.Size),
            FooterText = Footer.Enabled ? footerText : null,
            FooterStyle = new TextStyle(Footer.Size, Italic: true),
        };

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Reads the theme; a missing file means the defaults above.</summary>
    public static BookletTheme Load(string path)
    {
        if (!File.Exists(path))
        {
            return new BookletTheme();
        }
        try
        {
            return Deserializer.Deserialize<BookletTheme>(File.ReadAllText(path)) ?? new BookletTheme();
        }
        catch (YamlException e)
        {
            // The key is the file's text; a diagnostic is escaped as a whole when it is shown (Diagnostic.ToString).
            var message = Core.Loading.YamlMessages.UnknownKey(e.Message) is { } key
                ? Messages.ThemeKeyUnknown(key)
                : Messages.ThemeInvalid(e.InnerException?.Message ?? e.Message);
            throw new UserInputException(Diagnostic.Error(DiagnosticCodes.ThemeError, message, path, (int)e.Start.Line, (int)e.Start.Column));
        }
    }
}
