using System.Diagnostics;
using System.Runtime.InteropServices;
using ReportGen.Localization;

namespace ReportGen.Cli;

/// <summary>
/// reportgen started as an office worker starts it: a double-click on reportgen.exe (no arguments: the example
/// data beside the program) or a data folder dropped on it (that folder as the only argument). Builds, says where
/// the output is, opens its index.html in the default browser (not when REPORTGEN_NO_OPEN=1, as in the tests), and
/// on Windows, when the window was made for this program alone, waits for a key so the window does not vanish.
/// </summary>
public static class ExplorerStart
{
    /// <summary>The data folder such a start builds; null when <paramref name="args"/> ask for something else.</summary>
    public static string? DataFolderOf(string[] args) => args switch
    {
        [] => ProgramFolders.PackagedData,
        [var only] when !only.StartsWith('-') && !IsCommand(only) && Directory.Exists(only) => only,
        _ => null,
    };

    /// <param name="templates">The templates; null: those beside the program (<see cref="ProgramFolders.Templates"/>).</param>
    public static int Run(string dataFolder, ConsoleSetup console, string? templates = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = ProgramFolders.OutputBeside(dataFolder);
        console.Output.WriteLine(Messages.ExplorerBuilding(Path.GetFullPath(dataFolder), output));
        var code = CommandLine.Run(["build", "--data", dataFolder, "--templates", templates ?? ProgramFolders.Templates, "--out", output],
            console.Output, console.Error, console.Terminal);
        var index = Path.Combine(output, "index.html");
        if (File.Exists(index))
        {
            console.Output.WriteLine(Messages.ExplorerOutputAt(index));
            if (Environment.GetEnvironmentVariable("REPORTGEN_NO_OPEN") != "1")
            {
                OpenInBrowser(index, console.Error);
            }
        }
        if (OwnsItsConsoleWindow() && !Console.IsInputRedirected)
        {
            console.Output.WriteLine(Messages.ExplorerPressAKey);
            Console.ReadKey(intercept: true);
        }
        return code;
    }

    private static bool IsCommand(string word) => word is "build" or "check" or "watch" or "serve" or "new";

    private static void OpenInBrowser(string file, TextWriter error)
    {
        try
        {
            using var _ = Process.Start(new ProcessStartInfo(Path.GetFullPath(file)) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            // No browser to open it with (a server, a bare Linux): the line above says where the file is.
            error.WriteLine(Messages.ExplorerCannotOpen(e.Message));
        }
    }

    /// <summary>
    /// True on Windows when this process is the only one attached to its console: Explorer made the window for it,
    /// and it closes when the program ends. Started from cmd or PowerShell, the shell is attached too.
    /// </summary>
    private static bool OwnsItsConsoleWindow()
    {
        if (!OperatingSystem.IsWindows())
        {
            return false;
        }
        var processes = new uint[2];
        return GetConsoleProcessList(processes, (uint)processes.Length) == 1;
    }

    [DllImport("kernel32.dll")]
    private static extern uint GetConsoleProcessList([Out] uint[] processList, uint processCount);
}
