using System.Security.Cryptography;
using ReportGen.Build;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// A build keeps every meeting whose inputs did not change, and a rebuild with nothing changed writes no
/// file at all. Checked on the files themselves: their bytes and their modification times.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("incremental", copyTemplates: true);

    private string Data => _workspace.Data;
    private string Templates => _workspace.Templates;
    private string Output => _workspace.Output;

    public void Dispose() => _workspace.Dispose();

    private BuildReport Build(bool force = false) => SiteBuilder.Run(new BuildOptions(Data, Templates, Output) { Force = force });

    /// <summary>Every file of the output folder (the state too) with the time it was written and a hash of its bytes.</summary>
    private Dictionary<string, (DateTime Written, string Hash)> Snapshot() => Directory
        .EnumerateFiles(Output, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'),
            f => (File.GetLastWriteTimeUtc(f), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    [Fact]
    public void SearchIndex_IsMadeAgainOnlyWhenWhatItHoldsChanged_ARoundupToo()
    {
        Build();
        var index = Path.Combine(Output, "search-index.js");
        Assert.Contains("Các huyện", File.ReadAllText(index), StringComparison.Ordinal);
        // Nothing changed: the index is not made again (it is not among the files written).
        Assert.DoesNotContain("search-index.js", Build().FilesWritten);
        // Only the roundup's file changed (no meeting is rebuilt): the index is made again and holds the new title.
        var roundup = Path.Combine(Data, "roundup-2021-01-23.yaml");
        File.WriteAllText(roundup, File.ReadAllText(roundup).Replace("Các huyện", "Hai huyện", StringComparison.Ordinal));
        var report = Build();
        Assert.Equal(0, report.MeetingsBuilt);
        Assert.Contains("search-index.js", report.FilesWritten);
        Assert.Contains("Hai huyện", File.ReadAllText(index), StringComparison.Ordinal);
        // Deleted by hand: made again even though nothing changed.
        File.Delete(index);
        Build();
        Assert.True(File.Exists(index));
    }

    [Fact]
    public void Rebuild_WithNothingChanged_BuildsNoMeetingAndWritesNoFile()
    {
        var first = Build();
        Assert.Equal(2, first.MeetingsBuilt);
        var before = Snapshot();
        Assert.Contains(".reportgen/build-state.json", before.Keys);
        // Each meeting's part of the search index is kept beside the state, so an unchanged meeting is not rendered
        // again when the index must be made again.
        Assert.Contains(".reportgen/search/y-yen-2021.json", before.Keys);
        Assert.Contains(".reportgen/search/xuan-truong-2021.json", before.Keys);
        Thread.Sleep(20); // so that a rewritten file would show a later time

        var second = Build();

        Assert.Equal(0, second.MeetingsBuilt);
        Assert.Equal(2, second.MeetingsUnchanged);
        Assert.Empty(second.FilesWritten);
        // Given again from the state without reading the data: the same warnings and fonts, with their places.
        Assert.True(second.UpToDate);
        Assert.False(first.UpToDate);
        Assert.Equal(first.Warnings, second.Warnings);
        Assert.Equal(first.FontUsed, second.FontUsed);
        Assert.Equal(first.Meetings.Select(m => (m.Id, m.Warnings, m.Draft)), second.Meetings.Select(m => (m.Id, m.Warnings, m.Draft)));
        Assert.Equal(before, Snapshot());
        // What the summary and print plan report is still the real booklet.
        Assert.Equal(first.Meetings.Select(m => (m.Id, m.BookletPages, m.PrintSheets, m.Copies)),
            second.Meetings.Select(m => (m.Id, m.BookletPages, m.PrintSheets, m.Copies)));
        // No staging folder left behind: the state and the kept search parts only.
        Assert.Equal(["build-state.json", "search"], Directory.GetFileSystemEntries(Path.Combine(Output, ".reportgen")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ChangingOneMeetingsData_RebuildsThatMeetingOnly()
    {
        Build();
        var before = Snapshot();
        var file = Path.Combine(Data, "xuan-truong.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("delegates: 280", "delegates: 281", StringComparison.Ordinal));
        Assert.NotEmpty(before);

        var report = Build();

        Assert.Equal(["xuan-truong-2021"], report.Meetings.Where(m => !m.Unchanged).Select(m => m.Id));
        var after = Snapshot();
        foreach (var kept in before.Keys.Where(k => k.StartsWith("y-yen-2021/", StringComparison.Ordinal)))
        {
            Assert.Equal(before[kept], after[kept]);
        }
        // The copies changed: the print plan shows them, and Xuân Trường's pages were made again.
        Assert.Contains("print-plan.md", report.FilesWritten);
        Assert.Equal(281 + 15, report.Meetings.Single(m => m.Id == "xuan-truong-2021").Copies);
        Assert.Contains("xuan-truong-2021/index.html", report.FilesWritten);
    }

    [Fact]
    public void ADataFileEditedWhileTheBuildRan_IsBuiltAgainNextTime()
    {
        // Edited once every meeting is built, before the build reads what the next build's shortcut compares (on another
        // core, while it moves its files): the shortcut would then hold the new data's hashes beside the old booklet.
        var file = Path.Combine(Data, "xuan-truong.yaml");
        var edit = new EditWhenAllBuilt(2, () =>
            File.WriteAllText(file, File.ReadAllText(file).Replace("delegates: 280", "delegates: 281", StringComparison.Ordinal)));
        var first = SiteBuilder.Run(new BuildOptions(Data, Templates, Output), edit);
        Assert.Equal(280 + 15, first.Meetings.Single(m => m.Id == "xuan-truong-2021").Copies);

        var next = Build();

        Assert.False(next.UpToDate);
        Assert.Equal(["xuan-truong-2021"], next.Meetings.Where(m => !m.Unchanged).Select(m => m.Id));
        Assert.Equal(281 + 15, next.Meetings.Single(m => m.Id == "xuan-truong-2021").Copies);
        Assert.True(Build().UpToDate);
    }

    /// <summary>Runs an edit when the last of <paramref name="meetings"/> meetings is built, as a user saving a file would.</summary>
    private sealed class EditWhenAllBuilt(int meetings, Action edit) : IBuildProgress
    {
        private int _done;

        public void Planned(IReadOnlyList<string> toBuild, IReadOnlyList<string> unchanged) { }
        public void MeetingStarted(string meetingId) { }
        public void StepDone(string meetingId, BuildStep step) { }
        public void Note(string line) { }

        public void MeetingDone(MeetingOutput meeting)
        {
            if (Interlocked.Increment(ref _done) == meetings)
            {
                edit();
            }
        }
    }

    [Fact]
    public void ChangingAContributionsMarkdownFile_RebuildsTheMeetingThatBindsIt()
    {
        Build();
        var contribution = Path.Combine(Data, "y-yen-tham-luan-yen-tien.md");
        Assert.True(File.Exists(contribution), "the Ý Yên seed binds a contribution from Yên Tiến");
        File.AppendAllText(contribution, "\nMột đoạn mới thêm vào tham luận.\n");

        var report = Build();

        Assert.Equal(["y-yen-2021"], report.Meetings.Where(m => !m.Unchanged).Select(m => m.Id));
        Assert.Contains("y-yen-2021/booklet.pdf", report.FilesWritten);
        Assert.Contains("Một đoạn mới thêm vào tham luận.", File.ReadAllText(Path.Combine(Output, "y-yen-2021", "index.html")));
    }

    [Fact]
    public void ANewDataFile_IsBuilt_TheOthersKept()
    {
        Build();
        var copy = File.ReadAllText(Path.Combine(Data, "xuan-truong.yaml"))
            .Replace("id: xuan-truong-2021", "id: xuan-truong-2021-ban-sao", StringComparison.Ordinal);
        Assert.Contains("id: xuan-truong-2021-ban-sao", copy, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Data, "xuan-truong-ban-sao.yaml"), copy);

        var report = Build();

        Assert.False(report.UpToDate);
        Assert.Equal(["xuan-truong-2021-ban-sao"], report.Meetings.Where(m => !m.Unchanged).Select(m => m.Id));
        Assert.True(File.Exists(Path.Combine(Output, "xuan-truong-2021-ban-sao", "booklet.pdf")));
    }

    [Fact]
    public void AFontPutInTheUsersFontsFolder_RebuildsEveryMeeting()
    {
        Build();
        var fonts = Directory.CreateDirectory(Path.Combine(Data, "fonts")).FullName;
        var shipped = Directory.GetFiles(Layout.Fonts.FontLibrary.ShippedFontDirectory(), "*.ttf").Order(StringComparer.Ordinal).First();
        File.Copy(shipped, Path.Combine(fonts, Path.GetFileName(shipped)));

        var report = Build();

        Assert.False(report.UpToDate);
        Assert.Equal(2, report.MeetingsBuilt);
    }

    [Fact]
    public void ChangingATemplate_RebuildsEveryMeeting()
    {
        Build();
        var theme = Path.Combine(Templates, "theme.yaml");
        File.AppendAllText(theme, "\n# a comment changes the bytes, so the hash\n");

        var report = Build();

        Assert.Equal(2, report.MeetingsBuilt);
        // The outputs did not change: a comment draws nothing, so no file needed writing.
        Assert.DoesNotContain("y-yen-2021/booklet.pdf", report.FilesWritten);
    }

    [Fact]
    public void DeletedOrEditedOutput_IsMadeAgain()
    {
        Build();
        File.Delete(Path.Combine(Output, "y-yen-2021", "booklet.pdf"));
        File.AppendAllText(Path.Combine(Output, "xuan-truong-2021", "article.md"), "edited by hand");

        var report = Build();

        Assert.Equal(2, report.MeetingsBuilt);
        Assert.Contains("y-yen-2021/booklet.pdf", report.FilesWritten);
        Assert.Contains("xuan-truong-2021/article.md", report.FilesWritten);
        Assert.DoesNotContain("edited by hand", File.ReadAllText(Path.Combine(Output, "xuan-truong-2021", "article.md")));
    }

    [Fact]
    public void Force_BuildsEverything_ButWritesOnlyWhatDiffers()
    {
        Build();
        var report = Build(force: true);
        Assert.Equal(2, report.MeetingsBuilt);
        // The build is reproducible: the same bytes again, so nothing is rewritten.
        Assert.Empty(report.FilesWritten);
    }

    [Fact]
    public void AMeetingTakenOutOfTheData_IsForgottenByTheState()
    {
        Build();
        File.Delete(Path.Combine(Data, "xuan-truong.yaml"));
        File.Delete(Path.Combine(Data, "roundup-2021-01-23.yaml")); // it names Xuân Trường

        var report = Build();

        Assert.Equal(["y-yen-2021"], report.Meetings.Select(m => m.Id));
        Assert.True(report.Meetings.Single().Unchanged);
        var state = File.ReadAllText(Path.Combine(Output, ".reportgen", "build-state.json"));
        Assert.Contains("y-yen-2021", state);
        Assert.DoesNotContain("xuan-truong-2021", state);
    }

    [Fact]
    public void DamagedState_CostsAFullBuild_NotAnError()
    {
        Build();
        File.WriteAllText(Path.Combine(Output, ".reportgen", "build-state.json"), "{ not json");
        var report = Build();
        Assert.Equal(2, report.MeetingsBuilt);
        Assert.Contains(".reportgen/build-state.json", report.FilesWritten);
    }

    [Fact]
    public void FailedBuild_LeavesTheLastGoodOutputAndState()
    {
        Build();
        var before = Snapshot();
        var file = Path.Combine(Data, "y-yen.yaml");
        File.WriteAllText(file, File.ReadAllText(file) + "\nnot: [closed\n");
        Assert.ThrowsAny<Exception>(() => Build());
        Assert.Equal(before, Snapshot());
    }
}
