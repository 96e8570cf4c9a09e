using ReportGen.Core.Diagnostics;
using ReportGen.Localization;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;
using ReportGen.Templating.Documents;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Renders the articles, the booklet's Markdown and the web pages from the templates folder.
/// </summary>
/// <remarks>
/// Templates get the data as read-only script objects (see <see cref="ScriptModel"/>) and the
/// functions <c>vi.*</c> (Vietnamese formats), <c>prose.*</c> (shared sentences) and <c>md.*</c>.
/// A template that fails while rendering (an unknown variable, a wrong argument) raises a
/// <see cref="UserInputException"/> naming the template file, line and column (code RG102).
/// </remarks>
public sealed partial class TemplateRenderer
{
    /// <summary>Code of an error raised while a template renders.</summary>
    public const string RenderErrorCode = "RG102";

    /// <summary>File names of the templates, in the templates folder.</summary>
    public static class Names
    {
        public const string MeetingArticle = "meeting-article.md.sbn";
        public const string RoundupArticle = "roundup-article.md.sbn";
        public const string Agenda = "agenda.md.sbn";
        public const string Report = "report.md.sbn";
        public const string Appendix = "appendix.md.sbn";
        public const string MeetingPage = "meeting-page.html.sbn";
        public const string RoundupPage = "roundup-page.html.sbn";
        public const string Index = "index.html.sbn";
        public const string AwardDecision = "award-decision.md.sbn";
        public const string AwardList = "award-list.md.sbn";
        public const string DelegateList = "delegate-list.md.sbn";
        public const string Contribution = "contribution.md.sbn";

        /// <summary>One meeting as the press tells it (a partial of both articles; the roundup's web page sets it per unit).</summary>
        public const string MeetingBody = "_meeting-body.md.sbn";

        /// <summary>Every template the renderer calls (partials they include are checked when used).</summary>
        public static IReadOnlyList<string> All { get; } =
            [MeetingArticle, RoundupArticle, Agenda, Report, Appendix, MeetingPage, RoundupPage, Index,
             AwardDecision, AwardList, DelegateList, Contribution, MeetingBody];
    }

    private readonly TemplateSet _templates;

    private TemplateRenderer(TemplateSet templates, Spelling style)
    {
        _templates = templates;
        Spelling = style;
    }

    /// <summary>
    /// The spelling every output is written in (the theme's <c>text:</c>): the templates' own words and the data's,
    /// since the data was read into <see cref="Spelling.Canonical"/> and our words are written that way too.
    /// </summary>
    public Spelling Spelling { get; }

    /// <summary>The parsed templates.</summary>
    public TemplateSet Templates => _templates;

    /// <summary>
    /// Loads and parses every template in the folder at once.
    /// </summary>
    /// <exception cref="UserInputException">
    /// One diagnostic per syntax error (code RG100, with the template's path and 1-based line and
    /// column), or for a missing folder or template (RG101).
    /// </exception>
    public static TemplateRenderer Load(string templatesDirectory, Spelling? style = null) =>
        new(TemplateSet.Load(templatesDirectory, Names.All), style ?? Spelling.Canonical);

    /// <summary>The Markdown press article for one meeting (front matter, title, paragraphs, byline).</summary>
    public string MeetingArticle(Meeting meeting) => MeetingArticle(meeting, null);

    /// <summary>The meeting's article, reading the meeting's view its <paramref name="documents"/> were rendered from (<see cref="Documents"/>).</summary>
    public string MeetingArticle(Meeting meeting, IReadOnlyList<RenderedDocument>? documents) =>
        RenderMarkdown(Names.MeetingArticle, Model(("meeting", MeetingDocuments.ViewOf(meeting, documents))));

    /// <summary>The Markdown roundup article: the meetings of <paramref name="roundup"/> in its order.</summary>
    /// <param name="roundup">The roundup.</param>
    /// <param name="meetings">Meetings to draw from; every meeting the roundup names must be here.</param>
    public string RoundupArticle(Roundup roundup, IReadOnlyList<Meeting> meetings) =>
        RenderMarkdown(Names.RoundupArticle, RoundupModel(roundup, meetings));

    /// <summary>The conference programme in Markdown: heading, name, date and venue, and a pipe table.</summary>
    public string Agenda(Meeting meeting) => Agenda(ScriptModel.Meeting(meeting));

    /// <summary>The summary report in Markdown: the body of the booklet and of the web page.</summary>
    public string Report(Meeting meeting) => Report(ScriptModel.Meeting(meeting));

    /// <summary>Markdown: the indicator appendix (phụ lục chỉ tiêu); empty when there are no indicators.</summary>
    public string Appendix(Meeting meeting) => Appendix(ScriptModel.Meeting(meeting));

    // These take the meeting's view (ScriptModel.Meeting), which is read-only, so that the documents of one
    // meeting share one: making it was a fifth of the templates' time, and a meeting renders up to ten templates.
    private string Agenda(ModelObject meeting) => RenderMarkdown(Names.Agenda, Model(("meeting", meeting), ("document", null!)));

    private string Report(ModelObject meeting) => RenderMarkdown(Names.Report, Model(("meeting", meeting), ("document", null!)));

    private string Appendix(ModelObject meeting) => RenderMarkdown(Names.Appendix, Model(("meeting", meeting)));

    /// <summary>The meeting's web page; <paramref name="agendaHtml"/> and <paramref name="reportHtml"/> are inserted as they are.</summary>
    public string MeetingPage(Meeting meeting, string agendaHtml, string reportHtml) =>
        Render(Names.MeetingPage, Model(
            ("meeting", ScriptModel.Meeting(meeting)),
            ("documents", new ScriptArray
            {
                WebDocuments.Section("chuong-trinh", agendaHtml ?? ""),
                WebDocuments.Section("bao-cao", reportHtml ?? ""),
            }),
            ("page_url", null!)));

    /// <summary>
    /// The meeting's web page showing its booklet's documents, each with the same header lines, text and
    /// signature as in the booklet; <paramref name="toHtml"/> turns a document's Markdown into HTML, its headings with the
    /// ids the anchors give (<see cref="MarkdownRenderer.ToHtml(string, Func{string, string?}?, int, Func{string, WebImage?}?, SectionAnchors?)"/>).
    /// </summary>
    /// <param name="pageUrl">The page's address on the web when the site's is known (canonical and shared-link tags); null for none.</param>
    public string MeetingPage(Meeting meeting, IReadOnlyList<RenderedDocument> documents, Func<string, SectionAnchors, string> toHtml, string? pageUrl = null) =>
        MeetingPage(meeting, documents, (markdown, _, anchors) => toHtml(markdown, anchors), pageUrl);

    /// <summary>
    /// The meeting's web page as above, each text's HTML made from the text and its tree, which the documents share with the
    /// other outputs (<see cref="RenderedDocument.MarkdownTree"/>): read it, never change it (<see cref="MarkdownRenderer.ToHtml(string, Markdig.Syntax.MarkdownDocument, Func{string, string?}?, int, Func{string, WebImage?}?, SectionAnchors?)"/>).
    /// </summary>
    public string MeetingPage(Meeting meeting, IReadOnlyList<RenderedDocument> documents, Func<string, Markdig.Syntax.MarkdownDocument, SectionAnchors, string> toHtml,
        string? pageUrl = null) =>
        Render(Names.MeetingPage, Model(
            ("meeting", MeetingDocuments.ViewOf(meeting, documents)),
            ("documents", WebDocuments.From(documents, toHtml)),
            ("page_url", pageUrl!)));

    /// <summary>The roundup's web page; <paramref name="articleHtml"/> (the article as HTML) is inserted as it is.</summary>
    public string RoundupPage(Roundup roundup, IReadOnlyList<Meeting> meetings, string articleHtml, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(roundup);
        var ordered = ScriptModel.MeetingsOf(roundup, meetings);
        // One view per meeting (read-only) for the page and for its section.
        var views = ordered.Select(ScriptModel.Meeting).ToList();
        var model = RoundupModel(roundup, views);
        model.SetValue("article_html", articleHtml ?? "", readOnly: true);
        model.SetValue("page_url", pageUrl, readOnly: true);
        // On the page each unit's part of the article stands under its own heading (the press text runs on).
        var sections = new ScriptArray();
        for (var i = 0; i < ordered.Count; i++)
        {
            var section = new ScriptObject();
            section.SetValue("id", ordered[i].Id, true);
            section.SetValue("unit", MeetingNames.Capitalize(ordered[i].Unit.FullName.Trim()), true);
            // Inside a sentence the unit keeps its level in lower case ("của huyện Ý Yên"): lowering the heading's first
            // letter cannot, since "Huyện Ý Yên" reads as a name. And a sitting or a ceremony is no "hội nghị".
            section.SetValue("unit_in_text", ordered[i].Unit.FullName.Trim(), true);
            section.SetValue("noun", MeetingNames.Noun(ordered[i]), true);
            section.SetValue("html", MarkdownRenderer.ToHtml(RenderMarkdown(Names.MeetingBody, Model(("m", views[i])))), true);
            sections.Add(section);
        }
        model.SetValue("sections", sections, readOnly: true);
        return Render(Names.RoundupPage, model);
    }

    /// <summary>output/index.html: every meeting by year, with links to its page and booklet, and the roundups.</summary>
    public string Index(DataSet data) => Render(Names.Index, ScriptModel.Index(data));

    /// <summary>Renders any template of the set with the given model (read-only globals).</summary>
    public string Render(string templateName, ScriptObject model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var template = _templates.Get(templateName);
        try
        {
            var output = TemplateHost.Render(_templates, template, model);
            // Scriban cuts a string at LimitToString without a word; no real document comes near it (a province's
            // 12 000 award names make about 1 MB), so output that reaches it is a runaway template, said as such.
            if (output.Length >= TemplateHost.LimitToString)
            {
                throw new UserInputException(Diagnostic.Error(RenderErrorCode,
                    Messages.TemplateOutputTooLarge(TemplateHost.LimitToString / 1024 / 1024), _templates.PathOf(templateName)));
            }
            return Spelling.PlaceToneMarks(output);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? _templates.PathOf(templateName) : e.Span.FileName;
            throw new UserInputException(Diagnostic.Error(RenderErrorCode, Messages.TemplateRenderFailed(e.OriginalMessage),
                file, e.Span.Start.Line + 1, e.Span.Start.Column + 1));
        }
    }

    private string RenderMarkdown(string templateName, ScriptObject model) => TidyMarkdown(Render(templateName, model));

    /// <summary>
    /// Templates are written for people to read, so their output may hold runs of blank lines: keep
    /// one blank line between blocks, no trailing spaces, none at the start, one newline at the end.
    /// </summary>
    /// <remarks>
    /// One pass to count, one to write straight into the string (three regular-expression and trim passes made three or
    /// four copies of every rendered text, ~50 KB a meeting; a buffer of the text's length, rented, was then the largest
    /// array a 1 000-page list's build kept: 8 MB, held by the pool to the end). The rules are those passes': spaces or
    /// tabs ending a line become a line break of their own (so "text  \n" leaves a blank line), then three or more line
    /// breaks in a row become two, then the line breaks at both ends go.
    /// </remarks>
    internal static string TidyMarkdown(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        return string.Create(Tidy(text, []), text, static (output, text) => Tidy(text, output));
    }

    /// <summary>
    /// The tidy text's length; its characters written into <paramref name="output"/> unless that is empty (a call to count
    /// first). The tidy text is never empty: it ends with a line break.
    /// </summary>
    private static int Tidy(string text, Span<char> output)
    {
        var write = !output.IsEmpty;
        var length = 0;
        var breaks = 0; // line breaks seen since the last character written
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is ' ' or '\t')
                {
                    end++;
                }
                if (end < text.Length && text[end] == '\n')
                {
                    breaks++; // trailing spaces: a line break, then the line's own
                    i = end - 1;
                    continue;
                }
                WriteBreaks(output, ref length, ref breaks);
                if (write)
                {
                    text.AsSpan(i, end - i).CopyTo(output[length..]);
                }
                length += end - i;
                i = end - 1;
                continue;
            }
            if (c == '\n')
            {
                breaks++;
                continue;
            }
            WriteBreaks(output, ref length, ref breaks);
            if (write)
            {
                output[length] = c;
            }
            length++;
        }
        if (write)
        {
            output[length] = '\n';
        }
        return length + 1;
    }

    /// <summary>Before a character: none at the start of the text, else the breaks seen, two at most.</summary>
    private static void WriteBreaks(Span<char> output, ref int length, ref int breaks)
    {
        if (length > 0)
        {
            for (var n = Math.Min(breaks, 2); n > 0; n--)
            {
                if (!output.IsEmpty)
                {
                    output[length] = '\n';
                }
                length++;
            }
        }
        breaks = 0;
    }

    private static ScriptObject RoundupModel(Roundup roundup, IReadOnlyList<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(roundup);
        return RoundupModel(roundup, ScriptModel.MeetingsOf(roundup, meetings).Select(ScriptModel.Meeting).ToList());
    }

    /// <param name="views">The views of the roundup's meetings, in its order.</param>
    private static ScriptObject RoundupModel(Roundup roundup, IReadOnlyList<ModelObject> views) => Model(
        ("roundup", ScriptModel.Roundup(roundup)),
        ("meetings", new ScriptArray(views)));

    private static ScriptObject Model(params (string Name, object Value)[] members)
    {
        var model = new ScriptObject();
        foreach (var (name, value) in members)
        {
            model.SetValue(name, value, readOnly: true);
        }

        return model;
    }

}
