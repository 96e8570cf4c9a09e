using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Localization;
using ReportGen.Templating.Documents;

namespace ReportGen.Templating;

/// <summary>The documents of a meeting's booklet, each rendered from its template or its Markdown file.</summary>
public sealed partial class TemplateRenderer
{
    /// <summary>
    /// The meeting's documents in binding order, rendered. A meeting whose data lists no documents gets the
    /// classic booklet (<see cref="RenderedDocument.Classic"/>). The indicator appendix follows the first report.
    /// </summary>
    /// <remarks>
    /// The list carries the meeting's template view, which <see cref="MeetingArticle(Meeting, IReadOnlyList{RenderedDocument})"/>
    /// and <see cref="MeetingPage(Meeting, IReadOnlyList{RenderedDocument}, Func{string, Markdig.Syntax.MarkdownDocument, SectionAnchors, string}, string?)"/>
    /// reuse when given it, until <see cref="ViewsRead"/>.
    /// </remarks>
    public IReadOnlyList<RenderedDocument> Documents(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var view = ScriptModel.Meeting(meeting);
        if (meeting.Documents.Count == 0)
        {
            return new MeetingDocuments(meeting, view, [.. RenderedDocument.Classic(meeting, Agenda(view), Report(view), Appendix(view))]);
        }
        var result = new List<RenderedDocument>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var awards = new DecisionAwardsOf(meeting, view);
        for (var i = 0; i < meeting.Documents.Count; i++)
        {
            var document = meeting.Documents[i];
            var id = SectionId(document.Kind, ids);
            var issuer = DocumentConventions.IssuerOf(meeting, document);
            var first = result.All(d => d.Appendix.Length == 0);
            // An award decision's model serves its annex too (one list of awards, one of delegates, not two).
            var template = TemplateOf(document.Kind);
            var model = template is null ? null : DocumentModel(meeting, view, document, awards.For(document));
            var (body, images) = template is null
                ? ContributionBody(meeting, view, document)
                : (RenderMarkdown(template, model!), Core.Import.ContentText.NoImages);
            result.Add(new RenderedDocument(id, document.Kind, body)
            {
                Images = images,
                Heading = DocumentConventions.HeadedByAuthor(document.Kind) ? null : IssuerHeading.Of(meeting, issuer,
                    DocumentConventions.NumberLine(document, issuer),
                    RenderedDocument.DateLine(document.Place ?? meeting.Info.Place, document.Date ?? meeting.Info.Date)),
                AuthorHeading = DocumentConventions.HeadedByAuthor(document.Kind) ? new AuthorHeading(document.Unit, document.Author) : null,
                Signer = document.Signer,
                Recipients = Core.Wording.Recipients.For(meeting, document, issuer),
                Annex = document.Kind == DocumentKind.AwardDecision
                    ? RenderMarkdown(Names.AwardList, model!)
                    : "",
                Appendix = document.Kind == DocumentKind.Report && first ? Appendix(view) : "",
                ContentsTitle = ContentsTitle(meeting, document),
            });
        }
        return new MeetingDocuments(meeting, view, result);
    }

    /// <summary>The template a document of <paramref name="kind"/> is rendered from with its own model; null for a contribution, speech or free document (its content file).</summary>
    private static string? TemplateOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Agenda => Names.Agenda,
        DocumentKind.Report => Names.Report,
        DocumentKind.AwardDecision => Names.AwardDecision,
        DocumentKind.DelegateList => Names.DelegateList,
        _ => null,
    };

    /// <summary>The Markdown of a document written in a content file, and the pictures it refers to (a Word contribution's).</summary>
    /// <param name="view">The meeting's view, shared by its documents (read-only).</param>
    private (string Markdown, IReadOnlyDictionary<string, Core.Import.EmbeddedImage> Images) ContributionBody(Meeting meeting, ModelObject view, BookletDocument document)
    {
        var (text, images) = ContentFile(meeting, document);
        return (RenderMarkdown(Names.Contribution, Model(
            ("meeting", view),
            ("document", ScriptModel.Document(meeting, document)),
            ("body", text))), images);
    }

    /// <summary>The model of a document rendered from the template of its kind (read-only, so its two renderings may share it).</summary>
    private static Scriban.Runtime.ScriptObject DocumentModel(Meeting meeting, ModelObject view, BookletDocument document, Scriban.Runtime.ScriptArray awards) => Model(
        ("meeting", view),
        ("document", ScriptModel.Document(meeting, document)),
        ("awards", awards),
        ("delegates", ScriptModel.Delegates(document, meeting)));

    /// <summary>
    /// The awards each document's model holds (<see cref="ScriptModel.DecisionAwards(Meeting, BookletDocument, ModelObject?)"/>):
    /// every document rendered from a template gets them, and a document that names no awards gets all the meeting's.
    /// Each award's winners, sorted by name, are made once per meeting and shared (read-only views): making them for every
    /// agenda, report and list was a tenth of the documents' time (docs/benchmarks.md, "Templates and the web page").
    /// Whether the decision's body gives an award (<c>by_issuer</c>) is each issuer's own: all the meeting's awards are
    /// kept per issuer, so a decision after another body's agenda still grants what its own body gives.
    /// </summary>
    /// <remarks>
    /// The views of the awards and their recipients are the meeting view's (<paramref name="view"/>), not made again.
    /// One per meeting's documents, which are rendered one after the other: not shared between threads.
    /// </remarks>
    private sealed class DecisionAwardsOf(Meeting meeting, ModelObject view)
    {
        private readonly Dictionary<Award, ScriptModel.AwardWinners> _winners = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Issuer, Scriban.Runtime.ScriptArray> _all = new(ReferenceEqualityComparer.Instance);

        public Scriban.Runtime.ScriptArray For(BookletDocument document)
        {
            if (document.Awards.Count > 0)
            {
                return ScriptModel.DecisionAwards(meeting, document, view, _winners);
            }
            var issuer = DocumentConventions.IssuerOf(meeting, document);
            if (!_all.TryGetValue(issuer, out var all))
            {
                _all[issuer] = all = ScriptModel.DecisionAwards(meeting, document, view, _winners);
            }
            return all;
        }
    }

    /// <summary>
    /// The content file of a contribution, speech or free document, Markdown or Word (checked by the data
    /// validation: inside the data file's folder, UTF-8 or a readable .docx). Under a title of the document's own, its headings move one level down.
    /// A Word file's pictures come with it, referred to from the Markdown by key (<see cref="Core.Import.EmbeddedImage"/>).
    /// </summary>
    private static (string Text, IReadOnlyDictionary<string, Core.Import.EmbeddedImage> Images) ContentFile(Meeting meeting, BookletDocument document)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(meeting.SourcePath)) ?? ".";
        var path = Core.Security.DataFilePaths.Locate(folder, document.File ?? "").FullPath;
        // The data validation refuses such a path; a meeting built in code never reaches past its folder either,
        // not through '..' and not through a linked folder.
        if (!Core.Security.PathSafety.IsInside(path, folder))
        {
            throw new UserInputException(Diagnostic.Error(DiagnosticCodes.DocumentFileOutside,
                Messages.DocumentFileOutside(document.File ?? ""), meeting.SourcePath));
        }
        // Markdown as it is, or a Word file read into the same Markdown (its notes were said by the data check).
        var content = Core.Import.ContentFiles.Read(path);
        var text = content.Markdown;
        text = Core.Security.TextSafety.Remove(text); // said by the data check (RG039)
        // The file enters the pipeline here: read into the model's one spelling, as the data was (DataText).
        text = Core.Wording.Spelling.Canonical.Normalise(text);
        return (DocumentConventions.Title(document) is null ? text : MarkdownHeadings.Demote(text), content.Images);
    }

    /// <summary>
    /// The document's line in the contents: its name in sentence case and its summary, "Báo cáo tổng kết công
    /// tác năm 2020 …", "Tham luận: …"; null (the title heading as it is) without a summary.
    /// </summary>
    private static string? ContentsTitle(Meeting meeting, BookletDocument document)
    {
        var title = DocumentConventions.Title(document, meeting);
        if (title is null || string.IsNullOrWhiteSpace(document.Summary))
        {
            return null;
        }
        var name = ProseFunctions.CapitalizeFirst(title.ToLower(Formatting.VietnameseFormat.Culture));
        var summary = ProseFunctions.LowerFirst(document.Summary.Trim());
        return DocumentConventions.HeadedByAuthor(document.Kind) ? $"{name}: {ProseFunctions.CapitalizeFirst(summary)}" : $"{name} {summary}";
    }

    /// <summary>
    /// The section's id on the web page and its Word file's name: what the document is, as an office names the file
    /// it sends ("quyet-dinh-khen-thuong", "danh-sach-dai-bieu"), a second of a kind numbered ("tham-luan-2").
    /// </summary>
    private static string SectionId(DocumentKind kind, HashSet<string> taken)
    {
        var name = kind switch
        {
            DocumentKind.Agenda => "chuong-trinh",
            DocumentKind.Report => "bao-cao",
            DocumentKind.AwardDecision => "quyet-dinh-khen-thuong",
            DocumentKind.Contribution => "tham-luan",
            DocumentKind.Speech => "phat-bieu",
            DocumentKind.DelegateList => "danh-sach-dai-bieu",
            _ => "tai-lieu",
        };
        var id = name;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{name}-{n}";
        }
        return id;
    }

    /// <summary>
    /// Says that the outputs reading the meeting's template view (article, web page, search part) are made: the
    /// <paramref name="documents"/> let it go, while the booklet's copies still lay them out.
    /// </summary>
    public static void ViewsRead(IReadOnlyList<RenderedDocument> documents) => MeetingDocuments.ForgetView(documents);
}
