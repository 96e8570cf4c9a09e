using System.Diagnostics;
using System.IO.Compression;
using ReportGen.Build;

namespace ReportGen.EndToEnd.Tests;

/// <summary>A test that runs the Windows package under Wine: only where tests/run.sh made the package and Wine is installed.</summary>
public sealed class WineFactAttribute : FactAttribute
{
    public WineFactAttribute()
    {
        if (WindowsPackage.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The win-x64 package tests/run.sh made (.ci/package win-x64), and Wine to run it.</summary>
public static class WindowsPackage
{
    /// <summary>The zip, from REPORTGEN_WINDOWS_PACKAGE (set by tests/run.sh).</summary>
    public static string? Zip { get; } = Environment.GetEnvironmentVariable("REPORTGEN_WINDOWS_PACKAGE") is { Length: > 0 } zip && File.Exists(zip) ? zip : null;

    /// <summary>Debian's wine64 puts its loader outside PATH.</summary>
    public static string? Wine { get; } = new[] { "/usr/lib/wine/wine64" }
        .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).SelectMany(d => new[] { Path.Combine(d, "wine64"), Path.Combine(d, "wine") }))
        .FirstOrDefault(File.Exists);

    public static string? SkipReason =>
        Wine is null ? "Wine is not installed: install the Debian package 'wine64' (bash tests/run.sh does, unless REPORTGEN_SKIP_WINE=1)."
        : Zip is null ? "REPORTGEN_WINDOWS_PACKAGE does not name the win-x64 zip: bash tests/run.sh makes it with .ci/package win-x64 and sets it (unless REPORTGEN_SKIP_WINE=1)."
        : null;
}

/// <summary>
/// The win-x64 package as an office gets it, run under Wine (issue 17): unzipped, reportgen.exe builds the example
/// data beside it three times (both meetings in parallel each time, the machine's cores), each time every PDF's
/// text equals the Linux build's, and the console output is UTF-8 Vietnamese; started with no arguments (a
/// double-click) it builds du-lieu into output beside the program. Wine is not Windows: docs/huong-dan-su-dung.md
/// says what only the unit tests cover.
/// </summary>
public sealed class WindowsPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportgen-wine-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        // Wine's server outlives the program a few seconds: ended now, since its prefix goes with the folder.
        if (WindowsPackage.Wine is { } wine && Path.Combine(Path.GetDirectoryName(wine)!, "wineserver") is var server && File.Exists(server))
        {
            var stop = new ProcessStartInfo(server, "-k");
            stop.Environment["WINEPREFIX"] = Path.Combine(_root, "wine-prefix");
            using var stopping = Process.Start(stop);
            stopping?.WaitForExit(TimeSpan.FromSeconds(30));
        }
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [WineFact]
    public void Package_UnderWine_BuildsTheSeedsThreeTimes_SameTextAsLinux_UTF8Console_AndADoubleClickBuildsDuLieu()
    {
        ZipFile.ExtractToDirectory(WindowsPackage.Zip!, _root);
        var program = Directory.GetDirectories(_root).Single();
        Assert.True(File.Exists(Path.Combine(program, "reportgen.exe")));
        Assert.True(Directory.Exists(Path.Combine(program, "templates")));
        Assert.True(File.Exists(Path.Combine(program, "fonts", "LiberationSerif-Regular.ttf")));
        Assert.True(File.Exists(Path.Combine(program, "du-lieu", "2021", "y-yen.yaml")));
        Assert.True(File.Exists(Path.Combine(program, "huong-dan-su-dung.md")));
        Assert.True(File.Exists(Path.Combine(program, "README.txt")));

        // The Linux build of the same data, templates and shipped font, in this process.
        var linux = Path.Combine(_root, "linux");
        SiteBuilder.Run(new BuildOptions(Path.Combine(program, "du-lieu"), Path.Combine(program, "templates"), linux));
        var pdfs = Directory.EnumerateFiles(linux, "*.pdf", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(linux, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, pdfs.Count);

        for (var run = 1; run <= 3; run++)
        {
            // Paths relative to the program's folder; the templates and fonts are found beside reportgen.exe.
            var (code, output, error) = RunWine(program, "reportgen.exe", "build", "--data", "du-lieu", "--out", $"out-{run}");
            Assert.True(code == 0, $"run {run}: exit {code}\n{output}\n{error}");
            Assert.Contains("Làm 2 hội nghị; 0 hội nghị không đổi", output);
            Assert.Contains("huyện Ý Yên", output);
            Assert.Contains("Liberation Serif, đi kèm chương trình", output);
            foreach (var pdf in pdfs)
            {
                Assert.Equal(LibreOffice.TextOf(Path.Combine(linux, pdf)), LibreOffice.TextOf(Path.Combine(program, $"out-{run}", pdf)));
            }
        }

        // A double-click: no arguments, the browser not opened (REPORTGEN_NO_OPEN=1), no key waited for (input redirected).
        var (clicked, said, _) = RunWine(program, "reportgen.exe");
        Assert.Equal(0, clicked);
        Assert.Contains("Kết quả: ", said);
        Assert.True(File.Exists(Path.Combine(program, "output", "index.html")), said);
        Assert.True(File.Exists(Path.Combine(program, "output", "y-yen-2021", "booklet.pdf")));
    }

    private (int Code, string Output, string Error) RunWine(string folder, params string[] args) =>
        PackageProcess.Run(WindowsPackage.Wine!, folder, args, new Dictionary<string, string>
        {
            ["WINEPREFIX"] = Path.Combine(_root, "wine-prefix"),
            ["WINEDEBUG"] = "-all",
            // The CLR's W^X mapping crashes under Wine 8 (Wine's, not ours).
            ["DOTNET_EnableWriteXorExecute"] = "0",
        });
}
