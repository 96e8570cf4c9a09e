using System.Collections.Concurrent;

namespace ReportGen.Booklet;

/// <summary>
/// The answers of a pure function of a text (<see cref="VietnameseBreaks.Glue"/>), kept and shared by every thread:
/// the same text always gets the same answer, so the memo changes nothing but the time. Emptied when the texts it
/// holds pass <see cref="MaxCharacters"/> characters (about 2 MB with the answers), so a 1 000-page booklet does not
/// keep all its text; a meeting's booklet holds 10 000 to 15 000 characters, so its two copies nearly always share.
/// </summary>
internal sealed class TextMemo
{
    private const long MaxCharacters = 512 * 1024;

    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);
    private long _characters;

    public string Answer(string text, Func<string, string> compute) =>
        _answers.TryGetValue(text, out var known) ? known : Add(text, compute);

    /// <summary>As <see cref="Answer(string, Func{string, string})"/> for text read from elsewhere (a Markdown literal): a known text makes no string.</summary>
    public string Answer(ReadOnlySpan<char> text, Func<string, string> compute) =>
        _answers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known) ? known : Add(text.ToString(), compute);

    /// <summary>Forgets every answer (a benchmark's measured run then computes them as a fresh process does).</summary>
    public void Clear()
    {
        _answers.Clear();
        Interlocked.Exchange(ref _characters, 0);
    }

    private string Add(string text, Func<string, string> compute)
    {
        var answer = compute(text);
        if (_answers.TryAdd(text, answer) && Interlocked.Add(ref _characters, text.Length) > MaxCharacters)
        {
            _answers.Clear();
            Interlocked.Exchange(ref _characters, 0);
        }
        return answer;
    }
}
