namespace ReportGen.Templating.Search;

/// <summary>
/// The forms under which the search index files each word (<see cref="SearchText.FormsOf"/>), remembered: a site's words
/// repeat (the same template sentences in every meeting), and folding one costs three Unicode normalisations — 135 of
/// the 205 ms the index of 100 meetings took on one thread. Looked up by the word's characters in its text, so a word
/// met again costs no string. Not thread-safe: one per thread.
/// </summary>
internal sealed class WordForms
{
    private readonly Dictionary<string, IReadOnlyList<string>> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;

    public WordForms()
    {
        _byCharacters = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The forms of a word as written; some may be empty.</summary>
    public IReadOnlyList<string> Of(ReadOnlySpan<char> word)
    {
        if (!_byCharacters.TryGetValue(word, out var forms))
        {
            var written = word.ToString();
            forms = SearchText.FormsOf(written);
            _forms.Add(written, forms);
        }
        return forms;
    }
}
