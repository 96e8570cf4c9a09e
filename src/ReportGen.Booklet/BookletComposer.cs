using Markdig;
using ReportGen.Core.Model;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.Booklet;

/// <summary>
/// Puts a meeting's booklet together: the cover, then the agenda and the report, each from the same
/// Markdown the web page is made of, each starting on a new page; then lays it out into pages.
/// </summary>
public sealed class BookletComposer(TextShaper shaper, BookletTheme theme)
{
    private readonly ParagraphSetter _setter = new(shaper);

    public IReadOnlyList<Page> Compose(Meeting meeting, string agendaMarkdown, string reportMarkdown)
    {
        var setup = theme.ToPageSetup();
        var contentHeight = setup.ContentSize.Height;
        var parts = new List<Element>
        {
            new CoverBuilder(_setter, theme).Build(meeting),
            new PageBreak(),
        };
        parts.AddRange(Section(agendaMarkdown, contentHeight, meeting.SourcePath));
        parts.Add(new PageBreak());
        parts.AddRange(Section(reportMarkdown, contentHeight, meeting.SourcePath));

        var content = new Column(parts, theme.Body.ParagraphSpacingPt);
        return Paginator.Paginate(content, setup, _setter);
    }

    private IReadOnlyList<Element> Section(string markdown, float contentHeight, string source)
    {
        var document = Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
        return new MarkdownLayoutBuilder(_setter, theme, contentHeight, source).Build(document);
    }
}
