using System.Text;

namespace ReportGen.Core.Model;

/// <summary>
/// What a document of the booklet takes from the conventions when the data does not say
/// (booklet-conventions.md): its name, the type code of its number, the issuer's code, and the number's
/// form, which differs between Party (HD 36: "Số 12-BC/HU") and state documents (NĐ 30: "Số: 12/BC-UBND").
/// </summary>
public static class DocumentConventions
{
    /// <summary>The document's name as its title line prints it.</summary>
    public static string? Title(BookletDocument document, Meeting? meeting = null) =>
        !string.IsNullOrWhiteSpace(document.Title) ? document.Title.Trim() : document.Kind switch
        {
            DocumentKind.Agenda => AgendaTitle(meeting),
            DocumentKind.Report => "BÁO CÁO",
            DocumentKind.AwardDecision => "QUYẾT ĐỊNH",
            DocumentKind.Contribution => "THAM LUẬN",
            DocumentKind.Speech => "BÀI PHÁT BIỂU",
            DocumentKind.DelegateList => "DANH SÁCH ĐẠI BIỂU",
            _ => null, // a free Markdown document brings its own title
        };

    /// <summary>"CHƯƠNG TRÌNH HỘI NGHỊ", "CHƯƠNG TRÌNH KỲ HỌP", "CHƯƠNG TRÌNH BUỔI LỄ": by the meeting's kind.</summary>
    public static string AgendaTitle(Meeting? meeting) => meeting?.Info.Kind switch
    {
        MeetingKind.Session => "CHƯƠNG TRÌNH KỲ HỌP",
        MeetingKind.Ceremony => "CHƯƠNG TRÌNH BUỔI LỄ",
        _ => "CHƯƠNG TRÌNH HỘI NGHỊ",
    };

    /// <summary>
    /// The type code in the number (NĐ 30 Phụ lục III and HD 36 use the same ones for these kinds):
    /// BC báo cáo, QĐ quyết định, CTr chương trình, DS danh sách. The data's <c>type_code</c> wins.
    /// </summary>
    public static string TypeCode(BookletDocument document) =>
        !string.IsNullOrWhiteSpace(document.TypeCode) ? document.TypeCode.Trim() : document.Kind switch
        {
            DocumentKind.Agenda => "CTr",
            DocumentKind.Report => "BC",
            DocumentKind.AwardDecision => "QĐ",
            DocumentKind.DelegateList => "DS",
            _ => "",
        };

    /// <summary>"HU" for "Huyện ủy", "UBND" for "UBND": the data's <c>code</c>, else the short name when it is
    /// already an abbreviation (no lower-case letter), else the initials of the short name.</summary>
    public static string IssuerCode(Issuer issuer)
    {
        if (!string.IsNullOrWhiteSpace(issuer.Code))
        {
            return issuer.Code.Trim();
        }
        var name = string.IsNullOrWhiteSpace(issuer.ShortName) ? issuer.Name : issuer.ShortName;
        if (!name.Any(char.IsLower))
        {
            return name.Trim();
        }
        var initials = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => RemoveMarks(word[..1]).ToUpperInvariant());
        return string.Concat(initials);
    }

    /// <summary>
    /// "Số 12-BC/HU" for a Party committee, "Số: 12/BC-UBND" for a state body; null when the document
    /// carries no number.
    /// </summary>
    public static string? NumberLine(BookletDocument document, Issuer issuer)
    {
        if (document.Number is not { } number)
        {
            return null;
        }
        var type = TypeCode(document);
        var code = IssuerCode(issuer);
        // NĐ 30/2020 Phụ lục I: a number below 10 takes a leading zero ("Số: 05/BC-UBND"); Party documents number
        // from 01 likewise (HD 36-HD/VPTW), "Số 05-BC/HU".
        var register = number.ToString(number < 10 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture);
        if (issuer.Kind == IssuerKind.Party)
        {
            return type.Length == 0 ? $"Số {register}/{code}" : $"Số {register}-{type}/{code}";
        }
        return type.Length == 0 ? $"Số: {register}/{code}" : $"Số: {register}/{type}-{code}";
    }

    /// <summary>The issuer the document names (by short name or name), or the meeting's first.</summary>
    public static Issuer IssuerOf(Meeting meeting, BookletDocument document) =>
        FindIssuer(meeting, document.Issuer) ?? meeting.Issuers[0];

    /// <summary>The meeting's issuer whose short name or name is <paramref name="reference"/>; null if none.</summary>
    public static Issuer? FindIssuer(Meeting meeting, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var wanted = Normalise(reference);
        return meeting.Issuers.FirstOrDefault(i => Normalise(i.ShortName) == wanted)
            ?? meeting.Issuers.FirstOrDefault(i => Normalise(i.Name) == wanted);
    }

    /// <summary>Whether the document is read from a Markdown file beside the data.</summary>
    public static bool TakesFile(DocumentKind kind) =>
        kind is DocumentKind.Contribution or DocumentKind.Speech or DocumentKind.Markdown;

    /// <summary>Whether the document is headed by its author and unit rather than by an issuing body.</summary>
    public static bool HeadedByAuthor(DocumentKind kind) => kind is DocumentKind.Contribution or DocumentKind.Speech;

    /// <summary>
    /// A name as references compare it: NFC, trimmed, lower case, tone marks placed one way, so an award decision
    /// naming "Uỷ ban" finds the issuer "Ủy ban" before the data is normalised.
    /// </summary>
    public static string Normalise(string? text) =>
        Wording.ToneMarks.Apply((text ?? "").Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant(), Wording.ToneMarkStyle.New);

    private static string RemoveMarks(string text)
    {
        // Đ keeps its stroke (ĐU, not DU), as offices write it; other letters lose their tone marks.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    }
}
