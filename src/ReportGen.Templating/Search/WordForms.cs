using System.Collections.Concurrent;

namespace ReportGen.Templating.Search;

/// <summary>
/// The forms under which the search index files each word (<see cref="SearchText.FormsOf"/>), remembered for the whole
/// process and shared by every thread: a site's words repeat (the same template sentences in every meeting), and folding
/// one costs three Unicode normalisations — 135 of the 205 ms the index of 100 meetings took on one thread when each word
/// was folded where it stood. Once per thread, the meetings' workers would each fold the site's words again. Looked up by
/// the word's characters in its text, so a word met again costs no string. A pure function's answers: sharing them
/// changes no byte. Emptied past <see cref="MaxCharacters"/> characters of words (a long-running <c>watch</c> meets new
/// numbers at every edit).
/// </summary>
internal sealed class WordForms
{
    /// <summary>About 12 000 distinct words and numbers in a 100-meeting province; a few MB at most with their forms.</summary>
    private const long MaxCharacters = 1024 * 1024;

    public static WordForms Shared { get; } = new();

    private readonly ConcurrentDictionary<string, string[]> _forms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;
    private long _characters;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    public WordForms()
    {
        _byCharacters = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The forms of a word as written; some may be empty.</summary>
    public string[] Of(ReadOnlySpan<char> word)
    {
        if (_byCharacters.TryGetValue(word, out var forms))
        {
            return forms;
        }
        if (word.Length > 0 && !word.ContainsAnyExcept(Digits))
        {
            // A number of digits alone is its own form, and most are met once (a list's row numbers, a table's figures):
            // remembered, they were a 1 000-page list's 34 500 row numbers, three objects each, kept to the end of the build.
            return [word.ToString()];
        }
        var written = word.ToString();
        // An array: iterated as one, a word met again allocates no enumerator (a list behind the interface did, per word).
        forms = [.. SearchText.FormsOf(written)];
        if (_forms.TryAdd(written, forms) && Interlocked.Add(ref _characters, written.Length) > MaxCharacters)
        {
            _forms.Clear();
            Interlocked.Exchange(ref _characters, 0);
        }
        return forms;
    }
}
