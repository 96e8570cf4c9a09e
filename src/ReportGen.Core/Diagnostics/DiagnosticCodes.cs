namespace ReportGen.Core.Diagnostics;

/// <summary>
/// Every diagnostic code ReportGen reports, in one place. RG0xx: data files; RG1xx: templates
/// (declared in ReportGen.Templating, listed here for reference).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The data folder given with --data does not exist.</summary>
    public const string DataFolderMissing = "RG001";

    /// <summary>The data folder holds no meeting file.</summary>
    public const string NoMeetings = "RG002";

    /// <summary>A data file could not be read from disk.</summary>
    public const string UnreadableFile = "RG003";

    /// <summary>A data file is larger than <see cref="Loading.DataLoader.MaxFileBytes"/>: not a meeting's data.</summary>
    public const string FileTooLarge = "RG004";

    /// <summary>A data file is not UTF-8 text (saved in another encoding, or not text at all).</summary>
    public const string NotUtf8 = "RG005";

    /// <summary>A roundup file's 'roundup:' key is empty.</summary>
    public const string EmptyRoundup = "RG010";

    /// <summary>A roundup lists no meeting.</summary>
    public const string RoundupWithoutMeetings = "RG011";

    /// <summary>A data file is empty.</summary>
    public const string EmptyFile = "RG012";

    /// <summary>A meeting has no issuer (at least one is needed).</summary>
    public const string MissingIssuers = "RG013";

    /// <summary>A meeting has no 'meeting.date'.</summary>
    public const string MissingDate = "RG014";

    /// <summary>A required field (id, unit.name, meeting.title, meeting.place, roundup.id, roundup.title) is missing or empty.</summary>
    public const string MissingField = "RG015";

    /// <summary>A value YamlDotNet could not read (fallback when no more precise check applies).</summary>
    public const string UnreadableValue = "RG020";

    /// <summary>A YAML syntax error.</summary>
    public const string SyntaxError = "RG021";

    /// <summary>An unclosed bracket or quote (YamlDotNet fails without a position; placed after the last good part).</summary>
    public const string UnclosedBracket = "RG022";

    /// <summary>A tab used for indentation (YAML allows only spaces).</summary>
    public const string TabIndentation = "RG023";

    /// <summary>The same key twice in one mapping (both positions in the message).</summary>
    public const string DuplicateKey = "RG024";

    /// <summary>A key the data model does not know, with the nearest known key.</summary>
    public const string UnknownKey = "RG025";

    /// <summary>Text where a number is expected.</summary>
    public const string NotANumber = "RG026";

    /// <summary>A number in Vietnamese notation (12.278,27): write 12278.27.</summary>
    public const string VietnameseNumber = "RG027";

    /// <summary>A date not written as yyyy-MM-dd.</summary>
    public const string BadDate = "RG028";

    /// <summary>A value of the wrong shape: a list or group where text is expected, an unknown choice (kind, level, true/false), …</summary>
    public const string WrongShape = "RG029";

    /// <summary>Two meeting files share one id.</summary>
    public const string DuplicateMeetingId = "RG030";

    /// <summary>A roundup names a meeting id no file has.</summary>
    public const string UnknownRoundupMeeting = "RG031";

    /// <summary>results.targets.achieved is greater than results.targets.total.</summary>
    public const string AchievedAboveTotal = "RG032";

    /// <summary>A negative count (award count, delegates, reserve_copies).</summary>
    public const string NegativeCount = "RG033";

    /// <summary>An indicator change below −100 % (a quantity cannot fall by more than all of it).</summary>
    public const string ChangeBelowMinus100 = "RG034";

    /// <summary>A meeting date before 1945 or after 2100.</summary>
    public const string ImplausibleDate = "RG035";

    /// <summary>Warning: a district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh) meeting on or after 2025-07-01, when districts no longer exist.</summary>
    public const string DistrictAfterReform = "RG036";

    /// <summary>An indicator's share is outside 0–100 %.</summary>
    public const string ShareOutOfRange = "RG037";

    /// <summary>Warning: a link whose target is not allowed (javascript:, data:, file: …); it is shown as text.</summary>
    public const string RefusedLink = "RG038";

    /// <summary>Warning: a control or bidirectional-override character, removed from the text.</summary>
    public const string RefusedCharacter = "RG039";

    /// <summary>The theme file (theme.yaml) is wrong.</summary>
    public const string ThemeError = "RG040";

    /// <summary>No font of the theme's stack is installed.</summary>
    public const string NoFont = "RG050";

    /// <summary>Content cannot be laid out (e.g. wider than the page).</summary>
    public const string LayoutError = "RG060";

    /// <summary>Warning: a character no font has.</summary>
    public const string MissingGlyph = "RG061";

    /// <summary>Warning: a word or URL wider than its line, cut to fit it.</summary>
    public const string OverwideWord = "RG062";

    /// <summary>Warning: a Markdown block the booklet has no form for, set as plain text.</summary>
    public const string UnknownBlock = "RG063";

    /// <summary>Warning: fields listed in 'examples' still hold example values.</summary>
    public const string ExampleValues = "RG070";

    /// <summary>A document that is read from a Markdown file (contribution, speech, markdown) has no 'file'.</summary>
    public const string DocumentFileMissing = "RG080";

    /// <summary>A document's 'file' is an absolute path (it must be relative to the data file).</summary>
    public const string DocumentFileAbsolute = "RG081";

    /// <summary>A document's 'file' leaves the data file's folder through '..'.</summary>
    public const string DocumentFileOutside = "RG082";

    /// <summary>A document's 'file' does not exist.</summary>
    public const string DocumentFileNotFound = "RG083";

    /// <summary>A document's 'file' is not UTF-8 text, or cannot be read.</summary>
    public const string DocumentFileNotUtf8 = "RG084";

    /// <summary>A document's 'issuer' is not one of the meeting's issuers.</summary>
    public const string DocumentUnknownIssuer = "RG085";

    /// <summary>An award decision names an award that 'emulation.awards' does not have.</summary>
    public const string DocumentUnknownAward = "RG086";

    /// <summary>Warning: a delegate list without delegates.</summary>
    public const string DocumentWithoutDelegates = "RG087";

    /// <summary>Warning: a contribution or speech without its author or unit (its heading would be empty).</summary>
    public const string DocumentWithoutAuthor = "RG088";

    /// <summary>Warning: an award an award decision announces lists a different number of names than its count.</summary>
    public const string DocumentAwardNamesCount = "RG089";

    /// <summary>A contribution's Word file holds something the booklet does not carry over (warning, at its paragraph).</summary>
    public const string WordContentNotCarried = "RG130";

    /// <summary>A contribution's Word file is refused: not a .docx, damaged, or too large when unpacked.</summary>
    public const string WordFileRefused = "RG131";

    /// <summary>Warning: a picture of a contribution's Word file is not PNG or JPEG (EMF, WMF, GIF, TIFF …) or is damaged; left out.</summary>
    public const string WordPictureUnsupported = "RG143";

    /// <summary>Warning: a picture of a contribution's Word file is only linked to a file outside it; never fetched, left out.</summary>
    public const string WordPictureLinked = "RG144";

    /// <summary>Warning: a picture of a contribution's Word file is over the size limits (bytes, pixels, all pictures together); left out.</summary>
    public const string WordPictureTooLarge = "RG145";

    /// <summary>Warning: pictures of a contribution's Word file have no description (Alt Text); kept with a stand-in text.</summary>
    public const string WordPictureWithoutDescription = "RG146";

    /// <summary>A delegate list's, an award's, an indicator or agenda workbook or CSV file is refused: not a workbook, not UTF-8, too large, no such sheet, too many rows.</summary>
    public const string SheetRefused = "RG132";

    /// <summary>A delegate list's or an award's sheet has no name column ("Họ và tên") in its header row.</summary>
    public const string SheetWithoutNameColumn = "RG133";

    /// <summary>Warning: a row of a delegate or award sheet has cells filled but no name; it is skipped.</summary>
    public const string SheetRowWithoutName = "RG134";

    /// <summary>Warning: a delegate's rank cell is empty or not a whole number; the delegate is listed last.</summary>
    public const string SheetBadRank = "RG135";

    /// <summary>Warning: the "Đối tượng" cell of an award's sheet is not tập thể, cá nhân, đảng viên or hộ gia đình.</summary>
    public const string SheetBadRecipientKind = "RG136";

    /// <summary>An indicator or agenda sheet lacks a column it needs (the indicator's name or result, the agenda's item), said at its header row.</summary>
    public const string SheetMissingColumn = "RG137";

    /// <summary>A cell of an indicator sheet's number column holds text that is not a number, said at the cell.</summary>
    public const string SheetBadNumber = "RG138";

    /// <summary>An indicator row of a sheet (a name with a unit or another number) has no result ("Thực hiện"), said at the empty cell.</summary>
    public const string SheetMissingValue = "RG139";

    /// <summary>Warning: a row of an indicator or agenda sheet has cells filled but no name or item; it is skipped.</summary>
    public const string SheetRowWithoutContent = "RG140";

    /// <summary>Warning: an indicator sheet's "Đánh giá" cell is not Đạt, Vượt, Không đạt or Chưa đạt.</summary>
    public const string SheetBadAssessment = "RG141";

    /// <summary>Warning: a sheet's percent column (TH/KH, so cùng kỳ) disagrees with the percent its row's numbers give.</summary>
    public const string SheetComparisonDisagrees = "RG142";

    /// <summary>An indicator's phrase has no {value}: its number would silently not be printed.</summary>
    public const string PhraseWithoutValue = "RG090";

    /// <summary>No name can be derived for the meeting: a ceremony, or a conference with no period, without 'meeting.title'; a session without its number.</summary>
    public const string TitleRequired = "RG091";

    /// <summary>Warning: the report period is not in the data and was taken from the meeting's date.</summary>
    public const string PeriodInferred = "RG092";

    /// <summary>A report period that cannot be (a term without its years, quarter 5).</summary>
    public const string BadPeriod = "RG093";

    /// <summary>Warning: a stated change disagrees beyond rounding with the plan or previous value the data gives.</summary>
    public const string StatedChangeDisagrees = "RG094";

    /// <summary>Warning: the targets tally disagrees with the indicators marked achieved.</summary>
    public const string TargetsDisagree = "RG095";

    /// <summary>Warning: no number of delegates; the print plan counts the reserve copies only.</summary>
    public const string NoDelegates = "RG096";

    /// <summary>A roundup without a date whose meetings are held on different days.</summary>
    public const string RoundupWithoutDate = "RG097";

    /// <summary>
    /// Warning: a meeting's data (its data file and Markdown files) places tone marks both ways ("khoá" and "khóa");
    /// the documents print the theme's placement (text.tone_marks). At the first word of the less used placement.
    /// </summary>
    public const string MixedToneMarks = "RG098";

    /// <summary>A file nested too deep, or whose aliases stand for too many nodes (a "billion laughs").</summary>
    public const string TooLarge = "RG017";

    /// <summary>A number above what the field can hold (delegates, counts, percentages).</summary>
    public const string OutOfRange = "RG019";

    /// <summary>A file holding more than one YAML document (a line "---" between two meetings).</summary>
    public const string SeveralDocuments = "RG018";

    /// <summary>An id that is not a slug (lower-case letters, digits, hyphens) or is a name Windows reserves.</summary>
    public const string BadId = "RG016";

    /// <summary>Another build holds the output folder's lock.</summary>
    public const string OutputLocked = "RG120";

    /// <summary>The output folder is one that must not be written over: the root, the home folder, or one holding the data or templates.</summary>
    public const string OutputFolderRefused = "RG121";

    /// <summary>The output folder cannot be written: a file where a folder should be, no permission, a full disk.</summary>
    public const string OutputNotWritable = "RG122";

    /// <summary>A template has a syntax error (TemplateSet.ParseErrorCode).</summary>
    public const string TemplateSyntax = "RG100";

    /// <summary>The templates folder or a required template is missing (TemplateSet.MissingCode).</summary>
    public const string TemplateMissing = "RG101";

    /// <summary>A template failed while rendering (TemplateRenderer.RenderErrorCode).</summary>
    public const string TemplateRender = "RG102";

    /// <summary>
    /// An output file the build could not replace, mostly because another program holds it open (a PDF reader on
    /// Windows): the meeting's previous files stay whole, the other meetings are built; said at the file's full path.
    /// </summary>
    public const string OutputFileInUse = "RG147";

    /// <summary>
    /// Warning: a file the data names (a contribution, a sheet) was found under another case of its name ("Tham-Luan.md"
    /// for "tham-luan.md"): it works on Windows and macOS, and breaks on Linux. Said with both spellings.
    /// </summary>
    public const string FileNameCaseDiffers = "RG148";
}
