using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating.Documents;
using ReportGen.Templating.Formatting;

namespace ReportGen.Booklet;

/// <summary>
/// The header of a document inside the booklet, by the kind of body that issues it
/// (booklet-conventions.md): a Party committee's (HD 36-HD/VPTW: superior body, issuing body and "*" on
/// the left, ĐẢNG CỘNG SẢN VIỆT NAM on the right) or a state body's (NĐ 30/2020: parent and issuing body
/// on the left, the national name and motto on the right); then the place and date line.
/// Tagged PDF: a Div of paragraphs, one a line, read as an official reads them: the issuing body and the number on
/// the left, then the national (or Party) header and the place and date line; the rules are artifacts.
/// </summary>
public sealed class DocumentHeaderBuilder(ParagraphSetter setter, BookletTheme theme)
{
    /// <summary>
    /// The conventions' sizes are for A4 with 14 pt body text; a smaller booklet (A5) scales them with its
    /// body size, never below 10,5 pt.
    /// </summary>
    private float Pt(float a4Size) => Math.Max(10.5f, a4Size * theme.Body.Size / 14f);

    public Element Build(Meeting meeting, Issuer issuer) =>
        Build(IssuerHeading.Of(meeting, issuer, null, RenderedDocument.DateLine(meeting.Info.Place, meeting.Info.Date)));

    /// <summary>The header of a document: issuing body and number on the left, the national or Party header and the date line on the right.</summary>
    /// <param name="parent">The document's structure element (tagged PDF); null for none.</param>
    public Element Build(IssuerHeading heading, StructureElement? parent = null)
    {
        var block = new StructureElement(StructureRole.Div, parent) { Title = "Phần đầu văn bản" };
        var (left, right) = heading.Issuer.Kind == IssuerKind.Party ? PartyHeader(heading, block) : StateHeader(heading, block);
        var dateLine = Centered(heading.DateLine, new TextStyle(Pt(14), Italic: true), block);
        // Two fifths for the issuing body, three for the national or Party header; more on a narrow page.
        var rightShare = heading.Issuer.Kind == IssuerKind.Party ? 1 - PartyFit(heading).LeftShare : NationFit().RightShare;
        return new Column(
        [
            new Row([Row.Relative(1 - rightShare, left), Row.Relative(rightShare, new Column([right, new Spacer(6 * theme.Body.Size / 14f), dateLine]))], spacing: 6),
            new Spacer(12 * theme.Body.Size / 14f),
        ]);
    }

    /// <summary>The number line under the issuing body, in both conventions; <paramref name="left"/> as it is when there is none.</summary>
    private Element WithNumber(Element left, IssuerHeading heading, StructureElement block) =>
        heading.NumberLine is { } number
            ? new Column([left, new Spacer(3 * theme.Body.Size / 14f), Centered(number, new TextStyle(Pt(13)), block)])
            : left;

    /// <summary>The heading of a contribution or speech: the unit it speaks for in capitals, its presenter in italics.</summary>
    /// <param name="parent">The document's structure element (tagged PDF); null for none.</param>
    public Element Build(AuthorHeading heading, StructureElement? parent = null)
    {
        var block = new StructureElement(StructureRole.Div, parent) { Title = "Đơn vị, người trình bày" };
        var lines = new List<Element>();
        if (!string.IsNullOrWhiteSpace(heading.Unit))
        {
            lines.Add(Centered(VietnameseFormat.Upper(heading.Unit.Trim()), new TextStyle(Pt(13), Bold: true), block));
        }
        if (!string.IsNullOrWhiteSpace(heading.Author))
        {
            lines.Add(Centered(heading.Author.Trim(), new TextStyle(Pt(13), Italic: true), block));
        }
        lines.Add(new Spacer(12 * theme.Body.Size / 14f));
        return new Column(lines);
    }

    private (Element Left, Element Right) PartyHeader(IssuerHeading heading, StructureElement block)
    {
        var size = PartyFit(heading).Size;
        var lines = new List<Element>();
        if (heading.Superior.Length > 0)
        {
            lines.Add(Centered(VietnameseFormat.Upper(heading.Superior), new TextStyle(size), block));
        }
        lines.AddRange(heading.IssuingLines.Select(line => Centered(VietnameseFormat.Upper(line), new TextStyle(size, Bold: true), block)));
        lines.Add(Centered("*", new TextStyle(size), block));
        var left = WithNumber(new Column(lines), heading, block);
        const string party = HeaderWords.PartyName;
        var partyStyle = new TextStyle(Pt(15), Bold: true);
        var right = new Column([Centered(party, partyStyle, block), new HorizontalRule(Width(party, partyStyle), 0.6f, 1, 0)]);
        return (left, right);
    }

    private (Element Left, Element Right) StateHeader(IssuerHeading heading, StructureElement block)
    {
        var parent = heading.Superior;
        var issuer = heading.Issuer;
        var issuing = new TextStyle(Pt(13), Bold: true);
        var leftParts = new List<Element>();
        if (parent.Length > 0)
        {
            leftParts.Add(Centered(VietnameseFormat.Upper(parent), new TextStyle(Pt(13)), block));
        }
        leftParts.AddRange(heading.IssuingLines.Select(line => Centered(VietnameseFormat.Upper(line), issuing, block)));
        // A short rule, a third to a half of the issuing body's (widest) line.
        var widest = heading.IssuingLines.Max(line => Width(VietnameseFormat.Upper(line), issuing));
        leftParts.Add(new HorizontalRule(Math.Min(widest, 200) * 0.4f, 0.6f, 1, 0));
        var left = WithNumber(new Column(leftParts), heading, block);

        var mottoStyle = new TextStyle(Pt(14), Bold: true);
        var right = new Column(
        [
            Centered(HeaderWords.Nation, new TextStyle(NationFit().Size, Bold: true), block),
            Centered(HeaderWords.Motto, mottoStyle, block),
            new HorizontalRule(Width(HeaderWords.Motto, mottoStyle), 0.6f, 1, 0),
        ]);
        return (left, right);
    }

    /// <summary>
    /// The national name stands on one line (booklet-conventions.md). On a narrow page (the A5 print copy)
    /// it is set smaller, down to 9,5 pt (the print minimum for small text, docs/printing.md), and if it
    /// still does not fit, the right column takes more of the width (up to 70 %), rather than breaking
    /// it after "VIỆT". Returns its size and the right column's share of the header's width.
    /// </summary>
    private (float Size, float RightShare) NationFit()
    {
        const float share = 3f / 5;
        var available = Units.Mm(theme.Paper.WidthMm - theme.MarginsMm.Left - theme.MarginsMm.Right) - 6;
        var size = Pt(12);
        var width = Width(HeaderWords.Nation, new TextStyle(size, Bold: true));
        if (width <= available * share)
        {
            return (size, share);
        }
        size = Math.Max(9.5f, MathF.Floor(size * available * share / width * 4) / 4);
        width = Width(HeaderWords.Nation, new TextStyle(size, Bold: true));
        return (size, Math.Clamp((width + 2) / available, share, 0.7f));
    }

    /// <summary>
    /// A Party document's superior and issuing bodies each stand on one line when they can: on a narrow page
    /// (A5) the left column first takes up to half the width (ĐẢNG CỘNG SẢN VIỆT NAM still fits on the
    /// right), then the two lines are set smaller, down to 9,5 pt; a name longer than that wraps. Returns
    /// their size and the left column's share of the header's width.
    /// </summary>
    private (float Size, float LeftShare) PartyFit(IssuerHeading heading)
    {
        const float share = 2f / 5;
        var available = Units.Mm(theme.Paper.WidthMm - theme.MarginsMm.Left - theme.MarginsMm.Right) - 6;
        var size = Pt(14);
        float Widest(float pt) => Math.Max(
            Width(VietnameseFormat.Upper(heading.Superior), new TextStyle(pt)),
            heading.IssuingLines.Max(line => Width(VietnameseFormat.Upper(line), new TextStyle(pt, Bold: true)))) + 2;
        var needed = Widest(size);
        if (needed <= available * share)
        {
            return (size, share);
        }
        var partyWidth = Width(HeaderWords.PartyName, new TextStyle(Pt(15), Bold: true)) + 2;
        var widest = Math.Max(share, Math.Min(0.5f, 1 - partyWidth / available));
        if (needed <= available * widest)
        {
            return (size, needed / available);
        }
        size = Math.Max(9.5f, MathF.Floor(size * available * widest / needed * 4) / 4);
        return (size, widest);
    }

    private float Width(string text, TextStyle style)
    {
        var words = setter.ToWords([new TextSpan(text, style)]);
        return words.Sum(w => w.Width) + words.Take(words.Count - 1).Sum(w => w.SpaceAfter);
    }

    /// <summary>A centred line, a paragraph of <paramref name="block"/> (tagged PDF).</summary>
    private TextBlock Centered(string text, TextStyle style, StructureElement block) =>
        new(setter, [new TextSpan(text, style)], new ParagraphStyle(TextAlignment.Center, 0, 1.2f)) { Structure = new StructureElement(StructureRole.P, block) };
}
