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
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public SearchIndex(IReadOnlyList<SearchPage> pages)
    {
        Pages = pages ?? throw new ArgumentNullException(nameof(pages));
    }

    public IReadOnlyList<SearchPage> Pages { get; }

    /// <summary>
    /// For each token, the pages holding it, each as <c>page × 3 + field</c> (the best field it stands in
    /// on that page), ascending; tokens in ordinal order, so the same data writes the same bytes.
    /// </summary>
    public SortedDictionary<string, List<int>> Postings()
    {
        // Each page's tokens are found on its own thread (they were 176 ms on one thread at the end of a 100-meeting
        // build), then merged in page order: the lists come out the same whatever thread found what.
        var tokensOfPages = new Dictionary<string, SearchField>[Pages.Count];
        Parallel.For(0, Pages.Count,
            () => new WordForms(),
            (page, _, wordForms) =>
            {
                tokensOfPages[page] = BestFields(Pages[page], wordForms);
                return wordForms;
            },
            _ => { });
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var page = 0; page < Pages.Count; page++)
        {
            foreach (var (token, field) in tokensOfPages[page])
            {
                if (!postings.TryGetValue(token, out var list))
                {
                    postings[token] = list = [];
                }
                list.Add(page * 3 + (int)field);
            }
        }
        return postings;
    }

    /// <summary>Every token of a page (<see cref="SearchText.Tokens"/> of each entry) with the best field it stands in.</summary>
    private static Dictionary<string, SearchField> BestFields(SearchPage page, WordForms wordForms)
    {
        var best = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        foreach (var entry in page.Parts.SelectMany(p => p.Entries))
        {
            foreach (var word in SearchText.WordMatches(entry.Text))
            {
                foreach (var token in wordForms.Of(entry.Text.AsSpan(word.Index, word.Length)))
                {
                    if (token.Length > 0 && (!best.TryGetValue(token, out var field) || entry.Field < field))
                    {
                        best[token] = entry.Field;
                    }
                }
            }
        }
        return best;
    }

    /// <summary>The index as JSON (UTF-8): <c>{"version","pages":[…],"words":{token:[…]}}</c>.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("pages");
            foreach (var page in Pages)
            {
                WritePage(json, page);
            }
            json.WriteEndArray();
            json.WriteStartObject("words");
            foreach (var (token, pages) in Postings())
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
        return buffer.ToArray();
    }

    /// <summary>output/search-index.js: one statement setting <see cref="GlobalName"/> to the JSON.</summary>
    public string ToScript() => Encoding.UTF8.GetString(ToScriptBytes());

    /// <summary><see cref="ToScript"/> as the file's UTF-8 bytes, made from the JSON's without a string of it in between.</summary>
    public byte[] ToScriptBytes()
    {
        var json = ToJson();
        // The encoder escapes them already; a JSON text may hold them raw, an older script parser may not.
        if (json.AsSpan().IndexOf("\u2028"u8) >= 0 || json.AsSpan().IndexOf("\u2029"u8) >= 0)
        {
            json = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json)
                .Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal));
        }
        var head = Encoding.UTF8.GetBytes("// The site's search index, written by ReportGen from the data (templates/search.js reads it).\n" +
            $"window.{GlobalName} = ");
        return [.. head, .. json, .. ";\n"u8];
    }

    private static void WritePage(Utf8JsonWriter json, SearchPage page)
    {
        json.WriteStartObject();
        json.WriteString("url", page.Url);
        json.WriteString("title", page.Title);
        json.WriteString("when", page.When);
        json.WriteNumber("year", page.Year);
        json.WriteString("date", page.Date);
        json.WriteStartArray("units");
        foreach (var unit in page.Units)
        {
            json.WriteStringValue(unit);
        }
        json.WriteEndArray();
        json.WriteString("kind", page.Kind);
        json.WriteString("kindName", page.KindName);
        // Each part as [anchor, [field, text], …]: compact, and read by position in search.js.
        json.WriteStartArray("parts");
        foreach (var part in page.Parts.Where(p => p.Entries.Count > 0))
        {
            json.WriteStartArray();
            json.WriteStringValue(part.Anchor);
            foreach (var entry in part.Entries)
            {
                json.WriteStartArray();
                json.WriteNumberValue((int)entry.Field);
                json.WriteStringValue(entry.Text);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
