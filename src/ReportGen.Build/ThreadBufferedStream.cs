namespace ReportGen.Build;

/// <summary>
/// A stream that gathers a writer's small writes (a PDF's objects, a zip's headers) in a buffer the thread keeps from one
/// file to the next, and passes them on to <paramref name="inner"/> in large ones. A FileStream's own 64 KB buffer, made
/// anew for each of a 100-meeting build's ~650 streamed files (the PDFs and Word files), was 42 MB of the build's ~600 MB
/// allocated (docs/benchmarks.md). Seeking, as a booklet laid out again starts its file again, passes the buffer on first.
/// </summary>
/// <remarks>Disposing it passes the rest on and gives the buffer back; <paramref name="inner"/> stays the caller's.</remarks>
internal sealed class ThreadBufferedStream(Stream inner) : Stream
{
    private const int BufferSize = 64 * 1024;

    /// <summary>The buffer kept by this thread between files; taken while a stream uses it, so a file written within another gets its own.</summary>
    [ThreadStatic]
    private static byte[]? t_buffer;

    private byte[]? _buffer = Take();
    private int _length;

    private static byte[] Take()
    {
        var buffer = t_buffer ?? new byte[BufferSize];
        t_buffer = null;
        return buffer;
    }

    public override bool CanRead => false;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length
    {
        get
        {
            PassOn();
            return inner.Length;
        }
    }

    public override long Position
    {
        get => inner.Position + _length;
        set
        {
            PassOn();
            inner.Position = value;
        }
    }

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(ThreadBufferedStream));
        if (bytes.Length > buffer.Length - _length)
        {
            PassOn();
            if (bytes.Length >= buffer.Length)
            {
                inner.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        PassOn();
        inner.Flush();
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        PassOn();
        return inner.Seek(offset, origin);
    }

    public override void SetLength(long value)
    {
        PassOn();
        inner.SetLength(value);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer is { } buffer)
        {
            PassOn();
            _buffer = null;
            t_buffer = buffer;
        }
        base.Dispose(disposing);
    }

    /// <summary>What the buffer holds, written on.</summary>
    private void PassOn()
    {
        if (_length > 0)
        {
            inner.Write(_buffer.AsSpan(0, _length));
            _length = 0;
        }
    }
}
