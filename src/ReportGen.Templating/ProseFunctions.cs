using System.Globalization;
using System.Text;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
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
/// <c>change change</c>, <c>award_phrase award</c>, <c>award_grant award</c>, <c>awards_sentence meeting</c>,
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
        this.AddFunction("issuers", new Func<object?, string?, string>(Issuers));
        this.AddFunction("results_lead", new Func<object?, string>(meeting => ResultsLead(Unwrap<Meeting>(meeting, "prose.results_lead"))));
        this.AddFunction("targets", new Func<object?, string>(Targets));
        this.AddFunction("field_sentence", new Func<object?, string>(field => FieldSentence(Unwrap<ResultField>(field, "prose.field_sentence"))));
        this.AddFunction("indicator_phrase", new Func<object?, string>(indicator => IndicatorPhrase(Unwrap<Indicator>(indicator, "prose.indicator_phrase"))));
        this.AddFunction("change", new Func<object?, string>(change => change is null ? "" : Change(Unwrap<IndicatorChange>(change, "prose.change"))));
        this.AddFunction("award_phrase", new Func<object?, string>(award => AwardPhrase(Unwrap<Award>(award, "prose.award_phrase"))));
        this.AddFunction("awards_sentence", new Func<object?, string>(meeting => AwardsSentence(Unwrap<Meeting>(meeting, "prose.awards_sentence"))));
        this.AddFunction("award_grant", new Func<object?, string>(award => AwardGrant(Unwrap<Award>(award, "prose.award_grant"))));
        this.AddFunction("award_form", new Func<object?, string>(award => AwardForm(Unwrap<Award>(award, "prose.award_form"))));
        this.AddFunction("level_label", new Func<object?, string>(LevelLabel));
        this.AddFunction("recipients_label", new Func<object?, string>(award => RecipientsLabel(Unwrap<Award>(award, "prose.recipients_label").Recipients)));
        this.AddFunction("capitalize", new Func<string?, string>(CapitalizeFirst));
        this.AddFunction("lower_first", new Func<string?, string>(LowerFirst));
        this.AddFunction("sentence", new Func<string?, string>(Sentence));
        this.AddFunction("paragraph", new Func<object?, string>(Paragraph));
        this.AddFunction("close_article", new Func<string?, string>(CloseArticle));
        this.AddFunction("roman", new Func<int, string>(Roman));
        this.AddFunction("changes_caption", new Func<object?, string>(meeting => IndicatorComparisons.ChangesCaption(Unwrap<Meeting>(meeting, "prose.changes_caption"))));
        this.AddFunction("person", new Func<object?, string>(person => PersonText(Unwrap<Person>(person, "prose.person"))));
        this.AddFunction("attendance", new Func<object?, string>(meeting => Attendance(Unwrap<Meeting>(meeting, "prose.attendance"))));
        this.AddFunction("lead", new Func<object?, string>(meeting => Lead(Unwrap<Meeting>(meeting, "prose.lead"))));
        this.AddFunction("examples_note", new Func<object?, string>(meeting => ExamplesNote(Unwrap<Meeting>(meeting, "prose.examples_note"))));
        IsReadOnly = true;
    }

    /// <summary>
    /// The bodies holding the meeting and the unit, as a sentence names them:
    /// "Huyện ủy, HĐND, UBND huyện Ý Yên". With " - " and upper-cased it is the booklet cover's line.
    /// </summary>
    public static string Issuers(Meeting meeting, string separator = ", ")
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return MeetingNames.Hosts(meeting, separator);
    }

    /// <summary>
    /// The article's first sentence: "Ngày 23-1, Huyện ủy, HĐND, UBND huyện Ý Yên tổ chức hội nghị tổng kết …",
    /// "Ngày 10-7, HĐND huyện Xuân Trường khóa XIX, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 16".
    /// </summary>
    public static string Lead(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Sentence($"Ngày {VietnameseFormat.PressDate(meeting.Info.Date)}, {MeetingNames.Subject(meeting)} {MeetingNames.Action(meeting)}");
    }

    /// <summary>
    /// Who attends and who presides, as every article says it: "Dự hội nghị có đồng chí Trần Lê Đoài, Phó Chủ
    /// tịch UBND tỉnh. Đồng chí Phạm Văn Tâm, Bí thư Huyện ủy chủ trì hội nghị." Empty when the data names nobody.
    /// </summary>
    public static string Attendance(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var noun = MeetingNames.Noun(meeting);
        var sentences = new List<string>();
        var guests = meeting.Info.Guests.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        if (guests.Count == 1)
        {
            sentences.Add($"Dự {noun} có đồng chí {PersonText(guests[0])}.");
        }
        else if (guests.Count > 1)
        {
            sentences.Add($"Dự {noun} có các đồng chí: {string.Join("; ", guests.Select(PersonText))}.");
        }
        var presiding = meeting.Info.Presiding.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        if (presiding.Count == 1)
        {
            sentences.Add($"Đồng chí {PersonText(presiding[0])} chủ trì {noun}.");
        }
        else if (presiding.Count > 1)
        {
            sentences.Add($"Các đồng chí {string.Join("; ", presiding.Select(PersonText))} đồng chủ trì {noun}.");
        }
        var speakers = guests.Concat(presiding).Where(p => p.Speaks).Select(p => p.Name.Trim()).Distinct().ToList();
        if (speakers.Count > 0)
        {
            // A leader directs a conference or a sitting; at a ceremony he speaks ("phát biểu tại lễ"), he does not direct it.
            var speech = meeting.Info.Kind == MeetingKind.Ceremony ? "phát biểu tại" : "phát biểu chỉ đạo";
            sentences.Add($"Đồng chí {string.Join(" và đồng chí ", speakers)} {speech} {noun}.");
        }
        return string.Join(" ", sentences);
    }

    /// <summary>"Trần Lê Đoài, Phó Chủ tịch UBND tỉnh": a name and its position.</summary>
    public static string PersonText(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Join(", ", person.Name, TrimEndPunctuation(person.Position));
    }

    /// <summary>
    /// The opening sentence of the results: "Năm 2020, &lt;overview&gt;, hoàn thành 18/21 chỉ tiêu chủ
    /// yếu của năm 2020." Empty when the data has neither an overview nor a tally.
    /// </summary>
    public static string ResultsLead(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var overview = LowerFirst(TrimEndPunctuation(meeting.Results.Overview));
        var targets = Targets(IndicatorComparisons.Tally(meeting.Results));
        var clauses = new[] { overview, targets }.Where(c => c.Length > 0).ToList();
        if (clauses.Count == 0)
        {
            return "";
        }

        var period = ReportPeriods.Resolve(meeting);
        var phrase = period.Span == PeriodSpan.None ? "" : CapitalizeFirst(ReportPeriods.Phrase(period)) + ", ";
        if (OpensWithTime(overview, ReportPeriods.Phrase(period)))
        {
            phrase = ""; // the overview names its time already: "Năm 2019, kinh tế …", "Trong 9 tháng năm 2022, …"
        }
        return phrase.Length == 0 ? Sentence(CapitalizeFirst(string.Join(", ", clauses))) : $"{phrase}{string.Join(", ", clauses)}.";
    }

    /// <summary>Words that open a clause of time ("năm 2019, …", "trong 9 tháng năm 2022, …", "qua 5 năm, …").</summary>
    private static readonly string[] TimeOpenings = ["năm ", "quý ", "tháng ", "giai đoạn ", "nhiệm kỳ ", "những tháng ", "các tháng ", "tính đến ", "đến nay"];

    /// <summary>Whether the overview sets its own time, so the lead must not put the period before it again.</summary>
    private static bool OpensWithTime(string overview, string period)
    {
        if (period.Length > 0 && overview.StartsWith(period, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // "trong điều kiện …" is no time; "trong 9 tháng …", "trong năm …", "qua 5 năm …" are.
        var rest = overview;
        foreach (var lead in new[] { "trong ", "qua ", "sau " })
        {
            if (rest.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[lead.Length..];
                break;
            }
        }
        return (rest.Length > 0 && char.IsDigit(rest[0])) || TimeOpenings.Any(w => rest.StartsWith(w, StringComparison.OrdinalIgnoreCase));
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
    /// Indicator phrases follow the summary after "; " with a lower-case first letter (acronyms and
    /// proper nouns such as UBND, Đảng, Ý Yên keep theirs), whatever case the data writes them in; a phrase
    /// marked <c>continues</c> ("với tổng giá trị … đạt {value}") continues the clause before it after a space. A summary that the data closes with a full stop
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
                    builder.Append(indicator.Continues ? " " : "; ").Append(LowerFirst(phrase));
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
        return Join(", ", [TrimEndPunctuation(phrase), .. Comparisons(indicator)]);
    }

    /// <summary>
    /// What the report says an indicator is against: its share ("chiếm 81,2% tổng số hộ"), the plan ("bằng
    /// 102,3% kế hoạch", "vượt kế hoạch 0,5 tạ/ha"), the period before ("tăng 5,1% so với cùng kỳ"), or a stated
    /// change the numbers do not give ("tăng 13% so với năm 2019").
    /// </summary>
    public static IReadOnlyList<string> Comparisons(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var parts = new List<string>();
        if (indicator.Share is { } share)
        {
            parts.Add(Join(" ", $"chiếm {VietnameseFormat.Percent((double)share.Percent)}", share.Of));
        }
        var statedBase = indicator.Change is { } c ? IndicatorComparisons.BaseOf(c.Against) : ComparisonBase.Unknown;
        if (indicator.Plan is { } plan)
        {
            parts.Add(indicator.Compare == ComparisonForm.Difference
                ? Difference(indicator.Value - plan, indicator.Unit, "kế hoạch", "vượt", "thấp hơn")
                : $"bằng {VietnameseFormat.Number(Math.Round(IndicatorComparisons.PercentOfPlan(indicator) ?? 0, 1, MidpointRounding.AwayFromZero))}% kế hoạch");
        }
        if (indicator.Previous is { } previous)
        {
            var against = indicator.Change is { } stated && statedBase == ComparisonBase.Previous && stated.Against.Trim().Length > 0
                ? stated.Against.Trim() : "cùng kỳ";
            parts.Add(indicator.Compare == ComparisonForm.Difference
                ? Difference(indicator.Value - previous, indicator.Unit, against, "cao hơn", "thấp hơn")
                : Change(new IndicatorChange { Percent = Math.Round(IndicatorComparisons.ChangeFromPrevious(indicator) ?? 0, 1, MidpointRounding.AwayFromZero), Against = against }));
        }
        if (indicator.Change is { } change
            && !(statedBase == ComparisonBase.Plan && indicator.Plan is not null)
            && !(statedBase == ComparisonBase.Previous && indicator.Previous is not null))
        {
            parts.Add(Change(change));
        }
        return parts;
    }

    /// <summary>"cao hơn kế hoạch 0,5 tạ/ha", "thấp hơn cùng kỳ 2 ha", "bằng kế hoạch".</summary>
    private static string Difference(decimal difference, string unit, string against, string above, string below) =>
        difference == 0 ? $"bằng {against}"
            : $"{(difference > 0 ? above : below)} {against} {VietnameseFormat.Quantity((double)Math.Abs(difference), unit)}";

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
        return Join(" ", VietnameseFormat.Number(award.Count), ReceivedBy(award), "được", award.Giver?.Trim(), award.Verb.Trim(), AwardTitle(award));
    }

    /// <summary>Who received the award, the unit itself aside: "tập thể, cá nhân"; "trường hợp" when the data says no one.</summary>
    private static string ReceivedBy(Award award)
    {
        var who = award.Recipients.Where(r => r != RecipientKind.Unit).ToList();
        return who.Count > 0 ? RecipientsLabel(who) : "trường hợp";
    }

    /// <summary>
    /// The award as its giver's own decision grants it: "tặng Giấy khen của Chủ tịch UBND đặc khu Phú Quốc cho 6 tập
    /// thể, cá nhân", "tặng danh hiệu “Lao động tiên tiến” cho 29 cá nhân".
    /// </summary>
    public static string AwardGrant(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var giver = string.IsNullOrWhiteSpace(award.Giver) ? null : $"của {award.Giver.Trim()}";
        return Join(" ", award.Verb.Trim(), AwardTitle(award), giver, "cho", VietnameseFormat.Number(award.Count), ReceivedBy(award));
    }

    /// <summary>
    /// "Trong năm, huyện được Chủ tịch nước tặng Huân chương Lao động hạng Ba; có 4 tập thể, cá nhân được …; 7
    /// tập thể được …." (the unit's level and the period from the data); empty when there are no awards.
    /// </summary>
    public static string AwardsSentence(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Emulation.Awards.Count == 0)
        {
            return "";
        }

        var level = string.IsNullOrWhiteSpace(meeting.Unit.Level) ? "đơn vị" : meeting.Unit.Level.Trim();
        var during = ReportPeriods.During(ReportPeriods.Resolve(meeting));
        // The unit's own awards first ("huyện được … tặng …"), then what its collectives and people received; each
        // highest first, as they are announced (a Prime Minister's certificate before a commune's giấy khen).
        var awards = AwardHierarchy.Order(meeting.Emulation.Awards);
        var own = awards.Where(a => a.Recipients.Contains(RecipientKind.Unit))
            .Select(a => Join(" ", "được", a.Giver?.Trim(), a.Verb.Trim(), AwardTitle(a))).ToList();
        var others = awards.Where(a => a.Recipients.Any(r => r != RecipientKind.Unit) || a.Recipients.Count == 0)
            .Select(AwardPhrase).ToList();
        var clauses = new List<string>();
        if (own.Count > 0)
        {
            clauses.Add($"{level} {string.Join(", ", own)}");
        }
        if (others.Count > 0)
        {
            clauses.Add($"{(own.Count > 0 ? "" : level + " ")}có {string.Join("; ", others)}");
        }
        var body = string.Join("; ", clauses);
        return during.Length == 0 ? Sentence(CapitalizeFirst(body)) : $"{during} {body}.";
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

    /// <summary>The level and, for an award not of the State, its system: "Tỉnh", "Trung ương (Đảng)", "Huyện (Mặt trận)".</summary>
    public static string LevelLabel(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var system = award.System switch
        {
            AwardSystem.Party => " (Đảng)",
            AwardSystem.Front => " (Mặt trận)",
            AwardSystem.Union => " (đoàn thể)",
            _ => "",
        };
        return LevelLabel(award.Level) + system;
    }

    /// <summary>"tập thể", "cá nhân", "đảng viên", "hộ gia đình" or "tập thể, cá nhân", in the data's order.</summary>
    public static string RecipientsLabel(IEnumerable<RecipientKind> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return string.Join(", ", recipients.Distinct().Select(kind => kind switch
        {
            RecipientKind.Collective => "tập thể",
            RecipientKind.Individual => "cá nhân",
            RecipientKind.PartyMember => "đảng viên",
            RecipientKind.Household => "hộ gia đình",
            RecipientKind.Unit => "đơn vị",
            _ => throw new ArgumentOutOfRangeException(nameof(recipients), kind, "Unknown recipient kind."),
        }));
    }

    /// <summary>Upper-cases the first letter: "trong đó, …" → "Trong đó, …" (leading quotes and digits are skipped).</summary>
    public static string CapitalizeFirst(string? text) =>
        string.IsNullOrEmpty(text) ? "" : MeetingNames.Capitalize(text);

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
        if (i < 0 || IsAcronym(text, i) || IsProperNoun(text, i))
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
    public static string Roman(int number) => ReportPeriods.Roman(number);

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
            "meeting.agenda" => $"chương trình {MeetingNames.Noun(meeting)}",
            "meeting.presiding" => "lãnh đạo chủ trì",
            "meeting.guests" => "khách mời",
            "meeting.period" or "meeting.year" => "kỳ báo cáo",
            "meeting.session" => "số kỳ họp, khóa",
            "unit.abbreviation" => "chữ viết tắt của đơn vị",
            "tasks" or "tasks.items" or "tasks.direction" => "phương hướng, nhiệm vụ",
            "results" => "kết quả",
            "emulation" => "thi đua, khen thưởng",
            "article" => "thông tin bài báo",
            "meeting.date" => "ngày họp",
            "emulation.awards[].names" => "danh sách được khen thưởng",
            "documents" => "số, người ký và nội dung các văn bản trong tập tài liệu",
            // A key inside a list ("emulation.awards[2].count", "documents[1].number"): what the list holds.
            var other when other.StartsWith("emulation.awards", StringComparison.Ordinal) => "số liệu khen thưởng",
            var other when other.StartsWith("documents", StringComparison.Ordinal) => "số, người ký và nội dung các văn bản trong tập tài liệu",
            var other when other.StartsWith("results", StringComparison.Ordinal) => "một số chỉ tiêu",
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
        ModelObject { Source: Award award } => LevelLabel(award),
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

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Select(p => p?.Trim()).Where(p => !string.IsNullOrEmpty(p)));

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd().TrimEnd(Closers);
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }

    private static string TrimEndPunctuation(string? text) => (text ?? "").Trim().TrimEnd(EndPunctuation).TrimEnd();

    // Made once: written as arguments, each call made its array again (RuntimeHelpers.InitializeArray, ~3 % of the
    // documents' samples in the thread-time profile, with these functions called for every indicator and person).
    private static readonly char[] Closers = ['”', '"', '’', '\'', ')', '*', '_'];

    private static readonly char[] EndPunctuation = ['.', ',', ';', ':'];

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

    /// <summary>
    /// Words that keep their capital wherever they stand (the names of the Party, the State and their bodies,
    /// as Vietnamese administrative writing spells them): "Đảng bộ và Nhân dân …" stays, never "đảng bộ …".
    /// </summary>
    private static readonly string[] ProperNouns =
    [
        "Đảng", "Nhà nước", "Chính phủ", "Quốc hội", "Mặt trận", "Nhân dân", "Bác Hồ", "Chủ tịch", "Thủ tướng",
        "Ban Chấp hành", "Ban Thường vụ", "Bộ Chính trị", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
        "Hội đồng nhân dân", "Ủy ban nhân dân", "Ủy ban", "Công an", "Quân đội",
    ];

    /// <summary>
    /// A first word that is a name: one of <see cref="ProperNouns"/> (as a whole word), or a capitalised word
    /// followed by another (a place or a person: "Ý Yên", "Nam Định", "Trần Văn Bình").
    /// </summary>
    private static bool IsProperNoun(string text, int start)
    {
        var rest = text.AsSpan(start);
        foreach (var noun in ProperNouns)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal) && (rest.Length == noun.Length || !char.IsLetter(rest[noun.Length])))
            {
                return true;
            }
        }
        // "Dự Hội nghị …" is no name: the capital of an institution's word ("Hội nghị", "Đảng bộ") does not make one.
        var space = rest.IndexOf(' ');
        if (space <= 0 || space + 1 >= rest.Length || !char.IsUpper(rest[space + 1]) || IsAcronym(text, start + space + 1))
        {
            return false;
        }
        var second = rest[(space + 1)..];
        var end = second.IndexOf(' ');
        var word = (end < 0 ? second : second[..end]).ToString();
        return !InstitutionWords.Contains(word) && !second.StartsWith(SittingNoun, StringComparison.Ordinal);
    }

    /// <summary>First syllables of institutions' names, which a sentence capitalises without making a proper name of what precedes them.</summary>
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "Hội", "Đảng", "Nhà", "Chính", "Quốc", "Ban", "Mặt", "Ủy", "Đoàn", "Nhân", "Tỉnh", "Huyện", "Thành", "Công", "Quân", "Nghị", "Quyết", "Chỉ", "Kế", "Chương",
        // A ceremony's noun: "Dự Lễ kỷ niệm …" is no name either ("Kỳ" alone would be: Tam Kỳ, Tân Kỳ; see SittingNoun).
        "Lễ",
    };

    /// <summary>A council's sitting, "Dự Kỳ họp thứ 9 …": a capital the institution's word gives, not a name's.</summary>
    private const string SittingNoun = "Kỳ họp";

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
