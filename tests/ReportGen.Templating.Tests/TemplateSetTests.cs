using ReportGen.Core.Diagnostics;

namespace ReportGen.Templating.Tests;

/// <summary>Loading templates, and the errors a secretary editing them gets.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly string _copy = Repo.CopyTemplates();

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Load_ReadsEveryTemplateOfTheRepository()
    {
        var renderer = TemplateRenderer.Load(Repo.Templates);

        Assert.Superset(TemplateRenderer.Names.All.ToHashSet(), renderer.Templates.Names.ToHashSet());
        Assert.Contains("_meeting-body.md.sbn", renderer.Templates.Names);
    }

    [Fact]
    public void Load_ReportsTheFileAndLine_WhenATemplateHasASyntaxError()
    {
        var broken = Path.Combine(_copy, TemplateRenderer.Names.Report);
        File.WriteAllText(broken, "# BÁO CÁO\n\nDòng hai\n{{ for field in meeting.results.fields }}\n{{ field.name \n");

        var error = Assert.Throws<UserInputException>(() => TemplateRenderer.Load(_copy));

        var diagnostic = error.Diagnostics[0];
        Assert.Equal(TemplateSet.ParseErrorCode, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(Path.GetFullPath(broken), diagnostic.File);
        Assert.True(diagnostic.Line >= 4, $"line {diagnostic.Line}");
        Assert.True(diagnostic.Column > 0);
        Assert.All(error.Diagnostics, d => Assert.Equal("RG100", d.Code));
        Assert.Contains($"report.md.sbn({diagnostic.Line},{diagnostic.Column}): error RG100", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RunawayTemplate_ThatKeepsDoublingAString_IsAnError_NotACutText()
    {
        var agenda = Path.Combine(_copy, TemplateRenderer.Names.Agenda);
        File.WriteAllText(agenda, "{{ x = \"ab\"; for i in 1..24; x = x + x; end; x }}\n" + File.ReadAllText(agenda));
        var renderer = TemplateRenderer.Load(_copy);

        var error = Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.XuanTruong));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(TemplateRenderer.RenderErrorCode, diagnostic.Code);
        Assert.Equal(Path.GetFullPath(agenda), diagnostic.File);
    }

    [Theory]
    [InlineData("{{ date.format = \"%Y\" }}")]
    [InlineData("{{ string.shout = 1 }}")]
    [InlineData("{{ vi.number = 1 }}")]
    public void Template_ThatChangesABuiltInFunctionObject_IsAnError_AndTheNextRenderingIsUnchanged(string change)
    {
        // The built-ins and our function objects are shared by every rendering, so no template may change them.
        var repository = TemplateRenderer.Load(Repo.Templates);
        var before = repository.Agenda(Repo.XuanTruong);
        var agenda = Path.Combine(_copy, TemplateRenderer.Names.Agenda);
        var original = File.ReadAllText(agenda);
        File.WriteAllText(agenda, change + "\n" + original);
        var renderer = TemplateRenderer.Load(_copy);

        var error = Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.XuanTruong));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(TemplateRenderer.RenderErrorCode, diagnostic.Code);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(before, repository.Agenda(Repo.XuanTruong));
    }

    [Fact]
    public void Load_ReportsErrorsOfEveryTemplateAtOnce()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "{{ if }}");
        File.WriteAllText(Path.Combine(_copy, "_meeting-body.md.sbn"), "ok\n{{ end }}");

        var error = Assert.Throws<UserInputException>(() => TemplateRenderer.Load(_copy));

        var files = error.Diagnostics.Select(d => Path.GetFileName(d.File)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["_meeting-body.md.sbn", "agenda.md.sbn"], files);
        Assert.Contains(error.Diagnostics, d => d.File.EndsWith("_meeting-body.md.sbn", StringComparison.Ordinal) && d.Line == 2);
    }

    [Fact]
    public void Load_ReportsAMissingTemplate()
    {
        File.Delete(Path.Combine(_copy, TemplateRenderer.Names.Index));

        var error = Assert.Throws<UserInputException>(() => TemplateRenderer.Load(_copy));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(TemplateSet.MissingCode, diagnostic.Code);
        Assert.EndsWith("index.html.sbn", diagnostic.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsAMissingFolder()
    {
        var error = Assert.Throws<UserInputException>(() => TemplateRenderer.Load(Path.Combine(_copy, "nowhere")));

        Assert.Equal(TemplateSet.MissingCode, Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void Render_ReportsAnUnknownVariable_WithTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "# CHƯƠNG TRÌNH\n\n{{ meting.title }}\n");
        var renderer = TemplateRenderer.Load(_copy);

        var error = Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(TemplateRenderer.RenderErrorCode, diagnostic.Code);
        Assert.EndsWith("agenda.md.sbn", diagnostic.File, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("meting", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportsAMisspeltMemberOfTheData()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "{{ meeting.titel }}");
        var renderer = TemplateRenderer.Load(_copy);

        var error = Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen));

        Assert.Contains("titel", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportsTheIncludedFile_WhenAPartialFails()
    {
        File.WriteAllText(Path.Combine(_copy, "_meeting-body.md.sbn"), "Ngày\n\n{{ vi.date m.title }}\n");
        var renderer = TemplateRenderer.Load(_copy);

        var error = Assert.Throws<UserInputException>(() => renderer.MeetingArticle(Repo.YYen));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith("_meeting-body.md.sbn", diagnostic.File, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void Render_StopsARunawayLoop()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "{{ while true }}x{{ end }}");
        var renderer = TemplateRenderer.Load(_copy);

        Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen));
    }

    [Fact]
    public void Render_DoesNotLetATemplateChangeTheData()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "{{ meeting.title = 'khác' }}{{ meeting.title }}");
        var renderer = TemplateRenderer.Load(_copy);

        Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen));
    }

    [Fact]
    public void Render_RejectsAnIncludeOutsideTheTemplatesFolder()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "{{ include '../secret.sbn' }}");
        var renderer = TemplateRenderer.Load(_copy);

        var error = Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen));

        Assert.Contains("secret.sbn", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_AfterAnotherOnTheSameThread_SeesNoneOfItsVariables()
    {
        // A thread's rendering context is reused (TemplateHost): what one template assigns must not reach the next.
        var agenda = Path.Combine(_copy, TemplateRenderer.Names.Agenda);
        var report = Path.Combine(_copy, TemplateRenderer.Names.Report);
        File.WriteAllText(agenda, "{{ left_over = \"x\" }}agenda\n");
        File.WriteAllText(report, "{{ left_over }}\n");
        var renderer = TemplateRenderer.Load(_copy);

        Assert.Equal("agenda\n", renderer.Agenda(Repo.XuanTruong));
        var error = Assert.Throws<UserInputException>(() => renderer.Report(Repo.XuanTruong));

        Assert.Equal(TemplateRenderer.RenderErrorCode, Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void Rendering_IsTheSame_FirstAfterAFailure_AndRepeated()
    {
        var repository = TemplateRenderer.Load(Repo.Templates);
        var first = repository.MeetingArticle(Repo.XuanTruong);
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "{{ no_such_variable }}\n");
        var broken = TemplateRenderer.Load(_copy);

        Assert.Throws<UserInputException>(() => broken.Agenda(Repo.XuanTruong));

        Assert.Equal(first, repository.MeetingArticle(Repo.XuanTruong));
        Assert.Equal(first, repository.MeetingArticle(Repo.XuanTruong));
    }

    [Fact]
    public void RenderedMarkdown_KeepsOneBlankLineBetweenBlocks_NoTrailingSpaces_OneNewlineAtTheEnd()
    {
        // Trailing spaces become a line break of their own (a blank line after "x"); three or more breaks become two;
        // spaces inside a line and at the end of the text stay; the breaks at both ends go.
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "\n \n  # Title  \n\n\n\npara \t\n  \nline\none  two\t three\nx \ny\n\n\nlast   ");
        var renderer = TemplateRenderer.Load(_copy);

        Assert.Equal("  # Title\n\npara\n\nline\none  two\t three\nx\n\ny\n\nlast   \n", renderer.Agenda(Repo.XuanTruong));
    }
}
