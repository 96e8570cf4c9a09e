using System.Text.Json;

namespace ReportGen.Templating.Search;

/// <summary>
/// A page of the search index with the index's work on it done: its tokens, each with the best field it stands in, and
/// its entry of the index's <c>pages</c> as JSON. Made by the thread that made the page (<see cref="Of"/>; in a build,
/// the meeting's worker, as its web page is made), so that the search index itself, made once every meeting is done
/// with one core idle, only merges the tokens and copies the bytes: on one thread after the meetings, finding the
/// tokens and writing the pages were most of the 0,1–0,2 s the index took (docs/benchmarks.md, branch site-end).
/// </summary>
public sealed class IndexedSearchPage
{
    private IndexedSearchPage(SearchPage page, string[] tokens, SearchField[] fields, byte[] json)
    {
        Page = page;
        Tokens = tokens;
        Fields = fields;
        Json = json;
    }

    public SearchPage Page { get; }

    /// <summary>Every token of the page (<see cref="SearchText.Tokens"/> of each entry), once each, in no particular order.</summary>
    internal string[] Tokens { get; }

    /// <summary>The best field each of <see cref="Tokens"/> stands in on the page (a title beats a heading, a heading a text).</summary>
    internal SearchField[] Fields { get; }

    /// <summary>The page's object in the index's <c>pages</c> array, as <see cref="SearchIndex"/> writes it (UTF-8).</summary>
    internal byte[] Json { get; }

    /// <summary>The page's tokens found and its JSON written; safe on any thread (words are folded once per process, <see cref="WordForms"/>).</summary>
    public static IndexedSearchPage Of(SearchPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var best = BestFields(page);
        var tokens = new string[best.Count];
        var fields = new SearchField[best.Count];
        var i = 0;
        foreach (var (token, field) in best)
        {
            tokens[i] = token;
            fields[i++] = field;
        }
        return new IndexedSearchPage(page, tokens, fields, PageJson(page));
    }

    private static Dictionary<string, SearchField> BestFields(SearchPage page)
    {
        var best = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        var forms = WordForms.Shared;
        foreach (var part in page.Parts)
        {
            foreach (var entry in part.Entries)
            {
                foreach (var word in SearchText.WordSpansOf(entry.Text))
                {
                    foreach (var token in forms.Of(entry.Text.AsSpan(word.Index, word.Length)))
                    {
                        if (token.Length > 0 && (!best.TryGetValue(token, out var field) || entry.Field < field))
                        {
                            best[token] = entry.Field;
                        }
                    }
                }
            }
        }
        return best;
    }

    /// <summary>The page as an element of the index's <c>pages</c>: the same writer options, so the same bytes as when written in place.</summary>
    private static byte[] PageJson(SearchPage page)
    {
        // Room for the page's text as UTF-8 (Vietnamese letters take two or three bytes) and the structure around it.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024 + 2 * page.Parts.Sum(p => p.Entries.Sum(e => e.Text.Length + 8)));
        using (var json = new Utf8JsonWriter(buffer, SearchIndex.WriterOptions))
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
        return buffer.WrittenSpan.ToArray();
    }
}
