using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Templating.Search;

namespace ReportGen.Templating.Tests;

/// <summary>
/// A build indexes each meeting's search page on the meeting's worker (<see cref="IndexedSearchPage"/>), in whatever order
/// the meetings finish, and the search index at the end only merges them: it must be the index made from the same pages at
/// the end — the same postings, the same bytes — for real meetings of many shapes (the seeds and the corpus).
/// </summary>
public sealed class IndexedSearchPageTests
{
    private static readonly Lazy<IReadOnlyList<SearchPage>> LazyPages = new(MakePages);

    /// <summary>The seeds' and the corpus's meeting pages, the seeds' roundup, and a page of awkward words and numbers.</summary>
    private static IReadOnlyList<SearchPage> MakePages()
    {
        var corpus = Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "ReportGen.EndToEnd.Tests", "Corpus"), "*.yaml")
            .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => (Meeting)DataLoader.LoadFile(f));
        var pages = Repo.Data.Meetings.Concat(corpus).Select(m => Repo.Renderer.SearchPageOf(m, Repo.Renderer.Documents(m))).ToList();
        var roundup = Repo.Data.Roundups[0];
        pages.Add(Repo.Renderer.SearchPageOf(roundup, ScriptModel.MeetingsOf(roundup, Repo.Data.Meetings),
            Repo.Renderer.RoundupArticle(roundup, Repo.Data.Meetings)));
        const string Awkward = "ĐẠI HỘI Đảng bộ, Ho\u0323\u0302i nghi\u0323 12.278,27 ha; 23.01.2021 · 1,5 · 12,278.27 · x\u00A0y </script>";
        pages.Add(new SearchPage("z/index.html", "Thi đua", Awkward, 2020, "2020-01-01", ["xã Z"], "session", "Kỳ họp",
            [new SearchPart("", [new SearchEntry(SearchField.Text, Awkward), new SearchEntry(SearchField.Title, "thi đua 12.278")]),
             new SearchPart("empty", []), new SearchPart("h", [new SearchEntry(SearchField.Heading, "HO\u0323\u0302I NGHI\u0323")])]));
        return pages;
    }

    /// <summary>Each page indexed on the pool's threads, the last first, then put back in the index's order.</summary>
    private static IReadOnlyList<IndexedSearchPage> IndexedOnManyThreads(IReadOnlyList<SearchPage> pages)
    {
        var indexed = new IndexedSearchPage[pages.Count];
        Parallel.ForEach(Enumerable.Range(0, pages.Count).Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => indexed[i] = IndexedSearchPage.Of(pages[i]));
        return indexed;
    }

    /// <summary>What the index must hold, read with the public rule (<see cref="SearchText.Tokens"/> of each entry), page by page.</summary>
    private static SortedDictionary<string, List<int>> ExpectedPostings(IReadOnlyList<SearchPage> pages)
    {
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            var best = new Dictionary<string, SearchField>(StringComparer.Ordinal);
            foreach (var entry in pages[page].Parts.SelectMany(p => p.Entries))
            {
                foreach (var token in SearchText.Tokens(entry.Text))
                {
                    best[token] = best.TryGetValue(token, out var field) && field < entry.Field ? field : entry.Field;
                }
            }
            foreach (var (token, field) in best)
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

    [Fact]
    public void Postings_OfPagesIndexedOnManyThreadsInAnyOrder_AreEachPagesTokensWithTheirBestField()
    {
        var pages = LazyPages.Value;
        Assert.True(pages.Count >= 12);

        var postings = new SearchIndex(IndexedOnManyThreads(pages)).Postings();

        var expected = ExpectedPostings(pages);
        Assert.Equal(expected.Keys, postings.Keys);
        Assert.All(expected, pair => Assert.Equal(pair.Value, postings[pair.Key]));
        // The awkward page: a title beats the text, decomposed marks and "Đ" fold, numbers under their forms.
        var awkward = (pages.Count - 1) * 3;
        Assert.Contains(awkward + (int)SearchField.Title, postings["12278"]);
        Assert.Contains(awkward + (int)SearchField.Text, postings["12278,27"]);
        Assert.Contains(awkward + (int)SearchField.Heading, postings["hoi"]);
        Assert.Contains(awkward + (int)SearchField.Text, postings["dai"]);
    }

    [Fact]
    public void Script_OfPagesIndexedWhereTheyWereMade_IsTheScriptOfThePagesIndexedAtTheEnd_WrittenInPlace()
    {
        var pages = LazyPages.Value;

        var fromParts = new SearchIndex(IndexedOnManyThreads(pages));
        var atTheEnd = new SearchIndex(pages);

        Assert.Equal(atTheEnd.ToScriptBytes(), fromParts.ToScriptBytes());
        // The pages' JSON, written apart and copied in, is what one writer writes in place.
        Assert.Equal(JsonWrittenInPlace(pages, ExpectedPostings(pages)), fromParts.ToJson());
        Assert.Equal(fromParts.ToJson(), atTheEnd.ToJson());
    }

    /// <summary>The index's JSON by the format search.js reads, every page written in place by one writer.</summary>
    private static byte[] JsonWrittenInPlace(IReadOnlyList<SearchPage> pages, SortedDictionary<string, List<int>> postings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SearchIndex.Version);
            json.WriteStartArray("pages");
            foreach (var page in pages)
            {
                json.WriteStartObject();
                json.WriteString("url", page.Url);
                json.WriteString("title", page.Title);
                json.WriteString("when", page.When);
                json.WriteNumber("year", page.Year);
                json.WriteString("date", page.Date);
                json.WriteStartArray("units");
                page.Units.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteString("kind", page.Kind);
                json.WriteString("kindName", page.KindName);
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
            json.WriteEndArray();
            json.WriteStartObject("words");
            foreach (var (token, list) in postings)
            {
                json.WriteStartArray(token);
                list.ForEach(json.WriteNumberValue);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
