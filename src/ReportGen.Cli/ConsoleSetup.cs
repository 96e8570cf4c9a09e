using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// The console the command writes to: UTF-8 where the system lets us set it (a Windows console writes in its code
/// page — 437, 1258 … — unless told, and every "ệ" comes out as "?"); Vietnamese without diacritics
/// (<see cref="PlainAscii"/>) where it cannot show UTF-8, or when asked (<c>--ascii</c>, REPORTGEN_ASCII=1); progress
/// bars only on a terminal that draws them (not redirected, not TERM=dumb).
/// </summary>
public sealed record ConsoleSetup(TextWriter Output, TextWriter Error, bool Terminal, bool Ascii)
{
    public const string AsciiOption = "--ascii";

    /// <summary>Sets the console up for <paramref name="args"/> and returns the arguments without <c>--ascii</c>.</summary>
    public static (ConsoleSetup Console, string[] Args) ForProcess(string[] args)
    {
        var utf8 = TrySetUtf8();
        var ascii = args.Contains(AsciiOption) || Environment.GetEnvironmentVariable("REPORTGEN_ASCII") == "1" || !utf8;
        var terminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        var output = ascii ? new PlainAsciiWriter(Console.Out) : Console.Out;
        var error = ascii ? new PlainAsciiWriter(Console.Error) : Console.Error;
        return (new ConsoleSetup(output, error, terminal, ascii), [.. args.Where(a => a != AsciiOption)]);
    }

    /// <summary>Tells the console to take UTF-8; false when it refused (no console, or one that keeps its code page).</summary>
    private static bool TrySetUtf8()
    {
        try
        {
            Console.OutputEncoding = Encoding.UTF8;
            return Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
