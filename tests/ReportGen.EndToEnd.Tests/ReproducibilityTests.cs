using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using ReportGen.Build;
using ReportGen.Cli;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The real seeds built seven times into temporary folders. In this process through <see cref="SiteBuilder"/>:
/// twice as they are, twice with a SOURCE_DATE_EPOCH given through <see cref="BuildOptions"/>. And as a build
/// really runs, one <c>reportgen build</c> process each: twice as they are, once with SOURCE_DATE_EPOCH in the
/// child's environment (this process's environment is never touched).
/// </summary>
public sealed class ReproducibleBuildsFixture : IDisposable
{
    /// <summary>2023-11-14T22:13:20Z.</summary>
    public static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportgen-repro-" + Guid.NewGuid().ToString("N"));
    private readonly string _repository = SeedBuildFixture.FindRepositoryRoot();

    public string First { get; }
    public string Second { get; }
    public string FirstWithEpoch { get; }
    public string SecondWithEpoch { get; }
    public string CommandFirst { get; }
    public string CommandSecond { get; }
    public string CommandWithEpoch { get; }

    public ReproducibleBuildsFixture()
    {
        First = Build("first", null);
        Second = Build("second", null);
        FirstWithEpoch = Build("first-epoch", Epoch);
        SecondWithEpoch = Build("second-epoch", Epoch);
        CommandFirst = RunCommand("command-first", null);
        CommandSecond = RunCommand("command-second", null);
        CommandWithEpoch = RunCommand("command-epoch", Epoch.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    private string Build(string name, DateTimeOffset? epoch)
    {
        var output = Path.Combine(_root, name);
        SiteBuilder.Run(new BuildOptions(Path.Combine(_repository, "seeds"), Path.Combine(_repository, "templates"), output, epoch));
        return output;
    }

    /// <summary>Runs the reportgen next to the test binaries (the Cli project reference puts it there).</summary>
    private string RunCommand(string name, string? sourceDateEpoch)
    {
        var output = Path.Combine(_root, name);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build",
                     "--data", Path.Combine(_repository, "seeds"), "--templates", Path.Combine(_repository, "templates"), "--out", output })
        {
            start.ArgumentList.Add(argument);
        }
        // Whatever the developer's shell holds, the child sees exactly the epoch this test means.
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        if (sourceDateEpoch is not null)
        {
            start.Environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("reportgen did not start");
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"reportgen build exited with {process.ExitCode}:\n{standardOutput}\n{standardError.Result}");
        }
        return output;
    }

    /// <summary>
    /// Every file of a build, by path relative to its folder, '/'-separated, in ordinal order; not the build
    /// state (.reportgen/), which records when files were written.
    /// </summary>
    public static IReadOnlyList<string> FilesOf(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith(OutputFiles.StateFolder + "/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

/// <summary>The same inputs give the same bytes: no clock, no random identifiers (docs/printing.md).</summary>
public sealed class ReproducibilityTests(ReproducibleBuildsFixture builds) : IClassFixture<ReproducibleBuildsFixture>
{
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly DateTime MeetingDay = new(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TwoRunsOfTheCommand_OnTheSameInputs_WriteByteIdenticalFiles()
    {
        AssertIdentical(builds.CommandFirst, builds.CommandSecond, _ => true);
    }

    [Fact]
    public void TwoBuildsInOneProcess_WriteByteIdenticalPdfsAndMarkdown()
    {
        AssertIdentical(builds.First, builds.Second, f => !f.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoBuildsInOneProcess_WriteByteIdenticalWebPages()
    {
        AssertIdentical(builds.First, builds.Second, f => f.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoBuilds_WithTheSameSourceDateEpoch_WriteByteIdenticalPdfsAndMarkdown()
    {
        AssertIdentical(builds.FirstWithEpoch, builds.SecondWithEpoch, f => !f.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceDateEpoch_FromTheEnvironmentOfTheCommand_GivesTheSamePdfsAsFromBuildOptions()
    {
        AssertIdentical(builds.CommandWithEpoch, builds.FirstWithEpoch, f => f.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceDateEpoch_BecomesEveryPdfsModDate_WhileCreationStaysTheMeetingsDate()
    {
        var pdfs = ReproducibleBuildsFixture.FilesOf(builds.CommandWithEpoch).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Contains("y-yen-2021/booklet.pdf", pdfs);
        foreach (var relative in pdfs)
        {
            using var pdf = PdfDocument.Open(Path.Combine(builds.CommandWithEpoch, relative));
            Assert.Equal(ReproducibleBuildsFixture.Epoch, pdf.Information.GetModifiedDateTimeOffset());
            Assert.Equal(MeetingDay, pdf.Information.GetCreatedDateTimeOffset()!.Value.UtcDateTime);
            Assert.True(pdf.TryGetXmpMetadata(out var metadata), $"{relative}: no XMP");
            using var stream = new MemoryStream(metadata.GetXmlBytes().ToArray());
            var xmp = XDocument.Load(stream);
            Assert.Equal(ReproducibleBuildsFixture.Epoch, DateTimeOffset.Parse(xmp.Descendants(Xmp + "ModifyDate").Single().Value, CultureInfo.InvariantCulture));
            Assert.Equal(MeetingDay, DateTimeOffset.Parse(xmp.Descendants(Xmp + "CreateDate").Single().Value, CultureInfo.InvariantCulture).UtcDateTime);
        }
        // Without an epoch the modification date is the meeting's date too.
        using var plain = PdfDocument.Open(Path.Combine(builds.CommandFirst, pdfs[0]));
        Assert.Equal(MeetingDay, plain.Information.GetModifiedDateTimeOffset()!.Value.UtcDateTime);
    }

    [Fact]
    public void SourceDateEpoch_ChangesThePdfsAndWordFilesOnly()
    {
        // Both carry a modification date (the PDFs' Info and XMP, the Word files' docProps/core.xml and zip entries).
        static bool Dated(string relative) => relative.EndsWith(".pdf", StringComparison.Ordinal) || relative.EndsWith(".docx", StringComparison.Ordinal);
        var files = ReproducibleBuildsFixture.FilesOf(builds.CommandFirst);
        Assert.Equal(files, ReproducibleBuildsFixture.FilesOf(builds.CommandWithEpoch));
        foreach (var relative in files)
        {
            var same = File.ReadAllBytes(Path.Combine(builds.CommandFirst, relative)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(builds.CommandWithEpoch, relative)));
            Assert.True(same != Dated(relative), $"{relative}: {(same ? "unchanged" : "changed")}");
        }
    }

    [Fact]
    public void SourceDateEpoch_IsTheWordFilesModificationDate_AndTheirEntriesDate()
    {
        var files = ReproducibleBuildsFixture.FilesOf(builds.CommandWithEpoch).Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var relative in files)
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(builds.CommandWithEpoch, relative));
            Assert.All(zip.Entries, e => Assert.Equal(ReproducibleBuildsFixture.Epoch.UtcDateTime, e.LastWriteTime.DateTime));
            using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
            var text = core.ReadToEnd();
            Assert.Contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z</dcterms:modified>", text);
            Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-01-23T00:00:00Z</dcterms:created>", text);
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", 0L)]
    [InlineData("1700000000", 1_700_000_000L)]
    [InlineData(" 1611360000\n", 1_611_360_000L)]
    public void CommandLine_ReadsSourceDateEpoch_AsSecondsSince1970(string? value, long? seconds)
    {
        Assert.Equal(seconds is null ? null : DateTimeOffset.FromUnixTimeSeconds(seconds.Value), CommandLine.SourceDateEpoch(value));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void CommandLine_RefusesASourceDateEpochThatIsNotWholeSeconds(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.SourceDateEpoch(value));
        Assert.Contains("SOURCE_DATE_EPOCH", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The two builds wrote the same files, and those <paramref name="compared"/> byte for byte alike.</summary>
    private static void AssertIdentical(string first, string second, Func<string, bool> compared)
    {
        var files = ReproducibleBuildsFixture.FilesOf(first);
        Assert.Equal(files, ReproducibleBuildsFixture.FilesOf(second));
        var checkedFiles = files.Where(compared).ToList();
        Assert.NotEmpty(checkedFiles);
        var different = checkedFiles
            .Where(f => !File.ReadAllBytes(Path.Combine(first, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f))))
            .ToList();
        Assert.True(different.Count == 0, "files that differ between two builds: " + string.Join(", ", different));
    }
}
