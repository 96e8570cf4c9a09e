using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The signature block at the end of a document (booklet-conventions.md): in the right half, centred,
/// the authority ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ") and the position in capitals and bold, room
/// for the signature and seal, then the signer's name in bold. Kept on one page.
/// </summary>
public sealed class SignatureBlockBuilder(ParagraphSetter setter, BookletTheme theme)
{
    public Element Build(Signer signer, float pageContentHeight)
    {
        var size = Math.Max(10.5f, 14f * theme.Body.Size / 14f);
        var caps = new TextStyle(size, Bold: true);
        var lines = new List<Element>();
        if (!string.IsNullOrWhiteSpace(signer.OnBehalf))
        {
            lines.Add(Centered(VietnameseFormat.Upper(signer.OnBehalf.Trim()), caps));
        }
        if (!string.IsNullOrWhiteSpace(signer.Position))
        {
            lines.Add(Centered(VietnameseFormat.Upper(signer.Position.Trim()), caps));
        }
        // Room for the signature and the seal: about four lines of text.
        lines.Add(new Spacer(size * theme.Body.LineHeight * 4));
        lines.Add(Centered(signer.Name.Trim(), caps));
        var block = new Row([Row.Relative(1, new Spacer(0)), Row.Relative(1, new Column(lines))], spacing: 6);
        return new KeepTogether(new Column([new Spacer(theme.Body.ParagraphSpacingPt * 2), block]), pageContentHeight);
    }

    private TextBlock Centered(string text, TextStyle style) =>
        new(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Center, 0, 1.2f));
}
