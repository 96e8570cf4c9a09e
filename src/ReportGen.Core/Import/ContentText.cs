namespace ReportGen.Core.Import;

/// <summary>
/// A content file read as Markdown: the text, what a Word file could not give (<see cref="WordNote"/>), and the pictures
/// the Markdown refers to by key (<c>![alt](rg-image:KEY)</c>, <see cref="EmbeddedImage"/>); a Markdown file has none.
/// </summary>
public sealed record ContentText(string Markdown, IReadOnlyList<WordNote> Notes, IReadOnlyDictionary<string, EmbeddedImage> Images)
{
    /// <summary>The text and the notes, for the readers that need no pictures.</summary>
    public void Deconstruct(out string markdown, out IReadOnlyList<WordNote> notes)
    {
        markdown = Markdown;
        notes = Notes;
    }

    /// <summary>No pictures.</summary>
    public static IReadOnlyDictionary<string, EmbeddedImage> NoImages { get; } = new Dictionary<string, EmbeddedImage>();
}
