using System.Diagnostics;
using ReportGen.Build;
using ReportGen.Cli;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// Data from many hands, tried as an attacker and a careless user would (issue 13, docs/security.md): nothing
/// escapes the output folder, nothing runs in a reader's browser or PDF reader, no character reaches the
/// terminal raw, two builds never mix their files, and a build killed while it moves files is finished by the next.
/// </summary>
public sealed class UntrustedDataTests : IDisposable
{
    private readonly SeedWorkspace _work = new("untrusted");

    public void Dispose() => _work.Dispose();

    private string SeedPath => Path.Combine(_work.Data, "y-yen.yaml");

    private void Edit(Func<string, string> change) => File.WriteAllText(SeedPath, change(File.ReadAllText(SeedPath)));

    private BuildOptions Options(string? output = null) => new(_work.Data, _work.Templates, output ?? _work.Output);

    [Theory]
    [InlineData("../x")]
    [InlineData("/tmp/reportgen-absolute")]
    [InlineData(".")]
    [InlineData("index.html")]
    [InlineData("con")]
    [InlineData("Y-Yen")]
    public void IdThatIsNoSlug_IsALocatedError_InCheckAndBuild_AndNothingIsWritten(string id)
    {
        Edit(text => text.Replace("id: y-yen-2021", $"id: \"{id}\"", StringComparison.Ordinal));
        var check = DataLoader.CheckDirectory(_work.Data);
        var error = Assert.Single(check.Diagnostics, d => d.Code == DiagnosticCodes.BadId);
        Assert.Equal(Array.FindIndex(File.ReadAllLines(SeedPath), l => l.StartsWith("id:", StringComparison.Ordinal)) + 1, error.Line);

        Assert.Throws<UserInputException>(() => SiteBuilder.Run(Options()));
        Assert.False(Directory.Exists(_work.Output));
        Assert.False(Directory.Exists("/tmp/reportgen-absolute"));
    }

    [Fact]
    public void RoundupWithAMeetingsId_IsAnError_AtTheRoundupsId()
    {
        var roundup = Path.Combine(_work.Data, "roundup-2021-01-23.yaml");
        var text = File.ReadAllText(roundup);
        var id = text.Split('\n').First(l => l.TrimStart().StartsWith("id:", StringComparison.Ordinal)).Split(':')[1].Trim();
        File.WriteAllText(roundup, text.Replace($"id: {id}", "id: y-yen-2021", StringComparison.Ordinal));
        var error = Assert.Single(DataLoader.CheckDirectory(_work.Data).Diagnostics, d => d.Code == DiagnosticCodes.DuplicateMeetingId);
        Assert.EndsWith("roundup-2021-01-23.yaml", error.File);
        Assert.Contains("y-yen.yaml", error.Message);
    }

    [Fact]
    public void ContributionThroughALinkedFolder_IsRefused_AsOutsideTheDataFolder()
    {
        var outside = Directory.CreateTempSubdirectory("rg-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.md"), "# Bí mật\n\nKhông được in.\n");
            Directory.CreateSymbolicLink(Path.Combine(_work.Data, "somedir"), outside);
            Edit(text => text.Replace("file: y-yen-tham-luan-yen-tien.md", "file: somedir/secret.md", StringComparison.Ordinal));
            var error = Assert.Single(DataLoader.CheckDirectory(_work.Data).Diagnostics, d => d.Code == DiagnosticCodes.DocumentFileOutside);
            Assert.True(error.Line > 0);
            Assert.Throws<UserInputException>(() => SiteBuilder.Run(Options()));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    public void LinkOutsideTheAllowList_IsText_OnThePageAndInThePdf_WithALocatedWarning(string url)
    {
        Edit(text => text.Replace("  overview: >-\n", $"  overview: >-\n    <{url}> [xem]({url.Replace(" ", "", StringComparison.Ordinal)})\n", StringComparison.Ordinal));
        var warnings = DataLoader.CheckDirectory(_work.Data).Diagnostics.Where(d => d.Code == DiagnosticCodes.RefusedLink).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.True(w.Line > 0 && w.Column > 0));

        SiteBuilder.Run(Options());
        var scheme = url[..url.IndexOf(':')];
        foreach (var page in new[] { "y-yen-2021/index.html", "nam-dinh-2021-01-23/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(_work.Output, page));
            Assert.DoesNotContain($"href=\"{scheme}:", html, StringComparison.OrdinalIgnoreCase);
        }
        // The PDF's link annotations (/URI) carry no such target either.
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(_work.Output, "y-yen-2021", "booklet.pdf")));
        Assert.DoesNotContain($"/URI ({scheme}:", pdf, StringComparison.OrdinalIgnoreCase);
        using var document = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(_work.Output, "y-yen-2021", "booklet.pdf"));
        Assert.DoesNotContain(document.GetPages().SelectMany(p => p.GetHyperlinks()), l => (l.Uri ?? "").StartsWith(scheme + ":", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ControlCharacters_AreRemovedWithALocatedWarning_AndNeverEchoedRaw()
    {
        Edit(text => text.Replace("place: Ý Yên", "place: Ý Yên\u001b[31m\u202e", StringComparison.Ordinal));
        var warnings = DataLoader.CheckDirectory(_work.Data).Diagnostics.Where(d => d.Code == DiagnosticCodes.RefusedCharacter).ToList();
        Assert.Equal(2, warnings.Count);
        var line = Array.FindIndex(File.ReadAllLines(SeedPath), l => l.Contains("place: Ý Yên", StringComparison.Ordinal)) + 1;
        Assert.All(warnings, w => Assert.Equal(line, w.Line));

        SiteBuilder.Run(Options());
        foreach (var file in ReproducibleBuildsFixture.FilesOf(_work.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(_work.Output, file));
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain('\u202e', text);
        }
        // A message quoting the data escapes what it quotes.
        var echoed = new Diagnostic(Severity.Error, "RG025", "Khóa 'a\u001b[2Jb' không có", "x.yaml", 1, 1).ToString();
        Assert.DoesNotContain('\u001b', echoed);
        Assert.Contains("\\u001B", echoed);
    }

    [Fact]
    public void WordsAndUrlsWiderThanTheLine_AreBrokenInsideTheTextArea_WithALocatedWarning()
    {
        var url = "https://vanphong.example.vn/tai-lieu/hoi-nghi-tong-ket/2021/" + string.Concat(Enumerable.Repeat("bao-cao-chi-tiet-", 6)) + "phu-luc.pdf?ban=in&trang=1";
        var word = new string('X', 120);
        Edit(text => text
            .Replace("  overview: >-\n", $"  overview: >-\n    xem {url} và mã {word}\n", StringComparison.Ordinal)
            .Replace("by: Văn phòng Huyện ủy", $"by: {word}", StringComparison.Ordinal));
        var report = SiteBuilder.Run(Options());

        var warnings = report.Warnings.Where(w => w.Code == DiagnosticCodes.OverwideWord).ToList();
        Assert.Contains(warnings, w => w.Message.Contains("https://vanphong", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.True(w.Line > 0, w.ToString()));
        Assert.Equal(Array.FindIndex(File.ReadAllLines(SeedPath), l => l.Contains(url, StringComparison.Ordinal)) + 1,
            warnings.First(w => w.Message.Contains("https://vanphong", StringComparison.Ordinal)).Line);

        // No visible glyph of any page lies past the right margin (15 mm; landscape appendix pages have their own).
        foreach (var pdf in new[] { "booklet.pdf", "booklet-print.pdf" })
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(_work.Output, "y-yen-2021", pdf));
            foreach (var page in document.GetPages())
            {
                var right = page.Width - (pdf == "booklet.pdf" ? 15 : 5) * 72 / 25.4;
                // Spaces draw no ink: the writer sets one after a line's last word for readers of the structure (tagged PDF).
                var outside = page.Letters.Where(l => l.BoundingBox.Right > right + 1 && !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.Value).ToList();
                Assert.True(outside.Count == 0, $"{pdf} page {page.Number}: {string.Concat(outside)} past the margin");
            }
        }
        // The whole URL is still there, in reading order, for a reader to copy.
        var text = PdfText.Body(Path.Combine(_work.Output, "y-yen-2021", "booklet.pdf")).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(url, text, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputFolder_ThatIsTheRoot_TheHome_TheData_OrAFile_IsRefused_WithExitCode1()
    {
        foreach (var output in new[] { "/", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), _work.Data, _work.Root })
        {
            var error = new StringWriter();
            var code = CommandLine.Run(["build", "--data", _work.Data, "--templates", _work.Templates, "--out", output], new StringWriter(), error);
            Assert.Equal(CommandLine.UserError, code);
            Assert.Contains("RG121", error.ToString());
            // 'check' says so too, before anything is built.
            var checkOutput = new StringWriter();
            Assert.Equal(CommandLine.UserError, CommandLine.Run(["check", "--data", _work.Data, "--templates", _work.Templates, "--out", output], checkOutput, new StringWriter()));
            Assert.Contains("RG121", checkOutput.ToString());
        }
        var file = Path.Combine(_work.Root, "a-file");
        File.WriteAllText(file, "x");
        var fileError = new StringWriter();
        Assert.Equal(CommandLine.UserError, CommandLine.Run(["build", "--data", _work.Data, "--templates", _work.Templates, "--out", file], new StringWriter(), fileError));
        Assert.Contains("RG122", fileError.ToString());
        // A file where a folder of the output must go: the environment, not a bug (exit 1, not 2).
        var blocked = Path.Combine(file, "output");
        var blockedError = new StringWriter();
        Assert.Equal(CommandLine.UserError, CommandLine.Run(["build", "--data", _work.Data, "--templates", _work.Templates, "--out", blocked], new StringWriter(), blockedError));
        Assert.Contains("RG122", blockedError.ToString());
    }

    [Fact]
    public void SecondBuild_IntoAFolderBeingBuilt_StopsAndSaysWhoHoldsIt()
    {
        using (OutputLock.Acquire(_work.Output))
        {
            var error = Assert.Throws<UserInputException>(() => SiteBuilder.Run(Options()));
            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal(DiagnosticCodes.OutputLocked, diagnostic.Code);
            Assert.Contains($"pid {Environment.ProcessId}", diagnostic.Message);
        }
        SiteBuilder.Run(Options()); // released: the next build runs
        Assert.False(File.Exists(Path.Combine(_work.Output, OutputFiles.StateFolder, OutputLock.FileName)));
    }

    [Fact]
    public void StagingLeftByAKilledBuild_IsRemoved_ByTheNextBuild()
    {
        var stale = Path.Combine(_work.Output, OutputFiles.StateFolder, "staging-0123456789abcdef");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "index.html"), "half a build");
        SiteBuilder.Run(Options());
        Assert.False(Directory.Exists(stale));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void BuildKilledWhileMovingItsFiles_IsFinishedByTheNextBuild_NeverAMix(int movesBeforeTheKill)
    {
        // Yesterday's output, then today's data with every booklet changed.
        SiteBuilder.Run(Options());
        Edit(text => text.Replace("place: Ý Yên", "place: Thị trấn Lâm", StringComparison.Ordinal));
        var xuanTruong = Path.Combine(_work.Data, "xuan-truong.yaml");
        File.WriteAllText(xuanTruong, File.ReadAllText(xuanTruong).Replace("place: Xuân Trường", "place: Thị trấn Xuân Trường", StringComparison.Ordinal));

        var killed = RunCommand(_work.Output, movesBeforeTheKill);
        Assert.NotEqual(0, killed);
        Assert.True(File.Exists(Path.Combine(_work.Output, OutputFiles.StateFolder, OutputFiles.JournalName)), "the killed build left its journal");

        Assert.Equal(0, RunCommand(_work.Output, 0));
        var clean = Path.Combine(_work.Root, "clean");
        SiteBuilder.Run(Options(clean));
        var files = ReproducibleBuildsFixture.FilesOf(_work.Output);
        Assert.Equal(ReproducibleBuildsFixture.FilesOf(clean), files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_work.Output, file))), $"{file} differs from a clean build");
        }
        Assert.False(Directory.EnumerateDirectories(Path.Combine(_work.Output, OutputFiles.StateFolder), "staging-*").Any());
    }

    /// <summary>The reportgen beside the test binaries, as a separate process that may be killed mid-commit.</summary>
    private int RunCommand(string output, int crashAfterMoves)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", "--data", _work.Data, "--templates", _work.Templates, "--out", output })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment["REPORTGEN_TEST_CRASH_AFTER_MOVES"] = crashAfterMoves.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("reportgen did not start");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return process.ExitCode;
    }
}
