using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The cover of a conference booklet: the issuing bodies at the top, "TÀI LIỆU HỘI NGHỊ" and the
/// conference's full title in the middle, place and month at the foot; no number and no motto
/// (booklet-conventions.md). Tagged PDF: a Sect of its own, its lines paragraphs but the conference's title, the
/// booklet's first heading (H1).
/// </summary>
public sealed class CoverBuilder(ParagraphSetter setter, BookletTheme theme)
{
    /// <param name="parent">The booklet's Document element (tagged PDF); null for none.</param>
    public Element Build(Meeting meeting, StructureElement? parent = null)
    {
        var cover = theme.Cover;
        var section = new StructureElement(StructureRole.Sect, parent) { Title = "Bìa" };
        // The bodies as every document names them, once ("TỈNH ỦY NINH BÌNH", never "TỈNH ỦY TỈNH NINH BÌNH").
        var issuers = VietnameseFormat.Upper(MeetingNames.Hosts(meeting, " - "));

        var top = new Column(
        [
            Centered(issuers, new TextStyle(cover.IssuerSize, Bold: true), new StructureElement(StructureRole.P, section)),
            new HorizontalRule(Units.Cm(5), 0.6f, 4, 0),
        ]);
        var middle = new Column(
        [
            Centered(MeetingNames.CoverLabel(meeting), new TextStyle(cover.LabelSize, Bold: true), new StructureElement(StructureRole.P, section)),
            new Spacer(Units.Cm(1)),
            Centered(VietnameseFormat.Upper(CoverTitle(meeting)), new TextStyle(cover.TitleSize, Bold: true), new StructureElement(StructureRole.H1, section)),
        ]);
        var bottom = Centered($"{meeting.Info.Place}, {VietnameseFormat.MonthYear(meeting.Info.Date)}",
            new TextStyle(cover.PlaceSize, Italic: true), new StructureElement(StructureRole.P, section));

        Element page = new SpreadVertically(top, new Padding(middle, left: Units.Cm(1), right: Units.Cm(1)), bottom);
        if (cover.CentreOnPage)
        {
            // The cover is a right-hand page: give up on the outer side what the spine-side margin has more.
            var margins = theme.MarginsMm;
            var extra = Units.Mm(Math.Abs(margins.Left - margins.Right));
            page = margins.Left > margins.Right ? new Padding(page, right: extra) : new Padding(page, left: extra);
        }
        return page;
    }

    /// <summary>
    /// Under "TÀI LIỆU HỘI NGHỊ" the conference's title; under "TÀI LIỆU KỲ HỌP" or "TÀI LIỆU" the full name,
    /// which for a session or ceremony is what the label does not already say.
    /// </summary>
    private static string CoverTitle(Meeting meeting)
    {
        var title = MeetingNames.Title(meeting);
        return meeting.Info.Kind == MeetingKind.Conference && MeetingNames.Sitting(meeting).Length == 0 && title.Length > 0
            ? title
            : MeetingNames.EventName(meeting);
    }

    private TextBlock Centered(string text, TextStyle style, StructureElement structure) =>
        new(setter, [new TextSpan(VietnameseBreaks.GlueTitle(text), style)], new ParagraphStyle(TextAlignment.Center, 0, 1.3f, Balanced: true)) { Structure = structure };
}
