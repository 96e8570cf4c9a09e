using ReportGen.Build;
using ReportGen.Localization;

namespace ReportGen.EndToEnd.Tests;

/// <summary><c>reportgen new</c> and <c>reportgen serve</c> refuse bad input in the language asked for.</summary>
public sealed class BuildMessagesLanguageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rg-lang-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void New_RefusesABadId_InEitherLanguage()
    {
        using (Messages.Use(Language.English))
        {
            var english = Assert.Throws<ArgumentException>(() => NewMeeting.Create("Y_Yen", _root, _root));
            Assert.StartsWith("The conference id 'Y_Yen' is not valid", english.Message, StringComparison.Ordinal);
        }
        var vietnamese = Assert.Throws<ArgumentException>(() => NewMeeting.Create("Y_Yen", _root, _root));
        Assert.StartsWith("Mã hội nghị 'Y_Yen' không hợp lệ", vietnamese.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_RefusesABadPortAndAMissingFolder_InEnglish()
    {
        using (Messages.Use(Language.English))
        {
            var port = Assert.Throws<ArgumentOutOfRangeException>(() => new PreviewServer(_root, 0));
            Assert.StartsWith("The port must be from 1 to 65535.", port.Message, StringComparison.Ordinal);

            using var server = new PreviewServer(Path.Combine(_root, "no-output"), 8080);
            var folder = Assert.Throws<DirectoryNotFoundException>(server.Start);
            Assert.StartsWith("There is no output folder", folder.Message, StringComparison.Ordinal);
        }
    }
}
