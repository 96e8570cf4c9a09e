using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Benchmarks;

/// <summary>
/// What each deflate level costs and saves on the streams a build really wrote: every Flate stream of the PDFs under a
/// build's output folder (decompressed, sorted by kind: A4 page content, A5 print-sheet content, object streams, fonts,
/// ToUnicode maps, ICC profile, cross-reference streams) and every entry of the Word files (document.xml and core.xml,
/// deflated for each file, against the parts every file shares, deflated once per process), compressed again at each
/// level and strategy. Per kind: the bytes, and this thread's processor time to compress all of them, the least of
/// the rounds (the least disturbed on a shared machine). The bytes are deterministic; the time is the one to repeat.
/// </summary>
public static class DeflateLevelsBenchmark
{
    private sealed record Kind(string Name, List<byte[]> Streams, long WrittenBytes, bool Zip);

    public static void Run(string folder, int rounds, string[] only)
    {
        var kinds = new SortedDictionary<string, Kind>(StringComparer.Ordinal);
        // Fonts, ToUnicode maps, the ICC profile and the Word files' shared parts are deflated once per process and
        // reused (SubsetPrograms, DeflatedProfiles, FixedParts): each different one counts once, as a build pays for it.
        var once = new HashSet<string>(StringComparer.Ordinal);
        void Collect(string kind, byte[] data, long written, bool zip)
        {
            if ((kind.StartsWith("pdf ", StringComparison.Ordinal) || kind == "docx shared parts")
                && !once.Add(kind + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(data))))
            {
                return;
            }
            if (!kinds.TryGetValue(kind, out var k))
            {
                kinds[kind] = k = new Kind(kind, [], 0, zip);
            }
            k.Streams.Add(data);
            kinds[kind] = k with { WrittenBytes = k.WrittenBytes + written };
        }

        var fileBytes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var copy = path.EndsWith("-print.pdf", StringComparison.Ordinal) ? "A5" : "A4";
            if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                fileBytes[copy + " pdf"] = fileBytes.GetValueOrDefault(copy + " pdf") + new FileInfo(path).Length;
                foreach (var (kind, data, written) in PdfStreams(File.ReadAllBytes(path)))
                {
                    Collect(kind is "content" or "objstm" or "xref" ? copy + " " + kind : "pdf " + kind, data, written, false);
                }
            }
            else if (path.EndsWith(".docx", StringComparison.Ordinal))
            {
                fileBytes["docx"] = fileBytes.GetValueOrDefault("docx") + new FileInfo(path).Length;
                using var zip = ZipFile.OpenRead(path);
                foreach (var entry in zip.Entries)
                {
                    using var read = entry.Open();
                    using var data = new MemoryStream();
                    read.CopyTo(data);
                    var kind = entry.FullName is "word/document.xml" ? "docx document.xml"
                        : entry.FullName is "docProps/core.xml" ? "docx core.xml" : "docx shared parts";
                    Collect(kind, data.ToArray(), entry.CompressedLength, true);
                }
            }
        }

        Console.WriteLine($"{folder}: " + string.Join(", ", fileBytes.Select(f => $"{f.Key} {f.Value:N0} bytes")));
        var settings = new List<(string Name, ZLibCompressionOptions? Options)> { ("Optimal", null) };
        for (var level = 1; level <= 9; level++)
        {
            settings.Add(($"{level}", new ZLibCompressionOptions { CompressionLevel = level }));
        }
        foreach (var strategy in new[] { ZLibCompressionStrategy.Filtered, ZLibCompressionStrategy.RunLengthEncoding, ZLibCompressionStrategy.HuffmanOnly, ZLibCompressionStrategy.Fixed })
        {
            foreach (var level in new[] { 1, 2, 4, 6 })
            {
                settings.Add(($"{level} {strategy}", new ZLibCompressionOptions { CompressionLevel = level, CompressionStrategy = strategy }));
            }
        }

        var buffer = new MemoryStream(1 << 20);
        foreach (var kind in kinds.Values)
        {
            if (only.Length > 0 && !only.Any(o => kind.Name.Contains(o, StringComparison.Ordinal)))
            {
                continue;
            }
            var raw = kind.Streams.Sum(s => (long)s.Length);
            Console.WriteLine();
            Console.WriteLine($"{kind.Name}: {kind.Streams.Count} streams, {raw:N0} bytes raw, {kind.WrittenBytes:N0} as written");
            var table = new ConsoleTable("level", "bytes", "vs Optimal", "CPU ms (min)", "CPU vs Optimal", "MB/s raw");
            long optimalBytes = 0;
            double optimalMs = 0;
            foreach (var (name, options) in settings)
            {
                long bytes = 0;
                var best = double.MaxValue;
                for (var round = 0; round < rounds; round++)
                {
                    bytes = 0;
                    var start = ThreadClock.ThreadMs();
                    foreach (var data in kind.Streams)
                    {
                        buffer.SetLength(0);
                        using (var compressor = Compressor(buffer, options, kind.Zip))
                        {
                            compressor.Write(data);
                        }
                        bytes += buffer.Length;
                    }
                    best = Math.Min(best, ThreadClock.ThreadMs() - start);
                }
                if (options is null)
                {
                    (optimalBytes, optimalMs) = (bytes, best);
                }
                table.Add(name, bytes.ToString("N0", CultureInfo.InvariantCulture),
                    $"{100.0 * (bytes - optimalBytes) / optimalBytes:+0.0;-0.0;0.0} %",
                    best.ToString("F1", CultureInfo.InvariantCulture),
                    $"{100.0 * (best - optimalMs) / optimalMs:+0;-0;0} %",
                    (raw / 1e6 / (best / 1000)).ToString("F0", CultureInfo.InvariantCulture));
            }
            table.Print(Console.Out);
        }
    }

    private static Stream Compressor(Stream output, ZLibCompressionOptions? options, bool zip) => (options, zip) switch
    {
        (null, false) => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
        (null, true) => new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true),
        (_, false) => new ZLibStream(output, options, leaveOpen: true),
        _ => new DeflateStream(output, options, leaveOpen: true),
    };

    /// <summary>
    /// The Flate streams of a PDF written by our writer (each <c>N 0 obj\n&lt;&lt;…/Length n&gt;&gt;\nstream\n</c>, as PdfFile
    /// writes them), decompressed, with their kind and written length. Not a PDF parser: our own files only.
    /// </summary>
    private static IEnumerable<(string Kind, byte[] Data, long Written)> PdfStreams(byte[] file)
    {
        var marker = ">>\nstream\n"u8.ToArray();
        for (var at = file.AsSpan().IndexOf(marker); at >= 0;)
        {
            var dictionaryStart = file.AsSpan(0, at).LastIndexOf(" 0 obj\n<<"u8);
            var dictionary = Encoding.ASCII.GetString(file, dictionaryStart, at - dictionaryStart);
            var lengthAt = dictionary.LastIndexOf("/Length ", StringComparison.Ordinal);
            var length = int.Parse(dictionary[(lengthAt + 8)..], CultureInfo.InvariantCulture);
            var start = at + marker.Length;
            if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal) && !dictionary.Contains("/XRef", StringComparison.Ordinal))
            {
                using var inflate = new ZLibStream(new MemoryStream(file, start, length), CompressionMode.Decompress);
                using var data = new MemoryStream();
                inflate.CopyTo(data);
                var bytes = data.ToArray();
                var kind = dictionary.Contains("/ObjStm", StringComparison.Ordinal) ? "objstm"
                    : dictionary.Contains("/Length1", StringComparison.Ordinal) || dictionary.Contains("/OpenType", StringComparison.Ordinal) ? "font"
                    : dictionary.Contains("/N 3", StringComparison.Ordinal) ? "icc"
                    : dictionary.Contains("/Image", StringComparison.Ordinal) ? "image"
                    : bytes.AsSpan().StartsWith("/CIDInit"u8) ? "tounicode" : "content";
                yield return (kind, bytes, length);
            }
            else if (dictionary.Contains("/XRef", StringComparison.Ordinal))
            {
                using var inflate = new ZLibStream(new MemoryStream(file, start, length), CompressionMode.Decompress);
                using var data = new MemoryStream();
                inflate.CopyTo(data);
                yield return ("xref", data.ToArray(), length);
            }
            var next = file.AsSpan(start + length).IndexOf(marker);
            at = next < 0 ? -1 : start + length + next;
        }
    }
}
