namespace ReportGen.Build;

/// <summary>
/// Points where a test may stop the process as a crash would, to prove the output folder survives it
/// (OutputSafetyTests). Set by the environment variable REPORTGEN_TEST_CRASH_AFTER_MOVES=N: the process ends
/// at once, without cleaning up, after the N-th file of a commit is moved. Unset, it costs one comparison.
/// And where an output file is replaced: a test makes it fail as Windows does when a PDF reader holds the file
/// (<see cref="SimulatedLocks"/> in the test's own flow; REPORTGEN_TEST_LOCKED_OUTPUT=a/b.pdf;c/d.pdf for a process).
/// </summary>
internal static class TestHooks
{
    private static readonly int CrashAfterMoves =
        int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_TEST_CRASH_AFTER_MOVES"), out var n) ? n : 0;

    private static readonly string[] LockedByEnvironment =
        (Environment.GetEnvironmentVariable("REPORTGEN_TEST_LOCKED_OUTPUT") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    public static void AfterMove(int moved)
    {
        if (CrashAfterMoves > 0 && moved == CrashAfterMoves)
        {
            Environment.Exit(137); // as killed: no finally, no dispose runs
        }
    }

    /// <summary>Throws what Windows throws when another program holds <paramref name="relative"/> open without sharing.</summary>
    public static void BeforeReplace(string relative)
    {
        if (LockedByEnvironment.Contains(relative, StringComparer.Ordinal) || SimulatedLocks.Holds(relative))
        {
            // The text and HResult (ERROR_SHARING_VIOLATION) of .NET's exception on Windows.
            throw new IOException($"The process cannot access the file '{relative}' because it is being used by another process.", unchecked((int)0x80070020));
        }
    }
}

/// <summary>
/// For tests: output files that refuse to be replaced while the returned scope lasts, in the calling flow only
/// (an AsyncLocal, so tests running in parallel do not see each other's locks).
/// </summary>
public static class SimulatedLocks
{
    private static readonly AsyncLocal<IReadOnlySet<string>?> Locked = new();

    /// <param name="relativePaths">'/'-separated paths relative to the output folder, e.g. "y-yen-2021/booklet.pdf".</param>
    public static IDisposable Hold(params string[] relativePaths)
    {
        var previous = Locked.Value;
        Locked.Value = new HashSet<string>(relativePaths, StringComparer.Ordinal);
        return new Release(() => Locked.Value = previous);
    }

    internal static bool Holds(string relative) => Locked.Value?.Contains(relative) == true;

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
