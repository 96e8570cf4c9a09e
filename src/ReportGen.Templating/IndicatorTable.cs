using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Templating.Formatting;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// The indicator table as real appendices set it: STT | (Lĩnh vực) | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |
/// TH/KH (%) | So cùng kỳ (%) | stated comparison | Tỷ lệ | Đánh giá, leaving out every column no indicator fills,
/// with headers that say what each comparison is against. Cells are Markdown-safe text.
/// </summary>
public sealed record IndicatorTable(IReadOnlyList<string> Header, IReadOnlyList<string> Align, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static IndicatorTable Build(Meeting meeting, bool withField)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var items = meeting.Results.Fields.SelectMany(f => f.Indicators.Select(i => (Field: f, Indicator: i))).ToList();
        var all = items.Select(x => x.Indicator).ToList();
        var period = ReportPeriods.Resolve(meeting);
        var columns = new List<(string Header, string Align, Func<ResultField, Indicator, string> Cell)>
        {
            ("Chỉ tiêu", "---", (_, i) => MarkdownFunctions.Cell(i.Name)),
            ("ĐVT", "---", (_, i) => MarkdownFunctions.Cell(i.Unit)),
        };
        if (withField)
        {
            columns.Insert(0, ("Lĩnh vực", "---", (f, _) => MarkdownFunctions.Cell(f.Name)));
        }
        if (all.Any(i => i.Plan is not null))
        {
            columns.Add(("Kế hoạch", "--:", (_, i) => i.Plan is { } plan ? VietnameseFormat.Number(plan) : "-"));
        }
        var done = withField && period.Span != PeriodSpan.None ? $"Thực hiện {ReportPeriods.Phrase(period)}" : "Thực hiện";
        columns.Add((done, "--:", (_, i) => VietnameseFormat.Number(i.Value)));
        if (all.Any(i => IndicatorComparisons.PercentOfPlan(i) is not null))
        {
            columns.Add(("TH/KH (%)", "--:", (_, i) => Ratio(IndicatorComparisons.PercentOfPlan(i))));
        }
        if (all.Any(i => IndicatorComparisons.PercentOfPrevious(i) is not null))
        {
            columns.Add(("So cùng kỳ (%)", "--:", (_, i) => Ratio(IndicatorComparisons.PercentOfPrevious(i))));
        }
        // Stated comparisons the numbers above do not already show: under a header naming what they are against.
        var stated = all.Where(Unshown).Select(i => i.Change!).ToList();
        if (stated.Count > 0)
        {
            var against = stated.Select(c => c.Against.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var single = against.Count == 1 && against[0].Length > 0;
            columns.Add((single ? $"So với {against[0]}" : "Tăng, giảm", "---",
                (_, i) => !Unshown(i) ? "-" : single
                    ? VietnameseFormat.Change((double)i.Change!.Percent)
                    : MarkdownFunctions.Cell(ProseFunctions.Change(i.Change!))));
        }
        if (all.Any(i => i.Share is not null))
        {
            columns.Add(("Tỷ lệ", "---", (_, i) => i.Share is { } share
                ? MarkdownFunctions.Cell($"{VietnameseFormat.Percent((double)share.Percent)} {share.Of.Trim()}".Trim())
                : "-"));
        }
        if (all.Any(i => i.Achieved is not null))
        {
            columns.Add(("Đánh giá", "---", (_, i) => i.Achieved switch { true => "Đạt", false => "Không đạt", null => "-" }));
        }
        var header = new List<string> { "STT" };
        header.AddRange(columns.Select(c => MarkdownFunctions.Cell(c.Header)));
        var align = new List<string> { "--:" };
        align.AddRange(columns.Select(c => c.Align));
        var rows = items.Select((x, n) => (IReadOnlyList<string>)[(n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. columns.Select(c => c.Cell(x.Field, x.Indicator))]).ToList();
        return new IndicatorTable(header, align, rows);
    }

    /// <summary>The table for a template: <c>header</c> and <c>align</c> (arrays of cells), <c>rows</c> (arrays of arrays).</summary>
    public ScriptObject ToScript()
    {
        // Read-only throughout, like the meeting's view that holds it (the templates of its documents share one).
        static ScriptArray Cells(IEnumerable<object?> cells) => new(cells) { IsReadOnly = true };
        var script = new ScriptObject(3);
        script.SetValue("header", Cells(Header), true);
        script.SetValue("align", Cells(Align), true);
        script.SetValue("rows", Cells(Rows.Select(Cells)), true);
        script.IsReadOnly = true;
        return script;
    }

    /// <summary>A stated change the plan and previous columns do not already give.</summary>
    private static bool Unshown(Indicator indicator) => indicator.Change is { } change && IndicatorComparisons.BaseOf(change.Against) switch
    {
        ComparisonBase.Plan => indicator.Plan is null,
        ComparisonBase.Previous => indicator.Previous is null,
        _ => true,
    };

    private static string Ratio(decimal? percent) => percent is { } value ? VietnameseFormat.Number(Math.Round(value, 1, MidpointRounding.AwayFromZero), 1) : "-";
}
