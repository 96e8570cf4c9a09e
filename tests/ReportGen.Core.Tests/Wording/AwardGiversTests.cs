using ReportGen.Core.Model;
using ReportGen.Core.Wording;

namespace ReportGen.Core.Tests.Wording;

/// <summary>Whether an award's giver is the body that issues the decision, as offices write givers.</summary>
public sealed class AwardGiversTests
{
    private static Meeting At(string level, string name, Issuer issuer) => new()
    {
        Id = "m",
        Unit = new OrganizationalUnit { Name = name, Level = level },
        Issuers = [issuer],
        Info = new MeetingInfo { Date = new DateOnly(2026, 1, 12), Place = name },
    };

    private static readonly Issuer People = new() { Name = "Ủy ban nhân dân", ShortName = "UBND", Kind = IssuerKind.Government };
    private static readonly Issuer Front = new() { Name = "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", Kind = IssuerKind.Front };
    private static readonly Issuer Committee = new() { Name = "Huyện ủy", Kind = IssuerKind.Party };

    [Theory]
    [InlineData("Chủ tịch UBND đặc khu Phú Quốc", true)]
    [InlineData("Chủ tịch Ủy ban nhân dân đặc khu Phú Quốc", true)]
    [InlineData("chủ tịch  ubnd đặc khu", true)]
    [InlineData("UBND đặc khu Phú Quốc", true)]
    [InlineData("Chủ tịch UBND tỉnh", false)]
    [InlineData("Chủ tịch UBND tỉnh An Giang", false)]
    [InlineData("Chủ tịch UBND", false)]
    [InlineData("Chủ tịch UBND đặc khu Côn Đảo", false)]
    [InlineData("Chủ tịch HĐND đặc khu Phú Quốc", false)]
    [InlineData("Thủ tướng Chính phủ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void PeoplesCommittee(string? giver, bool expected) =>
        Assert.Equal(expected, AwardGivers.IsIssuer(At("đặc khu", "Phú Quốc", People), People, giver));

    [Theory]
    [InlineData("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", true)]
    [InlineData("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình", true)]
    [InlineData("Ủy ban Trung ương MTTQ Việt Nam", false)]
    [InlineData("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", false)]
    public void FrontCommittee(string giver, bool expected) =>
        Assert.Equal(expected, AwardGivers.IsIssuer(At("tỉnh", "Ninh Bình", Front), Front, giver));

    [Theory]
    [InlineData("Ban Thường vụ Huyện ủy", true)]
    [InlineData("Ban Thường vụ Huyện ủy Ý Yên", true)]
    [InlineData("Ban Thường vụ Tỉnh ủy", false)]
    public void PartyCommittee(string giver, bool expected) =>
        Assert.Equal(expected, AwardGivers.IsIssuer(At("huyện", "Ý Yên", Committee), Committee, giver));
}
