using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Localization;

namespace ReportGen.Core.Tests;

/// <summary>
/// The real data checks, run on the bad-input corpus in both languages: Vietnamese by default, word for
/// word what the corpus's expected files say; English under <c>--lang en</c>, with the same codes at the
/// same places and not one Vietnamese letter outside the user's own values.
/// </summary>
public sealed partial class MessagesLanguageTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "BadInputs");

    // A value quoted from the data file ('một trăm', 'huyện') is the user's text, not the message's. Found in
    // the Vietnamese message, which has no apostrophe of its own, then taken out of the English one.
    [GeneratedRegex("'[^']*'")]
    private static partial Regex QuotedValue();

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    private static IReadOnlyList<Diagnostic> Check(string name) =>
        DataLoader.CheckFile(Path.Combine(Corpus, name + ".yaml")).Diagnostics;

    private static string Line(Diagnostic d) => (d with { File = Path.GetFileName(d.File) }).ToString();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ByDefault_TheChecksSpeakVietnamese_WordForWordAsTheExpectedFiles(string name)
    {
        Assert.Equal(Language.Vietnamese, Messages.Language);
        var expected = File.ReadAllLines(Path.Combine(Corpus, name + ".expected.txt")).Where(l => l.Length > 0);

        Assert.Equal(expected, Check(name).Select(Line));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void InEnglish_TheChecksKeepCodesAndPlaces_AndHaveNoVietnameseLetters(string name)
    {
        var vietnamese = Check(name);
        IReadOnlyList<Diagnostic> english;
        using (Messages.Use(Language.English))
        {
            english = Check(name);
        }

        Assert.Equal(
            vietnamese.Select(d => (d.Severity, d.Code, d.File, d.Line, d.Column)),
            english.Select(d => (d.Severity, d.Code, d.File, d.Line, d.Column)));
        Assert.All(english.Zip(vietnamese), pair =>
        {
            var (en, vi) = pair;
            Assert.NotEqual(vi.Message, en.Message);
            var ownWords = QuotedValue().Matches(vi.Message).Aggregate(en.Message, (text, value) => text.Replace(value.Value, "", StringComparison.Ordinal));
            Assert.Equal("", VietnameseLetters.In(ownWords));
            // editors find the severity by these words, whatever the language
            Assert.Contains(en.Severity == Severity.Error ? ": error RG" : ": warning RG", en.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void InEnglish_AMissingDataFolder_IsSaidInEnglish()
    {
        var missing = Path.Combine(Corpus, "no-such-folder");
        using (Messages.Use(Language.English))
        {
            var diagnostic = Assert.Single(DataLoader.CheckDirectory(missing).Diagnostics);
            Assert.Equal(DiagnosticCodes.DataFolderMissing, diagnostic.Code);
            Assert.StartsWith("The data folder was not found.", diagnostic.Message, StringComparison.Ordinal);
        }
        Assert.StartsWith("Không tìm thấy thư mục dữ liệu.", Assert.Single(DataLoader.CheckDirectory(missing).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Use_SpeaksTheLanguageUntilDisposed_AndIntoTheTasksItStarts()
    {
        Assert.Equal(Language.Vietnamese, Messages.Language);
        using (Messages.Use(Language.English))
        {
            Assert.Equal(Language.English, Messages.Language);
            Assert.Equal(Language.English, await Task.Run(() => Messages.Language));
            using (Messages.Use(Language.Vietnamese))
            {
                Assert.Equal(Language.Vietnamese, Messages.Language);
            }
            Assert.Equal(Language.English, Messages.Language);
        }
        Assert.Equal(Language.Vietnamese, Messages.Language);
    }

    [Theory]
    [InlineData("vi", Language.Vietnamese)]
    [InlineData(" VI ", Language.Vietnamese)]
    [InlineData("en", Language.English)]
    [InlineData("English", Language.English)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    public void ParseLanguage_ReadsTheLangOption(string value, Language? expected) =>
        Assert.Equal(expected, Messages.ParseLanguage(value));
}
