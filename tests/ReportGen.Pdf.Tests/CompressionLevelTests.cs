using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Each kind of stream is deflated at the level chosen for it in docs/benchmarks.md ("Deflate levels", issue 19): what
/// the writer compresses for every document (page content, object streams, the cross-reference stream) at zlib level
/// 2, what it compresses once per process and shares (font program, ToUnicode map, ICC profile) at 6, Optimal. The
/// levels are written here as numbers, not taken from <c>PdfCompression</c>, so that a change of level — or a stream
/// silently back at Optimal — fails here and is looked at with the measure, not passed along unseen.
/// </summary>
public sealed partial class CompressionLevelTests : IDisposable
{
    private readonly TaggedDocument _document = new();

    public void Dispose() => _document.Dispose();

    [Fact]
    public void Write_DocumentStreamsAtLevel2_SharedStreamsAtLevel6()
    {
        var pdf = TaggedDocument.Write(_document.Report().Pages);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, deflated) in Streams(pdf))
        {
            var level = kind is "content" or "object stream" or "cross-reference" ? 2 : 6;
            var inflated = Inflate(deflated);
            Assert.True(deflated.AsSpan().SequenceEqual(Deflate(inflated, level)), $"a {kind} stream is not deflated at level {level}");
            // zlib's header says the level's class too (FLEVEL: 1 for levels 2–5, 2 for 6), whatever the data.
            Assert.Equal(level == 2 ? 1 : 2, deflated[1] >> 6);
            seen[kind] = seen.GetValueOrDefault(kind) + 1;
        }
        // Every kind was there to check, and the content is large enough for the two levels to differ in bytes too.
        Assert.Equal(["ICC profile", "ToUnicode", "content", "cross-reference", "font program", "object stream"], seen.Keys.Order(StringComparer.Ordinal));
        var content = Inflate(Streams(pdf).First(s => s.Kind == "content").Deflated);
        Assert.NotEqual(Deflate(content, 2), Deflate(content, 6));
    }

    /// <summary>Every Flate stream of one of our files (<c>N 0 obj\n&lt;&lt;…/Length n&gt;&gt;\nstream\n</c>) and what kind it is.</summary>
    private static List<(string Kind, byte[] Deflated)> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<(string, byte[])>();
        foreach (Match match in StreamHead().Matches(text))
        {
            var dictionary = match.Groups[1].Value;
            if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }
            var data = pdf.AsSpan(match.Index + match.Length, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)).ToArray();
            var kind = dictionary.Contains("/ObjStm", StringComparison.Ordinal) ? "object stream"
                : dictionary.Contains("/XRef", StringComparison.Ordinal) ? "cross-reference"
                : dictionary.Contains("/Length1", StringComparison.Ordinal) || dictionary.Contains("/OpenType", StringComparison.Ordinal) ? "font program"
                : dictionary.Contains("/N 3", StringComparison.Ordinal) ? "ICC profile"
                : Inflate(data).AsSpan().StartsWith("/CIDInit"u8) ? "ToUnicode" : "content";
            streams.Add((kind, data));
        }
        return streams;
    }

    [GeneratedRegex(@"\d+ 0 obj\n<<((?:(?!endobj).)*?)/Length (\d+)>>\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamHead();

    private static byte[] Inflate(byte[] deflated)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        return inflated.ToArray();
    }

    private static byte[] Deflate(byte[] data, int level)
    {
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return deflated.ToArray();
    }
}
