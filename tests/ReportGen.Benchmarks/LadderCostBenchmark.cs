using System.Globalization;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Benchmarks;

/// <summary>
/// Where a ladder meeting's time per page goes, for a few sizes of one kind measured side by side in one process:
/// the layout thread's and the PDF writer's processor time (to the nanosecond, not in 10 ms ticks), the whole
/// process's (the collector's background threads too), bytes allocated, collections and bytes promoted per page.
/// The sizes run interleaved, about as many pages of each per round, so the machine's load falls on all alike.
/// Each size's cost beyond the first size's (the marginal cost of the pages added) is printed too: it compares the
/// same content at every size, which the plain per-page figure does not when the first size is the bare seed.
/// </summary>
public static class LadderCostBenchmark
{
    private sealed class Totals
    {
        public int Runs;
        public double LayoutMs, PdfMs, PauseMs, ProcessMs, Allocated, Gen0, Gen1, Gen2, Promoted, Promoted0, Promoted1, Promoted2;
    }

    /// <param name="collected">Every page laid out, then written (two steps, timed apart), instead of each page written as soon as it is laid out (the build's way; then the layout thread's column holds both and the PDF column is 0).</param>
    public static void Run(SizeLadder.Kind kind, IReadOnlyList<int> scales, int rounds, bool collected = false)
    {
        using var booklets = new Booklets();
        using var gc = new GcWatcher();
        var inputs = scales.Select(s => booklets.Render((Meeting)DataLoader.Parse(SizeLadder.Meeting(kind, s), Path.Combine(Repo.Seeds, "size-ladder.yaml")))).ToList();
        var pages = inputs.Select(i => booklets.Compose(i).Count).ToList();
        // What the laid-out pages hold at the end of the layout (collected: all of a pass's pages, live until the PDF is
        // written; written as they come: their anchors): the heap the collector walks.
        var live = inputs.Select(i =>
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var laid = collected ? booklets.Compose(i) : booklets.Stream(i).Pages;
            var held = GC.GetTotalMemory(forceFullCollection: true) - before;
            GC.KeepAlive(laid);
            return held / 1024.0 / laid.Count;
        }).ToList();
        var warm = booklets.Render((Meeting)DataLoader.Parse(SizeLadder.Meeting(SizeLadder.Kind.Mixed, 5), Path.Combine(Repo.Seeds, "size-ladder.yaml")));
        var warming = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20 || warming.Elapsed < TimeSpan.FromSeconds(3); i++) { Booklets.Write(booklets.Compose(warm)); booklets.Stream(warm); }
        foreach (var input in inputs) { Booklets.Write(booklets.Compose(input)); booklets.Stream(input); }

        var totals = scales.Select(_ => new Totals()).ToList();
        var most = pages.Max();
        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < scales.Count; s++)
            {
                // About as many pages of every size per round (at most 100 runs of a thin one).
                var repeats = Math.Clamp((int)Math.Round((double)most / pages[s]), 1, 100);
                for (var r = 0; r < repeats; r++)
                {
                    Measure(booklets, gc, inputs[s], totals[s], collected);
                }
            }
            Console.Error.WriteLine($"  ladder cost {kind}: round {round + 1} of {rounds}");
        }

        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"ladder cost, {kind}, {rounds} rounds, {(collected ? "laid out, then written" : "each page written as it is laid out")}; per page (marginal: the pages beyond scale {scales[0]}'s, cost beyond its cost)");
        Console.WriteLine("scale | pages | runs | layout thread ms | PDF thread ms | GC pauses ms | process ms | KiB alloc | gen0/1/2 per 100 pages | KiB promoted (from gen0+gen1+gen2) | KiB live (pages held)");
        for (var s = 0; s < scales.Count; s++)
        {
            var t = totals[s];
            double Per(double v) => v / t.Runs / pages[s];
            Console.WriteLine($"{scales[s]} | {pages[s]} | {t.Runs} | {F(Per(t.LayoutMs))} | {F(Per(t.PdfMs))} | {F(Per(t.PauseMs))} | {F(Per(t.ProcessMs))} | {Per(t.Allocated) / 1024:0.0} | " +
                $"{100 * Per(t.Gen0):0.00}/{100 * Per(t.Gen1):0.00}/{100 * Per(t.Gen2):0.00} | {Per(t.Promoted) / 1024:0.0} ({Per(t.Promoted0) / 1024:0}+{Per(t.Promoted1) / 1024:0}+{Per(t.Promoted2) / 1024:0}) | {live[s]:0.0}");
        }
        var b = totals[0];
        for (var s = 1; s < scales.Count; s++)
        {
            var t = totals[s];
            double Marginal(Func<Totals, double> of) => (of(t) / t.Runs - of(b) / b.Runs) / (pages[s] - pages[0]);
            Console.WriteLine($"marginal {scales[s]} | +{pages[s] - pages[0]} | | {F(Marginal(x => x.LayoutMs))} | {F(Marginal(x => x.PdfMs))} | {F(Marginal(x => x.PauseMs))} | {F(Marginal(x => x.ProcessMs))} | " +
                $"{Marginal(x => x.Allocated) / 1024:0.0} | {100 * Marginal(x => x.Gen0):0.00}/{100 * Marginal(x => x.Gen1):0.00}/{100 * Marginal(x => x.Gen2):0.00} | {Marginal(x => x.Promoted) / 1024:0.0}");
        }
    }

    private static void Measure(Booklets booklets, GcWatcher gc, Booklets.Input input, Totals totals, bool collected)
    {
        gc.Start();
        var gcBefore = gc.Read();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pausedBefore = GC.GetTotalPauseDuration();
        var processBefore = ThreadClock.ProcessMs();
        var threadBefore = ThreadClock.ThreadMs();
        var laid = collected ? booklets.Compose(input) : booklets.Stream(input).Pages;
        var threadBetween = ThreadClock.ThreadMs();
        if (collected)
        {
            Booklets.Write(laid);
        }
        var threadAfter = ThreadClock.ThreadMs();
        var processAfter = ThreadClock.ProcessMs();
        var allocatedAfter = GC.GetAllocatedBytesForCurrentThread();
        gc.Stop();
        var gcAfter = gc.Read();
        totals.Runs++;
        totals.PauseMs += (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
        totals.LayoutMs += threadBetween - threadBefore;
        totals.PdfMs += threadAfter - threadBetween;
        totals.ProcessMs += processAfter - processBefore;
        totals.Allocated += allocatedAfter - allocatedBefore;
        totals.Gen0 += gcAfter.Gen0 - gcBefore.Gen0;
        totals.Gen1 += gcAfter.Gen1 - gcBefore.Gen1;
        totals.Gen2 += gcAfter.Gen2 - gcBefore.Gen2;
        totals.Promoted0 += gcAfter.PromotedFromGen0 - gcBefore.PromotedFromGen0;
        totals.Promoted1 += gcAfter.PromotedFromGen1 - gcBefore.PromotedFromGen1;
        totals.Promoted2 += gcAfter.PromotedInGen2 - gcBefore.PromotedInGen2;
        totals.Promoted += gcAfter.PromotedFromGen0 + gcAfter.PromotedFromGen1 + gcAfter.PromotedInGen2 - gcBefore.PromotedFromGen0 - gcBefore.PromotedFromGen1 - gcBefore.PromotedInGen2;
    }
}
