using System.Globalization;
using System.Text;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
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
        var period = ReportPeriods.Resolve(meeting);
        // The conference details (the meeting: key) sit on the meeting itself: meeting.title, meeting.date; read
        // straight from the data into the meeting's view (a view of their own was made, copied, then thrown away).
        var ownMembers = MembersOf(typeof(Meeting));
        var infoMembers = MembersOf(typeof(MeetingInfo));
        var view = new ModelObject(meeting, ownMembers.Length + infoMembers.Length + ComputedMeetingMembers);
        AddMembers(view, meeting, ownMembers, except: MeetingInfoKey);
        AddMembers(view, info, infoMembers);
        var results = (ModelObject)view["results"]!;
        results.IsReadOnly = false;
        results.Set("targets", IndicatorComparisons.Tally(meeting.Results) is { } tally ? View(tally).Seal() : null);
        // Every field's indicators, in order: the views each field's view already holds, not a second view of each.
        results.Set("indicators", Concatenated(((ScriptArray)results["fields"]!).Select(f => (ScriptArray)((ModelObject)f!)["indicators"]!)));
        results.Set("table", IndicatorTable.Build(meeting, withField: false).ToScript());
        results.Set("appendix_table", IndicatorTable.Build(meeting, withField: true).ToScript());
        results.Seal();
        var emulation = (ModelObject)view["emulation"]!;
        emulation.IsReadOnly = false;
        // Highest first, as they are announced (AwardHierarchy: level, then form; ties keep the data's order).
        emulation.Set("awards_by_level", InOrderOf((ScriptArray)emulation["awards"]!, AwardHierarchy.Order(meeting.Emulation.Awards)));
        emulation.Seal();
        return view
            .Set("title", MeetingNames.Title(meeting))
            .Set("kind", Spell(info.Kind))
            .Set("noun", MeetingNames.Noun(meeting))
            .Set("event_name", MeetingNames.EventName(meeting))
            .Set("page_title", MeetingNames.PageTitle(meeting))
            .Set("hosts", MeetingNames.Hosts(meeting))
            .Set("governs_unit", MeetingNames.HeldByGoverningBody(meeting))
            .Set("headline", MeetingNames.Headline(meeting))
            .Set("cover_label", MeetingNames.CoverLabel(meeting))
            .Set("period", PeriodView(meeting, period))
            .Set("year", period.Year)
            .Set("next_year", meeting.Tasks.Year > 0 ? meeting.Tasks.Year : period.Year + 1)
            .Set("date_iso", Iso(info.Date))
            .Set("held_year", info.Date.Year)
            .Set("has_award_decision", meeting.Documents.Any(d => d.Kind == DocumentKind.AwardDecision))
            .Set("agenda_title", DocumentConventions.AgendaTitle(meeting))
            .Set("report_summary", ReportSummary(meeting, period))
            .Set("report_citation", ReportCitation(meeting))
            .Seal();
    }

    /// <summary>The data key of the conference details (<see cref="Core.Model.Meeting.Info"/>), which the view spreads on the meeting.</summary>
    private const string MeetingInfoKey = "meeting";

    /// <summary>How many members <see cref="Meeting(Core.Model.Meeting)"/> computes (title, kind … report_citation): room in its table.</summary>
    private const int ComputedMeetingMembers = 18;

    private static ModelObject PeriodView(Meeting meeting, ResolvedPeriod period) => new ModelObject(period)
        .Set("span", Spell(period.Span))
        .Set("year", period.Year)
        .Set("number", period.Number)
        .Set("phrase", ReportPeriods.Phrase(period))
        .Set("next_phrase", ReportPeriods.NextPhrase(period, meeting.Tasks.Year))
        .Set("summing_up", ReportPeriods.SummingUp(period))
        .Set("during", ReportPeriods.During(period))
        .Seal();

    /// <summary>
    /// How the appendix cites the report it belongs to: "Báo cáo số 18/BC-UBND ngày 20/01/2021 của UBND huyện
    /// Xuân Trường" when the booklet's report has a number, else "Báo cáo tổng kết công tác năm 2020 của Huyện ủy Ý
    /// Yên": always the one body whose header the report carries.
    /// </summary>
    private static string ReportCitation(Meeting meeting)
    {
        var period = ReportPeriods.Resolve(meeting);
        var report = meeting.Documents.FirstOrDefault(d => d.Kind == DocumentKind.Report);
        if (report is not null)
        {
            var issuer = DocumentConventions.IssuerOf(meeting, report);
            var by = IssuerNames.Group(meeting, [issuer], ", ");
            if (DocumentConventions.NumberLine(report, issuer) is { } line)
            {
                var number = line.StartsWith("Số: ", StringComparison.Ordinal) ? line[4..] : line[3..];
                var date = (report.Date ?? meeting.Info.Date).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                return $"Báo cáo số {number} ngày {date} của {by}";
            }
            return MeetingNames.Join(" ", "Báo cáo", ReportSubject(meeting, period), "của " + by);
        }
        // The classic booklet sets its report under the first issuer's header: the appendix names that body alone.
        return MeetingNames.Join(" ", "Báo cáo", ReportSubject(meeting, period), "của " + IssuerNames.Group(meeting, [meeting.Issuers[0]], ", "));
    }

    /// <summary>
    /// The report's summary line (trích yếu) when the data gives none: "Tổng kết công tác năm 2020, phương hướng,
    /// nhiệm vụ năm 2021", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2020, phương hướng, nhiệm vụ 6 tháng cuối
    /// năm 2020"; for a meeting with no period, its name.
    /// </summary>
    private static string ReportSummary(Meeting meeting, ResolvedPeriod period)
    {
        var subject = ReportSubject(meeting, period);
        if (subject.Length == 0)
        {
            return MeetingNames.EventName(meeting);
        }
        var next = ReportPeriods.NextPhrase(period, meeting.Tasks.Year);
        return MeetingNames.Capitalize(MeetingNames.Join(", ", subject, next.Length > 0 ? $"phương hướng, nhiệm vụ {next}" : ""));
    }

    /// <summary>"tổng kết công tác năm 2020", "kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2020".</summary>
    internal static string ReportSubject(Meeting meeting, ResolvedPeriod period) => period.Span switch
    {
        PeriodSpan.None => "",
        PeriodSpan.Year or PeriodSpan.Term => $"tổng kết công tác {ReportPeriods.Phrase(period)}",
        _ => $"kết quả thực hiện nhiệm vụ {ReportPeriods.Phrase(period)}",
    };

    /// <summary>A roundup; its meetings are passed to the template separately, in the roundup's order.</summary>
    public static ModelObject Roundup(Roundup roundup)
    {
        ArgumentNullException.ThrowIfNull(roundup);
        return new ModelObject(roundup)
            .Set("id", roundup.Id)
            .Set("title", roundup.Title)
            .Set("date", roundup.Date)
            .Set("date_iso", Iso(roundup.Date))
            .Set("held_year", roundup.Date.Year)
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
    /// The index: <c>years</c> (newest first, each with <c>year</c>, its <c>meetings</c> by date
    /// and unit name, and the same in <c>units</c>, each with <c>name</c> and <c>meetings</c>), <c>meetings</c>
    /// (all, same order), <c>roundups</c> (newest first, each with its <c>meetings</c>), and for the filters
    /// <c>units</c> (full names) and <c>kinds</c> (<c>kind</c> as the data spells it, <c>name</c>: "Hội nghị", <c>noun</c>:
    /// "hội nghị", and the <c>count</c> of meetings of that kind); <c>held</c>, their nouns as a list ("hội nghị và kỳ
    /// họp"), and <c>searched</c>, the same with the roundups ("hội nghị và bài tổng hợp").
    /// </summary>
    public static ScriptObject Index(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // The same order as VietnameseCollation.Instance, each unit's name weighed once for all the sorts below.
        var unitKeys = data.Meetings.Select(m => m.Unit.FullName).Distinct()
            .ToDictionary(name => name, Formatting.VietnameseCollation.KeyOf, StringComparer.Ordinal);
        var ordered = data.Meetings
            .OrderByDescending(m => m.Info.Date)
            .ThenBy(m => unitKeys[m.Unit.FullName])
            .ToList();
        var byId = ordered.ToDictionary(m => m.Id, Meeting);

        var years = new ScriptArray();
        foreach (var group in ordered.GroupBy(m => m.Info.Date.Year).OrderByDescending(g => g.Key))
        {
            var year = new ScriptObject();
            year.SetValue("year", group.Key, readOnly: true);
            year.SetValue("meetings", new ScriptArray(group.Select(m => byId[m.Id])), readOnly: true);
            // Then by unit, in Vietnamese order: the units of a province side by side.
            var units = new ScriptArray();
            foreach (var unit in group.GroupBy(m => m.Unit.FullName).OrderBy(u => unitKeys[u.Key]))
            {
                var item = new ScriptObject();
                item.SetValue("name", unit.Key, readOnly: true);
                item.SetValue("meetings", new ScriptArray(unit.Select(m => byId[m.Id])), readOnly: true);
                units.Add(item);
            }
            year.SetValue("units", units, readOnly: true);
            years.Add(year);
        }

        var roundups = new ScriptArray();
        foreach (var roundup in data.Roundups.OrderByDescending(r => r.Date).ThenBy(r => Formatting.VietnameseCollation.KeyOf(r.Title)))
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
        // What the filters offer: every unit (full name, Vietnamese order) and every kind of meeting held.
        index.SetValue("units", new ScriptArray(ordered.Select(m => m.Unit.FullName).Distinct().OrderBy(name => unitKeys[name])), readOnly: true);
        var kinds = new ScriptArray();
        var nouns = new List<string>();
        foreach (var kind in ordered.GroupBy(m => m.Info.Kind).OrderBy(g => g.Key))
        {
            nouns.Add(MeetingNames.Noun(kind.First()));
            var item = new ScriptObject();
            item.SetValue("kind", Spell(kind.Key), readOnly: true);
            item.SetValue("name", MeetingNames.Capitalize(MeetingNames.Noun(kind.First())), readOnly: true);
            // For the count line, "3 hội nghị, 1 kỳ họp": a sitting or a ceremony is no "hội nghị".
            item.SetValue("noun", MeetingNames.Noun(kind.First()), readOnly: true);
            item.SetValue("count", kind.Count(), readOnly: true);
            kinds.Add(item);
        }
        index.SetValue("kinds", kinds, readOnly: true);
        // What the site holds, for its heading and its search box: "hội nghị", "hội nghị và kỳ họp", "hội nghị, kỳ họp
        // và lễ" (a site of sessions alone is no "Hội nghị tổng kết"), then with the roundups for what is searched.
        if (nouns.Count == 0)
        {
            nouns.Add("hội nghị");
        }
        index.SetValue("held", Series(nouns), readOnly: true);
        index.SetValue("searched", Series(data.Roundups.Count > 0 ? [.. nouns, "bài tổng hợp"] : nouns), readOnly: true);
        return index;
    }

    /// <summary>"a", "a và b", "a, b và c": a Vietnamese list of things.</summary>
    internal static string Series(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} và {items[^1]}",
    };

    /// <summary>The year of the period reported on: the data's, or the one the meeting's date gives (<see cref="ReportPeriods"/>).</summary>
    public static int ReportYear(Meeting meeting) => ReportPeriods.Resolve(meeting).Year;

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

    /// <summary>
    /// The views of <paramref name="views"/> read-only in the order of <paramref name="ordered"/>, the objects they show:
    /// the same views, not made again. Made again, every recipient of every award was viewed twice: 69 000 views for a
    /// list of 34 500 names, 14 MB alive until the text outputs were made (docs/benchmarks.md, "Issue 19, session 20").
    /// </summary>
    private static ScriptArray InOrderOf<T>(ScriptArray views, IReadOnlyList<T> ordered) where T : class
    {
        var viewOf = BySource(views);
        var array = new ScriptArray(ordered.Count);
        foreach (var item in ordered)
        {
            array.Add(viewOf[item]);
        }
        array.IsReadOnly = true;
        return array;
    }

    /// <summary>The views of an array of views (<see cref="ModelObject"/>s) by the object each shows (the first, for one shown twice).</summary>
    private static Dictionary<object, object> BySource(ScriptArray views)
    {
        var result = new Dictionary<object, object>(views.Count, ReferenceEqualityComparer.Instance);
        foreach (var item in views)
        {
            if (item is ModelObject view)
            {
                result.TryAdd(view.Source, view);
            }
        }
        return result;
    }

    /// <summary>The items of <paramref name="arrays"/> one after the other, in one read-only array.</summary>
    private static ScriptArray Concatenated(IEnumerable<ScriptArray> arrays)
    {
        var result = new ScriptArray();
        foreach (var array in arrays)
        {
            foreach (var item in array)
            {
                result.Add(item);
            }
        }
        result.IsReadOnly = true;
        return result;
    }

    private static string Spell<T>(T value) where T : struct, Enum => SnakeCase(value.ToString()).Replace('_', '-');

    private static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object> convert) => new(items.Select(convert));

    /// <summary>How many members <see cref="Augment"/> adds to a view of <paramref name="source"/>: kept beside it.</summary>
    private static int AugmentedMembers(object source) => source switch
    {
        OrganizationalUnit => 1,
        Award or Indicator => 2,
        _ => 0,
    };

    /// <summary>What a view computes beyond the data's own keys, by the kind of object.</summary>
    private static ModelObject Augment(ModelObject view) => view.Source switch
    {
        OrganizationalUnit unit => view.Set("full_name", unit.FullName),
        Award award => view
            .Set("recipient_names", new ScriptArray(award.Names.Select(r => r.Name)))
            .Set("recipient_units", RecipientUnits(award)),
        Indicator indicator => view
            .Set("percent_of_plan", IndicatorComparisons.PercentOfPlan(indicator))
            .Set("percent_of_previous", IndicatorComparisons.PercentOfPrevious(indicator)),
        _ => view,
    };

    private static ScriptObject RecipientUnits(Award award)
    {
        var units = new ScriptObject();
        foreach (var recipient in award.Names.Where(r => !units.ContainsKey(r.Name)))
        {
            units.SetValue(recipient.Name, recipient.Unit, readOnly: true);
        }
        units.IsReadOnly = true;
        return units;
    }
}
