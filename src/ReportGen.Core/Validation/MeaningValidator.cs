using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Localization;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Validation;

/// <summary>
/// Checks what a well-formed meeting says, once it is read: that the documents can name it and its period,
/// that every sentence can print its number, that stated comparisons and tallies agree with the numbers, and
/// that nothing is left to a silent default. Each problem is reported at the data's line and column.
/// </summary>
internal static class MeaningValidator
{
    private static readonly DateOnly DistrictsAbolished = new(2025, 7, 1);
    private static readonly string[] DistrictWords = ["huyện", "quận", "thị xã"];

    public static void Check(Meeting meeting, YamlNode root, string path, List<Diagnostic> diagnostics)
    {
        void Add(Severity severity, string code, string message, string at)
        {
            var node = Nearest(root, at);
            diagnostics.Add(new Diagnostic(severity, code, message, path, (int)node.Start.Line, (int)node.Start.Column));
        }

        var info = meeting.Info;
        CheckName(meeting, Add);
        CheckPeriod(meeting, Add);
        if (info.Delegates is null)
        {
            Add(Severity.Warning, DiagnosticCodes.NoDelegates, Messages.NoDelegates(), "meeting");
        }
        CheckIndicators(meeting, Add);
        CheckAfterReform(meeting, Add);
    }

    private static void CheckName(Meeting meeting, Action<Severity, string, string, string> add)
    {
        var info = meeting.Info;
        if (info.Kind == MeetingKind.Session && info.Session is not { Number: > 0 })
        {
            add(Severity.Error, DiagnosticCodes.TitleRequired, Messages.SessionWithoutNumber(), info.Session is null ? "meeting" : "meeting.session");
        }
        else if (MeetingNames.Title(meeting).Length == 0 && MeetingNames.Sitting(meeting).Length == 0)
        {
            add(Severity.Error, DiagnosticCodes.TitleRequired, Messages.TitleRequired(MeetingNames.Noun(meeting)), "meeting");
        }
    }

    private static void CheckPeriod(Meeting meeting, Action<Severity, string, string, string> add)
    {
        var period = meeting.Info.Period;
        if (period?.Span == PeriodSpan.Term && (period.From <= 0 || period.To <= period.From))
        {
            add(Severity.Error, DiagnosticCodes.BadPeriod, Messages.TermWithoutYears(), "meeting.period");
            return;
        }
        if (period is { Span: PeriodSpan.Quarter, Number: < 0 or > 4 } or { Span: PeriodSpan.Month, Number: < 0 or > 12 })
        {
            add(Severity.Error, DiagnosticCodes.BadPeriod, Messages.PeriodNumberOutOfRange(Spell(period.Span), period.Number), "meeting.period.number");
            return;
        }
        var resolved = ReportPeriods.Resolve(meeting);
        if (resolved.Inferred)
        {
            add(Severity.Warning, DiagnosticCodes.PeriodInferred,
                Messages.PeriodInferred(Spell(resolved.Span), resolved.Year, resolved.Number, meeting.Info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                meeting.Info.Period is null ? "meeting.date" : "meeting.period");
        }
    }

    private static void CheckIndicators(Meeting meeting, Action<Severity, string, string, string> add)
    {
        var marked = 0;
        var markedAchieved = 0;
        for (var f = 0; f < meeting.Results.Fields.Count; f++)
        {
            var indicators = meeting.Results.Fields[f].Indicators;
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                var at = $"results.fields[{f}].indicators[{i}]";
                if (indicator.Phrase is { } phrase && !phrase.Contains("{value}", StringComparison.Ordinal))
                {
                    add(Severity.Error, DiagnosticCodes.PhraseWithoutValue, Messages.PhraseWithoutValue(at), at + ".phrase");
                }
                if (indicator.Share is { Percent: < 0 or > 100 } share)
                {
                    add(Severity.Error, DiagnosticCodes.ShareOutOfRange, Messages.ShareOutOfRange(at, Number(share.Percent)), at + ".share.percent");
                }
                if (IndicatorComparisons.CheckStated(indicator) is { Agrees: false } check)
                {
                    var againstPlan = IndicatorComparisons.BaseOf(indicator.Change!.Against) == ComparisonBase.Plan;
                    var reference = againstPlan ? indicator.Plan ?? 0 : indicator.Previous ?? 0;
                    add(Severity.Warning, DiagnosticCodes.StatedChangeDisagrees,
                        Messages.StatedChangeDisagrees(at, Number(indicator.Change.Percent), Number(Math.Round(check.Computed, 2)),
                            Number(indicator.Value), Number(reference), againstPlan),
                        at + ".change.percent");
                }
                if (indicator.Achieved is { } achieved)
                {
                    marked++;
                    markedAchieved += achieved ? 1 : 0;
                }
            }
        }
        // A tally and a complete set of marks must agree; marks on only some targets are fine.
        if (meeting.Results.Targets is { } targets && marked > 0 && marked >= targets.Total
            && (marked != targets.Total || markedAchieved != targets.Achieved))
        {
            add(Severity.Warning, DiagnosticCodes.TargetsDisagree,
                Messages.TargetsDisagree(targets.Achieved, targets.Total, markedAchieved, marked), "results.targets");
        }
    }

    /// <summary>Since 1 July 2025 no unit above a commune is a district: its parent and its issuers' superiors neither.</summary>
    private static void CheckAfterReform(Meeting meeting, Action<Severity, string, string, string> add)
    {
        var date = meeting.Info.Date;
        if (date < DistrictsAbolished)
        {
            return;
        }
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (meeting.Unit.Parent is { } parent && IsDistrict(parent.Level))
        {
            add(Severity.Warning, DiagnosticCodes.DistrictAfterReform, Messages.DistrictNamedAfterReform("unit.parent.level", parent.Level, iso), "unit.parent.level");
        }
        for (var i = 0; i < meeting.Issuers.Count; i++)
        {
            var superior = meeting.Issuers[i].Superior;
            if (superior is not null && DistrictWords.Any(w => DocumentConventions.Normalise(superior).Contains(w + " ", StringComparison.Ordinal)))
            {
                add(Severity.Warning, DiagnosticCodes.DistrictAfterReform, Messages.DistrictNamedAfterReform($"issuers[{i}].superior", superior, iso), $"issuers[{i}].superior");
            }
        }
    }

    private static bool IsDistrict(string? level) =>
        DistrictWords.Contains(DocumentConventions.Normalise(level)) || DocumentConventions.Normalise(level) == "thành phố thuộc tỉnh";

    /// <summary>The node at <paramref name="at"/>, or the nearest mapping above it that exists.</summary>
    private static YamlNode Nearest(YamlNode root, string at)
    {
        for (var path = at; path.Length > 0;)
        {
            if (YamlPaths.Find(root, path) is { } node)
            {
                return node;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut > 0 ? path[..cut] : "";
        }
        return root;
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Spell(PeriodSpan span) => YamlDotNet.Serialization.NamingConventions.HyphenatedNamingConvention.Instance.Apply(span.ToString());
}
