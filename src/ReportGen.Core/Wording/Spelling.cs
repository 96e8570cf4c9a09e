namespace ReportGen.Core.Wording;

/// <summary>
/// The spelling conventions every document of a build follows (the theme's <c>text:</c> settings): where tone
/// marks sit on oa, oe, uy, and which quotation marks are used.
/// </summary>
/// <remarks>
/// The data is read into one spelling, <see cref="Canonical"/>, so code that compares names ("Tỉnh ủy", "Ủy ban
/// nhân dân") sees one form whatever the secretary typed; each output is then written in the theme's style
/// (<see cref="PlaceToneMarks"/>), our generated words and the data's alike.
/// </remarks>
public sealed record Spelling(ToneMarkStyle ToneMarks = ToneMarkStyle.New, QuoteStyle Quotes = QuoteStyle.Curly)
{
    /// <summary>The form the model holds: new-style tone marks, curly quotes.</summary>
    public static Spelling Canonical { get; } = new();

    /// <summary>
    /// Text entering the pipeline (a data value, a Markdown file): quotes curled and tone marks placed in its
    /// prose, code, link targets and tags left as they are.
    /// </summary>
    public string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var curled = Quotes == QuoteStyle.Curly ? Wording.Quotes.Curl(text) : text;
        return PlaceToneMarks(curled);
    }

    /// <summary>
    /// Generated Markdown or HTML with the tone marks of its prose in this style. Quotes are not touched: a
    /// template's front matter or a style sheet uses straight quotes as syntax.
    /// </summary>
    public string PlaceToneMarks(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var style = ToneMarks;
        return ProseRegions.Rewrite(markup, prose => Wording.ToneMarks.Apply(prose, style), region => Wording.ToneMarks.WouldChange(region, style));
    }
}
