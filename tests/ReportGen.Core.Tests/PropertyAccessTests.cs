using ReportGen.Core.Model;
using ReportGen.Core.Schema;

namespace ReportGen.Core.Tests;

/// <summary>The delegates the loader and the templates read and write the model through.</summary>
public sealed class PropertyAccessTests
{
    [Fact]
    public void Reader_ReadsTextNumbersDatesAndEnums_OfTheObjectGiven()
    {
        var info = new MeetingInfo { Title = "Hội nghị tổng kết", ReserveCopies = 120, Date = new DateOnly(2021, 1, 23), Kind = MeetingKind.Conference };

        Assert.Equal("Hội nghị tổng kết", PropertyAccess.Reader(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.Title))!)(info));
        Assert.Equal(120, PropertyAccess.Reader(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.ReserveCopies))!)(info));
        Assert.Equal(new DateOnly(2021, 1, 23), PropertyAccess.Reader(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.Date))!)(info));
        Assert.Equal(MeetingKind.Conference, PropertyAccess.Reader(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.Kind))!)(info));
        Assert.Null(PropertyAccess.Reader(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.Venue))!)(new MeetingInfo()));
    }

    [Fact]
    public void Writer_SetsAReference_AndRefusesAValueType()
    {
        var info = new MeetingInfo();

        PropertyAccess.Writer(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.Venue))!)(info, "Hội trường UBND huyện");

        Assert.Equal("Hội trường UBND huyện", info.Venue);
        Assert.Throws<ArgumentException>(() => PropertyAccess.Writer(typeof(MeetingInfo).GetProperty(nameof(MeetingInfo.ReserveCopies))!));
    }
}
