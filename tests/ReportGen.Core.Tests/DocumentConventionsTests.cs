using ReportGen.Core.Model;

namespace ReportGen.Core.Tests;

/// <summary>Numbers, codes and the award hierarchy as booklet-conventions.md gives them.</summary>
public sealed class DocumentConventionsTests
{
    private static readonly Issuer HuyenUy = new() { Name = "Huyện ủy Ý Yên", ShortName = "Huyện ủy", Kind = IssuerKind.Party };
    private static readonly Issuer Ubnd = new() { Name = "Ủy ban nhân dân huyện Ý Yên", ShortName = "UBND", Kind = IssuerKind.Government };

    [Theory]
    [InlineData(DocumentKind.Report, 12, null, "Số 12-BC/HU", "Số: 12/BC-UBND")]
    [InlineData(DocumentKind.AwardDecision, 35, null, "Số 35-QĐ/HU", "Số: 35/QĐ-UBND")]
    [InlineData(DocumentKind.Agenda, 3, null, "Số 03-CTr/HU", "Số: 03/CTr-UBND")]   // below 10: a leading zero
    [InlineData(DocumentKind.Report, 7, "TB", "Số 07-TB/HU", "Số: 07/TB-UBND")]
    [InlineData(DocumentKind.Report, 10, null, "Số 10-BC/HU", "Số: 10/BC-UBND")]
    public void NumberLine_FollowsHd36ForThePartyAndNd30ForTheState(DocumentKind kind, int number, string? typeCode, string party, string state)
    {
        var document = new BookletDocument { Kind = kind, Number = number, TypeCode = typeCode };
        Assert.Equal(party, DocumentConventions.NumberLine(document, HuyenUy));
        Assert.Equal(state, DocumentConventions.NumberLine(document, Ubnd));
    }

    [Fact]
    public void NumberLine_IsNone_WithoutANumber() =>
        Assert.Null(DocumentConventions.NumberLine(new BookletDocument { Kind = DocumentKind.Report }, HuyenUy));

    [Theory]
    [InlineData("Huyện ủy", null, "HU")]
    [InlineData("Đảng ủy", null, "ĐU")]
    [InlineData("UBND", null, "UBND")]
    [InlineData("HĐND", null, "HĐND")]
    [InlineData("Ban Thường vụ", "BTV", "BTV")]
    public void IssuerCode_IsTheDatasOrTheShortNamesAbbreviation(string shortName, string? code, string expected) =>
        Assert.Equal(expected, DocumentConventions.IssuerCode(new Issuer { Name = "x", ShortName = shortName, Code = code }));

    [Fact]
    public void IssuerOf_FindsByShortNameOrName_IgnoringCase_ElseTheFirst()
    {
        var meeting = new Meeting { Issuers = [HuyenUy, Ubnd] };
        Assert.Same(Ubnd, DocumentConventions.IssuerOf(meeting, new BookletDocument { Issuer = "ubnd" }));
        Assert.Same(Ubnd, DocumentConventions.IssuerOf(meeting, new BookletDocument { Issuer = "Ủy ban nhân dân huyện Ý Yên" }));
        Assert.Same(HuyenUy, DocumentConventions.IssuerOf(meeting, new BookletDocument()));
    }

    [Fact]
    public void Awards_AreOrderedHighestFirst_ByLevelThenForm()
    {
        Award A(string title, AwardLevel level) => new() { Title = title, Level = level };
        var shuffled = new[]
        {
            A("Giấy khen", AwardLevel.District),
            A("Bằng khen", AwardLevel.Province),
            A("Tập thể lao động xuất sắc", AwardLevel.Province),
            A("Huân chương Lao động hạng Ba", AwardLevel.National),
            A("Cờ thi đua", AwardLevel.Province),
            A("Lao động tiên tiến", AwardLevel.District),
            A("Bằng khen", AwardLevel.National),
            A("Chiến sĩ thi đua cơ sở", AwardLevel.District),
        };

        Assert.Equal(
        [
            "Huân chương Lao động hạng Ba", "Bằng khen", // national: the order before the certificate
            "Cờ thi đua", "Tập thể lao động xuất sắc", "Bằng khen", // province: flag, collective title, certificate
            "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Giấy khen", // district
        ], AwardHierarchy.Order(shuffled).Select(a => a.Title));
        Assert.Equal(AwardLevel.National, AwardHierarchy.Order(shuffled)[1].Level);
    }
}
