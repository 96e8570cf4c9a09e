using System.Buffers;
using System.Text;

namespace ReportGen.Docx;

/// <summary>
/// A small XML writer for the Word parts, straight to UTF-8 bytes: the subset of <see cref="System.Xml.XmlWriter"/>
/// they use, with its output to the byte (the declaration, " /&gt;" for an empty element, the same escapes, a
/// namespace declared after the attributes of the element that first needs it). XmlWriter's checks of every name and
/// namespace were a third of writing a Word file, and it allocated a string for every number.
/// </summary>
internal sealed class WordWriter
{
    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    private byte[] _buffer = new byte[16 * 1024];
    private int _length;

    /// <summary>The open elements' qualified names.</summary>
    private readonly List<(string Prefix, string Name)> _open = [];

    /// <summary>
    /// The prefixes declared on the open elements, and the depth of the element each is declared on (its index in
    /// <see cref="_open"/>): a part declares one to three, so looking a prefix up here is a step or two where walking the
    /// open elements for it took a dozen, for every element and attribute (5 % of writing a Word file).
    /// </summary>
    private readonly List<(string Prefix, int Depth)> _declared = [];

    /// <summary>Namespaces to declare when the open start tag closes.</summary>
    private readonly List<(string Prefix, string Namespace)> _pending = [];
    private bool _startTagOpen;

    /// <summary>
    /// Namespace declarations written so far, and uses of a prefix declared below the part's root element: a
    /// fragment during which this did not change reads the same anywhere in a part (its prefixes are the root's).
    /// </summary>
    private int _inContext;

    /// <summary>
    /// Where the bytes go on once the buffer holds <see cref="PassOnAt"/> of them; null: they all stay, to be read from
    /// <see cref="Written"/>. A part given a sink is never held whole: the document.xml of a thousand-row table grew this
    /// buffer by doubling to 32 MB, arrays the collector keeps until a full collection, a sixth of such a build's memory.
    /// </summary>
    private ZipWriter.EntryBytes? _sink;

    /// <summary>How many <see cref="WriteCached"/> fragments are being written: their start must stay in the buffer.</summary>
    private int _recording;

    /// <summary>What the buffer gathers before it passes it on to a sink: enough that each write to the deflater is a large one.</summary>
    private const int PassOnAt = 64 * 1024;

    /// <summary>The bytes written since the start (since the last passed on, with a sink).</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Starts a part again: the buffer is kept. With <paramref name="sink"/>, the bytes go on to it (<see cref="_sink"/>) until <see cref="EndDocument"/>.</summary>
    public void StartDocument(ZipWriter.EntryBytes? sink = null)
    {
        _sink = sink;
        _recording = 0;
        _length = 0;
        _open.Clear();
        _declared.Clear();
        _pending.Clear();
        _startTagOpen = false;
        Raw(Declaration);
    }

    public byte[] ToArray() => Written.ToArray();

    /// <summary>Passes what the buffer still holds on to the sink and forgets the sink.</summary>
    public void EndDocument()
    {
        PassOn();
        _sink = null;
    }

    private void PassOn()
    {
        if (_sink is not null && _recording == 0)
        {
            _sink.Write(Written);
            _length = 0;
        }
    }

    /// <summary>
    /// The one whole element <paramref name="write"/> writes from <paramref name="key"/>, copied from
    /// <paramref name="written"/> when an equal key was written before: a document's runs, paragraphs and table cells
    /// have a handful of kinds of properties (rPr, pPr, tcPr), each written element by element for every one of its
    /// hundreds of runs, paragraphs and cells (a sixth of writing a Word file in the thread-time profile). A fragment
    /// that declared a namespace, or used one an enclosing element declared, is not kept: it would read differently
    /// elsewhere. <paramref name="written"/> is
    /// one of this writer's (<see cref="RunProperties"/>, …), so it lives as long as the thread's writer.
    /// </summary>
    public void WriteCached<TKey>(Dictionary<TKey, byte[]> written, TKey key, Action<WordWriter, TKey> write)
        where TKey : notnull
    {
        CloseStartTag();
        if (written.TryGetValue(key, out var bytes))
        {
            Raw(bytes);
            return;
        }
        var start = _length;
        var inContext = _inContext;
        _recording++;
        try
        {
            write(this, key);
        }
        finally
        {
            _recording--;
        }
        if (inContext == _inContext)
        {
            if (written.Count >= MaxCached)
            {
                written.Clear();
            }
            written.Add(key, _buffer.AsSpan(start, _length - start).ToArray());
        }
    }

    /// <summary>Run properties (w:rPr) written before, by their style, for <see cref="WriteCached"/>.</summary>
    public Dictionary<RunStyle, byte[]> RunProperties { get; } = [];

    /// <summary>Paragraph properties (w:pPr) written before, by their setting (a value), for <see cref="WriteCached"/>.</summary>
    public Dictionary<ParagraphFormat, byte[]> ParagraphProperties { get; } = [];

    /// <summary>Table cells' properties (w:tcPr) written before, by width and shading, for <see cref="WriteCached"/>.</summary>
    public Dictionary<(int Width, string? Fill), byte[]> CellProperties { get; } = [];

    /// <summary>Kinds of properties kept per cache; a document has a few dozen, so more means an unusual run of them.</summary>
    private const int MaxCached = 256;

    public void WriteStartElement(string prefix, string localName, string ns)
    {
        CloseStartTag();
        Raw("<"u8);
        Ascii(prefix);
        Raw(":"u8);
        Ascii(localName);
        _open.Add((prefix, localName));
        _startTagOpen = true;
        Need(prefix, ns);
    }

    public void WriteAttributeString(string localName, string value)
    {
        AttributeName(null, localName);
        Escaped(value, attribute: true);
        Raw("\""u8);
    }

    /// <param name="ns">The prefix's namespace; null for "xml", which is never declared.</param>
    public void WriteAttributeString(string prefix, string localName, string? ns, string value)
    {
        if (ns is not null)
        {
            Need(prefix, ns);
        }
        AttributeName(prefix, localName);
        Escaped(value, attribute: true);
        Raw("\""u8);
    }

    public void WriteAttribute(string localName, long value)
    {
        AttributeName(null, localName);
        Number(value);
        Raw("\""u8);
    }

    public void WriteAttribute(string prefix, string localName, string ns, long value)
    {
        Need(prefix, ns);
        AttributeName(prefix, localName);
        Number(value);
        Raw("\""u8);
    }

    public void WriteString(string text)
    {
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    public void WriteEndElement()
    {
        if (_startTagOpen)
        {
            DeclarePending();
            Raw(" />"u8);
            _startTagOpen = false;
        }
        else
        {
            Raw("</"u8);
            Ascii(_open[^1].Prefix);
            Raw(":"u8);
            Ascii(_open[^1].Name);
            Raw(">"u8);
        }
        _open.RemoveAt(_open.Count - 1);
        while (_declared.Count > 0 && _declared[^1].Depth >= _open.Count)
        {
            _declared.RemoveAt(_declared.Count - 1);
        }
    }

    private void AttributeName(string? prefix, string localName)
    {
        Raw(" "u8);
        if (prefix is not null)
        {
            Ascii(prefix);
            Raw(":"u8);
        }
        Ascii(localName);
        Raw("=\""u8);
    }

    /// <summary>The open element or its attribute uses <paramref name="prefix"/>: declared on it unless an ancestor has.</summary>
    private void Need(string prefix, string ns)
    {
        foreach (var (declared, depth) in _declared)
        {
            if (declared == prefix)
            {
                if (depth > 0)
                {
                    _inContext++;
                }
                return;
            }
        }
        foreach (var (pending, _) in _pending)
        {
            if (pending == prefix)
            {
                return;
            }
        }
        _pending.Add((prefix, ns));
    }

    private void CloseStartTag()
    {
        if (_startTagOpen)
        {
            DeclarePending();
            Raw(">"u8);
            _startTagOpen = false;
        }
    }

    /// <summary>Declares the namespaces the open element and its attributes need, after its attributes (as XmlWriter does).</summary>
    private void DeclarePending()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        if (_pending.Count > 2)
        {
            throw new InvalidOperationException("A Word part's element declares at most two namespaces.");
        }
        foreach (var (prefix, ns) in _pending)
        {
            Raw(" xmlns:"u8);
            Ascii(prefix);
            Raw("=\""u8);
            Ascii(ns);
            Raw("\""u8);
            _declared.Add((prefix, _open.Count - 1));
            _inContext++;
        }
        _pending.Clear();
    }

    private void Number(long value)
    {
        Ensure(20);
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Ascii(string text)
    {
        Ensure(text.Length);
        _length += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Characters XML 1.0 cannot hold: left out, so a control character in a picture's description never makes a file Word refuses.</summary>
    private const string NotXml = "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF";

    // The ASCII ones in a set, U+FFFE and U+FFFF as a range: one set of them all searched Vietnamese text character by
    // character through its probabilistic map (1 % of a whole build's CPU in the native build's profile).
    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("<>&\r\n" + NotXml[..^2]);
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("<>&\"\t\r\n" + NotXml[..^2]);

    /// <summary>Text as XmlWriter escapes it: &amp;, &lt;, &gt; always; in an attribute also the quote, tab and line ends as character references.</summary>
    private void Escaped(string text, bool attribute)
    {
        var rest = text.AsSpan();
        // Where the next U+FFFE or U+FFFF is (almost never), looked for again only once passed.
        var nonCharacter = rest.IndexOfAnyInRange('\uFFFE', '\uFFFF');
        while (true)
        {
            var next = rest.IndexOfAny(attribute ? AttributeEscapes : TextEscapes);
            if (nonCharacter >= 0 && (next < 0 || nonCharacter < next))
            {
                next = nonCharacter;
            }
            Utf8(next < 0 ? rest : rest[..next]);
            if (next < 0)
            {
                return;
            }
            Raw(rest[next] switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                // XmlWriter's default: a line end in text is the platform's ("\n" here), in an attribute a reference.
                '\r' => attribute ? "&#xD;"u8 : "\n"u8,
                '\n' => attribute ? "&#xA;"u8 : "\n"u8,
                _ => [],
            });
            rest = rest[(next + 1)..];
            nonCharacter = nonCharacter < 0 ? -1 : nonCharacter > next ? nonCharacter - next - 1 : rest.IndexOfAnyInRange('\uFFFE', '\uFFFF');
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Ensure(int more)
    {
        if (_length + more > PassOnAt)
        {
            PassOn();
        }
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
