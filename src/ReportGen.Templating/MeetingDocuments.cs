using System.Collections.ObjectModel;
using ReportGen.Core.Model;
using ReportGen.Templating.Documents;

namespace ReportGen.Templating;

/// <summary>
/// A meeting's rendered documents (<see cref="TemplateRenderer.Documents"/>) with the meeting's template view they were
/// rendered from, so that the article and the web page made from the same documents use that view instead of
/// building their own: the view reads the whole meeting (every award's recipients, every indicator), and building
/// it three times was about 4 % of a build's processor time (docs/benchmarks.md, "Word files, templates and the web page").
/// </summary>
/// <remarks>The view is read-only (<see cref="ModelObject"/>), so the outputs reading it on other threads cannot change it.</remarks>
internal sealed class MeetingDocuments(Meeting meeting, ModelObject view, IList<RenderedDocument> documents)
    : ReadOnlyCollection<RenderedDocument>(documents)
{
    /// <summary>The meeting the documents are of.</summary>
    public Meeting Meeting { get; } = meeting;

    /// <summary>The meeting's view (<see cref="ScriptModel.Meeting(Meeting)"/>), until <see cref="ForgetView"/>.</summary>
    private ModelObject? _view = view;

    /// <summary>The view of <paramref name="meeting"/>: the one its documents were rendered from when they still carry it, else a new one.</summary>
    public static ModelObject ViewOf(Meeting meeting, IReadOnlyList<RenderedDocument>? documents) =>
        documents is MeetingDocuments { _view: { } view } rendered && ReferenceEquals(rendered.Meeting, meeting) ? view : ScriptModel.Meeting(meeting);

    /// <summary>
    /// Lets the documents' view go once the outputs that read it are made. The documents live on while the booklet's
    /// copies are laid out, and the view they carried (every indicator and recipient as script objects: 16 500 objects,
    /// 10,7 MB for a 1 000-page table) was marked by every collection until the end of the build.
    /// </summary>
    public static void ForgetView(IReadOnlyList<RenderedDocument> documents)
    {
        if (documents is MeetingDocuments rendered)
        {
            rendered._view = null;
        }
    }
}
