using System.Text;
using ReportGen.Build;
using ReportGen.Cli;
using ReportGen.Core.Loading;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The Windows file rules Linux can simulate (issue 17): an output file another program holds open (an IOException
/// injected where Windows throws it, on replacing), contribution names typed with backslashes, in another case or in
/// NFC while the disk has NFD (as macOS writes).
/// </summary>
public sealed class WindowsFileRulesTests : IDisposable
{
    private readonly SeedWorkspace _work = new("windows-rules");

    public void Dispose() => _work.Dispose();

    private (int Code, string Output, string Error) Build(params string[] more)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(["build", "--data", _work.Data, "--templates", _work.Templates, "--out", _work.Output, .. more], output, error, terminal: false);
        return (code, output.ToString(), error.ToString());
    }

    private Dictionary<string, byte[]> Files(Func<string, bool> which) => Directory
        .EnumerateFiles(_work.Output, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(_work.Output, f).Replace('\\', '/'))
        .Where(which)
        .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_work.Output, f)), StringComparer.Ordinal);

    private static bool OfYYen(string relative) =>
        relative.StartsWith("y-yen-2021/", StringComparison.Ordinal) || relative == ".reportgen/search/y-yen-2021.json";

    private void ChangeBothMeetings()
    {
        foreach (var (file, from, to) in new[] { ("xuan-truong.yaml", "place: Xuân Trường", "place: Thị trấn Xuân Trường"), ("y-yen.yaml", "place: Ý Yên", "place: Thị trấn Lâm") })
        {
            var path = Path.Combine(_work.Data, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Build_LockedBooklet_KeepsThatMeetingsPreviousFilesWhole_BuildsTheOther_AndSaysWhatToClose()
    {
        Assert.Equal(CommandLine.Success, Build().Code);
        var before = Files(OfYYen);
        var xuanTruongBefore = File.ReadAllBytes(Path.Combine(_work.Output, "xuan-truong-2021", "booklet.pdf"));
        ChangeBothMeetings();

        (int Code, string Output, string Error) locked;
        // booklet.pdf comes after article.md and booklet-print.pdf in the group: those two were moved in and are put back.
        using (SimulatedLocks.Hold("y-yen-2021/booklet.pdf"))
        {
            locked = Build();
        }

        Assert.Equal(CommandLine.UserError, locked.Code);
        var booklet = Path.Combine(_work.Output, "y-yen-2021", "booklet.pdf");
        Assert.Contains($"{booklet}: error RG147:", locked.Error);
        Assert.Contains("Đóng booklet.pdf trong trình đọc PDF rồi làm lại.", locked.Error);
        Assert.Contains("Các tệp cũ của y-yen-2021 vẫn giữ nguyên", locked.Error);
        Assert.Contains("Không thay được tệp của: y-yen-2021.", locked.Output);
        Assert.True(locked.Output.Split('\n').Any(l => l.Contains("y-yen-2021", StringComparison.Ordinal) && l.Contains("chưa thay", StringComparison.Ordinal)), locked.Output);
        // Every file of Ý Yên as it was, none added, none lost; Xuân Trường replaced; no staging left behind.
        var after = Files(OfYYen);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
        Assert.DoesNotContain("Thị trấn Lâm", LibreOffice.TextOf(booklet), StringComparison.Ordinal);
        Assert.False(xuanTruongBefore.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_work.Output, "xuan-truong-2021", "booklet.pdf"))));
        Assert.Contains("Thị trấn Xuân Trường", LibreOffice.TextOf(Path.Combine(_work.Output, "xuan-truong-2021", "booklet.pdf")), StringComparison.Ordinal);
        Assert.False(Directory.EnumerateDirectories(Path.Combine(_work.Output, OutputFiles.StateFolder), "staging-*").Any());

        // The file closed: the next build makes Ý Yên again (it was not recorded as built), and only Ý Yên.
        var again = Build();
        Assert.Equal(CommandLine.Success, again.Code);
        Assert.Contains("Làm 1 hội nghị; 1 hội nghị không đổi", again.Output);
        Assert.Contains("Thị trấn Lâm", LibreOffice.TextOf(booklet), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LockedFirstFileReplacedOfAGroup_ChangesNothingOfIt_InEnglishToo()
    {
        Assert.Equal(CommandLine.Success, Build().Code);
        var before = Files(OfYYen);
        ChangeBothMeetings();
        (int Code, string Output, string Error) locked;
        using (SimulatedLocks.Hold("y-yen-2021/booklet-print.pdf"))
        {
            locked = Build("--lang", "en");
        }
        Assert.Equal(CommandLine.UserError, locked.Code);
        Assert.Contains("Close booklet-print.pdf in your PDF reader and build again. The previous files of y-yen-2021 are kept whole; none was replaced.", locked.Error);
        var after = Files(OfYYen);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
    }

    [Fact]
    public void Check_ContributionNamedWithBackslashesAndAnotherCase_IsFound_WithAWarningNamingBothSpellings()
    {
        // On disk: Tham-Luan/Xuan-Ngoc.md; the data: tham-luan\xuan-ngoc.md (typed on Windows, where it opens).
        Directory.CreateDirectory(Path.Combine(_work.Data, "Tham-Luan"));
        File.Move(Path.Combine(_work.Data, "xuan-truong-tham-luan-xuan-ngoc.md"), Path.Combine(_work.Data, "Tham-Luan", "Xuan-Ngoc.md"));
        var yaml = Path.Combine(_work.Data, "xuan-truong.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: xuan-truong-tham-luan-xuan-ngoc.md", @"file: tham-luan\xuan-ngoc.md", StringComparison.Ordinal));

        var loaded = DataLoader.CheckDirectory(_work.Data);

        Assert.NotNull(loaded.Data);
        var warning = Assert.Single(loaded.Diagnostics, d => d.Code == "RG148");
        var line = File.ReadAllLines(yaml).ToList().FindIndex(l => l.Contains("xuan-ngoc.md", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, warning.Line);
        Assert.Contains(@"'tham-luan\xuan-ngoc.md'", warning.Message);
        Assert.Contains("'Tham-Luan/Xuan-Ngoc.md'", warning.Message);
        var (code, output, _) = Build("--format", "md,html");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Xuân Ngọc", File.ReadAllText(Path.Combine(_work.Output, "xuan-truong-2021", "index.html")), StringComparison.Ordinal);
        Assert.Contains("3 cảnh báo", output);
    }

    [Fact]
    public void Build_VietnameseFileNameInNfdOnDisk_IsFoundFromTheNfcNameInTheData_WithoutAWarning()
    {
        var nfc = "tham-luận-xuân-ngọc.md".Normalize(NormalizationForm.FormC);
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        File.Move(Path.Combine(_work.Data, "xuan-truong-tham-luan-xuan-ngoc.md"), Path.Combine(_work.Data, nfd));
        var yaml = Path.Combine(_work.Data, "xuan-truong.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: xuan-truong-tham-luan-xuan-ngoc.md", "file: " + nfc, StringComparison.Ordinal));

        var loaded = DataLoader.CheckDirectory(_work.Data);
        Assert.NotNull(loaded.Data);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code is "RG148" or "RG083");
        var (code, _, error) = Build("--format", "md,html");
        Assert.True(code == CommandLine.Success, error);
        Assert.Contains("Xuân Ngọc", File.ReadAllText(Path.Combine(_work.Output, "xuan-truong-2021", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IntoAFolderWithSpacesAndVietnameseLetters_Works()
    {
        var output = Path.Combine(_work.Root, "Kết quả hội nghị 2021");
        var code = CommandLine.Run(["build", "--data", _work.Data, "--templates", _work.Templates, "--out", output, "--format", "md,html"], new StringWriter(), new StringWriter(), terminal: false);
        Assert.Equal(CommandLine.Success, code);
        Assert.True(File.Exists(Path.Combine(output, "y-yen-2021", "index.html")));
    }
}
