using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Benchmarks;

/// <summary>
/// One command timed in a session of its own at raised priority (the session's autogroup and nice at −20, when allowed:
/// as root; elsewhere it runs at normal priority): what a neighbour on a shared machine can take from it is then least.
/// </summary>
public static class RaisedPriority
{
    private const string GnuTime = "/usr/bin/time";

    /// <param name="WallMs">the command's wall time (GNU time).</param>
    /// <param name="CpuMs">user + system time of the command and everything it started, to the millisecond (bash's <c>times</c>).</param>
    /// <param name="PeakKiB">the command's peak resident memory.</param>
    /// <param name="Output">what the command wrote on its standard output.</param>
    /// <param name="UserMs">the user part of <paramref name="CpuMs"/>: on a virtual machine whose host is busy, the system part
    /// (mostly the first touch of fresh memory) moved by half from one run to the next, the user part by a tenth.</param>
    public sealed record Timing(double WallMs, double CpuMs, long PeakKiB, string Output, double UserMs);

    /// <summary>Whether this machine can time a command so (GNU time, bash, setsid).</summary>
    public static bool Available => File.Exists(GnuTime);

    /// <summary>Runs <paramref name="arguments"/> (the program first) and times it; throws when it fails.</summary>
    public static Timing Run(params string[] arguments)
    {
        var report = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        try
        {
            var command = string.Join(' ', arguments.Select(Quoted));
            // GNU time gives the wall time and the peak memory, bash's 'times' the children's processor time to the
            // millisecond (GNU time's %U and %S are in hundredths).
            var script = $"echo -20 > /proc/self/autogroup 2>/dev/null; {GnuTime} -f '%e %M' -o {Quoted(report)} {command} > {Quoted(output)} 2>&1; status=$?; times >> {Quoted(report)}; exit $status";
            var info = new ProcessStartInfo("setsid", ["--wait", "nice", "-n", "-20", "bash", "-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var lines = File.ReadAllLines(report);
            if (process.ExitCode != 0 || lines.Length < 3)
            {
                throw new InvalidOperationException($"{command} failed ({process.ExitCode}): {errors} {File.ReadAllText(output)} {string.Join('\n', lines)}");
            }
            // GNU time's line, then 'times': the shell's own user and system time, then its children's ("0m0.310s 0m0.120s").
            var measured = lines[^3].Split(' ');
            var children = lines[^1].Split(' ');
            return new Timing(double.Parse(measured[0], CultureInfo.InvariantCulture) * 1000, children.Sum(ShellSeconds) * 1000,
                long.Parse(measured[1], CultureInfo.InvariantCulture), File.ReadAllText(output), ShellSeconds(children[0]) * 1000);
        }
        finally
        {
            File.Delete(report);
            File.Delete(output);
        }
    }

    /// <summary>The page count of a PDF, as pdfinfo prints it.</summary>
    public static int PdfPages(string pdf)
    {
        var text = ChildProcess.Output("pdfinfo", Path.GetDirectoryName(pdf)!, pdf);
        var line = text.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The machine's load average over the last minute, for the record.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Quoted(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Seconds from bash's <c>times</c>: "1m2.345s".</summary>
    private static double ShellSeconds(string time)
    {
        var minutes = time.IndexOf('m', StringComparison.Ordinal);
        return int.Parse(time[..minutes], CultureInfo.InvariantCulture) * 60 + double.Parse(time[(minutes + 1)..^1], CultureInfo.InvariantCulture);
    }
}
