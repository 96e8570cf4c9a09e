using ReportGen.Cli;

// Linux: the collector's heap in 2 MB pages, before the heap grows (HeapHugePages).
HeapHugePages.Request();
// The YAML readers a build needs first are made on the other core while the console is set up (StartupWork).
StartupWork.Start(args);
// The console first: UTF-8 (a Windows console writes in its code page otherwise), or Vietnamese without
// diacritics where it cannot show UTF-8 (ConsoleSetup).
var (console, arguments) = ConsoleSetup.ForProcess(args);
// A double-click on reportgen.exe, or a data folder dropped on it (ExplorerStart).
if (ExplorerStart.DataFolderOf(arguments) is { } dataFolder)
{
    return ExplorerStart.Run(dataFolder, console);
}
return CommandLine.Run(arguments, console.Output, console.Error, console.Terminal);
