using System.Text;

namespace ReportGen.Templating;

/// <summary>
/// A writer into a <see cref="PooledText"/>, for Markdig's HTML renderer: its text in arrays of the shared pool, not in a
/// StringBuilder's chunks (why: <see cref="PooledText"/>). A <see cref="StringWriter"/> only because Markdig empties a
/// renderer's writer by that type; every write goes to the pooled text, and the StringWriter's own builder stays empty.
/// </summary>
internal sealed class PooledTextWriter : StringWriter
{
    private readonly PooledText _text = new();

    public PooledTextWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    /// <summary>Characters written since the last <see cref="Clear"/>.</summary>
    public int Length => _text.Length;

    public override void Write(char value) => _text.Append(value);

    public override void Write(char[] buffer, int index, int count) => _text.Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => _text.Append(buffer);

    public override void Write(string? value) => _text.Append(value);

    public override void Write(StringBuilder? value)
    {
        if (value is null)
        {
            return;
        }
        foreach (var chunk in value.GetChunks())
        {
            _text.Append(chunk.Span);
        }
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        _text.Append(buffer);
        _text.Append(CoreNewLine);
    }

    public override void WriteLine(StringBuilder? value)
    {
        Write(value);
        _text.Append(CoreNewLine);
    }

    /// <summary>The text written; its arrays are kept until <see cref="Clear"/>.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Empties the writer and gives its arrays back to the pool.</summary>
    public void Clear() => _text.Clear();

    protected override void Dispose(bool disposing)
    {
        _text.Clear();
        base.Dispose(disposing);
    }
}
