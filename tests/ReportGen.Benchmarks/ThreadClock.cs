using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportGen.Benchmarks;

/// <summary>
/// Processor time of the calling thread and of the whole process, to the nanosecond on Linux
/// (<c>clock_gettime</c>). <see cref="Process.TotalProcessorTime"/> counts in ticks of 10 ms there, as long as a
/// thin booklet's layout; elsewhere these fall back to it (the thread's time then is the process's).
/// </summary>
public static partial class ThreadClock
{
    private const int ProcessCpuTime = 2; // CLOCK_PROCESS_CPUTIME_ID
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Milliseconds of processor time this thread has used.</summary>
    public static double ThreadMs() => Read(ThreadCpuTime);

    /// <summary>Milliseconds of processor time all the process's threads have used (the collector's too).</summary>
    public static double ProcessMs() => Read(ProcessCpuTime);

    private static double Read(int clock)
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(clock, out var time) == 0)
        {
            return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
        }
        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }
}
