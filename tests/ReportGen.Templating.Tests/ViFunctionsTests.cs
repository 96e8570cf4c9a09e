using System.Globalization;
using System.Numerics;
using ReportGen.Templating.Formatting;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating.Tests;

public class ViFunctionsTests
{
    [Theory]
    [InlineData("{{ vi.number 12278.27 }}", "12.278,27")]
    [InlineData("{{ 12278.27 | vi.number }}", "12.278,27")]
    [InlineData("{{ vi.number 12278.27 1 }}", "12.278,3")]
    [InlineData("{{ 1234.5 | vi.number 2 }}", "1.234,50")]
    [InlineData("{{ vi.number 5809 }}", "5.809")]
    [InlineData("{{ vi.number 5809000000000 }}", "5.809.000.000.000")]
    [InlineData("{{ vi.number 99999999999999999999999 }}", "99.999.999.999.999.999.999.999")]
    [InlineData("{{ vi.number (-1234.5) }}", "-1.234,5")]
    [InlineData("{{ vi.number 0 }}", "0")]
    public void Number(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    public static TheoryData<object, string> NumbersOfEveryType => new()
    {
        { 5809, "5.809" },
        { 5809L, "5.809" },
        { (short)5809, "5.809" },
        { 5809u, "5.809" },
        { 5809UL, "5.809" },
        { 5809.0, "5.809" },
        { 5809m, "5.809" },
        { 37.2, "37,2" },
        { 37.2m, "37,2" },
        { 37.2f, "37,2" }, // not 37,200001 from widening the float
        { 124.46m, "124,46" },
        { 1.50m, "1,5" },
    };

    [Theory]
    [MemberData(nameof(NumbersOfEveryType))]
    public void Number_AcceptsEveryNumericType(object value, string expected)
    {
        Assert.Equal(expected, Render("{{ vi.number x }}", ("x", value)));
        Assert.Equal(expected, Render("{{ x | vi.number }}", ("x", value)));
    }

    [Theory]
    [MemberData(nameof(NumbersOfEveryType))]
    public void Percent_AcceptsEveryNumericType(object value, string expected)
    {
        Assert.Equal(expected + "%", Render("{{ vi.percent x }}", ("x", value)));
    }

    [Fact]
    public void Number_Decimal_IsFormattedWithoutBinaryRounding()
    {
        Assert.Equal("1,01", Render("{{ vi.number x 2 }}", ("x", 1.005m)));
        Assert.Equal("79.228.162.514.264.337.593.543.950.335", Render("{{ vi.number x }}", ("x", decimal.MaxValue)));
        Assert.Equal("99.999.999.999.999.999.999.999", Render("{{ vi.number x }}", ("x", BigInteger.Parse("99999999999999999999999", CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("{{ vi.percent 13 }}", "13%")]
    [InlineData("{{ vi.percent 85.7 }}", "85,7%")]
    [InlineData("{{ 85.66 | vi.percent 1 }}", "85,7%")]
    [InlineData("{{ vi.quantity 12278.27 \"ha\" }}", "12.278,27 ha")]
    [InlineData("{{ 124.46 | vi.quantity \"tạ/ha\" }}", "124,46 tạ/ha")]
    [InlineData("{{ 124.456 | vi.quantity \"tạ/ha\" 1 }}", "124,5 tạ/ha")]
    [InlineData("{{ vi.quantity 13 \"%\" }}", "13%")]
    [InlineData("{{ vi.quantity 5809 \"\" }}", "5.809")]
    [InlineData("{{ vi.money 5809000000000 }}", "5.809 tỷ đồng")]
    [InlineData("{{ 103000000 | vi.money }}", "103 triệu đồng")]
    [InlineData("{{ vi.money 1500000000 }}", "1,5 tỷ đồng")]
    [InlineData("{{ vi.money 250000 }}", "250.000 đồng")]
    [InlineData("{{ vi.money 37200000 \"USD\" }}", "37,2 triệu USD")]
    [InlineData("{{ 37200000 | vi.money \"USD\" }}", "37,2 triệu USD")]
    [InlineData("{{ vi.change 13 }}", "tăng 13%")]
    [InlineData("{{ vi.change (-2.5) }}", "giảm 2,5%")]
    [InlineData("{{ vi.change 0 }}", "bằng")]
    [InlineData("{{ 12.345 | vi.change 1 }}", "tăng 12,3%")]
    [InlineData("{{ vi.upper \"huyện ủy ý yên\" }}", "HUYỆN ỦY Ý YÊN")]
    [InlineData("{{ \"huyện ủy ý yên\" | vi.upper }}", "HUYỆN ỦY Ý YÊN")]
    public void OtherNumberAndTextFunctions(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    [Fact]
    public void Functions_TakeValuesFromTheModel()
    {
        var output = Render(
            "Diện tích {{ area | vi.quantity unit }}, {{ growth | vi.change }} so với cùng kỳ; thu ngân sách {{ revenue | vi.money }}.",
            ("area", 12278.27),
            ("unit", "ha"),
            ("growth", 13m),
            ("revenue", 5_809_000_000_000L));

        Assert.Equal("Diện tích 12.278,27 ha, tăng 13% so với cùng kỳ; thu ngân sách 5.809 tỷ đồng.", output);
    }

    public static TheoryData<object> TheSameDate => new()
    {
        new DateOnly(2021, 1, 23),
        new DateTime(2021, 1, 23, 15, 30, 0, DateTimeKind.Unspecified),
        new DateTimeOffset(2021, 1, 23, 23, 59, 0, TimeSpan.FromHours(7)),
        "2021-01-23",
    };

    [Theory]
    [MemberData(nameof(TheSameDate))]
    public void Dates_AcceptDateOnlyDateTimeAndIsoStrings(object date)
    {
        Assert.Equal("ngày 23 tháng 01 năm 2021", Render("{{ vi.date d }}", ("d", date)));
        Assert.Equal("ngày 23 tháng 01 năm 2021", Render("{{ d | vi.date }}", ("d", date)));
        Assert.Equal("tháng 01 năm 2021", Render("{{ vi.month_year d }}", ("d", date)));
        Assert.Equal("23-1", Render("{{ d | vi.press_date }}", ("d", date)));
    }

    [Theory]
    [InlineData("{{ vi.date \"2024-03-05\" }}", "ngày 05 tháng 3 năm 2024")]
    [InlineData("{{ \"2021-02-01\" | vi.date }}", "ngày 01 tháng 02 năm 2021")]
    [InlineData("{{ vi.date (date.parse \"2020-12-31\") }}", "ngày 31 tháng 12 năm 2020")]
    [InlineData("{{ vi.month_year \"2024-03-05\" }}", "tháng 3 năm 2024")]
    [InlineData("{{ vi.press_date \"2024-03-05\" }}", "5-3")]
    public void Dates_FromTemplateLiterals(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    public static TheoryData<object> NameLists => new()
    {
        new ScriptArray { "Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Đức", "Phạm Thị Dung", "Nguyễn Văn An", "Hoàng Văn Ánh" },
        new List<string> { "Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Đức", "Phạm Thị Dung", "Nguyễn Văn An", "Hoàng Văn Ánh" },
        new[] { "Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Đức", "Phạm Thị Dung", "Nguyễn Văn An", "Hoàng Văn Ánh" },
    };

    [Theory]
    [MemberData(nameof(NameLists))]
    public void SortPeople_SortsTheVietnameseWay(object names)
    {
        const string expected = "Nguyễn Thị An, Nguyễn Văn An, Hoàng Văn Ánh, Trần Văn Bình, Phạm Thị Dung, Lê Văn Đức";

        Assert.Equal(expected, Render("{{ vi.sort_people names | array.join \", \" }}", ("names", names)));
        Assert.Equal(expected, Render("{{ names | vi.sort_people | array.join \", \" }}", ("names", names)));
    }

    [Fact]
    public void SortPeople_ReturnsAScriptArrayUsableInLoops()
    {
        var output = Render(
            "{{ for p in vi.sort_people [\"Trần Văn Bình\", \"Hoàng Văn Ánh\", \"Nguyễn Văn An\"] }}{{ p }};{{ end }}{{ (vi.sort_people [\"A\", \"B\"]) | array.size }}");

        Assert.Equal("Nguyễn Văn An;Hoàng Văn Ánh;Trần Văn Bình;2", output);
    }

    [Fact]
    public void Functions_DoNotDependOnTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "en-US", "tr-TR", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal("12.278,27", Render("{{ vi.number 12278.27 }}"));
                Assert.Equal("ngày 23 tháng 01 năm 2021", Render("{{ vi.date \"2021-01-23\" }}"));
                Assert.Equal("CHI BỘ", Render("{{ \"chi bộ\" | vi.upper }}"));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("{{ vi.number \"12.278\" }}", "vi.number expects a number but got the text \"12.278\"")]
    [InlineData("{{ vi.number missing }}", "vi.number expects a number but got null")]
    [InlineData("{{ vi.money true }}", "vi.money expects a number but got a value of type Boolean")]
    [InlineData("{{ vi.quantity 5 null }}", "vi.quantity expects a unit but got null")]
    [InlineData("{{ vi.date missing }}", "vi.date expects a date but got null")]
    [InlineData("{{ vi.date \"23/01/2021\" }}", "vi.date expects a date written yyyy-MM-dd but got \"23/01/2021\"")]
    [InlineData("{{ vi.month_year 2021 }}", "vi.month_year expects a date but got a value of type Int32")]
    [InlineData("{{ vi.upper missing }}", "vi.upper expects text but got null")]
    [InlineData("{{ vi.sort_people \"Nguyễn Văn An\" }}", "vi.sort_people expects a list of names but got the text")]
    [InlineData("{{ vi.sort_people [\"Nguyễn Văn An\", 5] }}", "vi.sort_people expects every name to be text but got a value of type Int32")]
    public void Functions_RejectValuesTheyCannotFormat(string template, string expectedMessage)
    {
        var exception = Assert.Throws<ScriptRuntimeException>(() => Render(template));

        Assert.Contains(expectedMessage, exception.Message);
    }

    [Fact]
    public void Functions_CannotBeReplacedOrAddedByATemplate()
    {
        var vi = new ViFunctions();

        Assert.Throws<ScriptRuntimeException>(() => Render(vi, "{{ vi.number = 1 }}"));
        Assert.Throws<ScriptRuntimeException>(() => Render(vi, "{{ vi.extra = 1 }}"));
        Assert.Equal("5.809", Render(vi, "{{ vi.number 5809 }}"));
        Assert.False(vi.ContainsKey("extra"));
    }

    private static string Render(string source, params (string Name, object Value)[] variables) =>
        Render(new ViFunctions(), source, variables);

    private static string Render(ViFunctions vi, string source, params (string Name, object Value)[] variables)
    {
        var template = Template.Parse(source);
        Assert.False(template.HasErrors, string.Join(Environment.NewLine, template.Messages));

        var globals = new ScriptObject { ["vi"] = vi };
        foreach (var (name, value) in variables)
        {
            globals[name] = value;
        }

        var context = new TemplateContext();
        context.PushGlobal(globals);
        return template.Render(context);
    }
}
