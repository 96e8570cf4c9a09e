using System.Diagnostics;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace ReportGen.Pdf.Tests;

/// <summary>Second readers of our files: the poppler tools and qpdf (installed by tests/run.sh), and PdfPig's objects.</summary>
public static class PdfTools
{
    /// <summary>Runs a tool on the bytes written to a temporary file (put where "{pdf}" is, else last); returns its standard output, failing on a non-zero exit.</summary>
    public static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            }
            if (!arguments.Contains("{pdf}"))
            {
                start.ArgumentList.Add(path);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {error}");
            return output.Result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>An element of the structure tree as PdfPig's objects hold it.</summary>
    public sealed record Element(string Role, int Depth, DictionaryToken Dictionary);

    /// <summary>The structure tree's elements, depth first in /K order (the reading order).</summary>
    public static List<Element> StructureTree(PdfPigDocument pdf)
    {
        var elements = new List<Element>();
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"), "no structure tree");
        var root = Assert.IsType<DictionaryToken>(Resolve(pdf, catalog.Data["StructTreeRoot"]));
        void Walk(IToken kids, int depth)
        {
            var list = Resolve(pdf, kids) is ArrayToken array ? array.Data : [kids];
            foreach (var kid in list)
            {
                if (Resolve(pdf, kid) is DictionaryToken element && element.Data.TryGetValue("S", out var role))
                {
                    elements.Add(new Element(((NameToken)role).Data, depth, element));
                    if (element.Data.TryGetValue("K", out var children))
                    {
                        Walk(children, depth + 1);
                    }
                }
            }
        }
        Walk(root.Data["K"], 0);
        return elements;
    }

    public static IToken Resolve(PdfPigDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    public static string? Text(PdfPigDocument pdf, DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) ? Resolve(pdf, value) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            NameToken n => n.Data,
            NumericToken n => n.Data.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        } : null;
}
