namespace ReportGen.Localization;

/// <summary>The languages ReportGen speaks to its user in (<c>--lang vi|en</c>).</summary>
public enum Language
{
    Vietnamese,
    English,
}

/// <summary>
/// The one table of what ReportGen says to its user: every message to the person running it (diagnostics,
/// command-line output, errors), each written once in Vietnamese and once in English side by side, so a
/// message cannot exist in one language only. The class is partial; each file holds one area's messages
/// (Messages.Data.cs for the data checks, Messages.Meaning.cs for what the data says, Messages.CommandLine.cs for the command line, …).
/// Not here: the documents' own text (booklet, pages, articles), which is Vietnamese whatever the language.
/// </summary>
public static partial class Messages
{
    // AsyncLocal, not a plain static: a test (or a host) can speak English in its own flow while others
    // run in parallel; the value flows into the tasks and threads a build starts.
    private static readonly AsyncLocal<Language?> CurrentLanguage = new();

    /// <summary>The language messages are produced in; Vietnamese unless set.</summary>
    public static Language Language
    {
        get => CurrentLanguage.Value ?? Language.Vietnamese;
        set => CurrentLanguage.Value = value;
    }

    /// <summary>Speaks <paramref name="language"/> until the returned scope is disposed.</summary>
    public static IDisposable Use(Language language)
    {
        var previous = CurrentLanguage.Value;
        CurrentLanguage.Value = language;
        return new Scope(() => CurrentLanguage.Value = previous);
    }

    /// <summary>Reads a <c>--lang</c> value: vi or en (also the full names). Null when it is neither.</summary>
    public static Language? ParseLanguage(string value) => value.Trim().ToLowerInvariant() switch
    {
        "vi" or "vi-vn" or "vietnamese" or "tiếng việt" => Language.Vietnamese,
        "en" or "en-us" or "en-gb" or "english" => Language.English,
        _ => null,
    };

    /// <summary>One entry of the table: the text in the current language.</summary>
    private static string Say(string vietnamese, string english) => Language == Language.English ? english : vietnamese;

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
