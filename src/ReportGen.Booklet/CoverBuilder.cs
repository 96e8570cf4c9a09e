using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The cover of a conference booklet: the issuing bodies at the top, "TÀI LIỆU HỘI NGHỊ" and the
/// conference's full title in the middle, place and month at the foot; no number and no motto
/// (booklet-conventions.md).
/// </summary>
public sealed class CoverBuilder(ParagraphSetter setter, BookletTheme theme)
{
    public Element Build(Meeting meeting)
    {
        var cover = theme.Cover;
        var issuers = VietnameseFormat.Upper(
            string.Join(" - ", meeting.Issuers.Select(i => i.ShortName)) + " " + meeting.Unit.FullName);

        var top = new Column(
        [
            Centered(issuers, new TextStyle(cover.IssuerSize, Bold: true)),
            new HorizontalRule(Units.Cm(5), 0.6f, 4, 0),
        ]);
        var middle = new Column(
        [
            Centered("TÀI LIỆU HỘI NGHỊ", new TextStyle(cover.LabelSize, Bold: true)),
            new Spacer(Units.Cm(1)),
            Centered(VietnameseFormat.Upper(meeting.Info.Title), new TextStyle(cover.TitleSize, Bold: true)),
        ]);
        var bottom = Centered($"{meeting.Info.Place}, {VietnameseFormat.MonthYear(meeting.Info.Date)}",
            new TextStyle(cover.PlaceSize, Italic: true));

        return new SpreadVertically(top, new Padding(middle, left: Units.Cm(1), right: Units.Cm(1)), bottom);
    }

    private TextBlock Centered(string text, TextStyle style) =>
        new(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Center, 0, 1.3f));
}
