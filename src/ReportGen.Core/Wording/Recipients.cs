using ReportGen.Core.Model;

namespace ReportGen.Core.Wording;

/// <summary>
/// "Nơi nhận" of a signed document (NĐ 30/2020 Phụ lục I, HD 36-HD/VPTW): the data's list, or a default by the
/// document's kind; always closing with the filed copy ("Lưu: VT", "Lưu Văn phòng Huyện ủy"). Lines come
/// without the leading dash and the closing ";" or ".", which the layout adds.
/// </summary>
public static class Recipients
{
    /// <summary>The recipients of <paramref name="document"/>; empty when it is not signed or the data says none.</summary>
    public static IReadOnlyList<string> For(Meeting meeting, BookletDocument document, Issuer issuer)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(issuer);
        if (document.Signer is null || document.Recipients is { Count: 0 })
        {
            return [];
        }
        var lines = (document.Recipients ?? Default(meeting, document, issuer))
            .Select(Clean)
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return [];
        }
        if (!lines.Any(IsFiledCopy))
        {
            lines.Add(FiledCopy(issuer));
        }
        return lines;
    }

    /// <summary>"- Như Điều 3;" … "- Lưu: VT.": the lines as a document prints them, the last one closed by a full stop.</summary>
    public static IReadOnlyList<string> Printed(IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return recipients.Select((line, i) => $"- {line}{(i == recipients.Count - 1 ? "." : ";")}").ToList();
    }

    /// <summary>
    /// By kind, what an office sends such a document to: a report goes to the same body one level up "for its
    /// information" and to the delegates; an award decision to those named in its Article 3; an agenda or a
    /// delegate list to the delegates. Contributions and speeches are not sent by the office: none.
    /// </summary>
    private static List<string> Default(Meeting meeting, BookletDocument document, Issuer issuer)
    {
        var delegates = $"Các đại biểu dự {MeetingNames.Noun(meeting)}";
        switch (document.Kind)
        {
            case DocumentKind.Report:
                var lines = new List<string>();
                if (BodyAbove(meeting, issuer) is { } above)
                {
                    lines.Add($"{above} (để báo cáo)");
                }
                lines.Add(delegates);
                return lines;
            case DocumentKind.AwardDecision:
                return ["Như Điều 3"];
            case DocumentKind.Agenda:
            case DocumentKind.DelegateList:
                return [delegates];
            default:
                return [];
        }
    }

    /// <summary>
    /// The body of the same kind one level up, from the unit's parent: "Tỉnh ủy Nam Định" over a district
    /// committee, "UBND tỉnh Nam Định", "Thường trực HĐND tỉnh Nam Định"; null at the top or for another body.
    /// </summary>
    private static string? BodyAbove(Meeting meeting, Issuer issuer)
    {
        if (meeting.Unit.Parent is not { } parent || parent.Name.Trim().Length == 0)
        {
            return null;
        }
        return issuer.Kind switch
        {
            IssuerKind.Party when IssuerNames.IsPartyCommittee(issuer) => IssuerNames.CommitteeName(parent),
            IssuerKind.Government => $"UBND {parent.FullName.Trim()}",
            IssuerKind.Council => $"Thường trực HĐND {parent.FullName.Trim()}",
            _ => null,
        };
    }

    /// <summary>A Party committee files its copy with its office ("Lưu Văn phòng Huyện ủy", HD 36); others "Lưu: VT".</summary>
    private static string FiledCopy(Issuer issuer) =>
        IssuerNames.CommitteeWord(issuer) is { } committee ? $"Lưu Văn phòng {committee}" : "Lưu: VT";

    private static bool IsFiledCopy(string line) => line.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase);

    /// <summary>A line as the data may write it ("- Như Điều 3;") without the dash and the closing mark.</summary>
    private static string Clean(string line) => line.Trim().TrimStart('-', '–', '+', '*').Trim().TrimEnd(';', '.', ',').Trim();
}
