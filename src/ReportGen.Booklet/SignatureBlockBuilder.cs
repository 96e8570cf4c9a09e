using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The signature block at the end of a document (booklet-conventions.md): in the right half, centred,
/// the authority ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ") and the position in capitals and bold, room
/// for the signature and seal (or "(Đã ký)" on a copy of a signed original), then the signer's name in bold.
/// In the left half, level with the authority, "Nơi nhận" and its lines. Kept on one page.
/// Tagged PDF: two Divs of paragraphs, the signature first and then the recipients, the order in which the
/// document is read (on the page the recipients stand to the left).
/// </summary>
public sealed class SignatureBlockBuilder(ParagraphSetter setter, BookletTheme theme)
{
    /// <summary>The words printed where a signed original has its signature (NĐ 30 for copies).</summary>
    public const string SignedMark = "(Đã ký)";

    private const float MinimumSize = 9.5f;

    /// <summary>The /T of the signature's Div (tagged PDF).</summary>
    public const string SignatureTitle = "Chữ ký";

    /// <summary>The /T of the recipients' Div (tagged PDF).</summary>
    public const string RecipientsTitle = "Nơi nhận";

    /// <param name="parent">The document's structure element (tagged PDF); null for none.</param>
    public Element Build(Signer signer, IReadOnlyList<string> recipients, bool party, float pageContentHeight, StructureElement? parent = null)
    {
        var scale = theme.Body.Size / 14f;
        var size = Math.Max(10.5f, 14f * scale);
        var caps = new TextStyle(size, Bold: true);
        var signature = new StructureElement(StructureRole.Div, parent) { Title = SignatureTitle };
        var lines = new List<Element>();
        if (!string.IsNullOrWhiteSpace(signer.OnBehalf))
        {
            lines.Add(Centered(VietnameseFormat.Upper(signer.OnBehalf.Trim()), caps, signature));
        }
        if (!string.IsNullOrWhiteSpace(signer.Position))
        {
            lines.Add(Centered(VietnameseFormat.Upper(signer.Position.Trim()), caps, signature));
        }
        if (signer.Signed)
        {
            // A copy of a signed original: the mark in the place of the signature, no empty room left.
            var gap = new Spacer(size * 0.5f);
            lines.AddRange([gap, Centered(SignedMark, new TextStyle(size, Italic: true), signature), gap]);
        }
        else
        {
            // Room for the signature and the seal: about four lines of text.
            lines.Add(new Spacer(size * theme.Body.LineHeight * 4));
        }
        lines.Add(Centered(signer.Name.Trim(), caps, signature));
        Element left = recipients.Count == 0 ? new Spacer(0)
            : Recipients(recipients, party, scale, new StructureElement(StructureRole.Div, parent) { Title = RecipientsTitle });
        var block = new Row([Row.Relative(1, left), Row.Relative(1, new Column(lines))], spacing: 6);
        return new KeepTogether(new Column([new Spacer(theme.Body.ParagraphSpacingPt * 2), block]), pageContentHeight);
    }

    /// <summary>
    /// "Nơi nhận:" and its lines. NĐ 30 (Phụ lục I): the word in bold italic 12 pt, the lines in 11 pt; HD 36 for
    /// Party documents: the word in 14 pt, upright, underlined, the lines in 12 pt. Scaled with the theme's body
    /// size, so an A5 booklet keeps the proportions.
    /// </summary>
    private Column Recipients(IReadOnlyList<string> recipients, bool party, float scale, StructureElement block)
    {
        // On a small page the scaled sizes would fall under what prints legibly: 10 and 9,5 pt at the least.
        var label = party
            ? new TextStyle(Math.Max(10f, 14f * scale), Underline: true)
            : new TextStyle(Math.Max(10f, 12f * scale), Bold: true, Italic: true);
        var item = new TextStyle(Math.Max(MinimumSize, (party ? 12f : 11f) * scale));
        // HD 36 underlines the words, not the colon.
        var heading = new TextBlock(setter, [new TextSpan("Nơi nhận", label), new TextSpan(":", label with { Underline = false })],
            new ParagraphStyle(TextAlignment.Left, 0, 1.1f)) { Structure = new StructureElement(StructureRole.P, block) };
        var lines = new List<Element> { heading };
        lines.AddRange(Core.Wording.Recipients.Printed(recipients).Select(line => (Element)Left(line, item, block)));
        return new Column(lines);
    }

    private TextBlock Centered(string text, TextStyle style, StructureElement block) =>
        new(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Center, 0, 1.2f)) { Structure = new StructureElement(StructureRole.P, block) };

    private TextBlock Left(string text, TextStyle style, StructureElement block) =>
        new(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Left, 0, 1.1f)) { Structure = new StructureElement(StructureRole.P, block) };
}
