using System.Runtime.InteropServices;

namespace ReportGen.Benchmarks;

/// <summary>
/// The processor time the calling thread has used, to the nanosecond (Linux's per-thread clock): a step's own work,
/// whatever else the machine runs. The wall clock on a shared machine counts the other processes' turns too, and the
/// process's processor time comes in 10 ms ticks, as long as a step.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Milliseconds of processor time of this thread so far; NaN where the clock is not there (not Linux).</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return double.NaN;
        }
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }
}
