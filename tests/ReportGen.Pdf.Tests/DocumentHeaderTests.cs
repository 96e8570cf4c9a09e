using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>The header of a document inside the booklet follows the kind of its issuing body.</summary>
public sealed class DocumentHeaderTests : IDisposable
{
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);
    private readonly ParagraphSetter _setter;
    private readonly Meeting _yYen;

    public DocumentHeaderTests()
    {
        _setter = new ParagraphSetter(new TextShaper(_fonts));
        var root = new DirectoryInfo(ReportGen.Tests.RepositoryRoot.Path);
        _yYen = (Meeting)DataLoader.LoadFile(Path.Combine(root.FullName, "seeds", "2021", "y-yen.yaml"));
    }

    private Page Header(Issuer issuer)
    {
        var setup = new PageSetup(Size.FromMillimetres(210, 297), Units.Mm(20), Units.Mm(20), Units.Mm(30), Units.Mm(15));
        return Paginator.Paginate(new DocumentHeaderBuilder(_setter, new BookletTheme()).Build(_yYen, issuer), setup, _setter).Single();
    }

    private static List<(string Text, float Centre)> Lines(Page page) =>
        page.Items.OfType<GlyphRun>().Select(r => (r.Text, (r.Left + r.Right) / 2)).ToList();

    [Fact]
    public void PartyCommittee_GetsThePartyHeader_WithSuperiorBodyIssuerAndStar()
    {
        var page = Header(_yYen.Issuers.Single(i => i.Kind == IssuerKind.Party));
        var lines = Lines(page);
        var middle = page.Size.Width / 2;

        Assert.True(lines.Single(l => l.Text == "ĐẢNG BỘ TỈNH NAM ĐỊNH").Centre < middle);
        Assert.True(lines.Single(l => l.Text == "HUYỆN ỦY Ý YÊN").Centre < middle);
        Assert.True(lines.Single(l => l.Text == "*").Centre < middle);
        Assert.True(lines.Single(l => l.Text == "ĐẢNG CỘNG SẢN VIỆT NAM").Centre > middle);
        Assert.Contains(lines, l => l.Text == "Ý Yên, ngày 23 tháng 01 năm 2021" && l.Centre > middle);
        Assert.DoesNotContain(lines, l => l.Text.Contains("CỘNG HÒA", StringComparison.Ordinal));
        // A rule as long as ĐẢNG CỘNG SẢN VIỆT NAM under it.
        var party = page.Items.OfType<GlyphRun>().Single(r => r.Text == "ĐẢNG CỘNG SẢN VIỆT NAM");
        var rule = Assert.Single(page.Items.OfType<LineSegment>());
        Assert.Equal(party.Width, rule.X2 - rule.X1, 0.5f);
        Assert.True(rule.Y1 > party.Baseline);
    }

    [Fact]
    public void PeoplesCommittee_GetsTheNationalHeader_WithNoBodyAbove_AndItsNameOnTwoLines()
    {
        var page = Header(_yYen.Issuers.Single(i => i.Kind == IssuerKind.Government));
        var lines = Lines(page);
        var middle = page.Size.Width / 2;

        // docs/issuer-headers.md: a People's Committee has no body above it, and its name breaks after the body's kind.
        var left = lines.Where(l => l.Centre < middle).Select(l => l.Text).ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "HUYỆN Ý YÊN"], left);
        Assert.True(lines.Single(l => l.Text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Centre > middle);
        Assert.True(lines.Single(l => l.Text == "Độc lập - Tự do - Hạnh phúc").Centre > middle);
        Assert.DoesNotContain(lines, l => l.Text.Contains("ĐẢNG CỘNG SẢN", StringComparison.Ordinal) || l.Text == "*");
        // Two rules: a short one under the issuing body, one as long as the motto under it.
        var motto = page.Items.OfType<GlyphRun>().Single(r => r.Text == "Độc lập - Tự do - Hạnh phúc");
        var rules = page.Items.OfType<LineSegment>().ToList();
        Assert.Equal(2, rules.Count);
        Assert.Contains(lines, l => l.Text == "Ý Yên, ngày 23 tháng 01 năm 2021" && l.Centre > middle);
        Assert.Contains(rules, r => Math.Abs(r.X2 - r.X1 - motto.Width) < 0.5f && r.X1 > middle - 20);
        Assert.Contains(rules, r => r.X2 < middle);
    }

    public void Dispose() => _fonts.Dispose();
}
