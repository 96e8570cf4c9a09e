using System.Diagnostics;
using ReportGen.Booklet;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Pdf;
using ReportGen.Templating;
using ReportGen.Templating.Formatting;

namespace ReportGen.Build;

/// <summary>
/// The whole build: data and templates in, per meeting a booklet PDF, a web page and an article, per
/// roundup an article and a page, and the index. Validation and layout run first; files are written
/// only when everything succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Width the web charts are drawn for, in CSS pixels. They scale to their column; drawn for 480 px,
    /// their labels stay readable when a phone shrinks them to 340 px.
    /// </summary>
    private const int ChartSvgWidth = 480;

    public static BuildReport Run(BuildOptions options, Action<string>? log = null)
    {
        log ??= _ => { };
        var clock = Stopwatch.StartNew();

        // The same validation as 'reportgen check': every error of every file, or nothing is built.
        var loaded = DataLoader.CheckDirectory(options.DataDirectory);
        var data = loaded.Data ?? throw new UserInputException([.. loaded.Diagnostics.Where(d => d.Severity == Severity.Error)]);
        if (options.Only is { } only && data.Meetings.All(m => m.Id != only))
        {
            var nearest = data.Meetings.Select(m => m.Id).OrderBy(id => EditDistance(only, id)).ThenBy(id => id, StringComparer.Ordinal).FirstOrDefault();
            // ParamName "args": the command line reports it as a user error (exit code 1).
            throw new ArgumentException($"Không có hội nghị mã '{only}'." + (nearest is null ? "" : $" Có phải ý bạn là '{nearest}'?") +
                $" Các mã có: {string.Join(", ", data.Meetings.Select(m => m.Id))}.", "args");
        }
        var templates = TemplateRenderer.Load(options.TemplatesDirectory);
        var theme = BookletTheme.Load(Path.Combine(options.TemplatesDirectory, "theme.yaml"));
        var warnings = new List<Diagnostic>(loaded.Diagnostics);

        using var fonts = FontLibrary.Load(theme.Fonts.Stack, [Path.Combine(options.DataDirectory, theme.Fonts.UserFolder)]);
        if (fonts.Stack.Count == 0)
        {
            throw new UserInputException(Diagnostic.Error("RG050",
                "Không tìm thấy phông chữ nào trong danh sách của giao diện (" + string.Join(", ", theme.Fonts.Stack) +
                "). Hãy cài Liberation Serif (sudo apt-get install fonts-liberation2) hoặc chép phông vào thư mục fonts/ cạnh dữ liệu.",
                Path.Combine(options.TemplatesDirectory, "theme.yaml")));
        }
        var fontUsed = $"{fonts.Stack[0].Name} ({fonts.Stack[0].RegularPath})";
        log($"Phông chữ: {fontUsed}");

        var shaper = new TextShaper(fonts);
        var composer = new BookletComposer(shaper, theme);
        var printCopy = PrintCopy.Create(shaper, options.TemplatesDirectory, theme);
        var files = new OutputFiles();
        var built = new List<MeetingOutput>();

        foreach (var meeting in data.Meetings.Where(m => options.Only is null || m.Id == options.Only))
        {
            var missing = new List<MissingGlyph>();
            void OnMissing(MissingGlyph glyph) => missing.Add(glyph);
            composer.MissingGlyph += OnMissing;
            try
            {
                built.Add(BuildMeeting(meeting, templates, composer, printCopy, fonts, files, options));
            }
            catch (LayoutException e)
            {
                throw new UserInputException(Diagnostic.Error("RG060", e.Message, meeting.SourcePath));
            }
            finally
            {
                composer.MissingGlyph -= OnMissing;
            }
            warnings.AddRange(missing.Distinct().Select(g => Diagnostic.Warning("RG061",
                $"Không phông chữ nào có ký tự {g}; ký tự này sẽ không hiện trong PDF. Hãy sửa chữ hoặc thêm phông có ký tự đó vào thư mục fonts/.",
                meeting.SourcePath)));
            log($"{meeting.Id}: {built[^1].BookletPages} trang");
        }

        var roundups = new List<string>();
        foreach (var roundup in data.Roundups.Where(r => options.Only is null || r.Meetings.Contains(options.Only)))
        {
            var meetings = roundup.Meetings.Select(id => data.Meetings.First(m => m.Id == id)).ToList();
            var article = templates.RoundupArticle(roundup, meetings);
            if (options.Formats.HasFlag(OutputFormats.Md))
            {
                files.Add($"{roundup.Id}/article.md", article);
            }
            if (options.Formats.HasFlag(OutputFormats.Html))
            {
                files.Add($"{roundup.Id}/index.html", templates.RoundupPage(roundup, meetings, MarkdownRenderer.ToHtml(StripFrontMatter(article))));
            }
            roundups.Add(roundup.Id);
        }
        if (options.Formats.HasFlag(OutputFormats.Html))
        {
            files.Add("index.html", templates.Index(data));
        }
        if (options.Only is null && options.Formats.HasFlag(OutputFormats.Md | OutputFormats.Pdf))
        {
            // With --only the plan would lose the other meetings: the previous one stays.
            files.Add("print-plan.md", PrintPlan.ToMarkdown([.. built.Select(m => m.PrintJob)]));
        }

        files.WriteTo(options.OutputDirectory);
        return new BuildReport(built, roundups, warnings, fontUsed, files.Paths, clock.Elapsed);
    }

    private static MeetingOutput BuildMeeting(Meeting meeting, TemplateRenderer templates, BookletComposer composer, PrintCopy printCopy, FontLibrary fonts, OutputFiles files, BuildOptions options)
    {
        var sourceDateEpoch = options.SourceDateEpoch;
        // The booklet's documents (agenda, report and appendix when the data lists none): one Markdown each for both media.
        var documents = templates.Documents(meeting);
        if (options.Formats.HasFlag(OutputFormats.Md))
        {
            files.Add($"{meeting.Id}/article.md", templates.MeetingArticle(meeting));
        }
        // The web page draws the same charts as the booklet, as inline SVG (no file to fetch).
        string? ChartSvgFor(string name) => ChartFactory.Create(meeting, name) is { } chart
            ? ChartSvg.ToSvg(chart, ChartSvgWidth, (int)(ChartSvgWidth * ChartBlock.RatioFor(chart)), fonts.Stack[0].Name, fonts.Stack[0].RegularPath)
            : null;
        if (options.Formats.HasFlag(OutputFormats.Html))
        {
            files.Add($"{meeting.Id}/index.html", templates.MeetingPage(meeting, documents, markdown => MarkdownRenderer.ToHtml(markdown, ChartSvgFor)));
        }
        if (!options.Formats.HasFlag(OutputFormats.Pdf))
        {
            // No PDF asked: no layout at all (the slow part).
            return new MeetingOutput(meeting.Id, meeting.Unit.FullName, 0) { Copies = meeting.Info.Copies };
        }

        var pages = composer.Compose(meeting, documents);
        using var pdf = new MemoryStream();
        PdfWriter.Write(pages, pdf, Metadata(meeting, sourceDateEpoch));
        files.Add($"{meeting.Id}/booklet.pdf", pdf.ToArray());
        // The print copy: laid out again on A5, imposed on A4 sheets (docs/printing.md).
        // Its back cover carries a QR code to the meeting's page when the site's address is known.
        var pageUrl = options.SiteUrl is { Length: > 0 } site ? $"{site.TrimEnd('/')}/{meeting.Id}/" : null;
        var printSheets = printCopy.Build(meeting, documents, Metadata(meeting, sourceDateEpoch), files, pageUrl);
        return new MeetingOutput(meeting.Id, meeting.Unit.FullName, pages.Count) { PrintSheets = printSheets, Copies = meeting.Info.Copies };
    }

    /// <param name="sourceDateEpoch">SOURCE_DATE_EPOCH when the build was given one: the documents' modification date.</param>
    private static PdfMetadata Metadata(Meeting meeting, DateTimeOffset? sourceDateEpoch)
    {
        var title = "Tài liệu hội nghị " + meeting.Info.Title;
        var author = string.Join(", ", meeting.Issuers.Select(i => i.Name));
        var keywords = string.Join(", ", new[] { meeting.Unit.FullName, $"năm {meeting.Info.Year}", "tổng kết", "tài liệu hội nghị" });
        // The conference date, not the clock: the same data gives the same document.
        var created = meeting.Info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new PdfMetadata(title, author, $"Hội nghị {meeting.Info.Title}, {VietnameseFormat.AdministrativeDate(meeting.Info.Date)}", keywords, created)
        {
            // The build's instant when SOURCE_DATE_EPOCH gives one, never the clock's; otherwise the creation date.
            Modified = sourceDateEpoch?.UtcDateTime,
        };
    }

    /// <summary>Levenshtein distance, for "did you mean" on --only.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The web page renders the article body; its YAML front matter is for other sites.</summary>
    private static string StripFrontMatter(string markdown)
    {
        if (!markdown.StartsWith("---", StringComparison.Ordinal))
        {
            return markdown;
        }
        var end = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(markdown.IndexOf('\n', end + 4) + 1)..];
    }
}
