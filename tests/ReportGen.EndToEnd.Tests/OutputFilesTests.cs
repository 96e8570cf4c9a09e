using ReportGen.Build;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// A file written through a stream lands byte for byte as written, however the writer cuts its writes, when it starts its
/// file again (a booklet laid out a second time) and when another file is written within it on the same thread.
/// </summary>
public sealed class OutputFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-output-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Bytes that differ from place to place, so a piece written twice or out of order shows.</summary>
    private static byte[] Pattern(int length, int seed) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 31 + seed * 7 + i / 251) % 256))];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(200_000)]
    public void AStreamedFile_IsWhatWasWritten_InPiecesOfAnySize(int piece)
    {
        var expected = Pattern(300_001, piece);
        using (var files = new OutputFiles(_folder))
        {
            files.Add("a/file.bin", stream =>
            {
                for (var at = 0; at < expected.Length; at += piece)
                {
                    var span = expected.AsSpan(at, Math.Min(piece, expected.Length - at));
                    if (span.Length == 1)
                    {
                        stream.WriteByte(span[0]);
                    }
                    else
                    {
                        stream.Write(span);
                    }
                }
            });
            files.Commit();
        }
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(_folder, "a", "file.bin")));
    }

    /// <summary>
    /// A text file is UTF-8 without a byte order mark, as <see cref="System.Text.Encoding.UTF8"/> encodes the whole text:
    /// encoded 16 384 characters at a time, a surrogate pair cut by a piece's end stays one character, and a lone
    /// surrogate becomes U+FFFD.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(40_000)]
    public void ATextFile_IsItsUtf8_WhereverItsPiecesEnd(int length)
    {
        // Vietnamese letters, an emoji (a surrogate pair) at every 16 384th character's edge, and a lone surrogate.
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (i % 16_384) switch
        {
            16_383 => "\U0001F600"[0].ToString(),
            0 when i > 0 => "\U0001F600"[1].ToString(),
            _ => (i % 7) switch { 0 => "ệ", 1 => " ", 2 => "ư", _ => ((char)('a' + i % 26)).ToString() },
        })) + (length > 0 ? "\uD800x" : "");
        using (var files = new OutputFiles(_folder))
        {
            files.Add("a/text.md", text);
            files.Commit();
        }
        var bytes = File.ReadAllBytes(Path.Combine(_folder, "a", "text.md"));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), bytes);
        Assert.False(bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble));
    }

    [Fact]
    public void AStreamedFile_StartedAgain_IsTheSecondWriting_AndAFileWrittenWithinIt_IsWhole()
    {
        var first = Pattern(90_000, 1);
        var second = Pattern(70_000, 2);
        var inner = Pattern(100_000, 3);
        using (var files = new OutputFiles(_folder))
        {
            // A file written before on this thread: its buffer is the one the thread keeps.
            files.Add("a/before.bin", stream => stream.Write(Pattern(10, 4)));
            files.Add("a/booklet.pdf", stream =>
            {
                var start = stream.Position;
                stream.Write(first);
                Assert.Equal(start + first.Length, stream.Position);
                // As PdfDocumentWriter.Restart does when the contents' page numbers moved the layout.
                stream.SetLength(start);
                stream.Position = start;
                stream.Write(second.AsSpan(0, 1000));
                // Another file written meanwhile on this thread (it must not share the buffer holding this one's bytes).
                files.Add("b/inner.bin", other =>
                {
                    for (var at = 0; at < inner.Length; at += 10_000)
                    {
                        other.Write(inner.AsSpan(at, 10_000));
                    }
                });
                stream.Write(second.AsSpan(1000));
            });
            files.Commit();
        }
        Assert.Equal(second, File.ReadAllBytes(Path.Combine(_folder, "a", "booklet.pdf")));
        Assert.Equal(inner, File.ReadAllBytes(Path.Combine(_folder, "b", "inner.bin")));
    }
}
