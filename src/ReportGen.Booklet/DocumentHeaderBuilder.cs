using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The header of a document inside the booklet, by the kind of body that issues it
/// (booklet-conventions.md): a Party committee's (HD 36-HD/VPTW: superior body, issuing body and "*" on
/// the left, ĐẢNG CỘNG SẢN VIỆT NAM on the right) or a state body's (NĐ 30/2020: parent and issuing body
/// on the left, the national name and motto on the right); then the place and date line.
/// </summary>
public sealed class DocumentHeaderBuilder(ParagraphSetter setter, BookletTheme theme)
{
    /// <summary>
    /// The conventions' sizes are for A4 with 14 pt body text; a smaller booklet (A5) scales them with its
    /// body size, never below 10,5 pt.
    /// </summary>
    private float Pt(float a4Size) => Math.Max(10.5f, a4Size * theme.Body.Size / 14f);

    public Element Build(Meeting meeting, Issuer issuer)
    {
        var date = $"{meeting.Info.Place}, {VietnameseFormat.AdministrativeDate(meeting.Info.Date)}";
        var (left, right) = issuer.Kind == IssuerKind.Party ? PartyHeader(meeting, issuer) : StateHeader(meeting, issuer);
        var dateLine = Centered(date, new TextStyle(Pt(14), Italic: true));
        return new Column(
        [
            new Row([Row.Relative(2, left), Row.Relative(3, new Column([right, new Spacer(6 * theme.Body.Size / 14f), dateLine]))], spacing: 6),
            new Spacer(12 * theme.Body.Size / 14f),
        ]);
    }

    private (Element Left, Element Right) PartyHeader(Meeting meeting, Issuer issuer)
    {
        var superior = issuer.Superior ?? $"Đảng bộ {meeting.Unit.Parent?.FullName}";
        var left = new Column(
        [
            Centered(VietnameseFormat.Upper(superior), new TextStyle(Pt(14))),
            Centered(VietnameseFormat.Upper(issuer.Name), new TextStyle(Pt(14), Bold: true)),
            Centered("*", new TextStyle(Pt(14))),
        ]);
        const string party = "ĐẢNG CỘNG SẢN VIỆT NAM";
        var partyStyle = new TextStyle(Pt(15), Bold: true);
        var right = new Column([Centered(party, partyStyle), new HorizontalRule(Width(party, partyStyle), 0.6f, 1, 0)]);
        return (left, right);
    }

    private (Element Left, Element Right) StateHeader(Meeting meeting, Issuer issuer)
    {
        var parent = issuer.Superior ?? (meeting.Unit.Parent is { } p ? $"{issuer.ShortName} {p.FullName}" : "");
        var issuing = new TextStyle(Pt(13), Bold: true);
        var leftParts = new List<Element>();
        if (parent.Length > 0)
        {
            leftParts.Add(Centered(VietnameseFormat.Upper(parent), new TextStyle(Pt(13))));
        }
        leftParts.Add(Centered(VietnameseFormat.Upper(issuer.Name), issuing));
        // A short rule, a third to a half of the issuing body's line.
        leftParts.Add(new HorizontalRule(Math.Min(Width(VietnameseFormat.Upper(issuer.Name), issuing), 200) * 0.4f, 0.6f, 1, 0));

        const string nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        const string motto = "Độc lập - Tự do - Hạnh phúc";
        var mottoStyle = new TextStyle(Pt(14), Bold: true);
        var right = new Column(
        [
            Centered(nation, new TextStyle(Pt(12), Bold: true)),
            Centered(motto, mottoStyle),
            new HorizontalRule(Width(motto, mottoStyle), 0.6f, 1, 0),
        ]);
        return (new Column(leftParts), right);
    }

    private float Width(string text, TextStyle style)
    {
        var words = setter.ToWords([new TextSpan(text, style)]);
        return words.Sum(w => w.Width) + words.Take(words.Count - 1).Sum(w => w.SpaceAfter);
    }

    private TextBlock Centered(string text, TextStyle style) =>
        new(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Center, 0, 1.2f));
}
