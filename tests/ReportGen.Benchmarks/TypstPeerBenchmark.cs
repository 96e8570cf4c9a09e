using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ReportGen.Core.Loading;
using ReportGen.Templating;

namespace ReportGen.Benchmarks;

/// <summary>
/// The peer in the same run: every meeting of the province written as a comparable Typst document
/// (<see cref="TypstSource"/>) and compiled to PDF by Typst's compiler for Node (one process, each document
/// compiled once after a warm-up, fonts from the folder we ship), so the ratio to our batch is reproducible by
/// anyone with Node and npm. The compiler is installed once into a cache folder outside the repository.
/// </summary>
public static class TypstPeerBenchmark
{
    public const string CompilerPackage = "@myriaddreamin/typst-ts-node-compiler@0.7.0";

    public sealed record Result(int Documents, int Pages, IReadOnlyList<double> Seconds)
    {
        /// <summary>The median over repeats; after the first, Typst serves much of the layout from its memo of the same sources.</summary>
        public double PagesPerSecond => Pages / Stats.Median(Seconds);

        /// <summary>Each document compiled once, as a build compiles each booklet once: the fair comparison.</summary>
        public double FirstPassPagesPerSecond => Pages / Seconds[0];
    }

    // Compiles each .typ file of a folder to PDF (PDF/A-2b, tagged as Typst does by default), repeats times over
    // fresh compilers, and prints one line of JSON: documents, pages, seconds of each repeat.
    private const string RunnerScript = """
        const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
        const fs = require('fs'), path = require('path');
        const [folder, fonts, repeats] = process.argv.slice(2);
        const files = fs.readdirSync(folder).filter(f => f.endsWith('.typ')).sort();
        const sources = files.map(f => fs.readFileSync(path.join(folder, f), 'utf8'));
        function run(list) {
          const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] });
          let pages = 0;
          for (const source of list) {
            const result = compiler.compile({ mainFileContent: source });
            const doc = result.result;
            if (!doc) { result.printErrors(); process.exit(1); }
            pages += doc.numOfPages;
            const pdf = compiler.pdf(doc, { pdfStandard: 'a-2b', creationTimestamp: 1611360000 });
            if (pdf.length < 1000) { throw new Error('empty PDF'); }
          }
          return pages;
        }
        run([sources[0]]); // warm-up: fonts, the compiler's own start
        const seconds = [];
        let pages = 0;
        for (let r = 0; r < Number(repeats); r++) {
          // Repeats after the first may be served from Typst's memoised layout of the same sources: the first is the fair one.
          const start = process.hrtime.bigint();
          pages = run(sources);
          seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
        }
        console.log(JSON.stringify({ documents: sources.length, pages, seconds }));
        """;

    /// <returns>null (with the reason on standard error) when Node or the compiler cannot be had.</returns>
    public static Result? Run(string dataFolder, int repeats)
    {
        if (Runner() is not { } runner)
        {
            return null;
        }
        var sources = Directory.CreateTempSubdirectory("reportgen-typst-").FullName;
        try
        {
            WriteSources(dataFolder, sources);
            return Parse(ChildProcess.Output("node", Path.GetDirectoryName(runner)!, runner, sources, FontsFolder, repeats.ToString(CultureInfo.InvariantCulture)));
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }

    /// <summary>
    /// The script that compiles a folder of sources: <c>node &lt;it&gt; &lt;sources&gt; &lt;fonts&gt; &lt;repeats&gt;</c> prints the JSON
    /// <see cref="Parse"/> reads. Null (with the reason on standard error) when Node or the compiler cannot be had.
    /// </summary>
    public static string? Runner()
    {
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "reportgen-benchmarks", "typst");
        if (!InstallCompiler(cache))
        {
            return null;
        }
        var runner = Path.Combine(cache, "run.js");
        File.WriteAllText(runner, RunnerScript);
        return runner;
    }

    /// <summary>The fonts the peer sets its documents with: those we ship.</summary>
    public static string FontsFolder => Path.Combine(Repo.Root, "src", "ReportGen.Layout", "Fonts", "Shipped");

    /// <summary>The runner's result: its last line of output.</summary>
    public static Result Parse(string output)
    {
        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = json.RootElement;
        return new Result(root.GetProperty("documents").GetInt32(), root.GetProperty("pages").GetInt32(),
            root.GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble()).ToList());
    }

    /// <summary>Writes each meeting of <paramref name="dataFolder"/> as <c>&lt;id&gt;.typ</c> into <paramref name="folder"/>.</summary>
    public static void WriteSources(string dataFolder, string folder)
    {
        var data = DataLoader.LoadDirectory(dataFolder);
        var templates = TemplateRenderer.Load(Repo.Templates);
        Directory.CreateDirectory(folder);
        foreach (var meeting in data.Meetings)
        {
            File.WriteAllText(Path.Combine(folder, meeting.Id + ".typ"), TypstSource.For(templates.Documents(meeting)));
        }
    }

    private static bool InstallCompiler(string cache)
    {
        if (Directory.Exists(Path.Combine(cache, "node_modules", "@myriaddreamin", "typst-ts-node-compiler")))
        {
            return true;
        }
        Directory.CreateDirectory(cache);
        try
        {
            ChildProcess.Output("npm", cache, "install", "--no-audit", "--no-fund", "--prefix", cache, CompilerPackage);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"Typst peer skipped: cannot install {CompilerPackage} with npm ({e.Message})");
            return false;
        }
    }
}
