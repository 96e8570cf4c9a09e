namespace ReportGen.Build;

/// <summary>
/// Points where a test may stop the process as a crash would, to prove the output folder survives it
/// (OutputSafetyTests). Set by the environment variable REPORTGEN_TEST_CRASH_AFTER_MOVES=N: the process ends
/// at once, without cleaning up, after the N-th file of a commit is moved. Unset, it costs one comparison.
/// </summary>
internal static class TestHooks
{
    private static readonly int CrashAfterMoves =
        int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_TEST_CRASH_AFTER_MOVES"), out var n) ? n : 0;

    public static void AfterMove(int moved)
    {
        if (CrashAfterMoves > 0 && moved == CrashAfterMoves)
        {
            Environment.Exit(137); // as killed: no finally, no dispose runs
        }
    }
}
