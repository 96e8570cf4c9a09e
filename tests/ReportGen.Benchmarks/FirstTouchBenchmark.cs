using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportGen.Benchmarks;

/// <summary>
/// What memory the process has never touched costs the first time it is written, against memory already touched: the
/// collector's heap grows into fresh memory as a thick booklet's heap grows, and on some machines (a virtual machine whose
/// host backs its memory on first use) that first touch, not the collector's work, is most of what a thick booklet's
/// page costs more than a thin one's (docs/benchmarks.md, "What a thick booklet's pages pay for").
/// </summary>
public static class FirstTouchBenchmark
{
    /// <summary>Three rounds of <paramref name="megabytes"/> taken from the system, touched page by page, filled again, given back.</summary>
    public static void Run(int megabytes)
    {
        var bytes = (long)megabytes << 20;
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)2);
        Console.WriteLine($"first touch of {megabytes} MB taken from the system, then the same memory filled again; {Environment.ProcessorCount} cores");
        for (var round = 0; round < 3; round++)
        {
            // Allocated by the C library: a block this large is mapped fresh from the system, as the collector's regions are.
            var memory = Marshal.AllocHGlobal((nint)bytes);
            var clock = Stopwatch.StartNew();
            for (long offset = 0; offset < bytes; offset += 4096)
            {
                Marshal.WriteByte(memory + (nint)offset, 1);
            }
            var touched = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            for (long offset = 0; offset < bytes; offset += block.Length)
            {
                Marshal.Copy(block, 0, memory + (nint)offset, block.Length);
            }
            var filled = clock.Elapsed.TotalMilliseconds;
            Marshal.FreeHGlobal(memory);
            Console.WriteLine($"round {round + 1}: first touch {touched:0} ms ({touched / megabytes:0.00} ms per MB); filled again {filled:0} ms ({filled / megabytes:0.000} ms per MB)");
        }
    }
}
