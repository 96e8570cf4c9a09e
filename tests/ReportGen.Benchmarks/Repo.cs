namespace ReportGen.Benchmarks;

/// <summary>Where the repository's seeds, templates and built command line are, found from the benchmark's own folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds", "2021");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// The command line as users run it, from its Release build output: the child-process measurements time
    /// this file, not 'dotnet run', whose build check would dominate.
    /// </summary>
    public static string CliDll => Path.Combine(Root, "src", "ReportGen.Cli", "bin", "Release", "net10.0", "reportgen.dll");

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
