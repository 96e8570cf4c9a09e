namespace ReportGen.Cli;

/// <summary>
/// Where the command finds its templates and example data when the options do not say. A package (.ci/package)
/// carries templates/, fonts/ and the example data folder beside the program: those are found from the program's
/// own folder (AppContext.BaseDirectory; for a single-file program, the folder of reportgen.exe), wherever the
/// command is started from — a double-click in Explorer starts it in another folder. A developer's build, which
/// has no templates beside it, keeps the repository's: templates and seeds in the current folder.
/// </summary>
public static class ProgramFolders
{
    /// <summary>The example data folder of a package (the two seed meetings), beside the program.</summary>
    public const string ExampleData = "du-lieu";

    /// <summary>The output folder a double-click writes, beside the data folder it built.</summary>
    public const string Output = "output";

    public static string ProgramFolder { get; set; } = AppContext.BaseDirectory;

    /// <summary>The templates beside the program when it has them (a package), else the current folder's.</summary>
    public static string Templates =>
        Directory.Exists(Path.Combine(ProgramFolder, "templates")) ? Path.Combine(ProgramFolder, "templates") : "templates";

    /// <summary>The current folder's seeds (the repository) when there are any, else the example data beside the program.</summary>
    public static string Data =>
        !Directory.Exists("seeds") && PackagedData is { } packaged ? packaged : "seeds";

    /// <summary>The example data folder beside the program, when the program came in a package; null otherwise.</summary>
    public static string? PackagedData =>
        Directory.Exists(Path.Combine(ProgramFolder, ExampleData)) && Directory.Exists(Path.Combine(ProgramFolder, "templates"))
            ? Path.Combine(ProgramFolder, ExampleData)
            : null;

    /// <summary>
    /// Where a double-click or a dropped folder writes: an output folder beside the data folder (for the package's
    /// own data, beside the program); beside the program when the data folder has no parent (a drive's root).
    /// </summary>
    public static string OutputBeside(string dataFolder)
    {
        var full = Path.GetFullPath(dataFolder);
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return Path.Combine(parent ?? ProgramFolder, Output);
    }
}
