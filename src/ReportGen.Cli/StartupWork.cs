using System.Runtime.CompilerServices;
using ReportGen.Booklet;
using ReportGen.Build.Incremental;
using ReportGen.Core.Loading;

namespace ReportGen.Cli;

/// <summary>
/// What a build or check is sure to need first, made on another core while this one sets the console up and reads the
/// options (at a cold start the other core is otherwise idle then).
/// </summary>
internal static class StartupWork
{
    /// <summary>
    /// For a build, check or watch: YamlDotNet's deserializers of the theme and the data (their builders, the YAML
    /// schema's tag names parsed as URIs, the type inspectors), which the theme's reading and the data's check otherwise
    /// both wait for as their first step.
    /// </summary>
    public static void Start(string[] args)
    {
        // Every start reads YAML but these: help, the preview server, a new meeting's file. (A start without arguments
        // or with a folder dropped on the program builds: ExplorerStart.)
        if (args.Contains("--help") || args.Contains("-h") || args is ["serve" or "new", ..])
        {
            return;
        }
        _ = Task.Run(() =>
        {
            if (MayBeUnchanged(args))
            {
                return;
            }
            RuntimeHelpers.RunClassConstructor(typeof(BookletTheme).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(DataLoader).TypeHandle);
            if (args is not ["check", ..])
            {
                // A build hashes its inputs right after the check, on one thread: the first SHA-256 loads OpenSSL (~10 ms).
                _ = System.Security.Cryptography.SHA256.HashData([]);
            }
        });
    }

    /// <summary>
    /// A whole build into a folder a build has written: it may be answered from the last build's report without reading
    /// any YAML (UpToDateCheck), and the deserializers would be made for nothing (~60 ms of CPU).
    /// </summary>
    private static bool MayBeUnchanged(string[] args)
    {
        string? output;
        try
        {
            if (args is ["build", ..])
            {
                // The command line's own reading of the options: the same output folder the build will use.
                var options = CommandLine.ParseBuildOptions(args[1..]);
                output = options.Only is null && !options.Force ? options.OutputDirectory : null;
            }
            else
            {
                output = ExplorerStart.DataFolderOf(args) is { } data ? ProgramFolders.OutputBeside(data) : null;
            }
        }
        catch (ArgumentException)
        {
            return false; // the command line will say what is wrong; the readers are made meanwhile, as for any start
        }
        return output is not null && File.Exists(BuildState.PathIn(output));
    }
}
