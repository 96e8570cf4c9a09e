using System.Text;
using ReportGen.Cli;

// Vietnamese messages in any console: a Windows console writes in its code page (437, 1258 …) unless told
// UTF-8, and every "ệ" would come out as "?".
Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.Out, Console.Error);
