namespace ReportGen.Templating.Tests;

/// <summary>
/// A long output (a thousand-page list's web page, its Markdown) on a thread that renders short ones before and after it:
/// the buffers such an output grows are not kept for the next one, and each output is whole, with nothing of another.
/// </summary>
public sealed class LongOutputTests : IDisposable
{
    private readonly string _copy = Repo.CopyTemplates();

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Template_WithALongOutput_BetweenShortOnes_LeavesEachWhole()
    {
        // 40 000 words after the programme: 360 000 characters, past what a thread keeps of an output's buffer.
        var agenda = Path.Combine(_copy, TemplateRenderer.Names.Agenda);
        File.WriteAllText(agenda, File.ReadAllText(agenda) + "KẾT THÚC\n\n{{ for i in 1..40000 }}từ{{ i }} {{ end }}\n");
        var renderer = TemplateRenderer.Load(_copy);
        var expectedReport = TemplateRenderer.Load(Repo.Templates).Report(Repo.XuanTruong);
        var expectedAgenda = TemplateRenderer.Load(Repo.Templates).Agenda(Repo.XuanTruong);

        var before = renderer.Report(Repo.XuanTruong);
        var longAgenda = renderer.Agenda(Repo.XuanTruong);
        var after = renderer.Report(Repo.XuanTruong);
        var againLong = renderer.Agenda(Repo.XuanTruong);

        Assert.Equal(expectedReport, before);
        Assert.Equal(expectedReport, after);
        // The programme's last line runs on into the words the template adds (its closing tag trims what follows).
        Assert.StartsWith(expectedAgenda.TrimEnd('\n'), longAgenda, StringComparison.Ordinal);
        Assert.Contains("KẾT THÚC\n\ntừ1 từ2 ", longAgenda, StringComparison.Ordinal);
        Assert.EndsWith(" từ39999 từ40000\n", longAgenda, StringComparison.Ordinal);
        Assert.Equal(40000, System.Text.RegularExpressions.Regex.Count(longAgenda, @"từ\d+"));
        Assert.Equal(longAgenda, againLong);
    }

    [Fact]
    public void Markdown_WithALongHtml_BetweenShortOnes_LeavesEachWhole()
    {
        const string shortText = "# Báo cáo\n\nMột đoạn **đậm** có [liên kết](https://example.org).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        var rows = string.Concat(Enumerable.Range(1, 20000).Select(i => $"| {i} | Nguyễn Văn {i} |\n"));
        var longText = "# Danh sách\n\n| STT | Họ và tên |\n|---|---|\n" + rows;

        var before = MarkdownRenderer.ToHtml(shortText);
        var longHtml = MarkdownRenderer.ToHtml(longText);
        var after = MarkdownRenderer.ToHtml(shortText);

        Assert.Equal(before, after);
        Assert.DoesNotContain("Danh sách", after, StringComparison.Ordinal);
        Assert.True(longHtml.Length > 256 * 1024, $"{longHtml.Length} characters");
        Assert.Equal(20000 + 1, System.Text.RegularExpressions.Regex.Count(longHtml, "<tr[ >]"));
        Assert.Contains("Nguyễn Văn 20000", longHtml, StringComparison.Ordinal);
        Assert.Equal(longHtml, MarkdownRenderer.ToHtml(longText));
    }
}
