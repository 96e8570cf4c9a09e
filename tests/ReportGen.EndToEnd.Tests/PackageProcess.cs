using System.Diagnostics;
using System.Text;

namespace ReportGen.EndToEnd.Tests;

/// <summary>Runs a packaged reportgen as an office would, no browser opened and no key waited for, and collects what it said.</summary>
public static class PackageProcess
{
    /// <summary>
    /// Starts <paramref name="program"/> in <paramref name="folder"/> with <paramref name="args"/>; <paramref name="environment"/>
    /// adds to the child's environment. The child sees no SOURCE_DATE_EPOCH nor REPORTGEN_LANG of the developer's shell.
    /// </summary>
    public static (int Code, string Output, string Error) Run(string program, string folder, IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        start.Environment["REPORTGEN_NO_OPEN"] = "1";
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment.Remove("REPORTGEN_LANG");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        // A guard against a hung program (or Wine), not a measure.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish");
        }
        return (process.ExitCode, output, error.Result);
    }
}
