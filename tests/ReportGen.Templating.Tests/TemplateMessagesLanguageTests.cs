using ReportGen.Core.Diagnostics;
using ReportGen.Localization;

namespace ReportGen.Templating.Tests;

/// <summary>The template errors under <c>--lang en</c>: the same codes and places, said in English.</summary>
public sealed class TemplateMessagesLanguageTests : IDisposable
{
    private readonly string _copy = Repo.CopyTemplates();

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void InEnglish_AMissingTemplate_IsSaidInEnglish_WithItsCode()
    {
        File.Delete(Path.Combine(_copy, TemplateRenderer.Names.Index));

        using (Messages.Use(Language.English))
        {
            var diagnostic = Assert.Single(Assert.Throws<UserInputException>(() => TemplateRenderer.Load(_copy)).Diagnostics);
            Assert.Equal(TemplateSet.MissingCode, diagnostic.Code);
            Assert.StartsWith($"The template '{TemplateRenderer.Names.Index}' is missing.", diagnostic.Message, StringComparison.Ordinal);
        }
        var vietnamese = Assert.Single(Assert.Throws<UserInputException>(() => TemplateRenderer.Load(_copy)).Diagnostics);
        Assert.StartsWith($"Thiếu mẫu '{TemplateRenderer.Names.Index}'.", vietnamese.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InEnglish_AMisspeltMember_IsSaidInEnglish_AtTheSamePlace()
    {
        File.WriteAllText(Path.Combine(_copy, TemplateRenderer.Names.Agenda), "# CHƯƠNG TRÌNH\n\n{{ meeting.titel }}\n");
        var renderer = TemplateRenderer.Load(_copy);

        Diagnostic english;
        using (Messages.Use(Language.English))
        {
            english = Assert.Single(Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen)).Diagnostics);
        }
        var vietnamese = Assert.Single(Assert.Throws<UserInputException>(() => renderer.Agenda(Repo.YYen)).Diagnostics);

        Assert.Equal((vietnamese.Code, vietnamese.File, vietnamese.Line, vietnamese.Column), (english.Code, english.File, english.Line, english.Column));
        Assert.StartsWith("Error while filling in the template: The meeting ", english.Message, StringComparison.Ordinal);
        Assert.Contains("has no member `titel`", english.Message, StringComparison.Ordinal);
        Assert.StartsWith("Lỗi khi dựng mẫu: Trong hội nghị ", vietnamese.Message, StringComparison.Ordinal);
        Assert.Contains("không có trường `titel`", vietnamese.Message, StringComparison.Ordinal);
    }
}
