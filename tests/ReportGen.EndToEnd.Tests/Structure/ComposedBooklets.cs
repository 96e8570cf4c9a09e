using ReportGen.Booklet;
using ReportGen.Build;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.EndToEnd.Tests.Structure;

/// <summary>
/// The booklets' pages as the layout makes them, without writing any file: both seed meetings (A4, and the A5 print
/// copy with a back cover carrying the QR code) and every corpus meeting (A4).
/// </summary>
public sealed class ComposedBooklets : IDisposable
{
    public const string SiteUrl = "https://tailieu.example.vn/";

    private readonly FontLibrary _fonts;

    public ComposedBooklets()
    {
        var templatesDirectory = ReportGen.Tests.RepositoryRoot.Of("templates");
        var templates = TemplateRenderer.Load(templatesDirectory);
        var theme = BookletTheme.Load(Path.Combine(templatesDirectory, "theme.yaml"));
        _fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var shaper = new TextShaper(_fonts);
        var composer = new BookletComposer(shaper, theme);
        var printCopy = PrintCopy.Create(shaper, templatesDirectory, theme);

        foreach (var meeting in DataLoader.LoadDirectory(ReportGen.Tests.RepositoryRoot.Of("seeds")).Meetings.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var documents = templates.Documents(meeting);
            Meetings[meeting.Id] = meeting;
            Seeds[meeting.Id] = composer.Compose(meeting, documents);
            PrintCopies[meeting.Id] = printCopy.Compose(meeting, documents, SiteUrl + meeting.Id + "/");
        }
        foreach (var file in CorpusTests.MeetingFiles())
        {
            var meeting = (Meeting)DataLoader.LoadFile(file);
            Meetings[meeting.Id] = meeting;
            Corpus[meeting.Id] = composer.Compose(meeting, templates.Documents(meeting));
        }
    }

    public Dictionary<string, Meeting> Meetings { get; } = [];

    /// <summary>The seeds' A4 booklets, by meeting id.</summary>
    public Dictionary<string, IReadOnlyList<Page>> Seeds { get; } = [];

    /// <summary>The seeds' A5 print copies (before imposition), by meeting id.</summary>
    public Dictionary<string, IReadOnlyList<Page>> PrintCopies { get; } = [];

    /// <summary>The corpus meetings' A4 booklets, by meeting id.</summary>
    public Dictionary<string, IReadOnlyList<Page>> Corpus { get; } = [];

    public IEnumerable<(string Name, IReadOnlyList<Page> Pages)> All =>
        Seeds.Select(s => ($"{s.Key} A4", s.Value))
            .Concat(PrintCopies.Select(s => ($"{s.Key} A5", s.Value)))
            .Concat(Corpus.Select(s => ($"{s.Key} A4", s.Value)));

    public void Dispose() => _fonts.Dispose();
}
