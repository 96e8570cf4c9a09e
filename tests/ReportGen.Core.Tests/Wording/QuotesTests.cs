using ReportGen.Core.Wording;

namespace ReportGen.Core.Tests.Wording;

public sealed class QuotesTests
{
    [Theory]
    [InlineData("phong trào \"Toàn dân đoàn kết\" được", "phong trào “Toàn dân đoàn kết” được")]
    [InlineData("\"Nông thôn mới\" là", "“Nông thôn mới” là")]
    [InlineData("(\"Dân vận khéo\")", "(“Dân vận khéo”)")]
    [InlineData("**\"Nông thôn mới\"**", "**“Nông thôn mới”**")]
    [InlineData("khẩu hiệu \"Đổi mới\".", "khẩu hiệu “Đổi mới”.")]
    [InlineData("\"lời 'trích' trong\"", "“lời ‘trích’ trong”")]
    [InlineData("Nhà văn hoá 'Hạnh phúc'", "Nhà văn hoá ‘Hạnh phúc’")]
    [InlineData("Đã có “curly” rồi", "Đã có “curly” rồi")]
    [InlineData("Xem [\"Tài liệu\"](https://a.vn/x?q=\"a\" \"tiêu đề\")", "Xem [“Tài liệu”](https://a.vn/x?q=\"a\" \"tiêu đề\")")]
    [InlineData("mã `a = \"b\"` và \"c\"", "mã `a = \"b\"` và “c”")]
    [InlineData("<span title=\"x\">\"y\"</span>", "<span title=\"x\">“y”</span>")]
    [InlineData("giữ \\\"thẳng\\\"", "giữ \\\"thẳng\\\"")]
    [InlineData("\"[tài liệu](url)\"", "“[tài liệu](url)”")]
    public void Curl_TurnsStraightQuotesOfProse_IntoCurlyOnes(string text, string expected) =>
        Assert.Equal(expected, Quotes.Curl(text));

    [Fact]
    public void Curl_LeavesFencedBlocks_ChartBlocksIncluded()
    {
        const string markdown = "Câu \"một\".\n\n```chart\ntitle: \"Thu ngân sách\"\n```\n\n~~~\nx = \"y\"\n~~~\n\nCâu \"hai\".\n";
        Assert.Equal("Câu “một”.\n\n```chart\ntitle: \"Thu ngân sách\"\n```\n\n~~~\nx = \"y\"\n~~~\n\nCâu “hai”.\n", Quotes.Curl(markdown));
    }

    [Fact]
    public void Curl_FindsAFenceOnTheLineAfterATag_OrAfterALongLineOfProse()
    {
        // The scanner steps over prose to the next place where something else could start: a line that starts with a
        // fence is one, whether the line before ends with a tag (the scan resumes on the line break) or with prose.
        var prose = string.Concat(Enumerable.Repeat("Câu văn \"dài\" của báo cáo. ", 40));
        var text = $"<br>\n```\nx = \"y\"\n```\n{prose}\n   ~~~\nz = \"w\"\n~~~\nCuối \"hết\".";
        var expected = $"<br>\n```\nx = \"y\"\n```\n{prose.Replace("\"dài\"", "“dài”")}\n   ~~~\nz = \"w\"\n~~~\nCuối “hết”.";
        Assert.Equal(expected, Quotes.Curl(text));
    }

    [Fact]
    public void Curl_LeavesHtmlAttributesAndComments()
    {
        const string html = "<a href=\"https://a.vn\" title=\"x\">\"Trang\"</a> <!-- \"ghi chú\" --> <https://b.vn/\"q\">";
        Assert.Equal("<a href=\"https://a.vn\" title=\"x\">“Trang”</a> <!-- \"ghi chú\" --> <https://b.vn/\"q\">", Quotes.Curl(html));
    }

    [Fact]
    public void Spelling_Normalise_CurlsQuotesAndPlacesMarks_ButNotInCode()
    {
        var spelling = new Spelling(ToneMarkStyle.New);
        Assert.Equal("Lớp “khóa học” `khoá \"x\"`", spelling.Normalise("Lớp \"khoá học\" `khoá \"x\"`"));
        Assert.Equal("Lớp \"khoá học\"", new Spelling(ToneMarkStyle.Old).PlaceToneMarks("Lớp \"khóa học\""));
    }
}
