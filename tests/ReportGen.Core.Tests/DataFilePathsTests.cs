using System.Text;
using ReportGen.Core.Security;

namespace ReportGen.Core.Tests;

/// <summary>Files the data names, found the same on every system: backslashes, NFC against NFD, another case (issue 17).</summary>
public sealed class DataFilePathsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportgen-paths-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Make(params string[] parts)
    {
        var path = Path.Combine([_folder, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "# x");
        return path;
    }

    [Fact]
    public void Locate_WindowsBackslashesAndSpaces_AreSeparatorsAndKept()
    {
        var file = Make("Tham luận", "xã Yên Tiến.md");
        var located = DataFilePaths.Locate(_folder, @" Tham luận\xã Yên Tiến.md ");
        Assert.Equal(file, located.FullPath);
        Assert.Null(located.CaseDiffersOnDisk);
    }

    [Fact]
    public void Locate_NfdNameOnDisk_IsFoundFromTheNfcName_WithoutACaseWarning()
    {
        var nfd = "tham-luận-ý-yên.md".Normalize(NormalizationForm.FormD);
        var file = Make("Đóng góp".Normalize(NormalizationForm.FormD), nfd);
        var located = DataFilePaths.Locate(_folder, "Đóng góp/tham-luận-ý-yên.md".Normalize(NormalizationForm.FormC));
        Assert.Equal(file, located.FullPath);
        Assert.True(File.Exists(located.FullPath));
        Assert.Null(located.CaseDiffersOnDisk);
    }

    [Fact]
    public void Locate_AnotherCase_IsFound_AndTheDisksSpellingGiven()
    {
        var file = Make("Tham-Luan", "Xa-Yen-Tien.MD");
        var located = DataFilePaths.Locate(_folder, @"tham-luan\xa-yen-tien.md");
        Assert.Equal(file, located.FullPath);
        Assert.Equal("Tham-Luan/Xa-Yen-Tien.MD", located.CaseDiffersOnDisk);
    }

    [Fact]
    public void Locate_SameNameInTheRightCase_WinsOverAnotherCase()
    {
        Make("bao-cao.md");
        var exact = Make("Bao-Cao.md");
        if (File.Exists(Path.Combine(_folder, "bao-cao.md")) && new DirectoryInfo(_folder).GetFiles().Length == 1)
        {
            return; // a case-insensitive file system holds one of them only
        }
        Assert.Equal((exact, (string?)null), (DataFilePaths.Locate(_folder, "Bao-Cao.md").FullPath, DataFilePaths.Locate(_folder, "Bao-Cao.md").CaseDiffersOnDisk));
    }

    [Fact]
    public void Locate_TheSameCharacters_WinOverTheSameNameInAnotherNormalForm_WhicheverTheFolderListsFirst()
    {
        var nfc = "tham-luận.md".Normalize(NormalizationForm.FormC);
        var nfd = "tham-luận.md".Normalize(NormalizationForm.FormD);
        var composed = Make(nfc);
        var decomposed = Make(nfd);
        var hidden = Make(".ghi-chú.md");
        if (new DirectoryInfo(_folder).GetFiles().Length < 3)
        {
            return; // a file system that stores names in one form (macOS) holds one of the two
        }

        Assert.Equal(composed, DataFilePaths.Locate(_folder, nfc).FullPath);
        Assert.Equal(decomposed, DataFilePaths.Locate(_folder, nfd).FullPath);
        Assert.Equal(hidden, DataFilePaths.Locate(_folder, ".ghi-chú.md").FullPath);
    }

    [Fact]
    public void Locate_Missing_OrLeavingTheFolder_GivesThePlainPathForTheCallersToJudge()
    {
        Assert.Equal(Path.Combine(_folder, "khong-co.md"), DataFilePaths.Locate(_folder, "khong-co.md").FullPath);
        var outside = DataFilePaths.Locate(Path.Combine(_folder, "sub"), @"..\..\etc\passwd");
        Assert.Equal(Path.GetFullPath(Path.Combine(_folder, "..", "etc", "passwd")), outside.FullPath);
    }
}
