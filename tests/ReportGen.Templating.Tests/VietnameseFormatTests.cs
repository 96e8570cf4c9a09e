using System.Globalization;
using System.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Templating.Tests;

public class VietnameseFormatTests
{
    [Theory]
    [InlineData(12278.27, "12.278,27")]
    [InlineData(5809, "5.809")]
    [InlineData(37.2, "37,2")]
    [InlineData(124.46, "124,46")]
    [InlineData(103, "103")]
    [InlineData(-1234.5, "-1.234,5")]
    [InlineData(0, "0")]
    [InlineData(1234567.891, "1.234.567,891")]
    [InlineData(5_809_000_000_000, "5.809.000.000.000")]
    [InlineData(0.5, "0,5")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    public void Number_UsesDotForThousandsAndCommaForDecimals(double value, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Number(value));
    }

    [Theory]
    [InlineData(1.0 / 3, "0,333333")] // at most 6 decimals
    [InlineData(2.0 / 3, "0,666667")]
    [InlineData(-0.0000001, "0")] // rounds to zero: no "-0"
    [InlineData(0.0000004, "0")]
    [InlineData(1.5e-6, "0,000002")]
    public void Number_WithoutDecimals_PrintsAtMostSixDecimals(double value, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Number(value));
    }

    [Fact]
    public void Number_WithoutDecimals_PrintsTheShortestRoundTripForm()
    {
        Assert.Equal("0,3", VietnameseFormat.Number(0.1 + 0.2));
        Assert.Equal("12.278,27", VietnameseFormat.Number(12278.27));
        Assert.Equal("0", VietnameseFormat.Number(-0.0));
        Assert.Equal("0,0", VietnameseFormat.Number(-0.0, 1));
    }

    [Theory]
    [InlineData(12278.27, 1, "12.278,3")]
    [InlineData(5809, 2, "5.809,00")]
    [InlineData(37.2, 0, "37")]
    [InlineData(2.5, 0, "3")] // half away from zero, not to even
    [InlineData(-2.5, 0, "-3")]
    [InlineData(0.125, 2, "0,13")]
    [InlineData(1.005, 2, "1,01")] // the number as written, not its binary approximation 1.00499…
    [InlineData(1234.5, 0, "1.235")]
    [InlineData(-0.004, 2, "0,00")]
    [InlineData(124.46, 3, "124,460")]
    public void Number_WithDecimals_PrintsExactlyThatManyRoundedHalfAwayFromZero(double value, int decimals, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Number(value, decimals));
    }

    [Fact]
    public void Number_Decimal_FormatsExactly()
    {
        Assert.Equal("12.278,27", VietnameseFormat.Number(12278.27m));
        Assert.Equal("1,5", VietnameseFormat.Number(1.50m));
        Assert.Equal("1,50", VietnameseFormat.Number(1.5m, 2));
        Assert.Equal("-1.234,5", VietnameseFormat.Number(-1234.5m));
        Assert.Equal("0,13", VietnameseFormat.Number(0.125m, 2));
        Assert.Equal("79.228.162.514.264.337.593.543.950.335", VietnameseFormat.Number(decimal.MaxValue));
    }

    [Fact]
    public void Number_Integer_UsesTheWholeNumberOverload()
    {
        Assert.Equal("5.809", VietnameseFormat.Number(5809));
        Assert.Equal("5.809.000.000.000", VietnameseFormat.Number(5_809_000_000_000L));
        Assert.Equal("9.223.372.036.854.775.807", VietnameseFormat.Number(long.MaxValue));
        Assert.Equal("5.809,0", VietnameseFormat.Number(5809, 1));
    }

    [Fact]
    public void Number_BeyondTheDecimalRange_StillGroupsThousands()
    {
        Assert.Equal("1.000.000.000.000.000.000.000.000.000.000", VietnameseFormat.Number(1e30));
        Assert.Equal("1.000.000.000.000.000.000.000.000.000.000,00", VietnameseFormat.Number(1e30, 2));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Number_NotFinite_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseFormat.Number(value));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Number_InvalidDecimals_Throws(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseFormat.Number(1.5, decimals));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseFormat.Number(1.5m, decimals));
    }

    [Theory]
    [InlineData(13, null, "13%")]
    [InlineData(85.7, null, "85,7%")]
    [InlineData(85.66, 1, "85,7%")]
    [InlineData(-2.5, null, "-2,5%")]
    [InlineData(100, 1, "100,0%")]
    [InlineData(1234.5, null, "1.234,5%")]
    public void Percent_WritesThePercentSignWithoutSpace(double value, int? decimals, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Percent(value, decimals));
    }

    [Theory]
    [InlineData(12278.27, "ha", "12.278,27 ha")]
    [InlineData(124.46, "tạ/ha", "124,46 tạ/ha")]
    [InlineData(5809, "tấn", "5.809 tấn")]
    [InlineData(13, "%", "13%")]
    [InlineData(12278.27, "", "12.278,27")]
    [InlineData(12278.27, "  ", "12.278,27")]
    [InlineData(37.2, " km ", "37,2 km")]
    public void Quantity_SeparatesNumberAndUnitWithOneSpace(double value, string unit, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Quantity(value, unit));
    }

    [Fact]
    public void Quantity_WithDecimals()
    {
        Assert.Equal("124,5 tạ/ha", VietnameseFormat.Quantity(124.456, "tạ/ha", 1));
        Assert.Equal("12.278 ha", VietnameseFormat.Quantity(12278.27, "ha", 0));
    }

    [Theory]
    [InlineData(5_809_000_000_000, "đồng", "5.809 tỷ đồng")]
    [InlineData(103_000_000, "đồng", "103 triệu đồng")]
    [InlineData(1_500_000_000, "đồng", "1,5 tỷ đồng")]
    [InlineData(250_000, "đồng", "250.000 đồng")]
    [InlineData(37_200_000, "USD", "37,2 triệu USD")]
    [InlineData(1_000_000_000, "đồng", "1 tỷ đồng")]
    [InlineData(1_000_000, "đồng", "1 triệu đồng")]
    [InlineData(999_999, "đồng", "999.999 đồng")]
    [InlineData(12_345_678_900, "đồng", "12,35 tỷ đồng")] // at most 2 decimals, half away from zero
    [InlineData(1_234_000, "đồng", "1,23 triệu đồng")]
    [InlineData(1_005_000, "đồng", "1,01 triệu đồng")]
    [InlineData(999_999_999, "đồng", "1 tỷ đồng")] // not "1.000 triệu đồng"
    [InlineData(999_994_999, "đồng", "999,99 triệu đồng")]
    [InlineData(999_999.5, "đồng", "999.999,5 đồng")]
    [InlineData(-1_500_000_000, "đồng", "-1,5 tỷ đồng")]
    [InlineData(0, "đồng", "0 đồng")]
    [InlineData(1_500_000_000, "", "1,5 tỷ")]
    [InlineData(1_500_000_000, "₫", "1,5 tỷ đồng")]
    public void Money_ScalesToTyOrTrieu(double amount, string currency, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Money(amount, currency));
    }

    [Fact]
    public void Money_DefaultsToDongAndNeverUsesTheDongSign()
    {
        Assert.Equal("5.809 tỷ đồng", VietnameseFormat.Money(5_809_000_000_000));
        Assert.DoesNotContain("₫", VietnameseFormat.Money(250_000));
    }

    [Fact]
    public void Money_NotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseFormat.Money(double.NaN));
    }

    [Theory]
    [InlineData(2021, 1, 23, "ngày 23 tháng 01 năm 2021")]
    [InlineData(2024, 3, 5, "ngày 05 tháng 3 năm 2024")]
    [InlineData(2020, 12, 31, "ngày 31 tháng 12 năm 2020")]
    [InlineData(2021, 2, 1, "ngày 01 tháng 02 năm 2021")]
    [InlineData(2021, 10, 10, "ngày 10 tháng 10 năm 2021")]
    [InlineData(2021, 11, 9, "ngày 09 tháng 11 năm 2021")]
    [InlineData(2022, 9, 30, "ngày 30 tháng 9 năm 2022")]
    public void AdministrativeDate_FollowsDecree30(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.AdministrativeDate(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2021, 1, "tháng 01 năm 2021")]
    [InlineData(2021, 2, "tháng 02 năm 2021")]
    [InlineData(2024, 3, "tháng 3 năm 2024")]
    [InlineData(2020, 12, "tháng 12 năm 2020")]
    public void MonthYear_FollowsDecree30(int year, int month, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.MonthYear(new DateOnly(year, month, 15)));
    }

    [Theory]
    [InlineData(2021, 1, 23, "23-1")]
    [InlineData(2024, 3, 5, "5-3")]
    [InlineData(2020, 12, 31, "31-12")]
    public void PressDate_IsDayDashMonthWithoutZeros(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.PressDate(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(13, null, "tăng 13%")]
    [InlineData(-2.5, null, "giảm 2,5%")]
    [InlineData(0, null, "bằng")]
    [InlineData(0.0000001, null, "bằng")]
    [InlineData(0.04, 1, "bằng")] // rounds to zero at the printed precision
    [InlineData(12.345, 1, "tăng 12,3%")]
    [InlineData(-0.05, 1, "giảm 0,1%")]
    [InlineData(1234.5, null, "tăng 1.234,5%")]
    public void Change_StatesDirectionInWords(double percent, int? decimals, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Change(percent, decimals));
    }

    [Theory]
    [InlineData("huyện ủy ý yên", "HUYỆN ỦY Ý YÊN")]
    [InlineData("Đảng bộ xã Yên Bằng", "ĐẢNG BỘ XÃ YÊN BẰNG")]
    [InlineData("ưu điểm, hạn chế", "ƯU ĐIỂM, HẠN CHẾ")]
    [InlineData("", "")]
    public void Upper_UpperCasesVietnamese(string text, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Upper(text));
    }

    [Fact]
    public void Upper_ReturnsNfcEvenForDecomposedInput()
    {
        var decomposed = "huyện ủy".Normalize(NormalizationForm.FormD);

        var upper = VietnameseFormat.Upper(decomposed);

        Assert.Equal("HUYỆN ỦY", upper);
        Assert.True(upper.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(8, upper.Length);
    }

    [Fact]
    public void Formats_DoNotDependOnTheCurrentCulture()
    {
        foreach (var name in new[] { "en-US", "tr-TR", "de-DE", "fr-FR", "" })
        {
            WithCulture(name, () =>
            {
                Assert.Equal("12.278,27", VietnameseFormat.Number(12278.27));
                Assert.Equal("-1.234,50", VietnameseFormat.Number(-1234.5, 2));
                Assert.Equal("85,7%", VietnameseFormat.Percent(85.7));
                Assert.Equal("1,5 tỷ đồng", VietnameseFormat.Money(1_500_000_000));
                Assert.Equal("ngày 23 tháng 01 năm 2021", VietnameseFormat.AdministrativeDate(new DateOnly(2021, 1, 23)));
                // Turkish upper-cases "i" to "İ".
                Assert.Equal("CHI BỘ THÔN", VietnameseFormat.Upper("chi bộ thôn"));
            });
        }
    }

    private static void WithCulture(string name, Action action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
