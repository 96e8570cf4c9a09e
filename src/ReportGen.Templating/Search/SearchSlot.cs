namespace ReportGen.Templating.Search;

/// <summary>
/// A page of the search index, in the index's order (<see cref="TemplateRenderer.SearchSlots"/>): a page made to be indexed
/// (<see cref="Page"/>), or a meeting built now (<see cref="BuiltMeetingId"/>), whose worker gives its page already indexed.
/// </summary>
public readonly record struct SearchSlot(string? BuiltMeetingId, SearchPage? Page);
