using System.Globalization;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Templating.Documents;
using ReportGen.Templating.Formatting;
using ReportGen.Templating.Search;

namespace ReportGen.Templating;

/// <summary>The site's search index: the text of every meeting page and roundup, as the pages show it.</summary>
public sealed partial class TemplateRenderer
{
    /// <summary>
    /// output/search-index.js for every meeting and roundup of <paramref name="data"/>, in the index page's
    /// order (<see cref="SearchOrder"/>). A meeting's passages come from the same documents as its page and booklet,
    /// each part under the id of its section on the page.
    /// </summary>
    /// <param name="made">
    /// Pages already made from the documents of the meetings built now (<see cref="SearchPageOf(Meeting, IReadOnlyList{RenderedDocument})"/>),
    /// by id; the others' documents are rendered again here (about 15 ms a meeting).
    /// </param>
    public SearchIndex SearchIndex(DataSet data, IReadOnlyDictionary<string, IndexedSearchPage>? made = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        made ??= new Dictionary<string, IndexedSearchPage>(StringComparer.Ordinal);
        return Search.SearchIndex.Of(SearchSlots(data, made.Keys.ToHashSet(StringComparer.Ordinal)), made);
    }

    /// <summary>
    /// The search index's pages in its order (<see cref="SearchOrder"/>): a meeting of <paramref name="builtNow"/> as its id
    /// (its page comes indexed from its worker), any other meeting as its <paramref name="kept"/> page or else its page made
    /// from its documents rendered again (about 15 ms a meeting), each roundup from its article — the one in
    /// <paramref name="roundupArticles"/> (by id) when it was made already.
    /// </summary>
    public IReadOnlyList<SearchSlot> SearchSlots(DataSet data, IReadOnlySet<string> builtNow, Func<Meeting, SearchPage?>? kept = null,
        IReadOnlyDictionary<string, string>? roundupArticles = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(builtNow);
        var (meetings, roundups) = SearchOrder(data);
        var slots = new List<SearchSlot>(meetings.Count + roundups.Count);
        foreach (var meeting in meetings)
        {
            slots.Add(builtNow.Contains(meeting.Id)
                ? new SearchSlot(meeting.Id, null)
                : new SearchSlot(null, kept?.Invoke(meeting) ?? SearchPageOf(meeting, Documents(meeting))));
        }
        foreach (var roundup in roundups)
        {
            var ofRoundup = ScriptModel.MeetingsOf(roundup, data.Meetings);
            var article = roundupArticles is not null && roundupArticles.TryGetValue(roundup.Id, out var made) ? made : RoundupArticle(roundup, ofRoundup);
            slots.Add(new SearchSlot(null, SearchPageOf(roundup, ofRoundup, article)));
        }
        return slots;
    }

    /// <summary>
    /// The search index's pages in order: the meetings newest first, then by unit (Vietnamese order), then the roundups
    /// newest first, then by title. The index page lists them in the same order.
    /// </summary>
    public static (IReadOnlyList<Meeting> Meetings, IReadOnlyList<Roundup> Roundups) SearchOrder(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ([.. data.Meetings.OrderByDescending(m => m.Info.Date).ThenBy(m => VietnameseCollation.KeyOf(m.Unit.FullName))],
            [.. data.Roundups.OrderByDescending(r => r.Date).ThenBy(r => VietnameseCollation.KeyOf(r.Title))]);
    }

    /// <summary>A meeting's page for the search: its title and place, then each document under its section's id.</summary>
    public SearchPage SearchPageOf(Meeting meeting, IReadOnlyList<RenderedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(documents);
        var title = Spelled($"{ProseFunctions.CapitalizeFirst(meeting.Unit.FullName)}: {ProseFunctions.LowerFirst(MeetingNames.EventName(meeting))}");
        var when = Spelled($"{meeting.Info.Place}, {VietnameseFormat.AdministrativeDate(meeting.Info.Date)}");
        var top = new List<SearchEntry> { new(SearchField.Title, title) };
        var about = string.Join(" · ", new[] { when, meeting.Info.Venue, MeetingNames.Hosts(meeting) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        top.Add(new SearchEntry(SearchField.Text, Spelled(about)));
        var parts = new List<SearchPart> { new("", top) };
        // A hit links to the heading above it, by the page's own ids (HeadingAnchors, the same rule and order).
        var ids = HeadingAnchors.Reserved(documents.Select(d => d.Id));
        foreach (var document in documents)
        {
            var entries = new List<SearchEntry>();
            if (document.Heading?.NumberLine is { Length: > 0 } number)
            {
                entries.Add(new SearchEntry(SearchField.Text, number));
            }
            if (document.AuthorHeading is { } author)
            {
                AddText(entries, string.Join(" · ", new[] { author.Unit, author.Author }.Where(s => !string.IsNullOrWhiteSpace(s))));
            }
            // The document's shared trees: the booklet and the Word file read the same ones.
            entries.AddRange(MarkdownText.Entries(document.MarkdownTree()));
            if (document.Signer is { } signer)
            {
                AddText(entries, $"{signer.Position} {signer.Name}");
            }
            if (!string.IsNullOrWhiteSpace(document.Annex))
            {
                entries.AddRange(MarkdownText.Entries(document.AnnexTree()));
            }
            if (!string.IsNullOrWhiteSpace(document.Appendix))
            {
                entries.AddRange(MarkdownText.Entries(document.AppendixTree()));
            }
            var anchor = document.Id;
            var run = new List<SearchEntry>();
            foreach (var entry in entries)
            {
                if (entry.Field == SearchField.Heading)
                {
                    if (run.Count > 0)
                    {
                        parts.Add(new SearchPart(anchor, [.. run]));
                        run.Clear();
                    }
                    anchor = HeadingAnchors.IdFor(document.Id, entry.Text, ids);
                }
                run.Add(entry with { Text = Spelled(entry.Text) });
            }
            if (run.Count > 0 || anchor == document.Id)
            {
                parts.Add(new SearchPart(anchor, [.. run]));
            }
        }
        var kind = ScriptModel.SnakeCase(meeting.Info.Kind.ToString()).Replace('_', '-');
        return new SearchPage($"{meeting.Id}/index.html", title, when, meeting.Info.Date.Year, Iso(meeting.Info.Date),
            [meeting.Unit.FullName], kind, ProseFunctions.CapitalizeFirst(MeetingNames.Noun(meeting)), parts);
    }

    /// <summary>A roundup's page for the search (its title, date and byline, then its article's passages), from its article as rendered (<see cref="RoundupArticle"/>).</summary>
    /// <param name="meetings">The roundup's meetings, in its order (<see cref="ScriptModel.MeetingsOf"/>).</param>
    public SearchPage SearchPageOf(Roundup roundup, IReadOnlyList<Meeting> meetings, string article)
    {
        ArgumentNullException.ThrowIfNull(roundup);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(article);
        var when = VietnameseFormat.AdministrativeDate(roundup.Date);
        var units = meetings.Select(m => m.Unit.FullName).Distinct(StringComparer.Ordinal).ToList();
        var top = new List<SearchEntry> { new(SearchField.Title, Spelled(roundup.Title)) };
        AddText(top, Spelled(string.Join(" · ", new[] { when, roundup.Byline }.Where(s => !string.IsNullOrWhiteSpace(s)))));
        var body = MarkdownText.Entries(article).Select(e => e with { Text = Spelled(e.Text) }).ToList();
        return new SearchPage($"{roundup.Id}/index.html", Spelled(roundup.Title), when, roundup.Date.Year, Iso(roundup.Date),
            units, "roundup", "Bài tổng hợp", [new SearchPart("", top), new SearchPart("", body)]);
    }

    private static void AddText(List<SearchEntry> entries, string text)
    {
        var collapsed = Search.MarkdownText.Collapse(text);
        if (collapsed.Length > 0)
        {
            entries.Add(new SearchEntry(SearchField.Text, collapsed));
        }
    }

    /// <summary>Text from the model, in the spelling the pages are written in (the theme's tone marks).</summary>
    private string Spelled(string text) => Spelling.PlaceToneMarks(text);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
