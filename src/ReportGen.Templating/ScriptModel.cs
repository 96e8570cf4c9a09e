using System.Globalization;
using System.Text;
using ReportGen.Core.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Builds the data templates see from the model: <see cref="ModelObject"/>s and
/// <see cref="ScriptArray"/>s with snake_case members and plain values (text, numbers as
/// <see cref="decimal"/>/<see cref="int"/>, dates as <see cref="DateOnly"/> for <c>vi.date</c>,
/// enums as their data spelling such as "national"). No .NET service reaches a template.
/// </summary>
/// <remarks>
/// A meeting's conference details (the <c>meeting:</c> key of the data file) sit directly on the
/// meeting: <c>meeting.title</c>, <c>meeting.date</c>, <c>meeting.venue</c>, <c>meeting.agenda</c>.
/// Every member exists even when the data leaves it out (its value is then null or an empty list),
/// so <c>if meeting.venue</c> works while a misspelt member is an error.
/// </remarks>
public static partial class ScriptModel
{
    /// <summary>One meeting, with everything its article, report and page need.</summary>
    public static ModelObject Meeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var info = meeting.Info;
        var year = ReportYear(meeting);
        return new ModelObject(meeting)
            .Set("id", meeting.Id)
            .Set("unit", Unit(meeting.Unit))
            .Set("issuers", Array(meeting.Issuers, Issuer))
            .Set("title", info.Title)
            .Set("short_title", info.ShortTitle)
            .Set("year", year)
            .Set("next_year", meeting.Tasks.Year > 0 ? meeting.Tasks.Year : year + 1)
            .Set("date", info.Date)
            .Set("date_iso", Iso(info.Date))
            .Set("held_year", info.Date.Year)
            .Set("place", info.Place)
            .Set("venue", info.Venue)
            .Set("delegates", info.Delegates)
            .Set("agenda", Array(info.Agenda, Agenda))
            .Set("results", Results(meeting.Results))
            .Set("emulation", Emulation(meeting.Emulation))
            .Set("tasks", Tasks(meeting.Tasks))
            .Set("article", Article(meeting.Article))
            .Set("examples", new ScriptArray(meeting.Examples))
            .Set("has_award_decision", meeting.Documents.Any(d => d.Kind == DocumentKind.AwardDecision))
            .Seal();
    }

    /// <summary>A roundup; its meetings are passed to the template separately, in the roundup's order.</summary>
    public static ModelObject Roundup(Roundup roundup)
    {
        ArgumentNullException.ThrowIfNull(roundup);
        return new ModelObject(roundup)
            .Set("id", roundup.Id)
            .Set("title", roundup.Title)
            .Set("date", roundup.Date)
            .Set("date_iso", Iso(roundup.Date))
            .Set("byline", roundup.Byline)
            .Set("meeting_ids", new ScriptArray(roundup.Meetings))
            .Seal();
    }

    /// <summary>The meetings of a roundup in the roundup's order.</summary>
    /// <exception cref="ArgumentException">A meeting the roundup names is not in <paramref name="meetings"/>.</exception>
    public static IReadOnlyList<Meeting> MeetingsOf(Roundup roundup, IReadOnlyList<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(roundup);
        ArgumentNullException.ThrowIfNull(meetings);
        return roundup.Meetings
            .Select(id => meetings.FirstOrDefault(m => m.Id == id)
                ?? throw new ArgumentException($"The roundup '{roundup.Id}' names the meeting '{id}', which is not among the meetings given.", nameof(meetings)))
            .ToList();
    }

    /// <summary>
    /// The index: <c>years</c> (newest first, each with <c>year</c> and its <c>meetings</c> by date
    /// and unit name), <c>meetings</c> (all, same order) and <c>roundups</c> (newest first, each with
    /// its <c>meetings</c>).
    /// </summary>
    public static ScriptObject Index(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var collation = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
        var ordered = data.Meetings
            .OrderByDescending(m => m.Info.Date)
            .ThenBy(m => m.Unit.FullName, collation)
            .ToList();
        var byId = ordered.ToDictionary(m => m.Id, Meeting);

        var years = new ScriptArray();
        foreach (var group in ordered.GroupBy(m => m.Info.Date.Year).OrderByDescending(g => g.Key))
        {
            var year = new ScriptObject();
            year.SetValue("year", group.Key, readOnly: true);
            year.SetValue("meetings", new ScriptArray(group.Select(m => byId[m.Id])), readOnly: true);
            years.Add(year);
        }

        var roundups = new ScriptArray();
        foreach (var roundup in data.Roundups.OrderByDescending(r => r.Date).ThenBy(r => r.Title, collation))
        {
            var item = new ScriptObject();
            item.SetValue("roundup", Roundup(roundup), readOnly: true);
            item.SetValue("meetings", new ScriptArray(roundup.Meetings.Where(byId.ContainsKey).Select(id => byId[id])), readOnly: true);
            roundups.Add(item);
        }

        var index = new ScriptObject();
        index.SetValue("years", years, readOnly: true);
        index.SetValue("meetings", new ScriptArray(ordered.Select(m => byId[m.Id])), readOnly: true);
        index.SetValue("roundups", roundups, readOnly: true);
        return index;
    }

    /// <summary>The year being summed up: the data's, or the year before the meeting.</summary>
    public static int ReportYear(Meeting meeting) =>
        meeting.Info.Year > 0 ? meeting.Info.Year : meeting.Info.Date.Year - 1;

    /// <summary>"AwardLevel" → "award_level"; enum values become "national", "collective" ….</summary>
    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Spell<T>(T value) where T : struct, Enum => SnakeCase(value.ToString()).Replace('_', '-');

    private static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object> convert) => new(items.Select(convert));

    private static ModelObject Unit(OrganizationalUnit unit) => new ModelObject(unit)
        .Set("name", unit.Name)
        .Set("level", unit.Level)
        .Set("full_name", unit.FullName)
        .Set("abbreviation", unit.Abbreviation)
        .Set("parent", unit.Parent is null ? null : Unit(unit.Parent))
        .Seal();

    private static ModelObject Issuer(Issuer issuer) => new ModelObject(issuer)
        .Set("name", issuer.Name)
        .Set("short_name", issuer.ShortName)
        .Set("kind", Spell(issuer.Kind))
        .Set("superior", issuer.Superior)
        .Seal();

    private static ModelObject Agenda(AgendaItem item) => new ModelObject(item)
        .Set("time", item.Time)
        .Set("item", item.Item)
        .Set("by", item.By)
        .Seal();

    private static ModelObject Results(YearResults results) => new ModelObject(results)
        .Set("overview", results.Overview)
        .Set("targets", results.Targets is null ? null : Targets(results.Targets))
        .Set("fields", Array(results.Fields, Field))
        .Set("indicators", Array(results.Fields.SelectMany(f => f.Indicators), Indicator))
        .Set("shortcomings", results.Shortcomings)
        .Seal();

    private static ModelObject Targets(TargetTally targets) => new ModelObject(targets)
        .Set("achieved", targets.Achieved)
        .Set("total", targets.Total)
        .Set("verb", targets.Verb)
        .Set("label", targets.Label)
        .Seal();

    private static ModelObject Field(ResultField field) => new ModelObject(field)
        .Set("name", field.Name)
        .Set("summary", field.Summary)
        .Set("indicators", Array(field.Indicators, Indicator))
        .Set("text", field.Text)
        .Seal();

    private static ModelObject Indicator(Indicator indicator) => new ModelObject(indicator)
        .Set("name", indicator.Name)
        .Set("value", indicator.Value)
        .Set("unit", indicator.Unit)
        .Set("change", indicator.Change is null ? null : new ModelObject(indicator.Change)
            .Set("percent", indicator.Change.Percent)
            .Set("against", indicator.Change.Against)
            .Seal())
        .Set("phrase", indicator.Phrase)
        .Seal();

    private static ModelObject Emulation(Emulation emulation) => new ModelObject(emulation)
        .Set("summary", emulation.Summary)
        .Set("awards", Array(emulation.Awards, Award))
        // OrderBy is stable: awards of one level keep the data's order.
        .Set("awards_by_level", Array(emulation.Awards.OrderBy(a => a.Level), Award))
        .Seal();

    private static ModelObject Award(Award award)
    {
        var units = new ScriptObject();
        foreach (var recipient in award.Names.Where(r => !units.ContainsKey(r.Name)))
        {
            units.SetValue(recipient.Name, recipient.Unit, readOnly: true);
        }

        units.IsReadOnly = true;
        return new ModelObject(award)
            .Set("title", award.Title)
            .Set("giver", award.Giver)
            .Set("verb", award.Verb)
            .Set("quoted", award.Quoted)
            .Set("level", Spell(award.Level))
            .Set("recipients", new ScriptArray(award.Recipients.Select(Spell)))
            .Set("count", award.Count)
            .Set("names", Array(award.Names, r => new ModelObject(r)
                .Set("name", r.Name)
                .Set("kind", Spell(r.Kind))
                .Set("unit", r.Unit)
                .Seal()))
            .Set("recipient_names", new ScriptArray(award.Names.Select(r => r.Name)))
            .Set("recipient_units", units)
            .Seal();
    }

    private static ModelObject Tasks(NextYearTasks tasks) => new ModelObject(tasks)
        .Set("year", tasks.Year)
        .Set("direction", tasks.Direction)
        .Set("items", new ScriptArray(tasks.Items))
        .Seal();

    private static ModelObject Article(ArticleInfo article) => new ModelObject(article)
        .Set("byline", article.Byline)
        .Set("sources", new ScriptArray(article.Sources))
        .Seal();
}
