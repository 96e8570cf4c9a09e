using ReportGen.Core.Model;
using ReportGen.Templating.Formatting;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>What the templates of a booklet's documents see (award decision, delegate list, contribution).</summary>
public static partial class ScriptModel
{
    /// <summary>
    /// One document: <c>kind</c>, <c>title</c>, <c>summary</c>, <c>number_line</c> ("Số: 12/QĐ-UBND"),
    /// <c>number_text</c> ("12/QĐ-UBND"), <c>issuer</c>, <c>date</c>, <c>place</c>, <c>author</c>,
    /// <c>unit</c>, <c>bases</c>, <c>signer</c>.
    /// </summary>
    public static ModelObject Document(Meeting meeting, BookletDocument document)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(document);
        var issuer = DocumentConventions.IssuerOf(meeting, document);
        var numberLine = DocumentConventions.NumberLine(document, issuer);
        return new ModelObject(document)
            .Set("kind", Spell(document.Kind))
            .Set("title", DocumentConventions.Title(document, meeting))
            .Set("summary", document.Summary)
            .Set("number_line", numberLine)
            .Set("number_text", numberLine?.TrimStart('S', 'ố', ':', ' '))
            .Set("issuer", View(issuer).Seal())
            .Set("date", document.Date ?? meeting.Info.Date)
            .Set("place", document.Place ?? meeting.Info.Place)
            .Set("author", document.Author)
            .Set("unit", document.Unit)
            .Set("bases", new ScriptArray(document.Bases))
            .Set("signer", document.Signer is { } signer ? View(signer).Seal() : null)
            .Seal();
    }

    /// <summary>
    /// The awards an award decision covers, highest first (<see cref="AwardHierarchy"/>), each with
    /// <c>collectives</c> (in the data's order), <c>individuals</c> (by given name, the Vietnamese way) and
    /// <c>by_issuer</c>, whether the decision's issuer gives it (<see cref="Core.Wording.AwardGivers"/>).
    /// </summary>
    public static ScriptArray DecisionAwards(Meeting meeting, BookletDocument document) => DecisionAwards(meeting, document, null);

    /// <inheritdoc cref="DecisionAwards(Meeting, BookletDocument)"/>
    /// <param name="meetingView">
    /// The meeting's view (<see cref="Meeting(Meeting)"/>), whose views of the awards (and their recipients') are used as
    /// they are: made again, every recipient was viewed twice more for a decision naming all the awards, a view and a
    /// dictionary each, 8 % of a 1 000-page list's build (docs/benchmarks.md, "Issue 19, session 20"). Without it, or for
    /// an award it has no view of, a view of the award is made, and its recipients' views are still those of its names.
    /// </param>
    public static ScriptArray DecisionAwards(Meeting meeting, BookletDocument document, ModelObject? meetingView) =>
        DecisionAwards(meeting, document, meetingView, null);

    /// <inheritdoc cref="DecisionAwards(Meeting, BookletDocument, ModelObject?)"/>
    /// <param name="winners">
    /// Each award's views and winners as made for another document of the meeting, taken from and added to: they are the
    /// same for every document (only <c>by_issuer</c> is the document's), and sorting a long list by name is the dear part.
    /// </param>
    internal static ScriptArray DecisionAwards(Meeting meeting, BookletDocument document, ModelObject? meetingView, Dictionary<Award, AwardWinners>? winners)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(document);
        // By title, or by title and giver when two awards share a title (AwardReferences).
        var wanted = document.Awards.Select(DocumentConventions.Normalise).ToHashSet();
        var awards = meeting.Emulation.Awards.Where(a => AwardReferences.IsWanted(wanted, a.Title, a.Giver));
        var issuer = DocumentConventions.IssuerOf(meeting, document);
        var shared = meetingView?["emulation"] is ModelObject emulation && emulation["awards"] is ScriptArray views ? BySource(views) : null;
        return Array(AwardHierarchy.Order(awards), award =>
        {
            if (winners?.GetValueOrDefault(award) is not { } made)
            {
                made = WinnersOf(award, shared?.GetValueOrDefault(award) as ModelObject ?? View(award).Seal());
                winners?.Add(award, made);
            }
            return new ModelObject(award)
                .Set("award", made.Award)
                .Set("collectives", made.Collectives)
                .Set("individuals", made.Individuals)
                // Given by the decision's own body: the decision grants it ("Tặng …") rather than announces it.
                .Set("by_issuer", Core.Wording.AwardGivers.IsIssuer(meeting, issuer, award.Giver))
                .Seal();
        });
    }

    /// <summary>An award's view, its collectives (in the data's order) and its individuals (by given name), as a decision shows them.</summary>
    internal sealed record AwardWinners(ModelObject Award, ScriptArray Collectives, ScriptArray Individuals);

    /// <summary>The winners of <paramref name="award"/>, whose view is <paramref name="view"/>: its recipients' views are those of its names.</summary>
    private static AwardWinners WinnersOf(Award award, ModelObject view)
    {
        var names = view["names"] is ScriptArray viewed ? BySource(viewed) : null;
        object RecipientView(AwardRecipient r) => names?.GetValueOrDefault(r) ?? Recipient(r);
        var individuals = award.Names.Where(r => r.Kind == RecipientKind.Individual)
            .OrderBy(r => VietnameseNameComparer.KeyOf(r.Name));
        return new AwardWinners(view,
            Array(award.Names.Where(r => r.Kind == RecipientKind.Collective), RecipientView),
            Array(individuals, RecipientView));
    }

    /// <summary>A delegate list's delegates in protocol order: by rank, then by given name.</summary>
    /// <remarks>A list with <c>guests: true</c> starts with the meeting's guests, then its presiding leaders, in the data's order.</remarks>
    public static ScriptArray Delegates(BookletDocument document, Meeting? meeting = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var leaders = document.Guests && meeting is not null
            ? meeting.Info.Guests.Concat(meeting.Info.Presiding)
                .Where(p => !string.IsNullOrWhiteSpace(p.Name))
                .Select(p => new DelegateEntry { Rank = int.MinValue, Name = p.Name.Trim(), Position = p.Position })
                .ToList()
            : [];
        var ordered = leaders.Concat(document.Delegates
            .Where(d => !leaders.Any(l => DocumentConventions.Normalise(l.Name) == DocumentConventions.Normalise(d.Name)))
            .OrderBy(d => d.Rank)
            .ThenBy(d => VietnameseNameComparer.KeyOf(d.Name)));
        return Array(ordered, d => View(d).Seal());
    }

    private static ModelObject Recipient(AwardRecipient r) => View(r).Seal();
}
