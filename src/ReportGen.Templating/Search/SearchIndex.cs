using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReportGen.Templating.Search;

/// <summary>Where in a page an entry stands, which ranks a hit: a hit in the title counts most.</summary>
public enum SearchField
{
    Title = 0,
    Heading = 1,
    Text = 2,
}

/// <summary>One passage of a page: a title, a heading, a paragraph or a table row.</summary>
public sealed record SearchEntry(SearchField Field, string Text);

/// <summary>The passages of one section of a page; <paramref name="Anchor"/> is its id on the page ("bao-cao"), or "" for the page's top.</summary>
public sealed record SearchPart(string Anchor, IReadOnlyList<SearchEntry> Entries);

/// <summary>
/// One page of the site as the search sees it: where it is, what the result shows (title, place and date),
/// what the filters read (year, units, kind) and its passages.
/// </summary>
/// <param name="Url">Relative to the output folder: "xuan-truong-2021/index.html".</param>
/// <param name="Date">ISO date, "2021-01-23".</param>
/// <param name="When">How the result says where and when: "Xuân Trường, ngày 23 tháng 01 năm 2021".</param>
/// <param name="Units">The units' full names the unit filter matches ("huyện Xuân Trường"); a roundup has its meetings'.</param>
/// <param name="Kind">"conference", "session", "ceremony" (the data's words) or "roundup"; <paramref name="KindName"/> says it in Vietnamese.</param>
public sealed record SearchPage(string Url, string Title, string When, int Year, string Date, IReadOnlyList<string> Units,
    string Kind, string KindName, IReadOnlyList<SearchPart> Parts);

/// <summary>
/// The site's search index: every page's passages, and for each token (<see cref="SearchText.Tokens"/>) the
/// pages holding it with the best field it stands in. Written as a script (<see cref="ToScript"/>) that sets
/// one global, since a page opened from a USB stick (file://) may load a script but not fetch a file.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>The index's file in the output folder, loaded by index.html.</summary>
    public const string FileName = "search-index.js";

    /// <summary>The search script in the templates folder, copied as it is into the output folder.</summary>
    public const string ScriptFileName = "search.js";

    /// <summary>The global the index script sets (templates/search.js reads it).</summary>
    public const string GlobalName = "reportgenSearchIndex";

    /// <summary>Bumped when the shape below changes, so search.js can refuse an index it does not read.</summary>
    public const int Version = 1;

    // Non-ASCII letters as they are (Vietnamese stays readable and small); the encoder still escapes
    // <, >, &, quotes, controls and U+2028/2029, so no data text can end the script or the string.
    // The pages' own JSON (IndexedSearchPage) is written with the same options.
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    private static readonly byte[] ScriptHead = Encoding.UTF8.GetBytes(
        "// The site's search index, written by ReportGen from the data (templates/search.js reads it).\n" + $"window.{GlobalName} = ");

    private readonly Lazy<IReadOnlyList<IndexedSearchPage>> _indexed;

    /// <summary>An index of pages whose tokens are found here, on all cores, when first needed.</summary>
    public SearchIndex(IReadOnlyList<SearchPage> pages)
    {
        Pages = pages ?? throw new ArgumentNullException(nameof(pages));
        _indexed = new Lazy<IReadOnlyList<IndexedSearchPage>>(() =>
        {
            var indexed = new IndexedSearchPage[pages.Count];
            Parallel.For(0, pages.Count, page => indexed[page] = IndexedSearchPage.Of(pages[page]));
            return indexed;
        });
    }

    /// <summary>An index of pages already indexed where they were made (<see cref="IndexedSearchPage.Of"/>), in the index's order.</summary>
    public SearchIndex(IReadOnlyList<IndexedSearchPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        Pages = [.. pages.Select(p => p.Page)];
        _indexed = new Lazy<IReadOnlyList<IndexedSearchPage>>(pages);
    }

    /// <summary>
    /// The index of <paramref name="slots"/>, in their order: each page made is indexed here, on all cores; a meeting built
    /// now is taken, indexed, from <paramref name="built"/> (by id).
    /// </summary>
    public static SearchIndex Of(IReadOnlyList<SearchSlot> slots, IReadOnlyDictionary<string, IndexedSearchPage> built)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(built);
        var indexed = new IndexedSearchPage[slots.Count];
        Parallel.For(0, slots.Count, i => indexed[i] = slots[i].Page is { } page ? IndexedSearchPage.Of(page) : built[slots[i].BuiltMeetingId!]);
        return new SearchIndex(indexed);
    }

    public IReadOnlyList<SearchPage> Pages { get; }

    /// <summary>
    /// For each token, the pages holding it, each as <c>page × 3 + field</c> (the best field it stands in
    /// on that page), ascending; tokens in ordinal order, so the same data writes the same bytes.
    /// </summary>
    public SortedDictionary<string, List<int>> Postings() => new(SortedPostings().ToDictionary(), StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Postings"/> as a list in token order. Each page's tokens are merged in page order, so every list comes out
    /// ascending whatever thread found what; the tokens are sorted once at the end (a sorted tree of them, kept sorted as
    /// each page's were added, cost more than the merge).
    /// </summary>
    private KeyValuePair<string, List<int>>[] SortedPostings()
    {
        var indexed = _indexed.Value;
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var page = 0; page < indexed.Count; page++)
        {
            var (tokens, fields) = (indexed[page].Tokens, indexed[page].Fields);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!postings.TryGetValue(tokens[i], out var list))
                {
                    postings[tokens[i]] = list = [];
                }
                list.Add(page * 3 + (int)fields[i]);
            }
        }
        var sorted = postings.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }

    /// <summary>The index as JSON (UTF-8): <c>{"version","pages":[…],"words":{token:[…]}}</c>.</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(JsonLengthGuess());
        WriteJson(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>output/search-index.js: one statement setting <see cref="GlobalName"/> to the JSON.</summary>
    public string ToScript() => Encoding.UTF8.GetString(ToScriptBytes());

    /// <summary><see cref="ToScript"/> as the file's UTF-8 bytes, written into one buffer (no string of it, no copy of the JSON).</summary>
    public byte[] ToScriptBytes()
    {
        var buffer = new ArrayBufferWriter<byte>(ScriptHead.Length + JsonLengthGuess() + 2);
        buffer.Write(ScriptHead);
        WriteJson(buffer);
        buffer.Write(";\n"u8);
        var script = buffer.WrittenSpan;
        // The encoder escapes them already; a JSON text may hold them raw, an older script parser may not.
        if (script.IndexOf("\u2028"u8) >= 0 || script.IndexOf("\u2029"u8) >= 0)
        {
            return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(script)
                .Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal));
        }
        return script.ToArray();
    }

    /// <summary>The pages' JSON and room for the words: a buffer that seldom grows.</summary>
    private int JsonLengthGuess() => 64 * 1024 + _indexed.Value.Sum(p => p.Json.Length + 8 * p.Tokens.Length);

    private void WriteJson(IBufferWriter<byte> buffer)
    {
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteStartArray("pages");
        foreach (var page in _indexed.Value)
        {
            // Written by the page's own writer with these options: in place, the same bytes.
            json.WriteRawValue(page.Json, skipInputValidation: true);
        }
        json.WriteEndArray();
        json.WriteStartObject("words");
        foreach (var (token, pages) in SortedPostings())
        {
            json.WriteStartArray(token);
            foreach (var value in pages)
            {
                json.WriteNumberValue(value);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
