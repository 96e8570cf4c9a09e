using System.Globalization;
using System.Text;
using ReportGen.Core.Model;
using ReportGen.Templating.Formatting;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// The sentences the press article and the report share, registered for templates as <c>prose</c>.
/// Each function takes the template's view of a model object (<c>prose.issuers meeting</c>,
/// <c>prose.field_sentence field</c>) and is also callable from C# with the model itself.
/// </summary>
/// <remarks>
/// Template functions: <c>issuers meeting [separator]</c>, <c>results_lead meeting</c>,
/// <c>targets results</c>, <c>field_sentence field</c>, <c>indicator_phrase indicator</c>,
/// <c>change change</c>, <c>award_phrase award</c>, <c>awards_sentence meeting</c>,
/// <c>award_form award</c>, <c>level_label award_or_level</c>, <c>recipients_label award</c>,
/// <c>capitalize text</c>, <c>lower_first text</c>, <c>sentence text</c>,
/// <c>paragraph parts</c>, <c>close_article text</c>, <c>roman number</c>,
/// <c>examples_note meeting</c>.
/// Nothing here assumes the unit is a district: the level word ("huyện", "xã", "tỉnh" …) is data.
/// </remarks>
public sealed class ProseFunctions : ScriptObject
{
    private static readonly TextInfo Text = CultureInfo.GetCultureInfo("vi-VN").TextInfo;

    /// <summary>Creates the function object; read-only, so templates cannot replace a function.</summary>
    public ProseFunctions()
        // The public static methods take model types; only the wrappers below are for templates.
        : base(32, autoImportStaticsFromThisType: false)
    {
        this.Import("issuers", new Func<object?, string?, string>(Issuers));
        this.Import("results_lead", new Func<object?, string>(meeting => ResultsLead(Unwrap<Meeting>(meeting, "prose.results_lead"))));
        this.Import("targets", new Func<object?, string>(Targets));
        this.Import("field_sentence", new Func<object?, string>(field => FieldSentence(Unwrap<ResultField>(field, "prose.field_sentence"))));
        this.Import("indicator_phrase", new Func<object?, string>(indicator => IndicatorPhrase(Unwrap<Indicator>(indicator, "prose.indicator_phrase"))));
        this.Import("change", new Func<object?, string>(change => change is null ? "" : Change(Unwrap<IndicatorChange>(change, "prose.change"))));
        this.Import("award_phrase", new Func<object?, string>(award => AwardPhrase(Unwrap<Award>(award, "prose.award_phrase"))));
        this.Import("awards_sentence", new Func<object?, string>(meeting => AwardsSentence(Unwrap<Meeting>(meeting, "prose.awards_sentence"))));
        this.Import("award_form", new Func<object?, string>(award => AwardForm(Unwrap<Award>(award, "prose.award_form"))));
        this.Import("level_label", new Func<object?, string>(LevelLabel));
        this.Import("recipients_label", new Func<object?, string>(award => RecipientsLabel(Unwrap<Award>(award, "prose.recipients_label").Recipients)));
        this.Import("capitalize", new Func<string?, string>(CapitalizeFirst));
        this.Import("lower_first", new Func<string?, string>(LowerFirst));
        this.Import("sentence", new Func<string?, string>(Sentence));
        this.Import("paragraph", new Func<object?, string>(Paragraph));
        this.Import("close_article", new Func<string?, string>(CloseArticle));
        this.Import("roman", new Func<int, string>(Roman));
        this.Import("examples_note", new Func<object?, string>(meeting => ExamplesNote(Unwrap<Meeting>(meeting, "prose.examples_note"))));
        IsReadOnly = true;
    }

    /// <summary>
    /// The bodies holding the meeting and the unit, as a sentence names them:
    /// "Huyện ủy, HĐND, UBND huyện Ý Yên". With " - " and upper-cased it is the booklet cover's line.
    /// </summary>
    public static string Issuers(Meeting meeting, string separator = ", ")
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var names = meeting.Issuers
            .Select(i => string.IsNullOrWhiteSpace(i.ShortName) ? i.Name.Trim() : i.ShortName.Trim())
            .Where(n => n.Length > 0);
        return Join(" ", string.Join(separator, names), meeting.Unit.FullName.Trim());
    }

    /// <summary>
    /// The opening sentence of the results: "Năm 2020, &lt;overview&gt;, hoàn thành 18/21 chỉ tiêu chủ
    /// yếu của năm 2020." Empty when the data has neither an overview nor a tally.
    /// </summary>
    public static string ResultsLead(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var overview = LowerFirst(TrimEndPunctuation(meeting.Results.Overview));
        var targets = Targets(meeting.Results.Targets);
        var clauses = new[] { overview, targets }.Where(c => c.Length > 0).ToList();
        if (clauses.Count == 0)
        {
            return "";
        }

        var year = ScriptModel.ReportYear(meeting).ToString(CultureInfo.InvariantCulture);
        return $"Năm {year}, {string.Join(", ", clauses)}.";
    }

    /// <summary>"hoàn thành 18/21 chỉ tiêu chủ yếu của năm 2020"; empty without a tally.</summary>
    public static string Targets(TargetTally? targets)
    {
        if (targets is null)
        {
            return "";
        }

        var tally = $"{targets.Achieved.ToString(CultureInfo.InvariantCulture)}/{targets.Total.ToString(CultureInfo.InvariantCulture)}";
        return Join(" ", targets.Verb.Trim(), tally, targets.Label.Trim());
    }

    /// <summary><see cref="Targets(TargetTally?)"/> of the year's results.</summary>
    public static string Targets(YearResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Targets(results.Targets);
    }

    /// <summary>
    /// One paragraph for a result field: the summary, the indicators, then the narrative.
    /// "Trong đó, sản xuất nông nghiệp được quan tâm chỉ đạo; tổng diện tích gieo trồng đạt
    /// 12.278,27 ha; năng suất lúa cả năm đạt 124,46 tạ/ha; giá trị thu được trên mỗi ha canh tác
    /// đạt 103 triệu đồng."
    /// </summary>
    /// <remarks>
    /// Indicator phrases follow the summary after "; " with a lower-case first letter (acronyms such
    /// as UBND keep theirs). A phrase the data writes in lower case ("với tổng giá trị … đạt {value}")
    /// continues the clause before it after a space. A summary that the data closes with a full stop
    /// stays a sentence of its own, and the first phrase then starts the next sentence.
    /// </remarks>
    public static string FieldSentence(ResultField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var summary = field.Summary?.Trim() ?? "";
        var builder = new StringBuilder();
        if (field.Indicators.Count > 0)
        {
            var closed = EndsSentence(summary);
            builder.Append(closed ? summary : TrimEndPunctuation(summary));
            for (var i = 0; i < field.Indicators.Count; i++)
            {
                var indicator = field.Indicators[i];
                var phrase = IndicatorPhrase(indicator);
                if (builder.Length == 0)
                {
                    builder.Append(CapitalizeFirst(phrase));
                }
                else if (i == 0 && closed)
                {
                    builder.Append(' ').Append(CapitalizeFirst(phrase));
                }
                else
                {
                    builder.Append(ContinuesClause(indicator) ? " " : "; ").Append(LowerFirst(phrase));
                }
            }

            builder.Append('.');
        }
        else
        {
            builder.Append(Sentence(summary));
        }

        return Join(" ", builder.ToString(), Sentence(field.Text));
    }

    /// <summary>
    /// One indicator as a clause: the data's phrase with {value} replaced ("6 thôn, xóm được …"), or
    /// "tổng diện tích gieo trồng đạt 12.278,27 ha"; then the change, ", tăng 13% so với năm 2019".
    /// </summary>
    public static string IndicatorPhrase(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var value = VietnameseFormat.Quantity((double)indicator.Value, indicator.Unit);
        var phrase = string.IsNullOrWhiteSpace(indicator.Phrase)
            ? $"{LowerFirst(indicator.Name.Trim())} đạt {value}"
            : indicator.Phrase.Trim().Replace("{value}", value, StringComparison.Ordinal);
        phrase = TrimEndPunctuation(phrase);
        return indicator.Change is null ? phrase : $"{phrase}, {Change(indicator.Change)}";
    }

    /// <summary>"tăng 13% so với năm 2019", "giảm 2,5% so với kế hoạch", "bằng cùng kỳ năm trước".</summary>
    public static string Change(IndicatorChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var direction = VietnameseFormat.Change((double)change.Percent);
        var against = change.Against.Trim();
        if (against.Length == 0)
        {
            return direction;
        }

        return direction == "bằng" ? $"bằng {against}" : $"{direction} so với {against}";
    }

    /// <summary>
    /// "4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen", "29 tập thể được tặng danh hiệu
    /// “Tập thể lao động xuất sắc”".
    /// </summary>
    public static string AwardPhrase(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var who = award.Recipients.Count > 0 ? RecipientsLabel(award.Recipients) : "trường hợp";
        return Join(" ", VietnameseFormat.Number(award.Count), who, "được", award.Giver?.Trim(), award.Verb.Trim(), AwardTitle(award));
    }

    /// <summary>
    /// "Trong năm huyện có 4 tập thể, cá nhân được …; 7 tập thể được …." (the unit's level from the
    /// data); empty when there are no awards.
    /// </summary>
    public static string AwardsSentence(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Emulation.Awards.Count == 0)
        {
            return "";
        }

        var level = string.IsNullOrWhiteSpace(meeting.Unit.Level) ? "đơn vị" : meeting.Unit.Level.Trim();
        return $"Trong năm {level} có {string.Join("; ", meeting.Emulation.Awards.Select(AwardPhrase))}.";
    }

    /// <summary>
    /// The award as the first column of the awards table: "Bằng khen của Thủ tướng Chính phủ",
    /// "“Tập thể lao động xuất sắc”", "Khen thưởng điển hình tiên tiến giai đoạn 2015-2020 của UBND tỉnh".
    /// </summary>
    public static string AwardForm(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var verb = award.Verb.Trim();
        // "tặng", "tặng danh hiệu": the title is the award; another verb ("khen thưởng") is part of it.
        var form = verb.StartsWith("tặng", StringComparison.Ordinal) ? AwardTitle(award) : Join(" ", verb, AwardTitle(award));
        form = CapitalizeFirst(form);
        return string.IsNullOrWhiteSpace(award.Giver) ? form : $"{form} của {award.Giver.Trim()}";
    }

    /// <summary>Who gives awards of a level: national "Trung ương", province "Tỉnh", district "Huyện", commune "Xã".</summary>
    public static string LevelLabel(AwardLevel level) => level switch
    {
        AwardLevel.National => "Trung ương",
        AwardLevel.Province => "Tỉnh",
        AwardLevel.District => "Huyện",
        AwardLevel.Commune => "Xã",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown award level."),
    };

    /// <summary>"tập thể", "cá nhân" or "tập thể, cá nhân", in the data's order.</summary>
    public static string RecipientsLabel(IEnumerable<RecipientKind> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return string.Join(", ", recipients.Distinct().Select(kind => kind switch
        {
            RecipientKind.Collective => "tập thể",
            RecipientKind.Individual => "cá nhân",
            _ => throw new ArgumentOutOfRangeException(nameof(recipients), kind, "Unknown recipient kind."),
        }));
    }

    /// <summary>Upper-cases the first letter: "trong đó, …" → "Trong đó, …" (leading quotes and digits are skipped).</summary>
    public static string CapitalizeFirst(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var i = FirstLetter(text);
        return i < 0 ? text : string.Concat(text.AsSpan(0, i), Text.ToUpper(text[i]).ToString(), text.AsSpan(i + 1));
    }

    /// <summary>
    /// Lower-cases the first letter so a clause can follow a comma: "Tổng diện tích" → "tổng diện
    /// tích"; a first word that is an acronym keeps its case ("UBND huyện …", "COVID-19 …").
    /// </summary>
    public static string LowerFirst(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var i = FirstLetter(text);
        if (i < 0 || IsAcronym(text, i))
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, i), Text.ToLower(text[i]).ToString(), text.AsSpan(i + 1));
    }

    /// <summary>Trims the text and ends it with a full stop unless it already ends a sentence; empty stays empty.</summary>
    public static string Sentence(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || EndsSentence(trimmed))
        {
            return trimmed;
        }

        return TrimEndPunctuation(trimmed) + ".";
    }

    /// <summary>Sentences joined into one paragraph: empty parts are skipped, each part ends a sentence.</summary>
    public static string Paragraph(IEnumerable<string?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join(" ", parts.Select(Sentence).Where(p => p.Length > 0));
    }

    /// <summary>Ends an article the press way, with "./." after the last sentence.</summary>
    public static string CloseArticle(string? text)
    {
        var trimmed = text?.TrimEnd() ?? "";
        if (trimmed.Length == 0 || trimmed.EndsWith("./.", StringComparison.Ordinal))
        {
            return trimmed;
        }

        return trimmed.EndsWith('.') ? trimmed + "/." : TrimEndPunctuation(trimmed) + "./.";
    }

    /// <summary>Roman numerals for report sections: 1 → "I", 4 → "IV".</summary>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 3999);
        ReadOnlySpan<(int Value, string Numeral)> numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var builder = new StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; number >= value; number -= value)
            {
                builder.Append(numeral);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A warning for the web page when some values are examples, not facts:
    /// "Một số thông tin là ví dụ, cần thay bằng số liệu thật: địa điểm, số đại biểu."
    /// Empty when the data has none.
    /// </summary>
    public static string ExamplesNote(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Examples.Count == 0)
        {
            return "";
        }

        var labels = meeting.Examples.Select(key => key.Trim() switch
        {
            "meeting.venue" => "địa điểm",
            "meeting.delegates" => "số đại biểu",
            "meeting.reserve_copies" => "số bản in dự phòng",
            "meeting.agenda" => "chương trình hội nghị",
            "meeting.date" => "ngày họp",
            "emulation.awards[].names" => "danh sách được khen thưởng",
            "documents" => "số, người ký và nội dung các văn bản trong tập tài liệu",
            var other => other,
        });
        return $"Một số thông tin là ví dụ, cần thay bằng số liệu thật: {string.Join(", ", labels.Distinct())}.";
    }

    private static string Issuers(object? meeting, string? separator = ", ") =>
        Issuers(Unwrap<Meeting>(meeting, "prose.issuers"), separator ?? ", ");

    private static string Targets(object? value) => value switch
    {
        null => "",
        ModelObject { Source: YearResults results } => Targets(results),
        ModelObject { Source: TargetTally tally } => Targets(tally),
        _ => throw new ArgumentException($"prose.targets expects meeting.results or meeting.results.targets but got {Describe(value)}."),
    };

    private static string LevelLabel(object? value) => value switch
    {
        ModelObject { Source: Award award } => LevelLabel(award.Level),
        AwardLevel level => LevelLabel(level),
        string text when Enum.TryParse<AwardLevel>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var level) => LevelLabel(level),
        _ => throw new ArgumentException($"prose.level_label expects an award or a level (national, province, district, commune) but got {Describe(value)}."),
    };

    private static string Paragraph(object? parts) => parts switch
    {
        null => "",
        string text => Sentence(text),
        IEnumerable<object?> items => Paragraph(items.Select(item => item switch
        {
            null => null,
            string s => s,
            _ => throw new ArgumentException($"prose.paragraph expects a list of texts but one item is {Describe(item)}."),
        })),
        _ => throw new ArgumentException($"prose.paragraph expects a list of texts but got {Describe(parts)}."),
    };

    private static T Unwrap<T>(object? value, string function) where T : class => value switch
    {
        ModelObject { Source: T source } => source,
        T source => source,
        _ => throw new ArgumentException($"{function} expects a {ScriptModel.SnakeCase(typeof(T).Name)} from the data but got {Describe(value)}."),
    };

    private static string Describe(object? value) => value switch
    {
        null => "null (is the value missing from the data?)",
        string text => $"the text \"{text}\"",
        ModelObject model => $"a {ScriptModel.SnakeCase(model.Source.GetType().Name)}",
        _ => $"a {value.GetType().Name}",
    };

    private static string AwardTitle(Award award) => award.Quoted ? $"“{award.Title.Trim()}”" : award.Title.Trim();

    /// <summary>A phrase the data writes in lower case continues the clause before it.</summary>
    private static bool ContinuesClause(Indicator indicator)
    {
        var phrase = indicator.Phrase?.TrimStart();
        return !string.IsNullOrEmpty(phrase) && char.IsLower(phrase[0]);
    }

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Select(p => p?.Trim()).Where(p => !string.IsNullOrEmpty(p)));

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd().TrimEnd('”', '"', '’', '\'', ')', '*', '_');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }

    private static string TrimEndPunctuation(string? text) => (text ?? "").Trim().TrimEnd('.', ',', ';', ':').TrimEnd();

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }

            if (char.IsDigit(text[i]))
            {
                return -1; // "6 thôn, xóm …": nothing to change
            }
        }

        return -1;
    }

    /// <summary>A word with a capital after its first letter: UBND, HĐND, NTM, COVID-19, TP.</summary>
    private static bool IsAcronym(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var letters = text[start..end].Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.Skip(1).Any(char.IsUpper);
    }
}
