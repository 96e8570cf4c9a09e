using System.IO.Compression;
using System.Runtime.Versioning;
using ReportGen.Build;
using ReportGen.Tests;

namespace ReportGen.EndToEnd.Tests;

/// <summary>A test of the linux-x64 package: only where tests/run.sh made it (.ci/package linux-x64).</summary>
public sealed class LinuxPackageFactAttribute : FactAttribute
{
    public LinuxPackageFactAttribute()
    {
        if (LinuxPackage.Zip is null)
        {
            Skip = "REPORTGEN_LINUX_PACKAGE does not name the linux-x64 zip: bash tests/run.sh makes it with .ci/package linux-x64 and sets it.";
        }
        else if (!OperatingSystem.IsLinux())
        {
            Skip = "The linux-x64 package runs on Linux only.";
        }
    }
}

/// <summary>The linux-x64 package tests/run.sh made, from REPORTGEN_LINUX_PACKAGE.</summary>
public static class LinuxPackage
{
    public static string? Zip { get; } = Environment.GetEnvironmentVariable("REPORTGEN_LINUX_PACKAGE") is { Length: > 0 } zip && File.Exists(zip) ? zip : null;
}

/// <summary>
/// The linux-x64 package is compiled to native code (native AOT, .ci/package): no JIT, so whatever reaches our
/// types only by reflection — YamlDotNet filling the model, the templates reading it — must have been kept by the
/// compiler, and a miss fails only at run time, on some office's data. So the package builds the seeds (their contribution a Word file with pictures) and every corpus
/// meeting, and each file it writes is byte for byte the file this process's build writes from the same inputs;
/// its check and its message for a broken data file are those of the command too.
/// </summary>
public sealed class LinuxPackageTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new("linux-package");

    public void Dispose() => _workspace.Dispose();

    [LinuxPackageFact]
    [SupportedOSPlatform("linux")]
    public void NativePackage_BuildsSeedsWordContributionAndCorpus_ByteForByteAsTheLibrary_AndReportsBadData()
    {
        var program = Unzip();
        var data = _workspace.Data;
        PictureContribution.Write(Path.Combine(data, "y-yen-tham-luan.docx"));
        var yaml = Path.Combine(data, "y-yen.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("file: y-yen-tham-luan-yen-tien.md", "file: y-yen-tham-luan.docx", StringComparison.Ordinal));
        foreach (var meeting in Directory.EnumerateFiles(Path.Combine(_workspace.Repository, "tests", "ReportGen.EndToEnd.Tests", "Corpus"), "*.yaml")
                     .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal)))
        {
            File.Copy(meeting, Path.Combine(data, "corpus-" + Path.GetFileName(meeting)));
        }

        var library = Path.Combine(_workspace.Root, "library");
        SiteBuilder.Run(new BuildOptions(data, _workspace.Templates, library));
        var (code, output, error) = Run(program, "build", "--data", data, "--templates", _workspace.Templates, "--out", Path.Combine(_workspace.Root, "native"));
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");

        var native = Path.Combine(_workspace.Root, "native");
        var files = FilesOf(library);
        Assert.Equal(files, FilesOf(native));
        Assert.Contains("y-yen-2021/booklet.pdf", files);
        Assert.Contains("hoi-thinh-2026/booklet.pdf", files);
        Assert.True(files.Count(f => f.EndsWith("/booklet.pdf", StringComparison.Ordinal)) >= 12, string.Join("\n", files));
        Assert.Contains(files, f => f.StartsWith("y-yen-2021/images/", StringComparison.Ordinal));
        var differing = files.Where(f => !File.ReadAllBytes(Path.Combine(library, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, f)))).ToList();
        Assert.True(differing.Count == 0, "differ: " + string.Join(", ", differing));

        var (checkCode, checkOutput, checkError) = Run(program, "check", "--data", data);
        Assert.True(checkCode == 0, $"check: exit {checkCode}\n{checkOutput}\n{checkError}");

        // A broken file: the place and the code, as the command says it, and nothing written.
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("unit:\n", "unit: [\n", StringComparison.Ordinal));
        var broken = Path.Combine(_workspace.Root, "broken");
        var (badCode, badOutput, badError) = Run(program, "build", "--data", data, "--templates", _workspace.Templates, "--out", broken);
        Assert.NotEqual(0, badCode);
        Assert.Matches(@"y-yen\.yaml\(\d+,\d+\): (error|lỗi) RG\d{3}", badOutput + badError);
        Assert.DoesNotContain("   at ", badOutput + badError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(broken, "index.html")));
    }

    [LinuxPackageFact]
    [SupportedOSPlatform("linux")]
    public void NativePackage_CarriesTheCollectorsYoungGenerationSize()
    {
        // The 32 MB young generation (ReportGen.Cli.csproj) is compiled into the program as a runtime option, read as
        // DOTNET_GCgen0size would be: a knob the runtime never sees is a 10 % slower build nobody notices. The native
        // compiler writes the options as their names, then their values, each ending in a zero byte.
        var program = File.ReadAllBytes(Unzip()).AsSpan();
        var start = program.IndexOf("GCgen0size\0"u8);
        Assert.True(start >= 0, "the program carries no runtime option GCgen0size");
        var options = new List<string>();
        for (var at = start; program[at] != 0; at += program[at..].IndexOf((byte)0) + 1)
        {
            options.Add(System.Text.Encoding.ASCII.GetString(program[at..][..program[at..].IndexOf((byte)0)]));
        }
        Assert.True(options.Count % 2 == 0, string.Join(" ", options));
        var names = options[..(options.Count / 2)];
        var values = options[(options.Count / 2)..];
        Assert.Equal("2000000", values[names.IndexOf("GCgen0size")]);
        Assert.Equal("100000", values[names.IndexOf("GCLOHThreshold")]);
    }

    /// <summary>Every file of a build by '/'-separated relative path, but the build state (times and paths of this run).</summary>
    private static List<string> FilesOf(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Where(f => f != $"{OutputFiles.StateFolder}/build-state.json")
        .Order(StringComparer.Ordinal)
        .ToList();

    [SupportedOSPlatform("linux")]
    private string Unzip()
    {
        var folder = Path.Combine(_workspace.Root, "package");
        ZipFile.ExtractToDirectory(LinuxPackage.Zip!, folder);
        var program = Path.Combine(Directory.GetDirectories(folder).Single(), "reportgen");
        // Whether or not the extractor kept the zip's Unix mode, the program must be executable.
        File.SetUnixFileMode(program, File.GetUnixFileMode(program) | UnixFileMode.UserExecute);
        return program;
    }

    private static (int Code, string Output, string Error) Run(string program, params string[] args) =>
        PackageProcess.Run(program, Path.GetDirectoryName(program)!, args);
}
