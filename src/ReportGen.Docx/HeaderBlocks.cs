using ReportGen.Core.Model;
using ReportGen.Templating.Documents;
using ReportGen.Templating.Formatting;

namespace ReportGen.Docx;

/// <summary>
/// The blocks around a document's text, in Word as the booklet draws them (DocumentHeaderBuilder,
/// SignatureBlockBuilder): the header as a borderless two-column table, the heading of a contribution, and the
/// signature block with "Nơi nhận" as a borderless two-column table. Sizes from docs/issuer-headers.md (NĐ 30,
/// HD 36), scaled with the body size.
/// </summary>
internal sealed class HeaderBlocks(DocxSettings settings, int contentWidth)
{
    /// <summary>The words printed where a signed original has its signature (NĐ 30 for copies).</summary>
    public const string SignedMark = "(Đã ký)";

    private double Pt(double a4Size) => Math.Max(10.5, a4Size * settings.BodySize / 14);

    /// <summary>
    /// Issuing body (superior line, issuing lines in bold capitals, the short rule or "*", the number) on the left;
    /// the national name and motto with its rule, or ĐẢNG CỘNG SẢN VIỆT NAM with its rule, then the place and date
    /// in italics on the right. Two fifths and three fifths of the width.
    /// </summary>
    public IEnumerable<WordBlock> Issuer(IssuerHeading heading)
    {
        var party = heading.Issuer.Kind == IssuerKind.Party;
        var leftWidth = contentWidth * 2 / 5;
        int[] widths = [leftWidth, contentWidth - leftWidth];
        var room = widths.Select(w => w - 2 * 57).ToArray();
        var left = new List<WordBlock>();
        var superior = VietnameseFormat.Upper(heading.Superior);
        var issuing = heading.IssuingLines.Select(VietnameseFormat.Upper).ToList();
        var size = Fit(Pt(party ? 14 : 13), room[0], [superior, .. issuing]);
        if (superior.Length > 0)
        {
            left.Add(Centred(superior, new RunStyle(size)));
        }
        left.AddRange(issuing.Select(line => Centred(line, new RunStyle(size, Bold: true))));
        if (party)
        {
            left.Add(Centred("*", new RunStyle(size)));
        }
        else
        {
            // A short rule, a third to a half of the issuing body's (widest) line.
            var widest = issuing.Select(line => Units.EstimatedWidth(line, size, capitals: true)).DefaultIfEmpty(0).Max();
            left.Add(Word.Rule(Units.Twips(Math.Min(widest, 200) * 0.4), room[0]));
        }
        if (heading.NumberLine is { } number)
        {
            left.Add(Centred(number, new RunStyle(Pt(13)), spacingBefore: 3));
        }

        var right = new List<WordBlock>();
        if (party)
        {
            var partySize = Fit(Pt(15), room[1], [HeaderWords.PartyName]);
            right.Add(Centred(HeaderWords.PartyName, new RunStyle(partySize, Bold: true)));
            right.Add(Word.Rule(Units.Twips(Units.EstimatedWidth(HeaderWords.PartyName, partySize, capitals: true)), room[1]));
        }
        else
        {
            right.Add(Centred(HeaderWords.Nation, new RunStyle(Fit(Pt(12), room[1], [HeaderWords.Nation]), Bold: true)));
            right.Add(Centred(HeaderWords.Motto, new RunStyle(Pt(14), Bold: true)));
            right.Add(Word.Rule(Units.Twips(Units.EstimatedWidth(HeaderWords.Motto, Pt(14), capitals: false)), room[1]));
        }
        right.Add(Centred(heading.DateLine, new RunStyle(Pt(14), Italic: true), spacingBefore: 6));
        return [Word.Borderless(widths, [left, right]), Spacer(12)];
    }

    /// <summary>The heading of a contribution or speech: the unit it speaks for in bold capitals, its presenter in italics.</summary>
    public IEnumerable<WordBlock> Author(AuthorHeading heading)
    {
        var lines = new List<WordBlock>();
        if (!string.IsNullOrWhiteSpace(heading.Unit))
        {
            lines.Add(Centred(VietnameseFormat.Upper(heading.Unit.Trim()), new RunStyle(Pt(13), Bold: true)));
        }
        if (!string.IsNullOrWhiteSpace(heading.Author))
        {
            lines.Add(Centred(heading.Author.Trim(), new RunStyle(Pt(13), Italic: true)));
        }
        lines.Add(Spacer(12));
        return lines;
    }

    /// <summary>
    /// "Nơi nhận" and its lines on the left (NĐ 30: the word bold italic 12 pt, lines 11 pt; HD 36: the word 14 pt
    /// underlined, lines 12 pt); on the right the authority and position in bold capitals, room for the signature
    /// and seal or "(Đã ký)", and the name in bold.
    /// </summary>
    public IEnumerable<WordBlock> Signature(Signer signer, IReadOnlyList<string> recipients, bool party)
    {
        var size = Pt(14);
        var caps = new RunStyle(size, Bold: true);
        var right = new List<WordBlock>();
        if (!string.IsNullOrWhiteSpace(signer.OnBehalf))
        {
            right.Add(Centred(VietnameseFormat.Upper(signer.OnBehalf.Trim()), caps));
        }
        if (!string.IsNullOrWhiteSpace(signer.Position))
        {
            right.Add(Centred(VietnameseFormat.Upper(signer.Position.Trim()), caps));
        }
        if (signer.Signed)
        {
            // A copy of a signed original: the mark in the place of the signature, no empty room left.
            right.Add(Centred(SignedMark, new RunStyle(size, Italic: true), spacingBefore: size * 0.5, spacingAfter: size * 0.5));
        }
        else
        {
            // Room for the signature and the seal: about four lines of text.
            right.Add(Spacer(size * settings.LineHeight * 4));
        }
        right.Add(Centred(signer.Name.Trim(), caps));

        var left = new List<WordBlock>();
        if (recipients.Count > 0)
        {
            var scale = settings.BodySize / 14;
            var label = party
                ? new RunStyle(Math.Max(10, 14 * scale), Underline: true)
                : new RunStyle(Math.Max(10, 12 * scale), Bold: true, Italic: true);
            var item = new RunStyle(Math.Max(9.5, (party ? 12 : 11) * scale));
            // HD 36 underlines the words, not the colon.
            left.Add(Word.Paragraph([new TextRun("Nơi nhận", label), new TextRun(":", label with { Underline = false })], Word.Tight(Alignment.Left)));
            left.AddRange(Core.Wording.Recipients.Printed(recipients).Select(line => Word.Paragraph(line, item, Word.Tight(Alignment.Left))));
        }
        var half = contentWidth / 2;
        return [Spacer(settings.ParagraphSpacingPt * 2), Word.Borderless([half, contentWidth - half], [left, right])];
    }

    /// <summary>The largest size, down to 9,5 pt, at which the widest of the lines stands on one line in the room.</summary>
    private static double Fit(double size, int roomTwips, IEnumerable<string> lines)
    {
        var widest = lines.Select(line => Units.EstimatedWidth(line, 1, capitals: true)).DefaultIfEmpty(0).Max();
        var room = roomTwips / 20.0;
        return widest * size <= room ? size : Math.Max(9.5, Math.Floor(room / widest * 2) / 2);
    }

    private static WordParagraph Centred(string text, RunStyle style, double spacingBefore = 0, double spacingAfter = 0)
    {
        return Word.Paragraph(text, style, Word.Tight(Alignment.Center, spacingAfter, spacingBeforePt: spacingBefore) with { KeepNext = true });
    }

    /// <summary>An empty paragraph of the given height in points.</summary>
    private static WordParagraph Spacer(double points) => new(new ParagraphFormat
    {
        KeepNext = true,
        Spacing = new Spacing { Before = 0, After = 0, Line = Math.Max(20, Units.Twips(points)), Rule = LineRule.Exact },
        Indent = new Indent { FirstLine = 0 },
    }, []);
}
