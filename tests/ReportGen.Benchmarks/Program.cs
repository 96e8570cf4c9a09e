using System.Globalization;
using ReportGen.Benchmarks;

// dotnet run -c Release --project tests/ReportGen.Benchmarks [-- <seconds>]
//     the seed booklets laid out and written again and again in one process (docs/benchmarks.md, first table)
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- province [meetings] [batch|steps|cold|memory|rebuild|ladder|typst …]
//     the synthetic province (docs/benchmarks.md, "Province"); all parts unless some are named.
//     typst: the peer, Typst's compiler for Node (installed once with npm into ~/.cache/reportgen-benchmarks).
//     cold, memory and rebuild run src/ReportGen.Cli's Release build: 'dotnet build -c Release src/ReportGen.Cli' first.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- generate <meetings> <folder>
//     writes the synthetic province's data files into <folder> and keeps them, to look at or build by hand.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- typst-sources <data folder> <folder>
//     writes each meeting as the Typst document the peer benchmark compiles, to look at or compile by hand.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- tagging [seconds]
//     what tagging costs the PDF writer: the seed booklets (A4 and A5 print copy) written tagged and untagged (docs/benchmarks.md).
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- ladder [mixed|paragraphs|table|list …] [pages …] [collected]
//     the size ladder alone (docs/benchmarks.md, "Time per page against booklet size"), without the whole build and
//     without writing a province first: all kinds and sizes (10 to 1 000 pages) unless some are named.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- first-touch [megabytes]
//     what memory never touched costs the first time it is written, against the same memory written again (default 400 MB).
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- ladder-data <kind> <scale> <folder>
//     one ladder meeting written as a data folder, to build with the command (both copies) and compare the PDFs.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- ladder-native <package folder> [mixed|paragraphs|table|list …] [pages …] [runs=N] [thin=N] [pdf]
//     the size ladder built by an unpacked package's own executable (on Linux native code), as a user runs it: each
//     kind and size (default all kinds, about 10, 30, 100, 300 and 1 000 A4 pages) written as a data folder on
//     /dev/shm, built with every output (with 'pdf': --format pdf) in a process of its own at raised priority, every
//     size once per round, N rounds (default 5); per size the MINIMUM process CPU (user + system: what neighbours on a
//     shared machine cannot lower), the A4 pages (pdfinfo) and the CPU per page added to the smallest booklet, each
//     size's added cost against the second size's (issue 19: within ±20 %), and the same added cost round by round (each
//     round's least build less the same round's least smallest build; median and range). Given three sizes or more under
//     100 pages (e.g. 10 20 30 45 60 1000), also a thin booklet's cost per page as a line through them, round by round,
//     against the thickest size's. Needs /usr/bin/time and pdfinfo; run it
//     as root for the raised priority (docs/benchmarks.md, "The ladder with the installed command").
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- ladder-instructions <package folder> [kinds …] [pages …] [repeats=N] [caches]
//     the same ladder counted in instructions (each size built under valgrind's cachegrind, I refs; median of N, 2 by
//     default): instructions per added page of the thickest size against a line through the thin ones, free of the
//     host's noise (needs valgrind; a 1 000-page booklet takes a minute or two); with caches, the simulated caches'
//     misses too (first-level data, last level), what the instructions cost in memory.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- peer-ratio <package folder> [meetings] [runs=N]
//     issue 19's first goal in one command: the province (default 100 meetings) built by an unpacked package's own
//     executable (fresh process, every output) and compiled by Typst (its first pass, fresh Node), by turns, N rounds
//     (default 10), each at raised priority; A4 pages/s of each and ours ÷ Typst's per round (goal ≥ 3×). Needs Node and
//     npm (Typst's compiler is installed once), /usr/bin/time and pdfinfo; run it as root for the raised priority.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- ladder-cost <kind> <scale> <scale …> [rounds=N] [collected]
//     a few sizes of one ladder kind side by side: thread and process CPU, allocations, collections and bytes promoted
//     per page, and the marginal cost of the pages beyond the first size's.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- text-steps <data folder> [passes]
//     the text steps (data check, theme, templates, Markdown to HTML), warm on one thread: CPU ms and MB allocated per pass.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- site-end <data folder> [passes] [loop=index|loop=search]
//     the site's work outside the meetings in parts (the index page's model and page, the search index's postings, JSON
//     and script file), warm: CPU ms and MB allocated per pass; with loop=…, that part alone for a minute, to profile.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- data-check <data folder> [passes] [sample]
//     each data file checked and loaded (DataLoader.CheckFile), warm, one after the other on one thread: CPU ms and KiB
//     allocated per file; with sample, the types allocated most.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- text-outputs <data folder> [passes] [step]
//     the steps of 'province … steps' that make a meeting's text outputs (no layout, no PDF), warm on one thread:
//     ms and KiB allocated per meeting per step, and the process's CPU per meeting (to profile them alone); with a
//     part of a step's name, the types that step allocates most (allocation samples).
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- template-steps <data folder> [passes]
//     a meeting's documents, article, search part and web page (charts made before), warm on one thread: the thread's
//     CPU ms per meeting of the fastest and the median pass (the fastest is the least disturbed on a shared machine), KiB.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- serial-start <data folder> [passes]
//     what comes before a meeting's copies (the data checked, each meeting's documents rendered), warm, on all cores as
//     the build does it: wall ms least and median, and the process's CPU over each step (is the second core used?).
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- sheets [reads]
//     reading a 5 000-row delegate workbook (and CSV) and a 12 000-name award workbook (docs/benchmarks.md, "Sheets").
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- word-files [data folder] [rounds]
//     every document of the meetings written as a Word file again and again: time and bytes allocated per file.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- pdf-writing <data folder> [rounds] [output folder]
//     the PDF writer alone, as the build calls it (each meeting's A4 copy, then its A5 print copy): processor time and
//     bytes allocated per laid-out page; with an output folder, the files written, to compare byte for byte.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- booklet-layout <data folder> [passes] [sample] [pdf folder]
//     each meeting's two layouts alone (A4 reading copy, A5 print copy), warm, one thread: processor time and bytes
//     allocated per meeting; with 'sample', the types allocated most; with a folder, the PDFs written once, to compare.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- gc <data folder> [passes] [sample]
//     the whole build in this process, a fresh output folder each pass: collections by generation, bytes promoted and
//     allocated, the collector's pauses, what stays reachable after; with sample, the types allocated most.
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- deflate-levels <build output folder> [rounds] [kind …]
//     every Flate stream of the folder's PDFs and every entry of its Word files, by kind, compressed again at each
//     deflate level and strategy: bytes, and this thread's processor time (least of the rounds) against Optimal.
if (args.Length > 1 && args[0] == "deflate-levels")
{
    DeflateLevelsBenchmark.Run(args[1], args.Length > 2 && int.TryParse(args[2], out var deflateRounds) ? deflateRounds : 5,
        args.Skip(args.Length > 2 && int.TryParse(args[2], out _) ? 3 : 2).ToArray());
}
else if (args.Length > 1 && args[0] == "gc")
{
    GcBenchmark.Run(args[1], args.Length > 2 && int.TryParse(args[2], out var gcPasses) ? gcPasses : 3, args.Contains("sample"));
}
else if (args.Length > 1 && args[0] == "booklet-layout")
{
    BookletLayoutBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10,
        args.Length > 3 && args[3] == "sample", args.Length > 4 ? args[4] : null);
}
else if (args.Length > 1 && args[0] == "pdf-writing")
{
    PdfWritingBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10, args.Length > 3 ? args[3] : null);
}
else if (args.Length > 0 && args[0] == "tagging")
{
    TaggingCostBenchmark.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5);
}
else if (args.Length == 3 && args[0] == "typst-sources")
{
    TypstPeerBenchmark.WriteSources(args[1], args[2]);
    Console.WriteLine($"the meetings of {args[1]} written as Typst documents into {args[2]}");
}
else if (args.Length == 3 && args[0] == "generate")
{
    ProvinceGenerator.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
    Console.WriteLine($"{args[1]} meetings written to {args[2]} and checked");
}
else if (args.Length > 1 && args[0] == "text-steps")
{
    TextStepsBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
}
else if (args.Length > 1 && args[0] == "site-end")
{
    SiteEndBenchmark.Run(args[1], args.Length > 2 && int.TryParse(args[2], out var sitePasses) ? sitePasses : 10,
        args.FirstOrDefault(a => a.StartsWith("loop=", StringComparison.Ordinal))?[5..]);
}
else if (args.Length > 1 && args[0] == "data-check")
{
    DataCheckBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10, args.Contains("sample"));
}
else if (args.Length > 1 && args[0] == "template-steps")
{
    TemplateStepsBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
}
else if (args.Length > 1 && args[0] == "text-outputs")
{
    var passes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    using var sampler = args.Length > 3 ? new AllocationSampler() : null;
    var steps = StepsBenchmark.Run(args[1], passes, textOnly: true, sampler, args.Length > 3 ? args[3] : null);
    sampler?.Print(Console.Out, 25);
    var meetings = Directory.GetFiles(args[1], "*.yaml", SearchOption.AllDirectories).Length;
    foreach (var step in steps)
    {
        Console.WriteLine($"{step.Name,-62} {step.MsPerMeeting,7:F2} ms {step.CpuMsPerMeeting,7:F2} ms CPU {step.KiBPerMeeting,8:F0} KiB");
    }
    Console.WriteLine($"{"all steps",-62} {steps.Sum(s => s.MsPerMeeting),7:F2} ms {steps.Sum(s => s.CpuMsPerMeeting),7:F2} ms CPU {steps.Sum(s => s.KiBPerMeeting),8:F0} KiB");
    // Warm-up pass included: the process's processor time over every pass, the loading's too.
    var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine($"process CPU, all {passes + 1} passes and the loading: {cpuMs:F0} ms, {cpuMs / (passes + 1) / Math.Max(1, meetings):F2} ms per meeting per pass");
}
else if (args.Length > 1 && args[0] == "serial-start")
{
    SerialStartBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
}
else if (args.Length > 0 && args[0] == "sheets")
{
    SheetsBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7);
}
else if (args.Length > 0 && args[0] == "layout-allocations")
{
    // layout-allocations <kind> <scale> [runs] [sample|nosample] [pdf file]: the types the composer allocates most for
    // one ladder meeting, its time and collections per page, and its PDF written to a file if one is named.
    var kind = Enum.Parse<SizeLadder.Kind>(args[1], ignoreCase: true);
    using var booklets = new Booklets();
    var input = booklets.Render((ReportGen.Core.Model.Meeting)ReportGen.Core.Loading.DataLoader.Parse(
        SizeLadder.Meeting(kind, int.Parse(args[2], CultureInfo.InvariantCulture)), Path.Combine(Repo.Seeds, "size-ladder.yaml")));
    var laidOut = booklets.Compose(input);
    var pages = laidOut.Count;
    if (args.Length > 5)
    {
        // The booklet's PDF, to compare the bytes of two builds of the layout.
        using var file = File.Create(args[5]);
        ReportGen.Pdf.PdfWriter.Write(laidOut, file, new ReportGen.Pdf.PdfMetadata("t", "a", "s", "k", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
    }
    laidOut = null;
    using var sampler = new AllocationSampler();
    var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
    var sample = args.Length <= 4 || args[4] != "nosample";
    var before = GC.GetAllocatedBytesForCurrentThread();
    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var process = System.Diagnostics.Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    if (sample) sampler.Start();
    for (var i = 0; i < runs; i++) booklets.Compose(input);
    sampler.Stop();
    process.Refresh();
    var perPage = 1.0 / runs / pages;
    Console.WriteLine($"{pages} pages, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 * perPage:0} KiB per page laid out, " +
        $"{clock.Elapsed.TotalMilliseconds * perPage:0.00} ms/page, CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds * perPage:0.00} ms/page, " +
        $"GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds * perPage:0.00} ms/page, " +
        $"collections per 100 pages {100 * (GC.CollectionCount(0) - gen0) * perPage:0.0}/{100 * (GC.CollectionCount(1) - gen1) * perPage:0.0}/{100 * (GC.CollectionCount(2) - gen2) * perPage:0.0}");
    sampler.Print(Console.Out, 30);
}
else if (args.Length == 4 && args[0] == "ladder-data")
{
    // ladder-data <kind> <scale> <folder>: one ladder meeting as a data folder, to build with the command (both copies),
    // written as ladder-native writes it (the award names in CSV sheets: a thousand pages of names in YAML are over the
    // command's 2 MB).
    SizeLadder.WriteDataFolder(Enum.Parse<SizeLadder.Kind>(args[1], ignoreCase: true), int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
}
else if (args.Length > 0 && args[0] == "ladder")
{
    var sizes = args.Skip(1).Where(a => int.TryParse(a, out _)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
    // 'collected': every page laid out, then written (as before the pages were written as they are laid out).
    var collected = args.Contains("collected");
    var kinds = args.Skip(1).Where(a => !int.TryParse(a, out _) && a != "collected").Select(a => Enum.Parse<SizeLadder.Kind>(a, ignoreCase: true)).ToList();
    var table = new ConsoleTable("measure", "result", "target");
    foreach (var kind in kinds.Count == 0 ? [.. Enum.GetValues<SizeLadder.Kind>()] : kinds)
    {
        ProvinceBenchmark.AddLadder(table, SizeLadderBenchmark.Run([kind], sizes.Count == 0 ? null : sizes, wholeBuild: false, collected));
    }
    table.Print(Console.Out);
}
else if (args.Length > 1 && args[0] == "ladder-native")
{
    // ladder-native <package folder> [kinds …] [pages …] [runs=N] [thin=N] [pdf]: the ladder built by the package's executable.
    var sizes = PageArguments(args);
    var runs = args.Where(a => a.StartsWith("runs=", StringComparison.Ordinal)).Select(a => int.Parse(a[5..], CultureInfo.InvariantCulture)).DefaultIfEmpty(5).First();
    NativeLadderBenchmark.Run(args[1], KindArguments(args), sizes.Count == 0 ? [10, 30, 100, 300, 1000] : sizes, runs, pdfOnly: args.Contains("pdf"),
        thinRepeats: args.Where(a => a.StartsWith("thin=", StringComparison.Ordinal)).Select(a => int.Parse(a[5..], CultureInfo.InvariantCulture))
            .DefaultIfEmpty(NativeLadderBenchmark.DefaultThinRepeats).First());
}
else if (args.Length > 1 && args[0] == "ladder-instructions")
{
    // ladder-instructions <package folder> [kinds …] [pages …] [repeats=N] [caches]: the same ladder counted in instructions.
    var sizes = PageArguments(args);
    InstructionLadderBenchmark.Run(args[1], KindArguments(args), sizes.Count == 0 ? [10, 30, 60, 1000] : sizes,
        args.Where(a => a.StartsWith("repeats=", StringComparison.Ordinal)).Select(a => int.Parse(a[8..], CultureInfo.InvariantCulture)).DefaultIfEmpty(2).First(),
        caches: args.Contains("caches"));
}
else if (args.Length > 1 && args[0] == "peer-ratio")
{
    // peer-ratio <package folder> [meetings] [runs=N]: ours and Typst by turns.
    var meetings = args.Skip(2).Where(a => int.TryParse(a, out _)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(100).First();
    var runs = args.Where(a => a.StartsWith("runs=", StringComparison.Ordinal)).Select(a => int.Parse(a[5..], CultureInfo.InvariantCulture)).DefaultIfEmpty(10).First();
    PeerRatioBenchmark.Run(args[1], meetings, runs);
}
else if (args.Length > 0 && args[0] == "first-touch")
{
    // first-touch [megabytes]: what fresh memory costs on this machine the first time it is written (default 400 MB).
    FirstTouchBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400);
}
else if (args.Length > 2 && args[0] == "ladder-cost")
{
    // ladder-cost <kind> <scale> <scale …> [rounds=N]: the cost per page of a few sizes of one kind, measured interleaved.
    var rounds = args.Where(a => a.StartsWith("rounds=", StringComparison.Ordinal)).Select(a => int.Parse(a[7..], CultureInfo.InvariantCulture)).DefaultIfEmpty(5).First();
    LadderCostBenchmark.Run(Enum.Parse<SizeLadder.Kind>(args[1], ignoreCase: true),
        [.. args.Skip(2).Where(a => int.TryParse(a, out _)).Select(a => int.Parse(a, CultureInfo.InvariantCulture))], rounds, collected: args.Contains("collected"));
}
else if (args.Length > 0 && args[0] == "word-files")
{
    WordFilesBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine(Repo.Root, "seeds"), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
}
else if (args.Length > 0 && args[0] == "province")
{
    var meetings = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100;
    var parts = args.Skip(1).Where(a => !int.TryParse(a, out _)).ToHashSet();
    ProvinceBenchmark.Run(meetings, parts.Count == 0 ? ProvinceBenchmark.AllParts : parts);
}
else
{
    SingleBookletBenchmark.Run(args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10);
}

// The ladders' arguments after the package folder: the numbers are pages asked for, the words kinds (every kind if none).
static List<int> PageArguments(string[] args) =>
    [.. args.Skip(2).Where(a => int.TryParse(a, out _)).Select(a => int.Parse(a, CultureInfo.InvariantCulture))];

static List<SizeLadder.Kind> KindArguments(string[] args)
{
    List<SizeLadder.Kind> kinds = [.. args.Skip(2).Where(a => !int.TryParse(a, out _) && Enum.TryParse<SizeLadder.Kind>(a, ignoreCase: true, out _))
        .Select(a => Enum.Parse<SizeLadder.Kind>(a, ignoreCase: true))];
    return kinds.Count == 0 ? [.. Enum.GetValues<SizeLadder.Kind>()] : kinds;
}
