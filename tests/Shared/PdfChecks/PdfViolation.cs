namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// One rule a PDF breaks: the rule's id as veraPDF publishes it (its validation profiles name each rule by the
/// standard, its clause and a test number: "ISO 14289-1:2014 7.1-3"), what is wrong, and where (a page, an object).
/// </summary>
public sealed record PdfViolation(string Rule, string Message, string Where)
{
    public override string ToString() => $"{Rule}: {Message} ({Where})";
}

/// <summary>
/// The rules the checker knows, by the ids of veraPDF's profiles PDFA-2B.xml, PDFA-2U.xml, PDFA-1B.xml and PDFUA-1.xml
/// (veraPDF-validation-profiles). Only rules our files could break are checked; see <see cref="PdfChecker"/>.
/// </summary>
public static class Rules
{
    private const string PdfA2 = "ISO 19005-2:2011 ";
    private const string PdfA1 = "ISO 19005-1:2005 ";
    private const string PdfUA = "ISO 14289-1:2014 ";

    /// <summary>The trailer has an /ID.</summary>
    public const string FileIdentifier = PdfA2 + "6.1.3-1";
    /// <summary>No /Encrypt in the trailer.</summary>
    public const string NoEncryption = PdfA2 + "6.1.3-2";
    /// <summary>An output intent's DestOutputProfile is an output or monitor profile.</summary>
    public const string OutputProfileClass = PdfA2 + "6.2.3-1";
    /// <summary>DeviceRGB only with a PDF/A output intent (with its DestOutputProfile).</summary>
    public const string OutputIntent = PdfA2 + "6.2.4.3-2";
    /// <summary>Every font used is embedded.</summary>
    public const string FontEmbedded = PdfA2 + "6.2.11.4.1-1";
    /// <summary>The embedded font defines every glyph used.</summary>
    public const string GlyphsDefined = PdfA2 + "6.2.11.4.1-2";
    /// <summary>Widths in the font dictionary match the embedded font program's.</summary>
    public const string WidthsMatch = PdfA2 + "6.2.11.5-1";
    /// <summary>ToUnicode maps every code used (PDF/A-2 level U).</summary>
    public const string ToUnicodeA = PdfA2 + "6.2.11.7.2-1";
    /// <summary>No JavaScript, Launch and other forbidden actions.</summary>
    public const string ForbiddenAction = PdfA2 + "6.5.1-1";
    /// <summary>No additional actions on the catalog.</summary>
    public const string CatalogActions = PdfA2 + "6.5.2-1";
    /// <summary>The catalog has an XMP metadata stream.</summary>
    public const string Metadata = PdfA2 + "6.6.2.1-1";
    /// <summary>The XMP says PDF/A (pdfaid).</summary>
    public const string PdfAIdentification = PdfA2 + "6.6.4-1";
    /// <summary>pdfaid:part is 2.</summary>
    public const string PdfAPart = PdfA2 + "6.6.4-2";
    // PDF/A-2 dropped PDF/A-1's rule that the Info dictionary and the XMP agree; we keep them in step all the same
    // and name the check by PDF/A-1's rules.
    /// <summary>Info /CreationDate and xmp:CreateDate agree.</summary>
    public const string InfoCreationDate = PdfA1 + "6.7.3-1";
    /// <summary>Info /Title and dc:title agree.</summary>
    public const string InfoTitle = PdfA1 + "6.7.3-2";
    /// <summary>Info /Producer and pdf:Producer agree.</summary>
    public const string InfoProducer = PdfA1 + "6.7.3-7";
    /// <summary>Info /ModDate and xmp:ModifyDate agree.</summary>
    public const string InfoModDate = PdfA1 + "6.7.3-8";

    /// <summary>The XMP says PDF/UA (pdfuaid).</summary>
    public const string PdfUAIdentification = PdfUA + "5-1";
    /// <summary>pdfuaid:part is 1.</summary>
    public const string PdfUAPart = PdfUA + "5-2";
    /// <summary>/MarkInfo /Marked true.</summary>
    public const string Marked = PdfUA + "6.2-1";
    /// <summary>No artifact inside tagged content.</summary>
    public const string ArtifactInTagged = PdfUA + "7.1-1";
    /// <summary>No tagged content inside an artifact.</summary>
    public const string TaggedInArtifact = PdfUA + "7.1-2";
    /// <summary>Every content item tagged (an MCID the structure tree knows) or an artifact.</summary>
    public const string ContentTagged = PdfUA + "7.1-3";
    /// <summary>The catalog has a metadata stream.</summary>
    public const string UAMetadata = PdfUA + "7.1-8";
    /// <summary>The XMP has a dc:title.</summary>
    public const string DcTitle = PdfUA + "7.1-9";
    /// <summary>/ViewerPreferences /DisplayDocTitle true.</summary>
    public const string DisplayDocTitle = PdfUA + "7.1-10";
    /// <summary>A /StructTreeRoot.</summary>
    public const string StructTreeRoot = PdfUA + "7.1-11";
    /// <summary>Every structure element has its parent (/P).</summary>
    public const string ParentEntry = PdfUA + "7.1-12";
    /// <summary>A Table holds only TR, THead, TBody, TFoot and Caption.</summary>
    public const string TableKids = PdfUA + "7.2-3";
    /// <summary>A TR holds only TH and TD.</summary>
    public const string RowKids = PdfUA + "7.2-10";
    /// <summary>An L holds only L, LI and Caption.</summary>
    public const string ListKids = PdfUA + "7.2-19";
    /// <summary>An LI holds only Lbl and LBody.</summary>
    public const string ListItemKids = PdfUA + "7.2-20";
    /// <summary>A TOC holds only TOC, TOCI and Caption.</summary>
    public const string TocKids = PdfUA + "7.2-27";
    /// <summary>The natural language of the page content is determined (/Lang on the catalog).</summary>
    public const string Language = PdfUA + "7.2-34";
    /// <summary>A Figure has /Alt (or /ActualText).</summary>
    public const string FigureAlt = PdfUA + "7.3-1";
    /// <summary>Headings: H1 first, no skipped level going down.</summary>
    public const string HeadingLevels = PdfUA + "7.4.2-1";
    /// <summary>A table cell's headers can be determined: the table has TH, each with a /Scope.</summary>
    public const string TableHeaders = PdfUA + "7.5-1";
    /// <summary>A page with annotations has /Tabs /S.</summary>
    public const string TabOrder = PdfUA + "7.18.3-1";
    /// <summary>A link annotation is tied to a Link element (/StructParent).</summary>
    public const string LinkTagged = PdfUA + "7.18.5-1";
    /// <summary>A link annotation has /Contents.</summary>
    public const string LinkContents = PdfUA + "7.18.5-2";
    /// <summary>Every font used is embedded.</summary>
    public const string UAFontEmbedded = PdfUA + "7.21.4.1-1";
    /// <summary>Widths match the embedded font program's.</summary>
    public const string UAWidthsMatch = PdfUA + "7.21.5-1";
    /// <summary>ToUnicode maps every code used.</summary>
    public const string ToUnicode = PdfUA + "7.21.7-1";
}
