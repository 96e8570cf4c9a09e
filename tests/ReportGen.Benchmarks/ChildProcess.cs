using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportGen.Benchmarks;

/// <summary>
/// Runs the built command line (<c>dotnet reportgen.dll …</c>) as a user would and measures the run from the
/// outside: wall time to exit, and peak resident memory (the kernel's high-water mark, which
/// Process.PeakWorkingSet64 cannot give once the process has exited).
/// </summary>
public static class ChildProcess
{
    public sealed record Result(double Milliseconds, long PeakKiB);

    private const string GnuTime = "/usr/bin/time";

    public static Result RunCli(params string[] arguments)
    {
        if (!File.Exists(Repo.CliDll))
        {
            throw new InvalidOperationException($"{Repo.CliDll} is missing: run 'dotnet build -c Release src/ReportGen.Cli' first.");
        }
        // GNU time reports the peak from the kernel (getrusage) after exit; without it, /proc is polled.
        return File.Exists(GnuTime) ? RunWithGnuTime(arguments) : RunPollingProc(arguments);
    }

    private static Result RunWithGnuTime(string[] arguments)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = Start(GnuTime, ["-f", "%M", "-o", report, "dotnet", Repo.CliDll, .. arguments]);
            var clock = Stopwatch.StartNew();
            WaitAndCheck(start);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var peak = long.Parse(File.ReadAllLines(report).Last(l => l.Trim().Length > 0).Trim(), CultureInfo.InvariantCulture);
            return new Result(elapsed, peak);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static Result RunPollingProc(string[] arguments)
    {
        var process = Start("dotnet", [Repo.CliDll, .. arguments]);
        var clock = Stopwatch.StartNew();
        long peak = 0;
        // VmHWM only grows, so the last reading before exit is the peak up to that moment (within 5 ms).
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
        }
        var elapsed = clock.Elapsed.TotalMilliseconds;
        WaitAndCheck(process);
        return new Result(elapsed, peak);
    }

    /// <summary>Runs another tool (node, npm) in <paramref name="workingDirectory"/> and returns what it printed.</summary>
    /// <exception cref="InvalidOperationException">It exited with an error.</exception>
    public static string Output(string file, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {errors.Result}");
    }

    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // exited between the check and the read
        }
    }

    private static readonly ConditionalWeakTable<Process, StringBuilder> Errors = [];

    private static Process Start(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        // Read both streams as they come, or a chatty build would block on a full pipe; keep the errors to report.
        var errors = Errors.GetOrCreateValue(process);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitAndCheck(Process process)
    {
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var errors = Errors.GetOrCreateValue(process);
            string text;
            lock (errors) text = errors.ToString();
            throw new InvalidOperationException($"reportgen exited with {process.ExitCode}: {text}");
        }
    }
}
