namespace ReportGen.Benchmarks;

/// <summary>Where the repository's seeds, templates and built command line are, found from the benchmark's own folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds", "2021");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// The command line as an office installs it: published, compiled ahead of time (ReadyToRun), when
    /// 'dotnet publish src/ReportGen.Cli -c Release -r linux-x64' has been run; otherwise its Release build
    /// output (JIT-compiled at every start). The child-process measurements time this file, not 'dotnet run',
    /// whose build check would dominate.
    /// </summary>
    public static string CliDll => File.Exists(PublishedCliDll) ? PublishedCliDll : BuiltCliDll;

    public static string PublishedCliDll => Path.Combine(Root, "src", "ReportGen.Cli", "bin", "Release", "net10.0", "linux-x64", "publish", "reportgen.dll");

    public static string BuiltCliDll => Path.Combine(Root, "src", "ReportGen.Cli", "bin", "Release", "net10.0", "reportgen.dll");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found");
    }
}
