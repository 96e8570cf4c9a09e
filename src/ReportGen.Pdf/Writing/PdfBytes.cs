using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// A growable buffer of PDF syntax (content streams, dictionaries), written as ASCII bytes without building
/// strings: a page of text is tens of thousands of numbers, and formatting each into a string was the
/// allocation that showed. Reused: <see cref="Clear"/> keeps the array.
/// </summary>
internal sealed class PdfBytes
{
    private byte[] _buffer;

    public PdfBytes(int capacity = 4096) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public PdfBytes Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII text (names, operators, dictionaries built as strings where they are few).</summary>
    public PdfBytes Ascii(string text)
    {
        Ensure(text.Length);
        Length += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(Length));
        return this;
    }

    /// <summary>
    /// A text string: printable ASCII as a literal string (parentheses and backslashes escaped), anything else as
    /// UTF-16BE with a byte order mark in hex, which every reader takes and which needs no escaping; a lone surrogate is
    /// written as U+FFFD. The one statement of the rule (<see cref="PdfSyntax.Text"/> gives these bytes as a string), written
    /// in place: a hex string made for each structure element's text showed in a province's profile.
    /// </summary>
    public PdfBytes Text(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyExceptInRange(' ', '~'))
        {
            Ensure(2 + 2 * span.Length);
            _buffer[Length++] = (byte)'(';
            foreach (var c in span)
            {
                if (c is '(' or ')' or '\\')
                {
                    _buffer[Length++] = (byte)'\\';
                }
                _buffer[Length++] = (byte)c;
            }
            _buffer[Length++] = (byte)')';
            return this;
        }
        Ensure(6 + 4 * span.Length);
        "<FEFF"u8.CopyTo(_buffer.AsSpan(Length));
        Length += 5;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                CodeUnit(c);
                CodeUnit(span[++i]);
            }
            else
            {
                CodeUnit(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        _buffer[Length++] = (byte)'>';
        return this;
    }

    /// <summary>One UTF-16 code unit as four hex digits.</summary>
    private void CodeUnit(char c)
    {
        _buffer[Length++] = HexDigit(c >> 12);
        _buffer[Length++] = HexDigit((c >> 8) & 0xF);
        _buffer[Length++] = HexDigit((c >> 4) & 0xF);
        _buffer[Length++] = HexDigit(c & 0xF);
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'A' + value - 10);

    public PdfBytes Byte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
        return this;
    }

    public PdfBytes Space() => Byte((byte)' ');

    public PdfBytes Line() => Byte((byte)'\n');

    public PdfBytes Integer(long value)
    {
        Ensure(20);
        value.TryFormat(_buffer.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>An indirect reference, "12 0 R".</summary>
    public PdfBytes Reference(int number) => Integer(number).Ascii(" 0 R");

    /// <summary>A real number with at most three decimals (a thousandth of a point is far below what shows).</summary>
    public PdfBytes Number(double value)
    {
        var rounded = Math.Round(value, 3);
        if (rounded == 0)
        {
            return Byte((byte)'0'); // never "-0"
        }
        if (rounded == Math.Floor(rounded) && Math.Abs(rounded) < 1e15)
        {
            return Integer((long)rounded);
        }
        if (Math.Abs(rounded) < 1e12)
        {
            // The thousandths as an integer and a decimal point put in: the same digits "0.###" writes (checked on
            // 30 million values), without the custom format's slow path, which was most of writing a line or a glyph run.
            var thousandths = (long)Math.Round(rounded * 1000);
            if (thousandths < 0)
            {
                Byte((byte)'-');
                thousandths = -thousandths;
            }
            Integer(thousandths / 1000);
            var fraction = (int)(thousandths % 1000);
            Ensure(4);
            _buffer[Length++] = (byte)'.';
            _buffer[Length++] = (byte)('0' + fraction / 100);
            if (fraction % 100 != 0)
            {
                _buffer[Length++] = (byte)('0' + fraction / 10 % 10);
                if (fraction % 10 != 0)
                {
                    _buffer[Length++] = (byte)('0' + fraction % 10);
                }
            }
            return this;
        }
        Ensure(32);
        rounded.TryFormat(_buffer.AsSpan(Length), out var written, "0.###", CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>
    /// A glyph id as its two bytes, high first (Identity-H), inside a literal string (…) of a Tj or TJ: the string's
    /// delimiters and backslash escaped, and the two end-of-line bytes too, which a reader would otherwise take as a
    /// line end of either kind (ISO 32000-1 §7.3.4.2).
    /// </summary>
    public PdfBytes GlyphCode(ushort glyph)
    {
        Ensure(4);
        StringByte((byte)(glyph >> 8));
        StringByte((byte)glyph);
        return this;
    }

    private void StringByte(byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                _buffer[Length++] = (byte)'\\';
                _buffer[Length++] = value;
                break;
            case (byte)'\r':
                _buffer[Length++] = (byte)'\\';
                _buffer[Length++] = (byte)'r';
                break;
            case (byte)'\n':
                _buffer[Length++] = (byte)'\\';
                _buffer[Length++] = (byte)'n';
                break;
            default:
                _buffer[Length++] = value;
                break;
        }
    }

    private void Ensure(int more)
    {
        if (Length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + more));
        }
    }
}
