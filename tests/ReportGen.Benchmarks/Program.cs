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
// dotnet run -c Release --project tests/ReportGen.Benchmarks -- sheets [reads]
//     reading a 5 000-row delegate workbook (and CSV) and a 12 000-name award workbook (docs/benchmarks.md, "Sheets").
if (args.Length > 0 && args[0] == "tagging")
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
else if (args.Length > 0 && args[0] == "sheets")
{
    SheetsBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7);
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
